package nl.veldwerk.ui.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;

/** A merge's and a move's question name the codes chosen: "the chosen codes (1)" hid a wrong row chosen. */
class MergeQuestionTest {

    @Test
    void theChosenCodesAreNamedAtMostThreeAndHowManyMore() {
        Project p = new Project(ProjectInfo.named("P", Instant.EPOCH));
        for (String name : List.of("Ontkenning", "Angst", "Schaamte", "Trots", "Twijfel")) {
            p.put(Code.of(name, name, null, null));
        }
        assertEquals("Merge ‘Ontkenning’ into:", I18n.text("manager.mergeInto", 1,
                CodeManagerWindow.named(p, List.of("Ontkenning"))));
        assertEquals("Move the 2 chosen codes ‘Angst’, ‘Trots’ under:", I18n.text("manager.moveUnder", 2,
                CodeManagerWindow.named(p, List.of("Angst", "Trots"))));
        List<String> all = List.of("Ontkenning", "Angst", "Schaamte", "Trots", "Twijfel");
        assertEquals("Merge the 5 chosen codes ‘Ontkenning’, ‘Angst’, ‘Schaamte’ and 2 more into:",
                I18n.text("manager.mergeInto", 5, CodeManagerWindow.named(p, all)));
        // Two codes of one name are told apart by where they sit (QA: "'Angst', 'Angst'").
        p.put(Code.of("psy", "Psychisch", null, null));
        p.put(Code.of("angst2", "Angst", null, "psy"));
        assertEquals("Merge the 2 chosen codes ‘Angst’, ‘Angst (Psychisch)’ into:", I18n.text("manager.mergeInto", 2,
                CodeManagerWindow.named(p, List.of("Angst", "angst2"))));
    }
}
