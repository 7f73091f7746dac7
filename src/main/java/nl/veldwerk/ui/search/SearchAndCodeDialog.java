package nl.veldwerk.ui.search;

import java.util.List;

import javafx.scene.control.Label;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.Buttons;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Labels;
import nl.veldwerk.ui.common.Texts;

/** Search and code from the Search tab: which code, widened to what, a preview, then one undoable step. */
final class SearchAndCodeDialog {
    private SearchAndCodeDialog() {
    }

    /** The plain words of a query (no fields, operators, quotes or wild cards): what KWIC and search-and-code use. */
    static List<String> words(String query) {
        return java.util.Arrays.stream(query.split("\\s+"))
                .filter(w -> !w.contains(":") && !List.of("AND", "OR", "NOT").contains(w))
                .map(w -> w.replaceAll("[\"*~()]", "")).filter(w -> !w.isBlank()).toList();
    }

    /** Search and code: the query's words, widened to a unit, coded with a chosen code after a preview. */
    static void codeHits(SearchViewModel search, String query) {
        MainViewModel vm = search.main();
        List<String> words = words(query);
        var p = vm.session().project();
        List<nl.veldwerk.model.Code> codes = p.codes().stream().sorted(java.util.Comparator.comparing(
                nl.veldwerk.model.Code::name, String.CASE_INSENSITIVE_ORDER)).toList();
        if (words.isEmpty() || codes.isEmpty()) {
            return;
        }
        javafx.scene.control.ChoiceBox<nl.veldwerk.model.Code> code = new javafx.scene.control.ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(codes));
        code.setConverter(Labels.shown((nl.veldwerk.model.Code c) -> c == null ? "" : c.name()));
        code.setValue(codes.getFirst());
        javafx.scene.control.ChoiceBox<nl.veldwerk.search.SearchAndCode.Unit> unit = new javafx.scene.control
                .ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(
                nl.veldwerk.search.SearchAndCode.Unit.values()));
        unit.setConverter(Labels.converter("search.unit."));
        unit.setValue(nl.veldwerk.search.SearchAndCode.Unit.SENTENCE);
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> ask = new javafx.scene.control.Dialog<>();
        ask.setTitle(I18n.text("search.codeHits"));
        ask.setHeaderText(I18n.text("search.codeHitsOf", String.join(", ", words)));
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane(8, 6);
        grid.addRow(0, new Label(I18n.text("search.codeWith")), code);
        grid.addRow(1, new Label(I18n.text("search.widenTo")), unit);
        ask.getDialogPane().setContent(grid);
        javafx.scene.control.ButtonType ok = Buttons.ok();
        ask.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel());
        if (ask.showAndWait().orElse(null) != ok) {
            return;
        }
        var stretches = nl.veldwerk.search.SearchAndCode.preview(p, words, unit.getValue(), code.getValue().id());
        StringBuilder preview = new StringBuilder(I18n.text("search.previewCount", stretches.size(),
                code.getValue().name()));
        stretches.stream().limit(30).forEach(s -> preview.append("\n• ").append(s.documentName()).append(": ")
                .append(Texts.oneLine(s.text(), 0, Math.min(s.text().length(), 100))));
        if (!stretches.isEmpty() && vm.dialogs().confirm(I18n.text("search.codeHits"), preview.toString())) {
            search.codeHits(stretches, code.getValue().id());
        }
    }
}
