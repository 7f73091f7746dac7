package nl.veldwerk.ui.memos;

import javafx.scene.layout.VBox;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.ui.codebook.CodebookTab;

/**
 * Planted, never run: a view that runs a command itself and a feature that reaches into another. The
 * architecture rules must report both (ArchitectureRulesBiteTest).
 */
final class PlantedViolations extends VBox {
    void codeItMyself(ProjectSession session) {
        session.execute(null);
        session.undo();
    }

    String reachIntoTheCodebook() {
        return CodebookTab.class.getName();
    }
}
