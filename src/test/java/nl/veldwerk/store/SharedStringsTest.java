package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.project.synthetic.SyntheticProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project as read holds one instance of each id it repeats (a quotation's document, a coding's quotation,
 * code and coder, a turn's speaker, a time): at a million quotations the parser's copies were half a
 * gigabyte.
 */
class SharedStringsTest {
    @TempDir
    Path tmp;

    @Test
    void theIdsAPartRepeatsAreOneInstanceAndTheProjectIsUnchanged() throws Exception {
        Path dir = tmp.resolve("p");
        Project generated = SyntheticProject.generate(12, 400, 60, 5, 9); // more documents than names kept
        ProjectStore.create(dir, generated).close();
        Project read = ProjectReader.read(dir);
        assertEquals(ProjectReader.read(dir), read);
        int checked = 0;
        for (Quotation q : read.quotations()) {
            assertSame(read.document(q.documentId()).orElseThrow().id(), q.documentId());
            for (Coding c : read.codingsOf(q.id())) {
                assertSame(q.id(), c.quotationId());
                assertSame(read.code(c.codeId()).orElseThrow().id(), c.codeId());
                if (c.coderId() != null) {
                    assertSame(read.coder(c.coderId()).orElseThrow().id(), c.coderId());
                }
                checked++;
            }
        }
        // Equal times within a part are one instance (the generator gives a part's codings a few times).
        int sharedTimes = 0;
        for (var d : read.documents()) {
            java.util.Map<java.time.Instant, java.time.Instant> first = new java.util.HashMap<>();
            for (Quotation q : read.quotationsOf(d.id())) {
                for (Coding c : read.codingsOf(q.id())) {
                    java.time.Instant before = first.putIfAbsent(c.created(), c.created());
                    if (before != null) {
                        assertSame(before, c.created());
                        sharedTimes++;
                    }
                }
            }
        }
        assertTrue(sharedTimes > 0, "no time repeated within a part");
        for (var d : read.documents()) {
            for (SpeakerTurn t : d.turns()) {
                assertSame(d.turns().stream().filter(o -> o.speaker().equals(t.speaker())).findFirst().orElseThrow()
                        .speaker(), t.speaker());
            }
        }
        assertTrue(checked > 50, "codings checked: " + checked);
    }
}
