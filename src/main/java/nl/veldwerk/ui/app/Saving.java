package nl.veldwerk.ui.app;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import nl.veldwerk.store.Autosaver;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.store.SaveSnapshot;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.TaskRunner;

/**
 * Saving the open project: saves the user asks for, recovery saves every few seconds, and letting go of the
 * project when it closes, all on the save queue, in the order they were asked for (docs/decisions/0010).
 */
final class Saving {
    private static final System.Logger LOG = System.getLogger(Saving.class.getName());
    private static final Duration RECOVERY_INTERVAL = Duration.ofSeconds(3);
    /**
     * How long after the project is shown its texts start to be read ahead: reading them at once took one of
     * two cores while the window laid itself out, and made that take twice as long (issue 24); a text asked
     * for before is read when asked, as it would be without reading ahead.
     */
    private static final Duration READ_AHEAD_AFTER = Duration.ofSeconds(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final UiThreads threads;
    private final TaskRunner tasks;
    private final ProjectStatus status;
    private final Consumer<Exception> saveFailed;
    private Autosaver autosaver;
    /** The status line's words for the last recovery save's failure, until one works again; null when none failed. */
    private String recoveryFailure;
    /** Why the last save or recovery save failed, until one works again; null while they work (FX thread). */
    private String failing;

    /** Told when a save kept another computer's save aside (see {@link ProjectStore#takeVersionSetAside}). */
    private Consumer<ProjectStore> versionSetAside = s -> { };

    void onVersionSetAside(Consumer<ProjectStore> then) {
        versionSetAside = then;
    }

    Saving(UiThreads threads, TaskRunner tasks, ProjectStatus status, Consumer<Exception> saveFailed) {
        this.threads = threads;
        this.tasks = tasks;
        this.status = status;
        this.saveFailed = saveFailed;
    }

    /** Starts the recovery saves of a project just opened. */
    void start(ProjectStore opened, java.util.function.Supplier<ProjectStore> current) {
        failing = null; // another project's failure is not this one's (review)
        recoveryFailure = null;
        threads.saves().execute(() -> {
            try {
                opened.prepareSaves(); // so the first save is as quick as the rest
            } catch (nl.veldwerk.store.ProjectFileException e) {
                LOG.log(System.Logger.Level.WARNING, "Preparing the saves of " + opened.directory(), e);
            }
        });
        java.util.List<nl.veldwerk.model.Document> documents = java.util.List.copyOf(opened.session().project()
                .documents());
        Thread.ofPlatform().daemon().name("veldwerk-texts").priority(Thread.MIN_PRIORITY).start(() -> {
            try {
                Thread.sleep(READ_AHEAD_AFTER); // the priority above is not honoured on Linux
            } catch (InterruptedException e) {
                return;
            }
            opened.readTextsAhead(documents);
        });
        autosaver = new Autosaver(opened, threads.fx(), threads.saves(), threads.timer(), RECOVERY_INTERVAL,
                outcome -> threads.fx().execute(() -> recoveryOutcome(outcome, opened, current)));
    }

    /**
     * Says how a recovery save went, on the FX thread. A failure stays in the status line until a recovery save works
     * again, which is then said in its place: it stayed there, and told of a failure long over (QA).
     */
    void recoveryOutcome(Autosaver.Outcome outcome, ProjectStore opened, java.util.function.Supplier<ProjectStore> current) {
        if (current.get() != opened) {
            return; // a project let go of meanwhile: its recovery save says nothing of the one open now (review)
        }
        if (outcome.failure() != null) {
            failing = I18n.message(outcome.failure());
            String said = I18n.text("status.autosaveFailed", outcome.failure().problem());
            if (!said.equals(recoveryFailure)) {
                // Said once: the same failure every few seconds wrote over what the user did meanwhile ("Wrote
                // rescue.vwz", the way out it offers), and the save state on the right keeps saying it (QA).
                status.say(said);
            }
            recoveryFailure = said;
            status.saveState(I18n.text("save.recoveryFailed"));
        } else if (outcome.written()) {
            if (opened.session().hasUnsavedChanges()) {
                status.saveState(I18n.text("save.recovered", TIME.format(Instant.now())));
            }
            if (recoveryFailure != null && recoveryFailure.equals(status.statusProperty().get())) {
                status.say(I18n.text("status.autosaveAgain", TIME.format(Instant.now())));
            }
            recoveryFailure = null;
            failing = null;
        }
    }

    /**
     * Why saving the open project fails now (the last save or recovery save failed, and none has worked since), for
     * the question before letting the project go; empty while saves work.
     */
    java.util.Optional<String> failing() {
        return java.util.Optional.ofNullable(failing);
    }

    /**
     * Captures the project on the FX thread (fast), writes it on the save queue, then runs {@code next} on
     * the FX thread once it is on disk. A failed save runs nothing after it.
     */
    void saveAndThen(ProjectStore s, java.util.function.Supplier<ProjectStore> current, Runnable next) {
        SaveSnapshot snapshot = s.capture();
        tasks.save(() -> s.write(snapshot, ProjectStore.Target.SAVE), outcome -> {
            if (outcome.saved()) {
                failing = null;
            }
            if (outcome == ProjectStore.Outcome.WRITTEN && current.get() == s) {
                s.session().markSaved(snapshot.sessionState());
                status.say(I18n.text("status.saved", TIME.format(Instant.now())));
                if (s.takeVersionSetAside()) {
                    versionSetAside.accept(s);
                }
            }
            if (outcome.saved()) {
                next.run();
            }
        }, e -> {
            if (current.get() == s) {
                failing = I18n.message(e);
            }
            saveFailed.accept(e);
        });
    }

    /**
     * Stops the recovery saves without waiting, and lets go of the project after the writes queued before:
     * the FX thread never waits for the disk. The user chose what to keep before closing, so a recovery
     * save is not offered again at the next start. Returns when the lock is free.
     */
    Future<?> close(ProjectStore s) {
        if (autosaver != null) {
            autosaver.close();
            autosaver = null;
        }
        return threads.saves().submit(() -> {
            try {
                s.discardRecovery();
            } catch (java.io.IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Removing the recovery save of " + s.directory(), e);
            } finally {
                s.close();
            }
        });
    }
}
