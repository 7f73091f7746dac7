package nl.veldwerk.ui.coding;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.geometry.Bounds;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import nl.veldwerk.model.Quotation;
import org.fxmisc.richtext.InlineCssTextArea;

/**
 * Resizing the selected quotation by dragging its first or last character in the text, as
 * in ATLAS.ti: the pointer turns into a resize arrow over an edge, the text selection previews the new
 * bounds while dragging, and releasing the button makes one undoable resize. Anywhere else the mouse
 * selects text as usual.
 */
final class BoundsDrag {
    /** How far (in pixels) inside the quotation from an edge the pointer grabs it, whatever the letter's width. */
    private static final double GRIP = 5;
    private static final String GRIP_CLASS = "edge-grip";

    /** What the user moves the edge to: the quotation and its new bounds. */
    interface Resize {
        void apply(Quotation quotation, int start, int end);
    }

    private enum Edge { START, END }

    private final InlineCssTextArea area;
    private final Supplier<Optional<Quotation>> selected;
    private final Resize resize;
    private final Runnable letGo;
    private Quotation dragged;
    private Edge edge;
    private int newStart;
    private int newEnd;

    private BoundsDrag(InlineCssTextArea area, Supplier<Optional<Quotation>> selected, Resize resize,
                       Runnable letGo) {
        this.area = area;
        this.selected = selected;
        this.resize = resize;
        this.letGo = letGo;
    }

    /**
     * Lets the user drag the edges of {@code selected} (when it belongs to the shown document); a press in the text
     * outside it lets go of it ({@code letGo}), as in ATLAS.ti, so that its edges are no longer there to be grabbed
     * by a selection begun on them (QA: selecting the quotation's own words again, begun on its first letter after
     * a click elsewhere, cut it down to its last word).
     */
    static void attach(InlineCssTextArea area, Supplier<Optional<Quotation>> selected, Resize resize,
                       Runnable letGo) {
        BoundsDrag drag = new BoundsDrag(area, selected, resize, letGo);
        area.addEventFilter(MouseEvent.MOUSE_MOVED, drag::hover);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, drag::press);
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, drag::move);
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, drag::release);
    }

    private void hover(MouseEvent e) {
        showGrip(edgeAt(e).isPresent());
    }

    private void press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || area.isEditable()) {
            return;
        }
        Optional<Edge> grabbed = edgeAt(e);
        if (grabbed.isPresent()) {
            dragged = selected.get().orElseThrow();
            edge = grabbed.get();
            newStart = dragged.start();
            newEnd = dragged.end();
            e.consume();
            return;
        }
        Optional<Quotation> shown = selected.get();
        if (shown.isPresent() && shown.get().end() <= area.getLength()) {
            var hit = area.hit(e.getX(), e.getY());
            // The character pressed on (the space right after it is outside), else where the caret goes (past a
            // line's end).
            int at = hit.getCharacterIndex().orElse(hit.getInsertionIndex());
            if (at < shown.get().start() || at >= shown.get().end()) {
                letGo.run();
            }
        }
    }

    private void move(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
        // An edge stops one character short of the other (a quotation never becomes empty), then takes the whole
        // word it is in: dragged past the other edge, the quotation keeps the word there, not one letter of it.
        if (edge == Edge.START) {
            int last = lastWordCharacter(dragged.start(), dragged.end());
            newStart = Math.min(snapped(Math.clamp(at, 0, last)), last);
        } else {
            int first = firstWordCharacter(dragged.start(), dragged.end()) + 1;
            newEnd = Math.max(snapped(Math.clamp(at, first, area.getLength())), first);
        }
        area.selectRange(newStart, newEnd);
        e.consume();
    }

    /**
     * The last letter or digit of {@code [start, end)}, where a start dragged past the end stops: the word there is
     * kept, not the full stop or bracket that closes it (its end may take them along). The last character when the
     * stretch holds no letter.
     */
    private int lastWordCharacter(int start, int end) {
        int from = Math.max(start, end - WINDOW);
        String window = area.getText(from, end);
        for (int i = window.length() - 1; i >= 0; i--) {
            if (Character.isLetterOrDigit(window.charAt(i))) {
                return from + i;
            }
        }
        return end - 1;
    }

    /** As {@link #lastWordCharacter}, the first letter or digit: where an end dragged before the start stops. */
    private int firstWordCharacter(int start, int end) {
        int to = Math.min(end, start + WINDOW);
        String window = area.getText(start, to);
        for (int i = 0; i < window.length(); i++) {
            if (Character.isLetterOrDigit(window.charAt(i))) {
                return start + i;
            }
        }
        return start;
    }

    /** How far around the pointer the text is read to find the word's edge (a word longer than this is cut). */
    private static final int WINDOW = 80;

    /**
     * Where the dragged edge goes for a pointer at {@code at}: the edge of that word, as a selection snaps (the
     * edge stopped mid-word: "…Je ziet mens"). Read from a window of the text around it, not the whole document.
     */
    private int snapped(int at) {
        if (!nl.veldwerk.ui.common.Preferences.snapToWords()) {
            return at; // exact, as the user asked in the preferences
        }
        int from = Math.max(0, at - WINDOW);
        if (edge == Edge.END && dragged != null && dragged.start() < at) {
            // Read from the quotation's start: a bracket or quote it opened is closed by the end (review: an aside
            // opened more than 80 characters back lost its closing bracket), one opened before it is not.
            from = Math.max(dragged.start(), at - OPENED_WITHIN);
        }
        int to = Math.min(area.getLength(), at + WINDOW);
        return from + WordSnap.snapEdge(area.getText(from, to), at - from, edge == Edge.START);
    }

    /** How far back an end looks for the bracket or quote its quotation opened: an aside, not a chapter. */
    private static final int OPENED_WITHIN = 2_000;

    private void release(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        Quotation quotation = dragged;
        dragged = null;
        showGrip(false);
        e.consume();
        if (newStart != quotation.start() || newEnd != quotation.end()) {
            resize.apply(quotation, newStart, newEnd);
        }
    }

    /**
     * The resize pointer goes through a style class: RichTextFX's own stylesheet sets the area's cursor,
     * and a stylesheet wins over a cursor set in code.
     */
    private void showGrip(boolean on) {
        if (!on) {
            area.getStyleClass().remove(GRIP_CLASS);
        } else if (!area.getStyleClass().contains(GRIP_CLASS)) {
            area.getStyleClass().add(GRIP_CLASS);
        }
    }

    /** The edge of the selected quotation under the pointer, if any. */
    private Optional<Edge> edgeAt(MouseEvent e) {
        Optional<Quotation> q = selected.get();
        if (q.isEmpty() || area.isEditable() || q.get().end() > area.getLength()) {
            return Optional.empty();
        }
        if (near(area.getCharacterBoundsOnScreen(q.get().start(), q.get().start() + 1), e, true)) {
            return Optional.of(Edge.START);
        }
        if (near(area.getCharacterBoundsOnScreen(q.get().end() - 1, q.get().end()), e, false)) {
            return Optional.of(Edge.END);
        }
        return Optional.empty();
    }

    /**
     * Whether the pointer is on the quotation's first (or last) character: the whole letter grabs the edge, as the
     * guide says ("drag its first or last letter"); only its outer five pixels did, too narrow to hit (a press on
     * the letter started a new selection instead). Not the space beside it: a drag begun there, to select the next
     * words, resized the quotation just coded (QA).
     */
    private static boolean near(Optional<Bounds> character, MouseEvent e, boolean leftEdge) {
        // Scrolled out of view: no bounds.
        return character.isPresent() && grabs(character.get(), e.getScreenX(), e.getScreenY(), leftEdge);
    }

    /**
     * Whether a point grabs the edge of the character with bounds {@code b} (the quotation's first or last): on it,
     * or, for a narrow letter, within {@link #GRIP} pixels of the edge inside the quotation.
     */
    static boolean grabs(Bounds b, double x, double y, boolean leftEdge) {
        double from = leftEdge ? b.getMinX() : Math.min(b.getMinX(), b.getMaxX() - GRIP);
        double to = leftEdge ? Math.max(b.getMaxX(), b.getMinX() + GRIP) : b.getMaxX();
        return x >= from && x <= to && y >= b.getMinY() && y <= b.getMaxY();
    }
}
