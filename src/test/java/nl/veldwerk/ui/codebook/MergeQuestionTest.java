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

    /**
     * Merging a code into one below it reshapes the tree, so it is asked first (QA: a factor vanished into its own
     * sub-code at once, while a delete asks); a merge beside or above is not asked (Undo takes any merge back).
     */
    @Test
    void aMergeIntoACodeBelowIsAskedFirst() {
        I18n.setLocale(java.util.Locale.ENGLISH);
        Project p = new Project(ProjectInfo.named("P", Instant.EPOCH));
        p.put(Code.of("net", "Sociaal netwerk", null, null));
        p.put(Code.of("strong", "Strong ties", null, "net"));
        p.put(Code.of("weak", "Weak ties", null, "net"));
        nl.veldwerk.testing.RecordingDialogs dialogs = new nl.veldwerk.testing.RecordingDialogs();
        org.junit.jupiter.api.Assertions.assertTrue(CodebookDialogs.mergeWanted(dialogs, p, List.of("weak"), "strong"));
        org.junit.jupiter.api.Assertions.assertTrue(CodebookDialogs.mergeWanted(dialogs, p, List.of("strong"), "net"));
        assertEquals(List.of(), dialogs.questions, "beside or above: not asked");
        dialogs.answer = false;
        org.junit.jupiter.api.Assertions.assertFalse(CodebookDialogs.mergeWanted(dialogs, p, List.of("weak", "net"),
                "strong"));
        assertEquals(List.of("Merge into a code below it?: ‘Strong ties’ lies below ‘Sociaal netwerk’: merged, ‘Strong "
                + "ties’ takes the place of ‘Sociaal netwerk’ in the tree with all its codings, and the other codes under "
                + "‘Sociaal netwerk’ come under ‘Strong ties’. Edit → Undo takes the merge back."), dialogs.questions);
    }
}
