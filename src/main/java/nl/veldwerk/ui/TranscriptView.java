package nl.veldwerk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
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
    /** How many quotations side by side the margin shows before it says "+n". */
    private static final int MARGIN_COLUMNS = 6;

    private String documentId;
    private List<List<Mark>> marksByParagraph = List.of();
    private List<Highlights.Run> shownRuns = List.of();
    /** Colour and label per (quotation, codings): a change recomputes them for the quotations it touched only. */
    private java.util.Map<Object, String[]> markInfo = new java.util.HashMap<>();

    /** A quotation's bar in one paragraph's margin. */
    private record Mark(String color, String label, boolean first) {
    }

    TranscriptView() {
        super(new InlineCssTextArea());
        InlineCssTextArea area = getContent();
        area.setEditable(false);
        area.setWrapText(true);
        // Read-only while coding: no undo history at all, so Ctrl+Z can never strip a style the model still has.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().add("transcript");
        area.setId("transcript");
        area.setParagraphGraphicFactory(margin());
    }

    void forgetMarks() {
        markInfo = new java.util.HashMap<>();
    }

    InlineCssTextArea area() {
        return getContent();
    }

    String documentId() {
        return documentId;
    }

    /** Shows a document; when it is the one shown already with the same text, only restyles (keeps the view). */
    void show(Project project, Document document) {
        InlineCssTextArea area = getContent();
        if (document == null) {
            documentId = null;
            marksByParagraph = List.of();
            shownRuns = List.of();
            area.clear();
            return;
        }
        boolean same = document.id().equals(documentId) && area.getText().equals(document.text());
        if (!same) {
            markInfo = new java.util.HashMap<>(); // colours and names may have changed while another was shown
        }
        documentId = document.id();
        if (!same) {
            area.replaceText(document.text());
            area.moveTo(0);
            area.requestFollowCaret();
        }
        List<Highlights.Run> runs = document.text().isEmpty() ? List.of() : Highlights.of(project, document);
        if (!same) {
            if (!runs.isEmpty()) {
                area.setStyleSpans(0, spans(runs));
            }
        } else {
            restyleChanged(area, runs);
        }
        List<List<Mark>> oldMarks = marksByParagraph;
        marksByParagraph = marks(project, document);
        shownRuns = runs;
        if (!same || !oldMarks.equals(marksByParagraph)) {
            area.setParagraphGraphicFactory(margin()); // the margin reads the new marks
        }
    }

    /**
     * Restyles only the stretch where the new runs differ from the shown ones: a coding change touches a
     * paragraph or two, and restyling the whole document is what would make coding feel slow.
     */
    private void restyleChanged(InlineCssTextArea area, List<Highlights.Run> runs) {
        int length = area.getLength();
        int from = firstDifference(shownRuns, runs);
        if (from >= length) {
            return;
        }
        int to = length - firstDifference(reversed(shownRuns), reversed(runs));
        if (to <= from) {
            to = Math.min(length, from + 1);
        }
        area.setStyleSpans(from, spans(runs).subView(from, to));
    }

    /** The offset up to which both run lists look the same. */
    private static int firstDifference(List<Highlights.Run> a, List<Highlights.Run> b) {
        int offset = 0;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Highlights.Run x = a.get(i);
            Highlights.Run y = b.get(i);
            if (!x.colors().equals(y.colors()) || x.kind() != y.kind()) {
                return offset;
            }
            if (x.length() != y.length()) {
                return offset + Math.min(x.length(), y.length());
            }
            offset += x.length();
        }
        return offset;
    }

    private static List<Highlights.Run> reversed(List<Highlights.Run> runs) {
        return runs.reversed();
    }

    private static StyleSpans<String> spans(List<Highlights.Run> runs) {
        StyleSpansBuilder<String> builder = new StyleSpansBuilder<>(runs.size());
        for (Highlights.Run run : runs) {
            builder.add(Highlights.css(run), run.length());
        }
        return builder.create();
    }

    /** For each paragraph, the quotations that cover part of it, in a stable column order. */
    private List<List<Mark>> marks(Project p, Document d) {
        String text = d.text();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        List<List<Mark>> result = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            result.add(new ArrayList<>());
        }
        List<Quotation> quotations = new ArrayList<>(p.quotationsOf(d.id()));
        quotations.sort(java.util.Comparator.comparingInt(Quotation::start));
        java.util.Map<Object, String[]> info = new java.util.HashMap<>();
        for (Quotation q : quotations) {
            List<Coding> codings = p.codingsOf(q.id());
            Object key = List.of(q, codings);
            String[] colorAndLabel = markInfo.get(key);
            if (colorAndLabel == null) {
                colorAndLabel = new String[] {codings.isEmpty() ? "#999999"
                        : p.code(codings.getFirst().codeId()).map(Code::color).orElse("#999999"),
                    String.join(", ", codings.stream().map(c -> p.code(c.codeId()).map(Code::name).orElse("?"))
                            .distinct().toList())};
            }
            info.put(key, colorAndLabel);
            String color = colorAndLabel[0];
            String label = colorAndLabel[1];
            int first = paragraphOf(starts, q.start());
            int last = paragraphOf(starts, Math.max(q.start(), q.end() - 1));
            for (int para = first; para <= last; para++) {
                result.get(para).add(new Mark(color, label, para == first));
            }
        }
        markInfo = info;
        return result;
    }

    private static int paragraphOf(List<Integer> starts, int offset) {
        int index = java.util.Collections.binarySearch(starts, offset);
        return index >= 0 ? index : -index - 2;
    }

    /** The margin: a bar per quotation, the first paragraph of each with its codes as a tooltip. */
    private IntFunction<Node> margin() {
        List<List<Mark>> marks = marksByParagraph;
        return paragraph -> {
            HBox box = new HBox(2);
            box.getStyleClass().add("margin");
            box.setPadding(new Insets(0, 6, 0, 2));
            box.setMinWidth(MARGIN_COLUMNS * 6 + 30);
            box.setPrefWidth(MARGIN_COLUMNS * 6 + 30);
            List<Mark> here = paragraph < marks.size() ? marks.get(paragraph) : List.of();
            for (int i = 0; i < Math.min(MARGIN_COLUMNS, here.size()); i++) {
                Mark mark = here.get(i);
                Region bar = new Region();
                bar.getStyleClass().add(mark.first() ? "margin-bracket-start" : "margin-bracket");
                bar.setStyle("-fx-background-color: " + mark.color() + ";");
                bar.setMinWidth(4);
                bar.setPrefWidth(4);
                bar.setMaxHeight(Double.MAX_VALUE);
                Tooltip.install(bar, new Tooltip(mark.label()));
                box.getChildren().add(bar);
            }
            if (here.size() > MARGIN_COLUMNS) {
                box.getChildren().add(new Label("+" + (here.size() - MARGIN_COLUMNS)));
            }
            Region filler = new Region();
            HBox.setHgrow(filler, Priority.ALWAYS);
            box.getChildren().add(filler);
            box.setUserData(here.size());
            return box;
        };
    }

    /** Selects a stretch of the text and scrolls it into view. */
    void reveal(int start, int end) {
        InlineCssTextArea area = getContent();
        int length = area.getLength();
        area.selectRange(Math.min(start, length), Math.min(end, length));
        area.requestFollowCaret();
    }

    /** Finds the next occurrence of {@code query} after the caret (case ignored), wrapping round; false if none. */
    boolean findNext(String query) {
        InlineCssTextArea area = getContent();
        if (query == null || query.isEmpty()) {
            return false;
        }
        String text = area.getText().toLowerCase(java.util.Locale.ROOT);
        String q = query.toLowerCase(java.util.Locale.ROOT);
        int from = area.getSelection().getEnd();
        int at = text.indexOf(q, from);
        if (at < 0) {
            at = text.indexOf(q);
        }
        if (at < 0) {
            return false;
        }
        reveal(at, at + q.length());
        return true;
    }

    String text() {
        return getContent().getText();
    }
}
