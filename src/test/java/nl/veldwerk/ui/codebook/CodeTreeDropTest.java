package nl.veldwerk.ui.codebook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import org.junit.jupiter.api.Test;

/**
 * Where a code dragged in the tree may go: not onto itself (the tree around took it to the top level) nor onto a
 * code below it (refused after the drop with an error dialog: QA); anywhere else, and a refused place takes no drop.
 */
class CodeTreeDropTest {
    @Test
    void aCodeGoesUnderAnyCodeButItselfAndItsOwnSubCodes() {
        Project p = new Project(ProjectInfo.named("P", Instant.EPOCH));
        p.put(Code.of("cat", "Psychisch", null, null));
        p.put(Code.of("sub", "Schaamte", null, "cat"));
        p.put(Code.of("subsub", "Verlegen", null, "sub"));
        p.put(Code.of("other", "Geld", null, null));
        assertFalse(CodeTreePane.takesDrop(p, "cat", "cat"));
        assertFalse(CodeTreePane.takesDrop(p, "cat", "sub"));
        assertFalse(CodeTreePane.takesDrop(p, "cat", "subsub"), "nor deeper down");
        assertTrue(CodeTreePane.takesDrop(p, "cat", "other"));
        assertTrue(CodeTreePane.takesDrop(p, "subsub", "cat"), "up the tree is fine");
        assertTrue(CodeTreePane.takesDrop(p, "other", "sub"));
        assertFalse(CodeTreePane.takesDrop(null, "other", "sub"), "no project, no drop");
    }
}
