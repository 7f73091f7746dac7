package nl.veldwerk.ui.exchange;

import java.nio.file.Path;
import java.util.List;

import nl.veldwerk.interop.PseudonymKeys;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.Pseudonymisation.Replacement;
import nl.veldwerk.project.Pseudonymisation;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;

/**
 * Pseudonymising from the window: the replacement is one undoable command; then, if asked, a save and
 * the removal of every older version on disk (backups, recovery save, search index) that still holds
 * the names. Key lists are read and written in the background.
 */
public final class PseudonymiseActions {
    /** What the dialog asked for. */
    public record Request(Pseudonymisation names, boolean forgetHistory) {
    }

    private final MainViewModel main;
    private final Runnable rebuildIndex;

    /** {@code rebuildIndex}: the search index still holds the names; it is built anew afterwards. */
    public PseudonymiseActions(MainViewModel main, Runnable rebuildIndex) {
        this.main = main;
        this.rebuildIndex = rebuildIndex;
    }

    public void apply(Request r) {
        if (main.storeProperty().get() == null) {
            return;
        }
        // Worked out on a copy in the background (seconds on a thousand long transcripts); the FX thread only
        // puts the results, and the command refuses if the project changed in between.
        main.commitPendingEdits();
        Project project = main.session().project();
        main.background().run(() -> {
            main.background().report(I18n.text("pseudonymise.working"));
            return r.names().prepare(project.copy()); // copied here, not on the FX thread
        }, prepared -> main.run(() -> {
            main.session().execute(prepared.command());
            main.showStatus(I18n.text("pseudonymise.done", prepared.count()));
            if (r.forgetHistory()) {
                main.saveAndThen(this::forgetHistory);
            }
        }), e -> main.fail(I18n.text("error.change"), e));
    }

    /** Every occurrence the key list would replace, found on a copy in the background. */
    public void preview(Pseudonymisation names, java.util.function.Consumer<List<Pseudonymisation.Occurrence>> then) {
        main.commitPendingEdits();
        Project project = main.session().project();
        main.background().run(() -> names.find(project.copy()), then::accept, e -> main.fail(I18n.text("error.change"), e));
    }

    /** After the save: no backup or recovery save keeps the names, and the search index is built anew. */
    private void forgetHistory() {
        ProjectStore store = main.storeProperty().get();
        if (store == null) {
            return;
        }
        main.background().run(() -> {
            store.forgetHistory();
            return store.filesOfOthers();
        }, others -> {
            rebuildIndex.run();
            main.showStatus(I18n.text("pseudonymise.historyForgotten"));
            if (!others.isEmpty()) {
                // Reports and exports saved into the project folder are the user's own files: not changed, and
                // they may still hold the names (the status line said no version on disk did).
                main.dialogs().showInfo(I18n.text("menu.pseudonymise"), I18n.text("pseudonymise.otherFiles",
                        "• " + String.join("\n• ", others)));
            }
        }, e -> main.fail(I18n.text("error.save"), e));
    }

    public void readKey(Path file, java.util.function.Consumer<List<Replacement>> then) {
        main.background().run(() -> PseudonymKeys.read(file), then::accept,
                e -> main.fail(I18n.text("pseudonymise.keyUnreadable"), e));
    }

    /**
     * Writes the key list. Not into the project's folder: there it travels with every copy and bundle of the
     * project, and undoes the pseudonyms for whoever gets one (QA: it was written there without a word).
     */
    public void writeKey(List<Replacement> key, Path file) {
        var store = main.storeProperty().get();
        // The links are followed in the background, with the writing: they are the file system's to answer.
        main.background().run(() -> {
            if (store != null && real(file.toAbsolutePath().getParent()).startsWith(real(store.directory()))) {
                return null;
            }
            PseudonymKeys.write(key, file);
            return file;
        }, f -> {
            if (f == null) {
                main.dialogs().showError(I18n.text("pseudonymise.save"), I18n.text("pseudonymise.keyInProject",
                        store.directory().getFileName()));
            } else {
                main.showStatus(I18n.text("status.bundled", f.getFileName()));
            }
        }, e -> main.fail(I18n.text("error.export"), e));
    }

    /** The folder as it really is (a link followed, as a link to the project folder is the project folder). */
    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (java.io.IOException | RuntimeException e) {
            return folder.toAbsolutePath().normalize();
        }
    }
}
