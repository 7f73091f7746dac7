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
        layouts.delete("boeken");
        assertEquals(List.of("Buurt-interviews"), layouts.all().stream().map(SavedLayouts.SavedLayout::name).toList());
    }
}
