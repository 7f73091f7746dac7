package nl.veldwerk.ui.codebook;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.ui.common.Buttons;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Texts;

/** The two codebook operations that need a choice first: which code to merge into, which quotations to split off. */
final class CodebookDialogs {
    /** The new code's name and the quotations that go to it. */
    record Split(String name, Set<String> quotationIds) {
    }

    private CodebookDialogs() {
    }

    static Optional<Code> chooseMergeTarget(Window owner, Project p, Code source) {
        return nl.veldwerk.ui.common.CodeChooser.choose(owner, I18n.text("codes.mergeInto"),
                I18n.text("codes.mergeTitle", p.labelOf(source.id())), p, c -> !c.id().equals(source.id()), false)
                .map(nl.veldwerk.ui.common.CodeChooser.Choice::code);
    }

    /**
     * Whether to merge {@code sourceIds} into {@code intoId}: asked only when the code merged into lies below one of
     * them, as the tree then changes shape (it takes that code's place, with its sub-codes beside it; QA: a factor
     * vanished into its own sub-code at once, while a delete asks). Undo still takes any merge back.
     */
    static boolean mergeWanted(nl.veldwerk.ui.common.Dialogs dialogs, Project p, List<String> sourceIds, String intoId) {
        Optional<String> above = sourceIds.stream().filter(id -> p.isBelow(intoId, id)).findFirst();
        return above.isEmpty() || dialogs.confirm(I18n.text("codes.mergeIntoBelow.title"), I18n.text(
                "codes.mergeIntoBelow", p.labelOf(above.get()), p.labelOf(intoId)));
    }

    static Optional<Split> chooseSplit(Window owner, Project p, Code code) {
        List<Quotation> quotations = p.codingsWithCode(code.id()).stream().map(Coding::quotationId).distinct()
                .map(p::quotation).flatMap(Optional::stream)
                .sorted(p.documentOrder()).toList();
        TextField name = new TextField();
        name.setPromptText(I18n.text("codes.splitName"));
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NAME, name);
        ListView<CheckBox> list = new ListView<>();
        for (Quotation q : quotations) {
            String text = p.document(q.documentId()).map(d -> q.idIn(d) + " · " + d.name() + " · " + Texts.oneLine(d.text(),
                    q.start(), Math.min(q.end(), q.start() + 120))).orElse("?");
            CheckBox box = new CheckBox(text);
            box.setMnemonicParsing(false); // a name's "_" is shown, not taken for a shortcut
            box.setUserData(q.id());
            list.getItems().add(box);
        }
        list.setPrefSize(560, 320);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        nl.veldwerk.ui.common.DialogFit.fit(dialog, I18n.text("codes.split"));
        dialog.setHeaderText(I18n.text("codes.splitTitle", p.labelOf(code.id())));
        // A name a code beside it has is said here, OK kept off: refused after OK, the dialog closed with the
        // name and the ticks (QA).
        java.util.Map<String, String> besideIt = new java.util.HashMap<>();
        p.codes().stream().filter(c -> java.util.Objects.equals(c.parentId(), code.parentId()))
                .forEach(c -> besideIt.put(c.name().strip().toLowerCase(java.util.Locale.ROOT), c.name()));
        Label taken = new Label();
        taken.setId("split-name-taken");
        taken.getStyleClass().add("error-text");
        taken.setWrapText(true);
        taken.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String there = besideIt.get(name.getText().strip().toLowerCase(java.util.Locale.ROOT));
            return there == null ? "" : I18n.text("codes.splitNameTaken", there);
        }, name.textProperty()));
        taken.managedProperty().bind(taken.textProperty().isNotEmpty());
        dialog.getDialogPane().setContent(new VBox(8, new Label(I18n.text("codes.splitName")), name, taken,
                new Label(I18n.text("codes.splitPick")), list));
        ButtonType ok = Buttons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel());
        // OK only with a name (not only spaces) and a quotation ticked: a refusal after OK closed the dialog and
        // the ticks were lost, and nothing ticked split off nothing without a word.
        javafx.beans.Observable[] inputs = new javafx.beans.Observable[list.getItems().size() + 1];
        inputs[0] = name.textProperty();
        for (int i = 0; i < list.getItems().size(); i++) {
            inputs[i + 1] = list.getItems().get(i).selectedProperty();
        }
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> name.getText().isBlank() || !taken.getText().isEmpty()
                        || list.getItems().stream().noneMatch(CheckBox::isSelected), inputs));
        if (dialog.showAndWait().orElse(null) != ok) {
            return Optional.empty();
        }
        Set<String> chosen = list.getItems().stream().filter(CheckBox::isSelected).map(b -> (String) b.getUserData())
                .collect(Collectors.toSet());
        return chosen.isEmpty() ? Optional.empty() : Optional.of(new Split(name.getText().strip(), chosen));
    }

    static String path(Project p, Code c) {
        return nl.veldwerk.ui.common.CodeChooser.path(p, c);
    }
}
