package nl.veldwerk.ui.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Bounds;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * One transcript, read-only while coding, with its codes as highlights (derived from the quotations each
 * time, never kept as editor state) and a margin that marks every quotation beside its paragraphs in its
 * first code's colour. Styling is applied in one whole-document setStyleSpans call: many small setStyle
 * calls are RichTextFX's slow path.
 */
final class TranscriptView extends VirtualizedScrollPane<InlineCssTextArea> {

    private String documentId;
    private final CodeMargin margin;
    /** What the view knows of each quotation of the shown document; a coding change updates only its own. */
    private final StretchIndex<Shown> quotations = new StretchIndex<>(s -> s.coded().start(), s -> s.coded().end());
    private java.util.Map<String, String> codeColors = java.util.Map.of();
    private java.util.Map<String, String> codeNames = java.util.Map.of();
    private java.util.TreeMap<Integer, Highlights.Kind> markup = new java.util.TreeMap<>();
    /** The model's text as last shown: compared by reference first, so a coding change costs no text copy. */
    private String shownText;
    /** True while the view changes the area's text itself, so the edit listener does not take it for the user. */
    private boolean applyingModel;
    /**
     * True once the user typed in the area: its text may then differ from the model's (an edit the model
     * refused), so the next update compares the area itself with the model instead of trusting what it
     * last showed.
     */
    private boolean areaEdited;
    private nl.veldwerk.model.Paragraphs paragraphs = nl.veldwerk.model.Paragraphs.of("");

    /** A quotation as shown: its codes for the highlight, and its colour, label and tip for the margin. */
    private record Shown(Highlights.Coded coded, String color, List<CodeMargin.Tag> tags, String tip) {
    }

    TranscriptView() {
        super(new InlineCssTextArea());
        InlineCssTextArea area = getContent();
        area.setEditable(false);
        // The caret shows while the transcript has the keyboard, read-only or not: selecting with Shift and the
        // arrow keys is coding without the mouse, and without a caret one could not see where it starts.
        area.showCaretProperty().bind(javafx.beans.binding.Bindings.when(area.focusedProperty())
                .then(org.fxmisc.richtext.Caret.CaretVisibility.ON).otherwise(org.fxmisc.richtext.Caret.CaretVisibility.AUTO));
        area.setWrapText(true);
        // Read-only while coding: no undo history at all, so Ctrl+Z can never strip a style the model still has.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().add("transcript");
        area.setId("transcript");
        area.setParagraphGraphicFactory(ParagraphNumbers.factory(area));
        margin = new CodeMargin(area);
        area.plainTextChanges().subscribe(change -> areaEdited |= !applyingModel);
    }

    private static javafx.scene.Node noText() {
        javafx.scene.control.Label said = new javafx.scene.control.Label(nl.veldwerk.ui.common.I18n.text(
                "transcript.noText"));
        said.setId("transcript-no-text");
        said.setWrapText(true);
        said.setMaxWidth(420);
        said.getStyleClass().add("placeholder-text");
        return said;
    }

    /** The margin right of the text, with a bracket per quotation (laid out beside this view by its pane). */
    CodeMargin margin() {
        return margin;
    }

    InlineCssTextArea area() {
        return getContent();
    }

    /** Shows a document from scratch (another document, or after changes to codes themselves). */
    void show(Project project, Document document) {
        update(project, document, null);
    }

    /**
     * Shows a document. When it is the one shown, with the same text, and the change only touched some
     * quotations and codings, only those are recomputed and restyled; a change that touches nothing this
     * view shows is ignored; anything else redraws the document.
     */
    void update(Project project, Document document, nl.veldwerk.project.ProjectChange change) {
        InlineCssTextArea area = getContent();
        if (document == null) {
            documentId = null;
            area.setPlaceholder(null);
            margin.setAll(List.of());
            shownText = null;
            quotations.clear();
            applyingModel = true; // not the user's typing: nothing to turn into an edit
            try {
                area.clear();
            } finally {
                applyingModel = false;
            }
            return;
        }
        // A document imported from another tool without its text file says so, not a blank page (QA). Not a new
        // transcript, empty until it is typed (review).
        boolean noText = document.text().isEmpty() && document.sourceFormat() == nl.veldwerk.model.SourceFormat.REFI_QDA;
        if (noText != (area.getPlaceholder() != null)) {
            area.setPlaceholder(noText ? noText() : null);
        }
        boolean sameDocument = document.id().equals(documentId);
        boolean sameText = sameDocument && !areaEdited && document.text().equals(shownText);
        documentId = document.id();
        if (sameText && change != null && change.onlyQuotationsAndCodings()) {
            updateTouched(project, document, change.quotationIds());
            return;
        }
        if (sameText && change != null && !change.touches(nl.veldwerk.model.EntityKind.CODE)
                && !change.documentIds().contains(document.id())) {
            return; // a memo, a group, another document: nothing this view shows
        }
        rebuild(project, document);
        if (!sameText && sameDocument) {
            replaceDifference(area, document.text()); // an edit or its undo: keep the reader's place
        } else if (!sameText) {
            applyingModel = true;
            try {
                area.replaceText(document.text());
            } finally {
                applyingModel = false;
            }
            area.moveTo(0);
            area.requestFollowCaret();
        }
        if (!document.text().isEmpty()) {
            List<Highlights.Run> runs = Highlights.of(document.textLength(), quotations.values().stream()
                    .map(Shown::coded).toList(), codeColors, markup);
            area.setStyleSpans(0, spans(runs, 0, document.textLength()));
        }
        shownText = document.text();
        areaEdited = false;
        margin.setAll(quotations.asMap().entrySet().stream().map(e -> marked(e.getKey(), e.getValue())).toList());
    }

    /**
     * The everyday coding change: recomputes the touched quotations only, restyles just the stretch they
     * covered before and cover now, and moves their brackets in the margin.
     */
    private void updateTouched(Project project, Document document, java.util.Set<String> touched) {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (String id : touched) {
            Shown old = quotations.remove(id);
            if (old != null) {
                from = Math.min(from, old.coded().start());
                to = Math.max(to, old.coded().end());
                margin.remove(id);
            }
            Quotation q = project.quotation(id).filter(x -> x.documentId().equals(document.id())).orElse(null);
            if (q != null) {
                Shown now = shown(project, q);
                quotations.put(id, now);
                from = Math.min(from, q.start());
                to = Math.max(to, q.end());
                margin.put(marked(id, now));
            }
        }
        if (from >= to) {
            return;
        }
        InlineCssTextArea area = getContent();
        int end = Math.min(to, area.getLength());
        // Only the quotations over the stretch: the events Highlights sorts are sized to what it is given.
        List<Highlights.Coded> over = new ArrayList<>();
        for (Shown shown : quotations.overlapping(from, end)) {
            over.add(shown.coded());
        }
        List<Highlights.Run> runs = Highlights.of(from, end, over, codeColors, markup);
        if (!runs.isEmpty()) {
            area.setStyleSpans(from, spans(runs, 0, end - from));
        }
    }

    /** Replaces only the part of the text that differs, so the caret and the scroll position stay. */
    private void replaceDifference(InlineCssTextArea area, String text) {
        String old = area.getText();
        int prefix = 0;
        int max = Math.min(old.length(), text.length());
        while (prefix < max && old.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        applyingModel = true;
        try {
            area.replaceText(prefix, old.length() - suffix, text.substring(prefix, text.length() - suffix));
        } finally {
            applyingModel = false;
        }
    }

    /** Whether the view itself is changing the text (not the user typing). */
    /** The id of the document shown, or null. */
    String documentId() {
        return documentId;
    }

    boolean applyingModel() {
        return applyingModel;
    }

    private void rebuild(Project project, Document document) {
        codeColors = new java.util.HashMap<>();
        codeNames = new java.util.HashMap<>();
        for (Code c : project.codes()) {
            codeColors.put(c.id(), c.color());
            codeNames.put(c.id(), project.labelOf(c.id())); // the margin's labels: a shared name with its place
        }
        quotations.clear();
        for (Quotation q : project.quotationsOf(document.id())) {
            quotations.put(q.id(), shown(project, q));
        }
        markup = Highlights.markup(document);
        paragraphs = nl.veldwerk.model.Paragraphs.of(document.text());
    }

    /** The quotation as the margin draws it: from its first to its last character that is not white space. */
    private CodeMargin.Marked marked(String id, Shown shown) {
        int start = shown.coded().start();
        int end = shown.coded().end();
        String text = shownText;
        if (text != null && end <= text.length()) {
            int[] trimmed = nl.veldwerk.ui.common.Texts.trimmed(text, start, end);
            start = trimmed[0];
            end = trimmed[1];
        }
        return new CodeMargin.Marked(id, start, end, shown.color(), shown.tags(), shown.tip());
    }

    private Shown shown(Project project, Quotation q) {
        Highlights.Coded coded = Highlights.coded(project, q);
        String color = coded.codeIds().isEmpty() ? "#999999"
                : codeColors.getOrDefault(coded.codeIds().getFirst(), "#999999");
        String id = project.document(q.documentId()).map(q::idIn).orElse("");
        List<CodeMargin.Tag> tags = coded.codeIds().stream().map(c -> new CodeMargin.Tag(codeNames.getOrDefault(c, "?"),
                codeColors.getOrDefault(c, "#999999"))).toList();
        String tip = id + (tags.isEmpty() ? "" : "\n" + String.join("\n", tags.stream().map(CodeMargin.Tag::name)
                .toList()));
        return new Shown(coded, color, tags.isEmpty() ? List.of(new CodeMargin.Tag(id, color)) : tags, tip);
    }

    /** The styles of [from, to) only: building CSS for every run of a long document is work wasted. */
    private static StyleSpans<String> spans(List<Highlights.Run> runs, int from, int to) {
        StyleSpansBuilder<String> builder = new StyleSpansBuilder<>();
        int offset = 0;
        for (Highlights.Run run : runs) {
            int start = offset;
            int end = offset + run.length();
            offset = end;
            if (end <= from) {
                continue;
            }
            if (start >= to) {
                break;
            }
            builder.add(Highlights.css(run), Math.min(end, to) - Math.max(start, from));
        }
        return builder.create();
    }

    /** Selects a stretch of the text, scrolls it into view and flashes it, so the eye finds it. */
    void reveal(int start, int end) {
        InlineCssTextArea area = getContent();
        area.layout(); // a document just shown asked to follow its caret at the top: done now, not after this
        int length = area.getLength();
        area.selectRange(Math.min(start, length), Math.min(end, length));
        // The start in view, a paragraph of context above it, rather than the caret at the bottom edge.
        int paragraph = area.offsetToPosition(Math.min(start, length), org.fxmisc.richtext.model.TwoDimensional.Bias
                .Forward).getMajor();
        boolean visible = paragraph > area.firstVisibleParToAllParIndex() && paragraph < area.lastVisibleParToAllParIndex();
        if (!visible) {
            area.showParagraphAtTop(Math.max(0, paragraph - 1));
        }
        bringLineIntoView(area, paragraph, Math.min(start, length));
        area.getStyleClass().add("flash");
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(700));
        pause.setOnFinished(e -> area.getStyleClass().remove("flash"));
        pause.play();
    }

    /**
     * Scrolls the line holding {@code offset} to a third of the way down when it is out of view or in the view's
     * last third, so the lines after it can be read. Placing its
     * paragraph is not enough when a paragraph is taller than the view, as a transcript imported without line
     * breaks is: the line may be far below the paragraph's top.
     */
    private static void bringLineIntoView(InlineCssTextArea area, int paragraph, int offset) {
        area.layout();
        Optional<Bounds> line = firstCharacter(area, offset);
        if (line.isEmpty()) { // the paragraph before it fills the view: start from its own top
            area.showParagraphAtTop(paragraph);
            area.layout();
            line = firstCharacter(area, offset);
        }
        Bounds view = area.localToScreen(area.getLayoutBounds());
        if (line.isEmpty() || view == null) {
            return;
        }
        Bounds at = line.get();
        if (at.getMinY() < view.getMinY() || at.getMaxY() > view.getMinY() + view.getHeight() * 2 / 3) {
            area.scrollYBy(at.getMinY() - view.getMinY() - view.getHeight() / 3);
            area.layout();
        }
    }

    private static Optional<Bounds> firstCharacter(InlineCssTextArea area, int offset) {
        int length = area.getLength();
        if (length == 0) {
            return Optional.empty();
        }
        int from = Math.min(offset, length - 1);
        return area.getCharacterBoundsOnScreen(from, from + 1);
    }

    /**
     * Finds the next occurrence of {@code query} after the caret (case ignored), wrapping round; false if
     * none. Matched on the text itself, case-insensitively: lower-casing the whole text first would change
     * its length ("İ" becomes two characters) and select the wrong words after it.
     */
    boolean findNext(String query) {
        InlineCssTextArea area = getContent();
        if (query == null || query.isEmpty()) {
            return false;
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(query, java.util.regex.Pattern.LITERAL
                | java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
                .matcher(area.getText());
        int from = Math.min(area.getSelection().getEnd(), area.getLength());
        if (!matcher.find(from) && !matcher.find(0)) {
            return false;
        }
        reveal(matcher.start(), matcher.end());
        return true;
    }

    String text() {
        return getContent().getText();
    }

    /** The text's size in pixels (from the preferences). */
    void setFontSize(int pixels) {
        getContent().setStyle("-fx-font-size: " + pixels + "px;");
    }
}
