package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SavedLayoutsTest {
    private final Preferences node = Preferences.userRoot().node("nl/veldwerk-test-layouts-" + ProcessHandle.current()
            .pid());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void aSavedLayoutIsFoundByNameAndMatchesLabelsInAnyCase() throws Exception {
        SavedLayouts layouts = new SavedLayouts(node);
        layouts.save(new SavedLayouts.SavedLayout("Buurt-interviews", Map.of("I", "Interviewer", "B", "Bewoner"),
                Set.of("Interviewer"), true));
        layouts.save(new SavedLayouts.SavedLayout("Boeken", Map.of(), Set.of(), false));
        assertEquals(List.of("Boeken", "Buurt-interviews"), layouts.all().stream().map(SavedLayouts.SavedLayout::name)
                .toList());
        SavedLayouts.SavedLayout buurt = layouts.named("buurt-interviews").orElseThrow();
        assertEquals("Interviewer", buurt.nameOf("i"));
        assertEquals("Onbekend", buurt.nameOf("Onbekend"));
        assertTrue(buurt.interviewer("I"), "a label that becomes an interviewer's name");
        assertTrue(!buurt.interviewer("B"));
        assertTrue(!layouts.named("Boeken").orElseThrow().withTurns());
        // A suggested name saved with the layout stays a suggestion: the label is kept in the text (review).
        layouts.save(new SavedLayouts.SavedLayout("Met Pieter", Map.of("I", "Pieter"), Set.of("I"), true, Set.of("I")));
        assertEquals(Set.of("i"), layouts.named("met pieter").orElseThrow().labelsKept());
        layouts.delete("met pieter");
        layouts.delete("boeken");
        assertEquals(List.of("Buurt-interviews"), layouts.all().stream().map(SavedLayouts.SavedLayout::name).toList());
    }

    /**
     * A speaker renamed at import is renamed in the text's labels too, only the name: a time beside it and the
     * colon stay, the turns still span their labels, a name in what is said stays as said.
     */
    @Test
    void aSpeakerRenamedAtImportIsRenamedInTheTextsLabels() {
        String text = "R: Ik ben Marieke.\nI: En verder?\nR: Niets.\n";
        nl.veldwerk.model.Document found = nl.veldwerk.model.Document.of("d", "D", text, nl.veldwerk.model.SourceFormat.TXT,
                List.of(new nl.veldwerk.model.SpeakerTurn("R", 0, 19, null),
                        new nl.veldwerk.model.SpeakerTurn("I", 19, 33, 4_000L),
                        new nl.veldwerk.model.SpeakerTurn("R", 33, 43, null)), java.time.Instant.EPOCH);
        nl.veldwerk.model.Document d = new SavedLayouts.SavedLayout("", Map.of("R", "Mevrouw Peters", "i", "Interviewer"),
                Set.of(), true).applyTo(found);
        assertEquals("Mevrouw Peters: Ik ben Marieke.\nInterviewer: En verder?\nMevrouw Peters: Niets.\n", d.text());
        assertEquals(List.of("Mevrouw Peters: Ik ben Marieke.\n", "Interviewer: En verder?\n", "Mevrouw Peters: Niets.\n"),
                d.turns().stream().map(t -> d.text().substring(t.start(), t.end())).toList());
        assertEquals(4_000L, d.turns().get(1).timestampMillis());

        String teams = "Jordan Lee   0:01\nHallo allemaal.\nSam   0:04\nHoi Jordan Lee.\n";
        nl.veldwerk.model.Document team = nl.veldwerk.model.Document.of("t", "T", teams, nl.veldwerk.model.SourceFormat.TXT,
                List.of(new nl.veldwerk.model.SpeakerTurn("Jordan Lee", 0, 34, 1_000L),
                        new nl.veldwerk.model.SpeakerTurn("Sam", 34, teams.length(), 4_000L)), java.time.Instant.EPOCH);
        nl.veldwerk.model.Document renamed = new SavedLayouts.SavedLayout("", Map.of("Jordan Lee", "R1"), Set.of(), true)
                .applyTo(team);
        assertEquals("R1   0:01\nHallo allemaal.\nSam   0:04\nHoi Jordan Lee.\n", renamed.text(),
                "the time beside the label stays; the name in what Sam says is not a label");
        assertEquals("Sam   0:04\nHoi Jordan Lee.\n", renamed.text().substring(renamed.turns().get(1).start()));
        assertEquals(text, new SavedLayouts.SavedLayout("", Map.of(), Set.of(), true).applyTo(found).text(),
                "nothing renamed, nothing changed");

        // Typed with two spaces once, the same speaker (labels are grouped by their words): renamed there too.
        String spaced = "Jan  de Vries: Ik woon hier.\nI: Hoe lang?\nJan de Vries: Tien jaar.\n";
        int i = spaced.indexOf("I:");
        int j = spaced.indexOf("Jan de Vries:");
        nl.veldwerk.model.Document jan = nl.veldwerk.model.Document.of("j", "J", spaced, nl.veldwerk.model.SourceFormat.TXT,
                List.of(new nl.veldwerk.model.SpeakerTurn("Jan de Vries", 0, i, null),
                        new nl.veldwerk.model.SpeakerTurn("I", i, j, null),
                        new nl.veldwerk.model.SpeakerTurn("Jan de Vries", j, spaced.length(), null)), java.time.Instant.EPOCH);
        nl.veldwerk.model.Document r1 = new SavedLayouts.SavedLayout("", Map.of("Jan de Vries", "R1"), Set.of(), true)
                .applyTo(jan);
        assertEquals("R1: Ik woon hier.\nI: Hoe lang?\nR1: Tien jaar.\n", r1.text(), "no real name left in a label");
        assertEquals(List.of("R1: Ik woon hier.\n", "I: Hoe lang?\n", "R1: Tien jaar.\n"),
                r1.turns().stream().map(t -> r1.text().substring(t.start(), t.end())).toList());
    }
}
