package nl.veldwerk.ui.codebook;

import java.util.Optional;
import java.util.Set;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Colors;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;
import nl.veldwerk.model.ReviewStatus;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.CodebookCommands;
import nl.veldwerk.project.Command;
import nl.veldwerk.ui.app.CodingActions;
import nl.veldwerk.ui.app.MainViewModel;

/**
 * The codebook: its tree and each code's entry. Every change (rename, move, merge, split, promote, demote,
 * phase, colour, review, relations, delete) is one undoable command; a refusal is explained.
 */
public final class CodebookViewModel {
    private final MainViewModel main;
    private final CodingActions coding;
    /** Whether a category's counts take in its sub-codes' quotations (the tree and the code manager alike). */
    private final javafx.beans.property.BooleanProperty countSubcodes = new javafx.beans.property.SimpleBooleanProperty(
            true);

    public CodebookViewModel(MainViewModel main, CodingActions coding) {
        this.main = main;
        this.coding = coding;
    }

    MainViewModel main() {
        return main;
    }

    public javafx.beans.property.BooleanProperty countSubcodesProperty() {
        return countSubcodes;
    }

    CodingActions coding() {
        return coding;
    }

    Optional<Project> project() {
        return main.storeProperty().get() == null ? Optional.empty() : Optional.of(main.session().project());
    }

    Optional<Code> code(String codeId) {
        return codeId == null ? Optional.empty() : project().flatMap(p -> p.code(codeId));
    }

    private void execute(Command command) {
        main.run(() -> main.session().execute(command));
    }

    /** Saves a code's entry as edited (name, definition, rules, memo), when it changed. */
    void update(Code changed) {
        code(changed.id()).filter(c -> !c.equals(changed)).ifPresent(c -> execute(CodeCommands.update(changed)));
    }

    void setColor(String codeId, String color) {
        code(codeId).filter(c -> !c.color().equalsIgnoreCase(color)).ifPresent(c ->
                execute(CodeCommands.update(c.withColor(color))));
    }

    /** Open, axial or selective: where the code stands in the coding process (the core category is selective). */
    public void setPhase(String codeId, Phase phase) {
        code(codeId).filter(c -> c.phase() != phase).ifPresent(c -> execute(CodeCommands.update(c.withPhase(phase))));
    }

    void review(String codeId, ReviewStatus status) {
        code(codeId).filter(c -> c.review() != status).ifPresent(c -> execute(CodebookCommands.review(c.id(), status)));
    }

    public void delete(String codeId) {
        execute(CodeCommands.delete(codeId));
    }

    void promote(String codeId) {
        execute(CodebookCommands.promote(codeId));
    }

    void demote(String codeId) {
        execute(CodebookCommands.demote(codeId));
    }

    void merge(String codeId, String intoId) {
        execute(CodeCommands.merge(codeId, intoId));
    }

    /** Moves a code under another (null: to the top level). */
    void move(String codeId, String parentId) {
        execute(CodeCommands.move(codeId, parentId));
    }

    /** Splits the chosen quotations off a code into a new code beside it. */
    void split(Code code, Set<String> quotationIds, String name) {
        project().ifPresent(p -> execute(CodebookCommands.split(code.id(), quotationIds, Code.of(Ids.newId(), name,
                Colors.palette(p.codes().size()), code.parentId()))));
    }

    void addRelation(String sourceId, String targetId, RelationType type, String label) {
        execute(CodeCommands.addRelation(new Relation(Ids.newId(), sourceId, targetId, type,
                type == RelationType.USER_DEFINED ? label.strip() : "", 0, "")));
    }

    void deleteRelation(String relationId) {
        execute(CodeCommands.deleteRelation(relationId));
    }
}
