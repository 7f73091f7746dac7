package nl.veldwerk.ui.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import nl.veldwerk.store.Backups;
import nl.veldwerk.store.OtherVersions;
import nl.veldwerk.store.ProjectFileException;
import nl.veldwerk.store.ProjectReader;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.TaskRunner;

/**
 * Opening a project folder in the window, with the questions it may need: recover the work a crash left in
 * a recovery save, and, when document parts are damaged, open the rest read-only, name what is damaged and
 * offer to restore it from the newest backup that holds an intact copy. All disk work in the background.
 */
final class ProjectOpener {
    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(java.time.ZoneId.systemDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TaskRunner background;
    private final Dialogs dialogs;
    private final Consumer<ProjectStore> show;
    private final BiConsumer<String, Exception> fail;
    /**
     * Says something on the status line: that nothing was opened after all (it said "Opening …" on: QA), or that the
     * work of a crash was recovered (it said "Opened", as for any open: QA).
     */
    private final Consumer<String> say;

    ProjectOpener(TaskRunner background, Dialogs dialogs, Consumer<ProjectStore> show,
                  BiConsumer<String, Exception> fail, Consumer<String> say) {
        this.background = background;
        this.dialogs = dialogs;
        this.show = show;
        this.fail = fail;
        this.say = say;
    }

    /** Opens {@code directory} once {@code previous} (closing the project before) has let go of its lock. */
    void open(Path directory, Future<?> previous) {
        open(directory, previous, false);
    }

    /**
     * As {@link #open(Path, Future)}; {@code openHereAnyway} once the user said to open a project whose lock file
     * another computer left (a synced folder).
     */
    private void open(Path directory, Future<?> previous, boolean openHereAnyway) {
        // The usual case (no recovery save) opens in one trip to the background, with no wait in between.
        background.run(() -> {
            previous.get();
            // A window still running holds it: its recovery save is that window's unsaved work, not a crash's;
            // the open says who has it, without first asking to "recover" what is not lost (QA).
            var elsewhere = openHereAnyway ? java.util.Optional.<ProjectStore.Elsewhere>empty()
                    : ProjectStore.openElsewhereBySync(directory);
            if (elsewhere.isPresent()) {
                return elsewhere.get();
            }
            var recoverable = ProjectStore.openNowIn(directory).isPresent() ? java.util.Optional.<Instant>empty()
                    : ProjectStore.recoverableSince(directory);
            return recoverable.isEmpty() ? openOrSalvage(directory) : new Recoverable(recoverable.get(),
                    nl.veldwerk.store.ProjectReader.nameOf(directory).orElse(String.valueOf(directory.getFileName())));
        }, opened -> {
            if (opened instanceof ProjectStore store) {
                shown(store);
                return;
            }
            if (opened instanceof ProjectStore.Elsewhere other) {
                // A synced folder carried over another computer's lock file, not its lock: that computer may have the
                // project open now, and two computers' saves make two versions (QA: opened without a word).
                if (dialogs.confirm(I18n.text("open.elsewhereTitle"), I18n.text("open.elsewhere", other.user(),
                        other.host(), other.since()))) {
                    open(directory, java.util.concurrent.CompletableFuture.completedFuture(null), true);
                } else {
                    say.accept(I18n.text("status.notOpenedElsewhere", String.valueOf(directory.getFileName()),
                            other.host()));
                }
                return;
            }
            Recoverable found = (Recoverable) opened;
            Dialogs.RecoverChoice choice = dialogs.askRecover(I18n.text("recover.title"), I18n.text("recover.message",
                    TIME.format(found.since()), found.name()));
            if (choice == Dialogs.RecoverChoice.NOT_NOW) {
                say.accept(I18n.text("status.notOpenedRecoveryKept", found.name()));
                return; // nothing opened, the recovery save kept for the next time
            }
            boolean recover = choice == Dialogs.RecoverChoice.RECOVER;
            background.run(() -> {
                ProjectStore store = recover ? ProjectStore.openRecovered(directory) : openOrSalvage(directory);
                // Only the work the question was about: a dialog left open while another window recovered it and
                // crashed again threw that window's newer work away unseen (QA). Asked again about the new one.
                if (!recover && !store.discardRecoveryFrom(found.since())) {
                    store.close();
                    return null;
                }
                return store;
            }, store -> {
                if (store == null) {
                    open(directory, java.util.concurrent.CompletableFuture.completedFuture(null));
                } else {
                    shown(store);
                    if (recover && !store.session().isReadOnly()) {
                        say.accept(I18n.text("status.recovered", TIME.format(found.since())));
                    }
                }
            }, e -> fail.accept(I18n.text("error.open"), e));
        }, e -> failedOrOfferEarlierSave(directory, e));
    }

    /**
     * A project whose manifest is damaged or gone cannot open; its earlier saves (backups) may: the newest is offered
     * as a project of its own beside it (QA: a damaged manifest was a dead end, though a backup opened with all but
     * the last save's work). Any other failure is said as it is.
     */
    private void failedOrOfferEarlierSave(Path directory, Exception e) {
        if (!(e instanceof nl.veldwerk.store.ProjectFileException problem)
                || !nl.veldwerk.store.Backups.aboutTheManifest(problem)) {
            fail.accept(I18n.text("error.open"), e);
            return;
        }
        // What there is to offer, read off the FX thread (the lock file, the recovery save, the backups).
        background.run(() -> {
            if (ProjectStore.openNowIn(directory).isPresent()) {
                return EarlierWork.NONE; // held by another window: no copy of an older save beside it
            }
            // A manifest gone cannot be opened from the recovery save in its place: the earlier saves are offered.
            var recovery = problem.problem().key().equals("folder.notProject") ? java.util.Optional.<Instant>empty()
                    : ProjectStore.readableRecoverySince(directory);
            return new EarlierWork(recovery, recovery.isPresent() ? List.of()
                    : nl.veldwerk.store.Backups.saves(directory));
        }, work -> offer(directory, problem, work), failure -> fail.accept(I18n.text("error.open"), e));
    }

    /** A crash's recovery save that can be read, or else the earlier saves (newest first); either may be missing. */
    private record EarlierWork(java.util.Optional<Instant> recovery, List<nl.veldwerk.store.Backups.Save> saves) {
        static final EarlierWork NONE = new EarlierWork(java.util.Optional.empty(), List.of());
    }

    private void offer(Path directory, nl.veldwerk.store.ProjectFileException problem, EarlierWork work) {
        if (work.recovery().isPresent()) {
            // The crash's work is newer than any earlier save: offered first, as the project it is.
            if (dialogs.confirm(I18n.text("error.open"), I18n.message(problem) + "\n\n" + I18n.text(
                    "recover.damagedManifest", TIME.format(work.recovery().get())))) {
                background.run(() -> ProjectStore.openRecovered(directory), this::shown,
                        failure -> fail.accept(I18n.text("error.open"), failure));
            }
            return;
        }
        if (work.saves().isEmpty()) {
            fail.accept(I18n.text("error.open"), problem);
            return;
        }
        var newest = work.saves().getFirst();
        if (dialogs.confirm(I18n.text("error.open"), I18n.message(problem) + "\n\n" + I18n.text(
                "earlier.offerAtOpen", SAVED.format(newest.savedAt()), newest.documents(), newest.quotations()))) {
            background.run(() -> nl.veldwerk.store.Backups.copyAsProject(directory, newest, I18n.text("earlier.folder")),
                    copy -> open(copy, java.util.concurrent.CompletableFuture.completedFuture(null)),
                    failure -> fail.accept(I18n.text("earlier.failed"), failure));
        }
    }

    /** Work a crash left in a recovery save, since when, in the project of this name (the folder's if unread). */
    private record Recoverable(Instant since, String name) {
    }

    /** The project, or, when only document parts are damaged, the rest of it read-only. */
    private static ProjectStore openOrSalvage(Path directory) throws ProjectFileException {
        try {
            return ProjectStore.open(directory);
        } catch (ProjectFileException whole) {
            try {
                return ProjectStore.openSalvaging(directory);
            } catch (ProjectFileException rest) {
                whole.addSuppressed(rest);
                throw whole; // the manifest or the project part itself: nothing to salvage
            }
        }
    }

    private void shown(ProjectStore store) {
        show.accept(store);
        store.damagedRecovery().ifPresent(at -> dialogs.showError(I18n.text("recover.damagedTitle"),
                I18n.text("recover.damaged", TIME.format(at), store.session().project().info().name())));
        // Said, not repaired in silence (QA re-run): the user may want to look at the disk or the sync service.
        store.projectPartRestored().ifPresent(part -> dialogs.showInfo(I18n.text("project.partRestoredTitle"),
                I18n.text("project.partRestored", store.session().project().info().name(), part)));
        if (!store.damaged().isEmpty()) {
            offerRestore(store);
        } else if (!store.otherVersions().isEmpty()) {
            offerOtherVersions(store);
        }
    }

    /**
     * A sync service kept another version of the save (the project was saved on two computers at once): the
     * work saved there is not in what opened. Says so, and offers a copy of the project with each version,
     * to open or merge (Analysis → Merge another coder's project).
     */
    private void offerOtherVersions(ProjectStore store) {
        offerOtherVersions(store, "otherVersions.message");
    }

    /**
     * A save found another computer's save in the manifest's place (a sync service brought it in while the
     * project was open) and kept it beside it: said, and the same copy offered as at opening.
     */
    void offerVersionSetAside(ProjectStore store) {
        offerOtherVersions(store, "otherVersions.messageWhileOpen");
    }

    private void offerOtherVersions(ProjectStore store, String messageKey) {
        List<OtherVersions.Version> versions = store.otherVersions();
        String lines = String.join("\n", versions.stream().map(v -> I18n.text("otherVersions.line",
                v.file().getFileName(), DAY.format(v.savedAt()))).toList());
        if (!dialogs.confirm(I18n.text("otherVersions.title"), I18n.text(messageKey, lines))) {
            return;
        }
        Path directory = store.directory();
        background.run(() -> {
            List<Path> copies = new ArrayList<>();
            for (OtherVersions.Version version : versions) {
                copies.add(OtherVersions.copyWith(directory, version, I18n.text("otherVersions.folder")));
            }
            return copies;
        }, copies -> dialogs.showInfo(I18n.text("otherVersions.title"), I18n.text("otherVersions.copied",
                String.join("\n", copies.stream().map(c -> "• " + c).toList()))),
                e -> fail.accept(I18n.text("otherVersions.failed"), e));
    }

    /** Names what is damaged and offers to restore it from the backups; the answer comes back reopened. */
    private void offerRestore(ProjectStore store) {
        background.run(store::restorable, copies -> {
            String lines = describe(store.damaged(), copies);
            if (copies.isEmpty()) {
                // Nothing to restore: say so, without asking a question the user cannot answer yes to.
                dialogs.showError(I18n.text("damaged.title"), I18n.text("damaged.found", lines) + "\n\n"
                        + I18n.text("damaged.noBackup"));
                return;
            }
            if (!dialogs.confirm(I18n.text("damaged.title"), I18n.text("damaged.message", lines))) {
                return; // stays open read-only: the user can still read, search and export what is there
            }
            Path directory = store.directory();
            background.run(() -> {
                List<String> restored = store.restoreDamaged();
                store.close();
                return restored;
            }, restored -> open(directory, java.util.concurrent.CompletableFuture.completedFuture(null)),
                    e -> fail.accept(I18n.text("error.open"), e));
        }, e -> fail.accept(I18n.text("error.open"), e));
    }

    private static String describe(List<ProjectReader.Damage> damaged, Map<String, Backups.Copy> copies) {
        List<String> lines = new ArrayList<>();
        for (ProjectReader.Damage d : damaged) {
            Backups.Copy copy = copies.get(d.documentId());
            String name = copy == null ? d.documentId() : copy.documentName();
            // With no copy of any, the message says that once, below the list (a helper saw it twice).
            String noCopy = copies.isEmpty() ? "damaged.lineBare" : "damaged.lineNoCopy";
            lines.add(copy == null ? I18n.text(noCopy, name, d.file(), d.problem().text(I18n.locale()))
                    : I18n.text("damaged.line", name, d.file(), d.problem().text(I18n.locale()),
                    DAY.format(copy.savedAt())));
        }
        return String.join("\n", lines);
    }
}
