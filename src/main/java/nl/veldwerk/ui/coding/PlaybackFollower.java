package nl.veldwerk.ui.coding;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;
import nl.veldwerk.ui.app.Playback;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The transcript beside its recording: a click on a time mark plays from there (the pointer turns into a
 * hand over one), and while the recording plays the turn being said is highlighted and, with "follow" on,
 * scrolled into view.
 */
final class PlaybackFollower {
    /** The paragraph style of the turn being played. */
    static final String PLAYING = "-fx-background-color: rgba(255, 204, 64, 0.30);";

    private final TranscriptView view;
    private final Playback playback;
    private final Supplier<Document> document;
    private nl.veldwerk.model.DocumentText marksOf;
    private List<TimeMark> marks = List.of();
    /** Whether this set the hand pointer (and so may take it back). */
    private boolean handShown;
    /** The paragraphs highlighted now, {@code [first, last]}, or null. */
    private int[] highlighted;

    PlaybackFollower(TranscriptView view, Playback playback, Supplier<Document> document) {
        this.view = view;
        this.playback = playback;
        this.document = document;
        InlineCssTextArea area = view.area();
        playback.positionProperty().addListener((o, was, now) -> follow(now.longValue()));
        // Played after a seek made while paused (the slider): the turn highlighted then comes into view now (QA: it
        // stayed off screen until the next turn began, and the last turn never came).
        playback.playingProperty().addListener((o, was, now) -> {
            if (now && highlighted != null) {
                keepInView(highlighted[0]);
            }
        });
        playback.readyProperty().addListener((o, was, now) -> {
            if (!now) {
                clear();
            }
        });
        // Paragraphs added or taken away (typing a line end, an undo putting lines back): RichTextFX gives new
        // paragraphs the style of the one they start in, and the highlighted ones move. Styles are set anew.
        area.plainTextChanges().subscribe(change -> {
            if (change.getInserted().indexOf('\n') >= 0 || change.getRemoved().indexOf('\n') >= 0) {
                restyle();
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && e.getClickCount() == 1
                    && !e.isShiftDown() && !e.isControlDown() && !e.isAltDown()) {
                TimeMark mark = markUnder(e);
                if (mark != null) {
                    playback.player().playFrom(mark.millis());
                }
            }
        });
        // The hand over a time mark, and back only from the hand: the pointer is the bounds drag's too.
        area.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            boolean overMark = markUnder(e) != null;
            if (overMark && !handShown) {
                area.setCursor(Cursor.HAND);
                handShown = true;
            } else if (!overMark && handShown) {
                if (area.getCursor() == Cursor.HAND) {
                    area.setCursor(null);
                }
                handShown = false;
            }
        });
    }

    /** The time mark under the pointer, when the document has a recording. */
    private TimeMark markUnder(MouseEvent e) {
        Document d = document.get();
        if (d == null || d.recording() == null) {
            return null;
        }
        var hit = view.area().hit(e.getX(), e.getY());
        return hit.getCharacterIndex().isPresent() ? PlayedStretch.markAt(marks(d), hit.getCharacterIndex().getAsInt())
                : null;
    }

    /** The marks of the document's text, found again only when the text changed. */
    List<TimeMark> marks(Document d) {
        if (d.body() != marksOf) { // the same text object: a text edit makes a new one
            marks = TimeMarks.find(d.text());
            marksOf = d.body();
        }
        return marks;
    }

    private void follow(long millis) {
        Document d = document.get();
        if (d == null || millis < 0 || !playback.readyProperty().get() || d.recording() == null) {
            clear();
            return;
        }
        InlineCssTextArea area = view.area();
        int[] stretch = PlayedStretch.at(d.text(), d.turns(), marks(d), millis);
        if (stretch == null || stretch[1] > area.getLength()) {
            clear();
            return;
        }
        int first = area.offsetToPosition(stretch[0], TwoDimensional.Bias.Forward).getMajor();
        int last = area.offsetToPosition(Math.max(stretch[0], stretch[1] - 1), TwoDimensional.Bias.Forward).getMajor();
        if (highlighted == null || highlighted[0] != first || highlighted[1] != last) {
            clear();
            for (int p = first; p <= last; p++) {
                area.setParagraphStyle(p, PLAYING);
            }
            highlighted = new int[] {first, last};
            keepInView(first);
        }
    }

    /**
     * Scrolls the turn being played (from paragraph {@code first}) into view while the recording plays with "follow"
     * on; not while transcribing: the typist's place is the caret, and the view jumped away from it to the turn
     * being played (as f4transkript, the text stays where the typing is).
     */
    private void keepInView(int first) {
        InlineCssTextArea area = view.area();
        if (playback.followProperty().get() && playback.playingProperty().get()
                && !playback.transcribingProperty().get() && first < area.getParagraphs().size()
                && (first < area.firstVisibleParToAllParIndex() || first > area.lastVisibleParToAllParIndex())) {
            area.showParagraphAtTop(Math.max(0, first - 1));
        }
    }

    /** Takes the highlight off every paragraph, wherever it went, and highlights the played turn again. */
    private void restyle() {
        if (highlighted == null) {
            return;
        }
        InlineCssTextArea area = view.area();
        for (int p = 0; p < area.getParagraphs().size(); p++) {
            if (!area.getParagraph(p).getParagraphStyle().isEmpty()) {
                area.setParagraphStyle(p, "");
            }
        }
        highlighted = null;
        // After the model has the same text: typing reaches the project after this change is told.
        javafx.application.Platform.runLater(() -> follow(playback.positionProperty().get()));
    }

    private void clear() {
        if (highlighted == null) {
            return;
        }
        InlineCssTextArea area = view.area();
        for (int p = highlighted[0]; p <= highlighted[1] && p < area.getParagraphs().size(); p++) {
            area.setParagraphStyle(p, "");
        }
        highlighted = null;
    }
}
