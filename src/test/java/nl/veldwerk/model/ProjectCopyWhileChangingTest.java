package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * A copy made on another thread while the project changes (a report or the analysis window starting while the
 * user codes on): each copy is the whole project as it was between two changes, never half of one (a change of
 * several puts, as a command makes, runs through {@link Project#change}).
 */
class ProjectCopyWhileChangingTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String TEXT = "woord ".repeat(2_000);

    @Test
    void everyCopyMadeDuringChangesIsWhole() throws Exception {
        Project p = new Project(ProjectInfo.named("Kopie", T));
        p.put(Code.of("c", "Code", null, null));
        for (int d = 0; d < 20; d++) {
            p.put(new Document("d" + d, "D" + d, "", TEXT, SourceFormat.TXT, List.of(), Set.of(), Map.of(), T, d + 1));
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread coder = new Thread(() -> {
            try {
                // A quotation and its coding come and go, again and again, in every document.
                for (int i = 0; !stop.get(); i++) {
                    String q = "q" + (i % 3_000);
                    int start = (i * 7) % 10_000;
                    int document = i % 20;
                    p.change(() -> { // one command: both or neither
                        if (p.quotation(q).isPresent()) {
                            p.remove(EntityKind.CODING, "k" + q);
                            p.remove(EntityKind.QUOTATION, q);
                        } else {
                            p.put(new Quotation(q, "d" + document, start, start + 5, "", null, T));
                            p.put(new Coding("k" + q, q, "c", null, T));
                        }
                    });
                }
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        coder.start();
        try {
            for (int copies = 0; copies < 400 && failed.get() == null; copies++) {
                whole(p.copy());
            }
        } finally {
            stop.set(true);
            coder.join();
        }
        assertEquals(null, failed.get(), "the changes went on while copies were made");
    }

    /** Every quotation has its coding and is listed under its document; every coding's quotation is there. */
    private static void whole(Project copy) {
        int listed = 0;
        for (Document d : copy.documents()) {
            assertEquals(copy.quotationsOf(d.id()).size(), copy.quotationCountOf(d.id()));
            for (Quotation q : copy.quotationsOf(d.id())) {
                assertEquals(d.id(), q.documentId());
                listed++;
            }
        }
        assertEquals(copy.quotations().size(), listed, "the document index holds each quotation once");
        assertEquals(copy.quotations().size(), copy.codings().size(), "each quotation with its one coding");
        for (Coding c : copy.codings()) {
            assertTrue(copy.quotation(c.quotationId()).isPresent(), "a coding's quotation is in the copy");
            assertEquals(List.of(c), copy.codingsOf(c.quotationId()));
        }
        assertEquals(copy.codings().size(), copy.codingsWithCode("c").size());
    }
}
