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
    /**
     * Named with as few of the codes above it as tell it apart: its parent, or more where parents share a name too
     * (the whole path from the top was cut in a margin to "Angst (Factoren uit…": QA).
     */
    @Test
    void aSharedNameIsLabelledWithAsLittleOfItsPlaceAsTellsItApart() {
        Project p = new Project(ProjectInfo.named("Labels", Instant.EPOCH));
        p.put(Code.of("f", "Factoren uit het theoretisch kader", null, null));
        p.put(Code.of("psy", "Psychisch", null, "f"));
        p.put(Code.of("soc", "Sociaal", null, "f"));
        p.put(Code.of("a1", "Angst", null, "psy"));
        p.put(Code.of("a2", "Angst", null, "soc"));
        assertEquals("Angst (Psychisch)", p.labelOf("a1"));
        assertEquals("Angst (Sociaal)", p.labelOf("a2"));
        p.put(Code.of("other", "Andere factoren", null, null));
        p.put(Code.of("psy2", "psychisch", null, "other"));
        p.put(Code.of("a3", "Angst", null, "psy2"));
        assertEquals("Angst (Factoren uit het theoretisch kader > Psychisch)", p.labelOf("a1"),
                "a parent of the same name: one more step up");
        assertEquals("Angst (Andere factoren > psychisch)", p.labelOf("a3"));
        assertEquals("Angst (Sociaal)", p.labelOf("a2"), "its parent tells it apart still");
    }
}
