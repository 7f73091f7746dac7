package nl.veldwerk.ui;

import java.util.Collection;
import java.util.Collections;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.SpeakerTurn;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * A read-only view of one transcript with speaker labels set off. Styling is applied with one
 * whole-document setStyleSpans call (the fast path; many small setStyle calls are RichTextFX's slow one).
 */
final class TranscriptView extends VirtualizedScrollPane<StyleClassedTextArea> {
    TranscriptView() {
        super(new StyleClassedTextArea());
        StyleClassedTextArea area = getContent();
        area.setEditable(false);
        area.setWrapText(true);
        // Read-only while coding: no undo history at all, so Ctrl+Z can never strip a style the model still has.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().add("transcript");
        area.setId("transcript");
    }

    void show(Document document) {
        StyleClassedTextArea area = getContent();
        if (document == null) {
            area.clear();
            return;
        }
        area.replaceText(document.text());
        if (!document.text().isEmpty()) {
            area.setStyleSpans(0, speakerSpans(document));
        }
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Selects a stretch of the text and scrolls it into view. */
    void reveal(int start, int end) {
        StyleClassedTextArea area = getContent();
        int length = area.getLength();
        area.selectRange(Math.min(start, length), Math.min(end, length));
        area.requestFollowCaret();
    }

    String text() {
        return getContent().getText();
    }

    /** Speaker labels ("A01:") in their own style, the rest plain. */
    private static StyleSpans<Collection<String>> speakerSpans(Document document) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        String text = document.text();
        for (SpeakerTurn turn : document.turns()) {
            int labelStart = text.indexOf(turn.speaker(), turn.start());
            if (labelStart < 0 || labelStart >= turn.end()) {
                continue;
            }
            int labelEnd = Math.min(turn.end(), text.indexOf(':', labelStart) + 1);
            if (labelEnd <= labelStart || labelStart < at) {
                continue;
            }
            spans.add(Collections.emptyList(), labelStart - at);
            spans.add(Collections.singleton("speaker"), labelEnd - labelStart);
            at = labelEnd;
        }
        spans.add(Collections.emptyList(), text.length() - at);
        return spans.create();
    }
}
