package nl.veldwerk.ui.codebook;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import nl.veldwerk.ui.app.CodingActions;
import nl.veldwerk.ui.common.I18n;

/** The code tree's context menu: code the selection, list, phase, promote, demote, merge, split, delete. */
final class CodeTreeMenu {
    private CodeTreeMenu() {
    }

    static ContextMenu of(CodeTreePane tree, CodebookViewModel vm) {
        CodingActions coding = vm.coding();
        MenuItem apply = new MenuItem(I18n.text("codes.apply"));
        apply.setOnAction(e -> tree.selected().ifPresent(c -> vm.main().run(() -> coding.applyCode(c.id()))));
        MenuItem list = new MenuItem(I18n.text("codes.list"));
        list.setOnAction(e -> tree.selected().ifPresent(coding::listQuotationsOf));
        MenuItem delete = new MenuItem(I18n.text("codes.delete"));
        delete.setOnAction(e -> tree.selected().ifPresent(c -> vm.delete(c.id())));
        javafx.scene.control.Menu phase = new javafx.scene.control.Menu(I18n.text("codes.phase"));
        for (nl.veldwerk.model.Phase p : nl.veldwerk.model.Phase.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    I18n.text("phase." + p.name().toLowerCase(java.util.Locale.ROOT)));
            item.setOnAction(e -> tree.selected().ifPresent(c -> vm.setPhase(c.id(), p)));
            phase.getItems().add(item);
        }
        // The ticked phase is the selected code's.
        phase.setOnShowing(e -> tree.selected().ifPresent(c -> phase.getItems().forEach(i ->
                ((javafx.scene.control.RadioMenuItem) i).setSelected(i.getText().equals(
                        I18n.text("phase." + c.phase().name().toLowerCase(java.util.Locale.ROOT)))))));
        MenuItem promote = new MenuItem(I18n.text("codes.promote"));
        promote.setOnAction(e -> tree.selected().ifPresent(c -> vm.promote(c.id())));
        MenuItem demote = new MenuItem(I18n.text("codes.demote"));
        demote.setOnAction(e -> tree.selected().ifPresent(c -> vm.demote(c.id())));
        MenuItem mergeInto = new MenuItem(I18n.text("codes.mergeInto"));
        mergeInto.setOnAction(e -> tree.selected().ifPresent(c -> vm.project().flatMap(p -> CodebookDialogs
                .chooseMergeTarget(tree.getScene().getWindow(), p, c)).ifPresent(target -> vm.merge(c.id(), target.id()))));
        MenuItem split = new MenuItem(I18n.text("codes.split"));
        split.setOnAction(e -> tree.selected().ifPresent(c -> vm.project().flatMap(p -> CodebookDialogs.chooseSplit(
                tree.getScene().getWindow(), p, c)).ifPresent(s -> vm.split(c, s.quotationIds(), s.name()))));
        return new ContextMenu(apply, list, phase, new javafx.scene.control.SeparatorMenuItem(), promote,
                demote, mergeInto, split, new javafx.scene.control.SeparatorMenuItem(), delete);
    }
}
