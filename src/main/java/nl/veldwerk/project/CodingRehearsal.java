package nl.veldwerk.project;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;

/**
 * Rehearses a coding once per run of the program, on a small project of its own that nobody sees, in the
 * background: a new coder's first coding, its undo and redo, and the words the status line says of it. The
 * user's first coding then finds that code loaded, linked and profiled; it took twice as long on the FX thread
 * as the ones after it (issue 24: 36–78 ms against 9–10 ms in a medium project's window, halved by this).
 * Nothing of the user's project is read or changed.
 */
public final class CodingRehearsal {
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private CodingRehearsal() {
    }

    /**
     * Starts the rehearsal after {@code delayMillis} on a thread of low priority, the first time this is asked in
     * this run of the program; later asks do nothing.
     */
    public static void startOnce(long delayMillis, Locale locale) {
        if (!DONE.compareAndSet(false, true)) {
            return;
        }
        // A rehearsal that fails changes nothing the user has: logged, never shown as the program's error.
        Thread.ofPlatform().daemon().name("veldwerk-rehearsal").priority(Thread.MIN_PRIORITY)
                .uncaughtExceptionHandler((thread, e) -> System.getLogger(CodingRehearsal.class.getName())
                        .log(System.Logger.Level.DEBUG, "Rehearsal", e))
                .start(() -> {
                    try {
                        Thread.sleep(delayMillis);
                        rehearse(locale);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }

    /** One coding by a new coder, as the window makes it (the coder added in the same step), undone and redone. */
    static String rehearse(Locale locale) {
        Instant now = Instant.now();
        Project project = new Project(ProjectInfo.named("Rehearsal", now));
        project.put(Document.of("rehearsal", "Rehearsal", "Interviewer: Hoe gaat het?\nRespondent: Goed, dank u.",
                SourceFormat.TXT, List.of(), now));
        project.put(Code.of("code", "Code", null, null));
        ProjectSession session = new ProjectSession(project);
        Command code = QuotationCommands.codeRange("rehearsal", 39, 43, "code", "coder", now);
        session.execute(new CompositeCommand(code.description(), List.of(NoteCommands.addCoder(new Coder("coder",
                "Coder")), code)));
        session.undo();
        session.redo();
        return code.description().text(locale); // as the status line says it
    }
}
