package nl.veldwerk.ui.codebook;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import nl.veldwerk.ui.app.CodingActions;
import nl.veldwerk.ui.common.I18n;

/**
 * The code tree's context menu: new code or category (without coding), code the selection, list its
 * quotations, rename (F2), phase, promote, demote, move, merge, split, delete, and the code manager.
 */
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
        delete.setOnAction(e -> tree.selected().ifPresent(c -> deleteAsking(vm, c)));
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
                .chooseMergeTarget(tree.getScene().getWindow(), p, c).filter(target -> CodebookDialogs.mergeWanted(
                        vm.main().dialogs(), p, java.util.List.of(c.id()), target.id())))
                .ifPresent(target -> vm.merge(c.id(), target.id()))));
        MenuItem newCode = new MenuItem(I18n.text("manager.newCode"));
        newCode.setOnAction(e -> newCode(tree, vm, false));
        // Under the code chosen, whatever its phase, as MAXQDA's "New code" on a code (QA: made at the top).
        MenuItem newSubcode = new MenuItem();
        newSubcode.setOnAction(e -> tree.selected().ifPresent(c -> vm.main().dialogs().askText(newSubcode.getText(),
                I18n.text("manager.namePrompt"), "").ifPresent(name -> tree.select(vm.newCode(name, c.id(), false)))));
        MenuItem newCategory = new MenuItem(I18n.text("manager.newCategory"));
        newCategory.setOnAction(e -> newCode(tree, vm, true));
        MenuItem rename = new MenuItem(I18n.text("manager.rename"));
        rename.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("F2"));
        rename.setOnAction(e -> rename(tree, vm));
        MenuItem move = new MenuItem(I18n.text("manager.move"));
        move.setOnAction(e -> tree.selected().ifPresent(c -> vm.project().flatMap(p -> nl.veldwerk.ui.common
                .CodeChooser.choose(tree.getScene().getWindow(), I18n.text("manager.move"), I18n.text(
                        "manager.moveUnder", 1, CodeManagerWindow.named(p, java.util.List.of(c.id()))), p, x -> !x.id().equals(c.id()) && !p.isBelow(x.id(), c.id()), true))
                .ifPresent(choice -> vm.move(c.id(), choice.topLevel() ? null : choice.code().id()))));
        MenuItem manager = new MenuItem(I18n.text("menu.codeManager"));
        manager.setOnAction(e -> CodeManagerWindow.open(tree.getScene().getWindow(), vm));
        MenuItem split = new MenuItem(I18n.text("codes.split"));
        split.setOnAction(e -> tree.selected().ifPresent(c -> vm.project().flatMap(p -> CodebookDialogs.chooseSplit(
                tree.getScene().getWindow(), p, c)).ifPresent(s -> vm.split(c, s.quotationIds(), s.name()))));
        ContextMenu menu = new ContextMenu(newCode, newSubcode, newCategory, new javafx.scene.control.SeparatorMenuItem(),
                apply,
                list, rename, phase, new javafx.scene.control.SeparatorMenuItem(), promote, demote, move, mergeInto,
                split, new javafx.scene.control.SeparatorMenuItem(), delete, new javafx.scene.control
                .SeparatorMenuItem(), manager);
        menu.setOnShowing(e -> {
            java.util.List.of(apply, list, rename, phase, promote, demote, move, mergeInto, split, delete)
                    .forEach(i -> i.setDisable(tree.selected().isEmpty()));
            newSubcode.setVisible(tree.selected().isPresent());
            tree.selected().ifPresent(c -> newSubcode.setText(I18n.text("codes.newSubcode", c.name())));
        });
        return menu;
    }

    /** A new code (or category) without coding: at the top, or under the selected code when it is a category. */
    static void newCode(CodeTreePane tree, CodebookViewModel vm, boolean category) {
        String parent = tree.selected().filter(c -> c.phase() == nl.veldwerk.model.Phase.AXIAL && !category)
                .map(nl.veldwerk.model.Code::id).orElse(null);
        vm.main().dialogs().askText(I18n.text(category ? "manager.newCategory" : "manager.newCode"),
                I18n.text("manager.namePrompt"), "").ifPresent(name -> tree.select(vm.newCode(name, parent, category)));
    }

    /**
     * Deletes a code; one that codes anything only after asking, as the code manager does (the tree's deleted a
     * code of five quotations without a word; undo brings it back, but a slip of the menu should not need it).
     */
    static void deleteAsking(CodebookViewModel vm, nl.veldwerk.model.Code c) {
        String question = vm.deleteQuestion(java.util.List.of(c.id()), "“" + vm.labelOf(c) + "”");
        if (question == null || vm.main().dialogs().confirm(I18n.text("manager.delete"), question)) {
            vm.delete(c.id());
        }
    }

    static void rename(CodeTreePane tree, CodebookViewModel vm) {
        tree.selected().ifPresent(c -> vm.main().dialogs().askText(I18n.text("manager.rename"),
                I18n.text("manager.namePrompt"), c.name()).ifPresent(name -> vm.rename(c.id(), name)));
    }
}
