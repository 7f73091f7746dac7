package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import org.junit.jupiter.api.Test;

/** The chooser's place beside a code is what is above it, whatever its own name holds (QA: " > " in a name). */
class CodeChooserPlaceTest {
    @Test
    void aNameWithAnArrowIsNotTakenForAPlace() {
        Project p = new Project(ProjectInfo.named("Plaats", Instant.EPOCH));
        p.put(Code.of("kb", "Kosten > baten", null, null));
        p.put(Code.of("k", "Kosten", null, null));
        p.put(Code.of("b", "baten", null, "k"));
        p.put(Code.of("x", "Netto > bruto", null, "k"));
        assertEquals("", CodeChooser.placeOf(CodeChooser.path(p, p.code("kb").orElseThrow()), "Kosten > baten"),
                "at the top: no place");
        assertEquals("Kosten", CodeChooser.placeOf(CodeChooser.path(p, p.code("b").orElseThrow()), "baten"));
        assertEquals("Kosten", CodeChooser.placeOf(CodeChooser.path(p, p.code("x").orElseThrow()), "Netto > bruto"));
    }
}
