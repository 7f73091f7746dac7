package nl.veldwerk.ui.analysis;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import nl.veldwerk.ui.common.I18n;

/** The list under an analysis table: what is behind the selected cell; double-click opens it. */
final class DetailList extends ListView<DetailList.Item> {
    /**
     * A line: its text worked out when it is shown, so a total behind which are 100,000 quotations lists them at
     * once (working out every line's text held the window for a second and more).
     */
    record Item(java.util.function.Supplier<String> described, String documentId, int start, int end) {
        Item {
            described = once(described); // a cell shown again (scrolling) does not work the text out again
        }

        Item(String text, String documentId, int start, int end) {
            this(() -> text, documentId, start, end);
        }

        String text() {
            return described.get();
        }

        private static java.util.function.Supplier<String> once(java.util.function.Supplier<String> text) {
            String[] known = new String[1];
            return () -> known[0] != null ? known[0] : (known[0] = text.get());
        }

        @Override
        public String toString() {
            return text();
        }
    }

    private final Label hint;
    private final String empty;

    DetailList(AnalysisWindow.QuotationJump jump) {
        this(jump, I18n.text("analysis.pickCell"));
    }

    /** A list that says {@code empty} while it has nothing to show. */
    DetailList(AnalysisWindow.QuotationJump jump, String empty) {
        this.empty = empty;
        hint = new Label(empty);
        hint.setWrapText(true); // on lines of its own in a narrow window, not cut short
        hint.setPadding(new javafx.geometry.Insets(8));
        setPlaceholder(hint);
        setPrefHeight(180);
        setOnMouseClicked(e -> {
            Item item = getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null && jump != null) {
                jump.show(item.documentId(), item.start(), item.end());
            }
        });
    }

    /** Empties the list; while {@code working}, it says that what was asked for is being listed. */
    void clear(boolean working) {
        getItems().clear();
        hint.setText(working ? I18n.text("analysis.listing") : empty);
    }

    /** Shows what was listed. */
    void show(java.util.List<Item> items) {
        hint.setText(empty);
        getItems().setAll(items);
    }
}
