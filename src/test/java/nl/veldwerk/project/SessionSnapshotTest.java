package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * A snapshot taken on another thread while the session redoes and undoes a coding (a quotation and its coding,
 * two puts): each holds the whole command or none of it, and says which state it is a copy of.
 */
class SessionSnapshotTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aSnapshotHoldsWholeCommandsAndTheirState() throws Exception {
        Project p = new Project(ProjectInfo.named("Kopie", T));
        p.put(Code.of("c", "Code", null, null));
        p.put(new Document("d", "D", "", "woord ".repeat(100), SourceFormat.TXT, List.of(), Set.of(), Map.of(), T, 1));
        ProjectSession session = new ProjectSession(p);
        session.execute(QuotationCommands.codeRange("d", 0, 5, "c", null, T));
        long coded = session.stack().state();
        session.undo();
        long uncoded = session.stack().state();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread coder = new Thread(() -> {
            try {
                while (!stop.get()) {
                    session.redo();
                    session.undo();
                }
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        coder.start();
        try {
            for (int i = 0; i < 2_000 && failed.get() == null; i++) {
                ProjectSession.Snapshot snapshot = session.snapshot();
                Project copy = snapshot.project();
                int quotations = copy.quotations().size();
                assertEquals(quotations, copy.codings().size(), "the quotation with its coding, or neither");
                assertEquals(snapshot.state() == coded ? 1 : 0, quotations, "the copy is of the state it names");
                assertEquals(true, snapshot.state() == coded || snapshot.state() == uncoded);
            }
        } finally {
            stop.set(true);
            coder.join();
        }
        assertNull(failed.get());
    }
}
