package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import org.junit.jupiter.api.Test;

/**
 * A .qdpx has notes, not review comments: that some are, and which are handled and by whom, is said as left out
 * (QA).
 */
class ReviewCommentLossTest {
    @Test
    void reviewCommentsAreSaidToGoAsNotes() {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        Project p = new Project(ProjectInfo.named("Wijk Y", t));
        p.put(Code.of("c", "Schaamte", null, null));
        p.put(Memo.reviewComment("r", new MemoTarget(EntityKind.CODE, "c"), "Ook trots?", null, t));
        p.put(new Memo("m", MemoTarget.project(), "Conclusie", "Schaamte remt.", null, t, t));
        RefiExport.Losses losses = RefiExport.losses(p);
        assertEquals(1, losses.reviewComments(), "the comment, not the memo");
        assertTrue(losses.lines().contains("that 1 note is a review comment, and which are handled and by whom: "
                + "written as notes"),
                losses.lines().toString());
    }
}
