package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Where its place in the tree is not shown, a code whose name another has too is named with its place. */
class CodeLabelTest {
    @Test
    void aSharedNameIsLabelledWithItsPlaceAndTheLabelFollowsEveryChange() {
        Project p = new Project(ProjectInfo.named("Labels", Instant.EPOCH));
        p.put(Code.of("werk", "Werk", null, null));
        p.put(Code.of("wonen", "Wonen", null, null));
        p.put(Code.of("pw", "Positief", null, "werk"));
        assertEquals("Positief", p.labelOf("pw"), "a name of its own");
        p.put(Code.of("pwo", "positief", null, "wonen"));
        assertEquals("Positief (Werk)", p.labelOf("pw"), "shared (case aside): with its place");
        assertEquals("positief (Wonen)", p.labelOf("pwo"));
        assertEquals("Werk", p.labelOf("werk"));
        p.put(Code.of("wonen", "Woning", null, null));
        assertEquals("positief (Woning)", p.labelOf("pwo"), "a parent renamed: the label follows");
        p.remove(EntityKind.CODE, "pw");
        assertEquals("positief", p.labelOf("pwo"), "the other gone: its own name again");
        assertEquals("?", p.labelOf("gone"));
        assertEquals("Woning > positief", p.pathOf("pwo"));
    }
}
