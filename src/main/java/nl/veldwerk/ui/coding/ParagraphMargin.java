package nl.veldwerk.ui.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import nl.veldwerk.model.Paragraphs;

/**
 * The transcript's margin, one graphic per paragraph: its number (as reports cite it) and a bar for every
 * quotation that covers part of it, in the order quotations start, labelled where a quotation starts.
 * Keeps, per paragraph, which quotations it shows, so a coding change updates only its own.
 */
final class ParagraphMargin {
    /** How many quotations side by side the margin shows before it says "+n". */
    private static final int MARGIN_COLUMNS = 6;
    private static final int NUMBER_WIDTH = 30;
    private static final int MARGIN_WIDTH = 150 + NUMBER_WIDTH;

    /** A quotation as the margin shows it. */
    record Marked(String quotationId, int start, int end, String color, String label) {
    }

    /** A quotation's bar in one paragraph's margin. */
    private record Mark(String quotationId, int start, int end, String color, String label, boolean first) {
    }

    private Consumer<String> onClick = id -> { };
    private List<List<Mark>> marksByParagraph = List.of();
    private Paragraphs paragraphs = Paragraphs.of("");

    void setOnClick(Consumer<String> action) {
        this.onClick = action;
    }

    void clear() {
        marksByParagraph = List.of();
    }

    /** For each paragraph, the quotations that cover part of it, in the order they start. */
    void markAll(Paragraphs shownParagraphs, List<Marked> quotations) {
        paragraphs = shownParagraphs;
        List<List<Mark>> result = new ArrayList<>(paragraphs.count());
        for (int i = 0; i < paragraphs.count(); i++) {
            result.add(new ArrayList<>(2));
        }
        List<Marked> sorted = new ArrayList<>(quotations);
        sorted.sort(Comparator.comparingInt(Marked::start).thenComparingInt(Marked::end));
        for (Marked q : sorted) {
            int first = paragraphs.indexAt(q.start());
            int last = paragraphs.indexAt(Math.max(q.start(), q.end() - 1));
            for (int para = first; para <= last; para++) {
                result.get(para).add(new Mark(q.quotationId(), q.start(), q.end(), q.color(), q.label(),
                        para == first));
            }
        }
        marksByParagraph = result;
    }

    /** Takes a quotation's bars out of the margins of the paragraphs it covered. */
    void unmark(Marked q) {
        forParagraphs(q, (paragraph, list) -> list.removeIf(m -> m.quotationId().equals(q.quotationId())));
    }

    /** Puts a quotation's bars in the margins of its paragraphs, in the order quotations start. */
    void mark(Marked q) {
        int first = paragraphs.indexAt(q.start());
        forParagraphs(q, (paragraph, list) -> {
            Mark mark = new Mark(q.quotationId(), q.start(), q.end(), q.color(), q.label(), paragraph == first);
            int at = 0;
            while (at < list.size() && (list.get(at).start() < mark.start()
                    || (list.get(at).start() == mark.start() && list.get(at).end() <= mark.end()))) {
                at++;
            }
            list.add(at, mark);
        });
    }

    private void forParagraphs(Marked q, BiConsumer<Integer, List<Mark>> action) {
        int first = paragraphs.indexAt(q.start());
        int last = paragraphs.indexAt(Math.max(q.start(), q.end() - 1));
        for (int paragraph = first; paragraph <= last && paragraph < marksByParagraph.size(); paragraph++) {
            action.accept(paragraph, marksByParagraph.get(paragraph));
        }
    }

    /** The margin: a bar per quotation, the first paragraph of each with its codes as a tooltip. */
    IntFunction<Node> factory() {
        return paragraph -> {
            List<List<Mark>> marks = marksByParagraph;
            HBox box = new HBox(2);
            box.getStyleClass().add("margin");
            box.setPadding(new Insets(0, 6, 0, 2));
            box.setMinWidth(MARGIN_WIDTH);
            box.setPrefWidth(MARGIN_WIDTH);
            box.setMaxWidth(MARGIN_WIDTH);
            List<Mark> here = paragraph < marks.size() ? marks.get(paragraph) : List.of();
            // The paragraph's number, as reports cite it ("A01, ¶ 12"), so a cited passage can be found.
            // A Text, not a Label: margins are recreated on every coding change and a control costs a skin.
            Text number = new Text(Integer.toString(paragraph + 1));
            number.getStyleClass().add("paragraph-number");
            number.setWrappingWidth(NUMBER_WIDTH - 4);
            number.setTextAlignment(TextAlignment.RIGHT);
            box.getChildren().add(number);
            // Plain backgrounds, no per-bar CSS or tooltip: the margin is rebuilt for the visible paragraphs
            // on every coding change and must stay cheap.
            for (int i = 0; i < Math.min(MARGIN_COLUMNS, here.size()); i++) {
                Mark mark = here.get(i);
                Region bar = new Region();
                bar.getStyleClass().add(mark.first() ? "margin-bracket-start" : "margin-bracket");
                bar.setBackground(new Background(new BackgroundFill(Color.web(mark.color()),
                        mark.first() ? new CornerRadii(3, 3, 0, 0, false) : CornerRadii.EMPTY, Insets.EMPTY)));
                bar.setMinWidth(4);
                bar.setPrefWidth(4);
                bar.setMaxHeight(Double.MAX_VALUE);
                box.getChildren().add(bar);
            }
            if (!here.isEmpty()) {
                // A tooltip is a popup with a scene of its own: made when the pointer first comes, not for
                // every margin that is drawn (scrolling and coding redraw many).
                box.setOnMouseEntered(e -> {
                    if (box.getProperties().putIfAbsent("tooltip", Boolean.TRUE) == null) {
                        Tooltip.install(box, new Tooltip(String.join("\n", here.stream().map(Mark::label).distinct()
                                .toList())));
                    }
                });
            }
            if (here.size() > MARGIN_COLUMNS) {
                box.getChildren().add(new Label("+" + (here.size() - MARGIN_COLUMNS)));
            }
            Region filler = new Region();
            HBox.setHgrow(filler, Priority.ALWAYS);
            box.getChildren().add(filler);
            // The codes of the quotations that start in this paragraph, as ATLAS.ti's margin labels them.
            String starting = String.join(", ", here.stream().filter(Mark::first).map(Mark::label).distinct().toList());
            if (!starting.isEmpty()) {
                Label label = new Label(starting);
                label.getStyleClass().add("margin-label");
                label.setMaxWidth(MARGIN_WIDTH - NUMBER_WIDTH - 16 - 6 * Math.min(MARGIN_COLUMNS, here.size()));
                box.getChildren().add(label);
            }
            box.setUserData(here.size());
            if (!here.isEmpty()) {
                // A click in the margin picks the paragraph's first quotation, as a click in the list does.
                String quotationId = here.stream().filter(Mark::first).findFirst().orElse(here.getFirst()).quotationId();
                box.setOnMouseClicked(e -> onClick.accept(quotationId));
                box.setCursor(Cursor.HAND);
            }
            return box;
        };
    }
}
