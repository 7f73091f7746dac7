package nl.veldwerk.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.veldwerk.importer.DocumentImporter;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.ProjectChange;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.store.Autosaver;
import nl.veldwerk.store.Bundles;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.store.SaveSnapshot;

/**
 * The state of the main window: the open project, its documents, the selected document, the title with
 * its unsaved mark, undo/redo and a status line. All disk work runs in the background.
 */
public final class MainViewModel {
    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());
    private static final Duration RECOVERY_INTERVAL = Duration.ofSeconds(3);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Dialogs dialogs;
    private final UiThreads threads;
    private final Background background;
    private final ProjectOpener opener;
    private SearchViewModel search;
    private ExchangeActions exchange;
    private final ReadOnlyObjectWrapper<ProjectStore> store = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Veldwerk");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    /** Where the work stands on disk: saved, or safe in a recovery save from a given time, or not yet. */
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    private final ObservableList<DocumentItem> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentItem> selected = new SimpleObjectProperty<>();
    /** A stretch of text to show and select: {start, end} in the selected document. */
    private final ObjectProperty<int[]> revealed = new SimpleObjectProperty<>();
    private final Consumer<ProjectChange> changeListener = this::projectChanged;
    /** Goes up with every change to the project (and on open and close): views refresh on it. */
    private final javafx.beans.property.IntegerProperty changes = new javafx.beans.property.SimpleIntegerProperty();
    private final CodingViewModel coding = new CodingViewModel(this);
    private final ProjectEdits edits = new ProjectEdits(this);
    private final ObjectProperty<ProjectChange> lastChange = new SimpleObjectProperty<>();
    private Autosaver autosaver;
    /** Text typed in a field that commits on leaving it: committed before anything is saved or closed. */
    private final List<Runnable> pendingEdits = new ArrayList<>();
    /** Closing the last project: done on the save queue, after its writes; an open waits for it. */
    private java.util.concurrent.Future<?> closing = java.util.concurrent.CompletableFuture.completedFuture(null);

    public MainViewModel(Dialogs dialogs) {
        this(dialogs, UiThreads.standard());
    }

    MainViewModel(Dialogs dialogs, UiThreads threads) {
        this.dialogs = dialogs;
        this.threads = threads;
        this.background = new Background(threads.fx(), threads.work(), threads.saves());
        this.opener = new ProjectOpener(background, dialogs, this::show, this::fail);
        status.set(I18n.text("status.noProject"));
        selected.addListener((o, was, now) -> {
            boolean otherDocument = was == null || now == null || !was.document().id().equals(now.document().id());
            if (otherDocument) {
                coding.select(0, 0);
                coding.refreshRows();
            }
        });
    }

    public CodingViewModel coding() {
        return coding;
    }

    /** The edits of documents, memos and codes that the side panes and the text make. */
    public ProjectEdits edits() {
        return edits;
    }

    /** Redraws the views from the model (after a change the model refused, which a view had shown). */
    void redrawFromModel() {
        lastChange.set(null); // no change to follow: every view shows the model afresh
        changes.set(changes.get() + 1);
    }

    /** The change that caused the latest {@link #changesProperty} step (null after open and close). */
    public ProjectChange lastChange() {
        return lastChange.get();
    }

    public javafx.beans.property.ReadOnlyIntegerProperty changesProperty() {
        return changes;
    }

    /** Runs a user action; a change the model refuses is explained, and nothing changes. */
    public void run(Runnable action) {
        try {
            action.run();
        } catch (nl.veldwerk.model.ModelException e) {
            fail(I18n.text("error.change"), e);
        } catch (ProjectSession.ListenerFailure e) {
            viewFailed(e);
        }
    }

    /** A view failed to follow a change that was made: it stands (undo takes it back); every view redraws. */
    void viewFailed(ProjectSession.ListenerFailure e) {
        LOG.log(System.Logger.Level.ERROR, "A view failed to follow a change", e);
        redrawFromModel();
        fail(I18n.text("error.view"), e);
    }

    /**
     * Registers what commits a field's typed text (a memo, a definition, a comment): run before every save,
     * close, quit, export and bundle, so Ctrl+S right after typing saves what was typed.
     */
    public void addPendingEdit(Runnable commit) {
        pendingEdits.add(commit);
    }

    /** Commits whatever is typed but not yet committed; call on the FX thread. */
    public void commitPendingEdits() {
        if (store.get() != null) {
            pendingEdits.forEach(Runnable::run);
        }
    }

    /**
     * Opens a project folder; offers to recover unsaved work if Veldwerk was not closed properly, and to
     * restore damaged documents from a backup.
     */
    public void open(Path directory) {
        opener.open(directory, closing); // the project closed before must have let go of its lock
    }

    public void create(Path directory) {
        String name = directory.getFileName().toString();
        background.run(() -> ProjectStore.create(directory, ProjectInfo.named(name, Instant.now())), this::show,
                e -> fail(I18n.text("error.create"), e));
    }

    /** Reads the files in the background, then adds them all as one undoable step; a bad file adds nothing. */
    public void importTranscripts(List<Path> files) {
        if (store.get() == null || files.isEmpty()) {
            return;
        }
        DocumentImporter importer = new DocumentImporter();
        background.run(() -> {
            List<Document> read = new ArrayList<>();
            Instant now = Instant.now();
            for (Path file : files) {
                if (background.cancelled()) {
                    throw new java.util.concurrent.CancellationException(I18n.text("import.cancelled"));
                }
                background.report(I18n.text("import.progress", read.size() + 1, files.size(), file.getFileName()));
                read.add(importer.importFile(file, now));
            }
            return read;
        }, read -> {
            session().execute(DocumentCommands.addAll(read));
            status.set(I18n.text("status.imported", read.size()));
            // Show what came in: the first imported document.
            documents.stream().filter(i -> i.document().id().equals(read.getFirst().id())).findFirst()
                    .ifPresent(selected::set);
        }, e -> {
            if (e instanceof java.util.concurrent.CancellationException) {
                status.set(e.getMessage()); // nothing was added: the import is all or nothing
            } else {
                fail(I18n.text("error.import"), e);
            }
        });
    }

    /** Stops the running import at the next file; nothing is added. */
    public void cancel() {
        background.cancel();
    }

    public ReadOnlyStringProperty progressProperty() {
        return background.progressProperty();
    }

    /** Captures the changes on the FX thread (fast) and writes them in the background. */
    public void save() {
        saveAndThen(() -> { });
    }

    /**
     * Saves what is typed and done so far, then runs {@code next} on the FX thread once it is on disk (e.g.
     * closing the window). A failed save runs nothing after it: the error is shown and the window stays.
     */
    public void saveAndThen(Runnable next) {
        commitPendingEdits();
        ProjectStore s = store.get();
        if (s == null) {
            next.run();
            return;
        }
        SaveSnapshot snapshot = s.capture();
        background.save(() -> s.write(snapshot, ProjectStore.Target.SAVE), outcome -> {
            if (outcome == ProjectStore.Outcome.WRITTEN && store.get() == s) {
                s.session().markSaved(snapshot.sessionState());
                status.set(I18n.text("status.saved", TIME.format(Instant.now())));
            }
            if (outcome.saved()) {
                next.run();
            }
        }, e -> fail(I18n.text("error.save"), e));
    }

    public void exportBundle(Path bundle) {
        exportCopy(bundle, copy -> Bundles.export(copy, bundle));
    }

    /** Unpacks a bundle a supervisor sent back into a new folder and opens it. */
    public void openBundle(Path bundle, Path directory) {
        background.run(() -> {
            Bundles.extract(bundle, directory);
            return directory;
        }, this::open, e -> fail(I18n.text("error.open"), e));
    }

    interface Export {
        void write(Project copy) throws Exception;
    }

    /** Writes from a snapshot in the background, so the user can go on working meanwhile. */
    void exportCopy(Path target, Export export) {
        commitPendingEdits();
        ProjectStore s = store.get();
        if (s == null) {
            return;
        }
        Project copy = s.session().project().copy();
        background.run(() -> {
            export.write(copy);
            return target;
        }, t -> status.set(I18n.text("status.bundled", t.getFileName())), e -> fail(I18n.text("error.export"), e));
    }

    /** Shows a document and selects a stretch of it (from the analysis tools, later from search results). */
    public void reveal(String documentId, int start, int end) {
        documents.stream().filter(i -> i.document().id().equals(documentId)).findFirst().ifPresent(item -> {
            selected.set(item);
            revealed.set(new int[] {start, end});
        });
    }

    public void undo() {
        if (store.get() != null) {
            session().undo();
        }
    }

    public void redo() {
        if (store.get() != null) {
            session().redo();
        }
    }

    /** Closes the project without saving (the caller asked the user first). */
    public void close() {
        ProjectStore s = store.get();
        if (s == null) {
            return;
        }
        if (autosaver != null) {
            autosaver.close(); // does not wait; a recovery write in progress finishes on the save queue
            autosaver = null;
        }
        s.session().removeListener(changeListener);
        // The lock goes after the writes queued before it; the FX thread never waits for the disk. The user
        // chose what to keep before closing, so a recovery save is not offered again at the next start.
        closing = threads.saves().submit(() -> {
            try {
                s.discardRecovery();
            } catch (java.io.IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Removing the recovery save of " + s.directory(), e);
            } finally {
                s.close();
            }
        });
        store.set(null);
        documents.clear();
        coding.refreshRows();
        lastChange.set(null);
        changes.set(changes.get() + 1);
        refreshTitle();
        status.set(I18n.text("status.noProject"));
    }

    public void shutdown() {
        close();
        if (search != null) {
            search.shutdown();
        }
        threads.shutdown();
    }

    public boolean hasUnsavedChanges() {
        return store.get() != null && session().hasUnsavedChanges();
    }

    // ---- state ---------------------------------------------------------------------------------

    private void show(ProjectStore opened) {
        close();
        store.set(opened);
        opened.session().addListener(changeListener);
        autosaver = new Autosaver(opened, threads.fx(), threads.saves(), threads.timer(), RECOVERY_INTERVAL,
                outcome -> threads.fx().execute(() -> {
            if (outcome.failure() != null) {
                status.set(I18n.text("status.autosaveFailed", outcome.failure().problem()));
                saveState.set(I18n.text("save.recoveryFailed"));
            } else if (outcome.written() && store.get() == opened && opened.session().hasUnsavedChanges()) {
                saveState.set(I18n.text("save.recovered", TIME.format(Instant.now())));
            }
        }));
        refreshDocuments();
        refreshTitle();
        Preferences.addRecentProject(opened.directory().toString());
        Project p = opened.session().project();
        status.set(I18n.text("status.opened", p.count(EntityKind.DOCUMENT), p.count(EntityKind.QUOTATION),
                p.count(EntityKind.CODE)));
        if (!documents.isEmpty()) {
            selected.set(documents.getFirst());
        }
        coding.refreshRows();
        lastChange.set(null);
        changes.set(changes.get() + 1);
    }

    private void projectChanged(ProjectChange change) {
        if (change.touches(EntityKind.DOCUMENT) || !change.onlyQuotationsAndCodings()) {
            refreshDocuments();
        } else if (change.touches(EntityKind.QUOTATION)) {
            refreshCounts(change.documentIds()); // a quotation more or less: just those rows
        }
        refreshTitle();
        if (change.type() != ProjectChange.Type.SAVED) {
            coding.update(change);
            lastChange.set(change);
            changes.set(changes.get() + 1);
        }
    }

    /** Updates the quotation counts of some documents in place, keeping the selection. */
    private void refreshCounts(java.util.Set<String> documentIds) {
        Project p = session().project();
        for (int i = 0; i < documents.size(); i++) {
            DocumentItem item = documents.get(i);
            if (documentIds.contains(item.document().id())) {
                boolean wasSelected = item.equals(selected.get());
                DocumentItem updated = new DocumentItem(p.document(item.document().id()).orElseThrow(),
                        p.quotationsOf(item.document().id()).size());
                documents.set(i, updated);
                if (wasSelected) {
                    selected.set(updated);
                }
            }
        }
    }

    private void refreshDocuments() {
        String selectedId = selected.get() == null ? null : selected.get().document().id();
        Project p = session().project();
        List<DocumentItem> items = p.documents().stream()
                .map(d -> new DocumentItem(d, p.quotationsOf(d.id()).size())).toList();
        documents.setAll(items);
        selected.set(items.stream().filter(i -> i.document().id().equals(selectedId)).findFirst().orElse(null));
    }

    private void refreshTitle() {
        ProjectStore s = store.get();
        saveState.set(s == null ? "" : s.session().hasUnsavedChanges() ? I18n.text("save.unsaved")
                : I18n.text("save.saved"));
        if (s == null) {
            title.set("Veldwerk");
            undoLabel.set(I18n.text("menu.undo"));
            redoLabel.set(I18n.text("menu.redo"));
            return;
        }
        ProjectSession session = s.session();
        title.set((session.hasUnsavedChanges() ? "• " : "") + session.project().info().name()
                + (session.isReadOnly() ? " (" + I18n.text("readOnly.title") + ")" : "") + " — Veldwerk");
        undoLabel.set(session.stack().undoDescription()
                .map(m -> I18n.text("menu.undoWhat", m.text(I18n.locale()))).orElse(I18n.text("menu.undo")));
        redoLabel.set(session.stack().redoDescription()
                .map(m -> I18n.text("menu.redoWhat", m.text(I18n.locale()))).orElse(I18n.text("menu.redo")));
    }

    void fail(String what, Exception e) {
        status.set(what);
        dialogs.showError(what, I18n.message(e));
    }

    ProjectSession session() {
        return store.get().session();
    }

    public ReadOnlyObjectProperty<ProjectStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    ExchangeActions exchange() {
        if (exchange == null) {
            exchange = new ExchangeActions(this);
        }
        return exchange;
    }

    Background background() {
        return background;
    }

    SearchViewModel search() {
        if (search == null) {
            search = new SearchViewModel(this, threads);
        }
        return search;
    }

    /** A line in the status bar, for what a side window did (copied a diagram, for example). */
    void showStatus(String text) {
        status.set(text);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    public ObservableList<DocumentItem> documents() {
        return documents;
    }

    public ObjectProperty<int[]> revealedProperty() {
        return revealed;
    }

    public ObjectProperty<DocumentItem> selectedProperty() {
        return selected;
    }

    public Dialogs dialogs() {
        return dialogs;
    }
}
