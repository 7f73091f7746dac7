package nl.veldwerk.ui.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.ProjectChange;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.ui.common.Background;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Preferences;
import nl.veldwerk.ui.common.TaskRunner;

/**
 * The application context every feature of the window works with: the open project (store and session),
 * what is selected across the window (document, quotation, code), the change events views follow, the
 * status, the dialogs, the background work; and the flows that really are global: open, create, import,
 * save, bundle, close, quit. Features hold their own view models; this holds no feature.
 */
public final class MainViewModel {
    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());

    private final Dialogs dialogs;
    private final UiThreads threads;
    private final Background background;
    private final ProjectOpener opener;
    private final ProjectStatus status = new ProjectStatus();
    private final DocumentList documents = new DocumentList();
    private final Saving saving;
    private final ProjectFiles files;
    private final RecordingLinks recordings;
    private final ReadOnlyObjectWrapper<ProjectStore> store = new ReadOnlyObjectWrapper<>();
    /** A stretch of text to show and select: {start, end} in the selected document. */
    private final ObjectProperty<int[]> revealed = new SimpleObjectProperty<>();
    private final ObjectProperty<Quotation> selectedQuotation = new SimpleObjectProperty<>();
    private final ObjectProperty<Code> selectedCode = new SimpleObjectProperty<>();
    private final ObjectProperty<String> memoToShow = new SimpleObjectProperty<>();
    private final ObjectProperty<String> codeToShow = new SimpleObjectProperty<>();
    private final ObjectProperty<nl.veldwerk.model.MemoTarget> threadToShow = new SimpleObjectProperty<>();
    private final Consumer<ProjectChange> changeListener = this::projectChanged;
    /** Goes up with every change to the project (and on open and close): views refresh on it. */
    private final IntegerProperty changes = new SimpleIntegerProperty();
    private final ObjectProperty<ProjectChange> lastChange = new SimpleObjectProperty<>();
    /** View models that must follow a change before any view redraws (null: the whole project is new). */
    private final List<Consumer<ProjectChange>> followers = new ArrayList<>();
    /** Text typed in a field that commits on leaving it: committed before anything is saved or closed. */
    private final List<Runnable> pendingEdits = new ArrayList<>();
    private final List<Runnable> pendingTyping = new ArrayList<>();
    private final java.util.List<Runnable> beforeLettingGo = new java.util.ArrayList<>();
    /** Closing the last project: done on the save queue, after its writes; an open waits for it. */
    private Future<?> closing = CompletableFuture.completedFuture(null);
    private final Playback playback = new Playback();

    public MainViewModel(Dialogs dialogs) {
        this(dialogs, UiThreads.standard());
    }

    public MainViewModel(Dialogs dialogs, UiThreads threads) {
        this.dialogs = dialogs;
        this.threads = threads;
        this.background = new Background(threads.fx(), threads.work(), threads.saves());
        this.opener = new ProjectOpener(background, dialogs, this::show, this::fail, said -> status.say(said));
        this.saving = new Saving(threads, background, status, e -> fail(I18n.text("error.save"), e));
        saving.onVersionSetAside(opener::offerVersionSetAside);
        this.files = new ProjectFiles(this, background, documents::select, status::say);
        this.recordings = new RecordingLinks(this, background, threads, documents::select, status::say);
        // The document shown is the project's to come back to (java.util.prefs writes on its own thread).
        documents.selectedProperty().addListener((o, was, now) -> {
            if (now != null && store.get() != null) {
                Preferences.setLastDocument(store.get().directory().toString(), now.document().id());
            }
        });
    }

    // ---- changes ---------------------------------------------------------------------------------

    /**
     * Registers a view model that must follow every change before the views redraw (the quotation list
     * before the transcript), and the whole project anew (null) when one opens or closes.
     */
    public void addChangeFollower(Consumer<ProjectChange> follower) {
        followers.add(follower);
    }

    /** Redraws the views from the model (after a change the model refused, which a view had shown). */
    public void redrawFromModel() {
        lastChange.set(null); // no change to follow: every view shows the model afresh
        changes.set(changes.get() + 1);
    }

    /** The change that caused the latest {@link #changesProperty} step (null after open and close). */
    public ProjectChange lastChange() {
        return lastChange.get();
    }

    public ReadOnlyIntegerProperty changesProperty() {
        return changes;
    }

    /**
     * Why a document cannot be shown, or null when it can: its text is read (an open project reads it from its
     * part); when the part was damaged on disk meanwhile, the document must not be shown half.
     */
    public ModelException unreadable(nl.veldwerk.model.Document document) {
        try {
            document.text();
            return null;
        } catch (ModelException e) {
            LOG.log(System.Logger.Level.WARNING, "The text of " + document.name() + " cannot be read", e);
            return e;
        }
    }

    /** Tells the user a document cannot be shown, and why. */
    public void tellUnreadable(nl.veldwerk.model.Document document, ModelException why) {
        dialogs().showError(I18n.text("document.unreadableTitle"), I18n.text("document.unreadable",
                document.name(), I18n.message(why)));
    }

    /** Runs a user action; a change the model refuses is explained, and nothing changes. */
    public void run(Runnable action) {
        try {
            action.run();
        } catch (ModelException e) {
            fail(I18n.text("error.change"), e);
        } catch (ProjectSession.ListenerFailure e) {
            viewFailed(e);
        }
    }

    /**
     * Runs a change the screen may show only in passing (a quotation gone, a code moved out of view) and, when it
     * was made, says so on the status line with its description (asked after: a description may name what the
     * command found only once it ran) and that Undo takes it back.
     */
    public void executeSaid(nl.veldwerk.project.Command command) {
        executeSaid(command, () -> command.description().text(I18n.locale()));
    }

    /** As {@link #executeSaid(nl.veldwerk.project.Command)}, said with {@code what} rather than its description. */
    public void executeSaid(nl.veldwerk.project.Command command, java.util.function.Supplier<String> what) {
        long before = session().stack().state();
        run(() -> session().execute(command));
        sayIfDone(before, what);
    }

    /** "Done: ..." on the status line when the project changed since the stack stood at {@code before}. */
    private void sayIfDone(long before, java.util.function.Supplier<String> what) {
        if (session().stack().state() != before) {
            showStatus(I18n.text("status.done", what.get()));
        }
    }

    /** A view failed to follow a change that was made: it stands (undo takes it back); every view redraws. */
    public void viewFailed(ProjectSession.ListenerFailure e) {
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

    /**
     * Registers what saves the text typed in an editor whose typing is saved as the user pauses (a memo, a
     * definition, a comment), and only that: run before every undo and redo, so the typing is the step undone. Not a
     * name being typed, which is saved when its field is left (review: Undo from the menu while typing a code's name
     * saved the half-typed name, asked about a clash mid-word, and took away the redo).
     */
    public void addPendingTyping(Runnable commit) {
        pendingTyping.add(commit);
    }

    /** See {@link #addPendingTyping}. */
    private void commitPendingTyping() {
        if (store.get() != null) {
            pendingTyping.forEach(Runnable::run);
        }
    }

    /**
     * Registers what finishes a way of working before the project is let go (closed, the window quit, another
     * opened): transcription mode makes the labels typed into speaker turns when it is left, which a close in
     * the middle of it skipped (QA).
     */
    public void addBeforeLettingGo(Runnable finish) {
        beforeLettingGo.add(finish);
    }

    /** Commits whatever is typed but not yet committed; call on the FX thread. */
    public void commitPendingEdits() {
        if (store.get() != null) {
            pendingEdits.forEach(Runnable::run);
        }
    }

    // ---- the global flows --------------------------------------------------------------------------

    /**
     * Opens a project folder; offers to recover unsaved work if Veldwerk was not closed properly, and to
     * restore damaged documents from a backup.
     */
    public void open(Path directory) {
        if (isOpen(directory)) {
            status.say(I18n.text("status.alreadyOpen", store.get().session().project().info().name()));
            return; // opening it again would find it locked by this very window
        }
        // Said while it opens (seconds for a large project): the status line said "No project open" meanwhile.
        status.say(I18n.text("status.opening", String.valueOf(directory.getFileName())));
        opener.open(directory, closing); // the project closed before must have let go of its lock
    }

    /** Whether {@code directory} is the project open in this window. */
    public boolean isOpen(Path directory) {
        ProjectStore s = store.get();
        return s != null && s.directory().toAbsolutePath().normalize().equals(directory.toAbsolutePath().normalize());
    }

    public void create(Path directory) {
        create(new nl.veldwerk.ui.common.NewProject(directory.getFileName().toString(), directory));
    }

    /** Makes and opens a new project; a folder that holds files already is refused with the reason. */
    public void create(nl.veldwerk.ui.common.NewProject wanted) {
        String problem = wanted.problem();
        if (problem != null) {
            dialogs.showError(I18n.text("error.create"), problem);
            return;
        }
        // Said while it is made (seconds on a slow disk): "No project open. Choose File → Open project" stood there.
        status.say(I18n.text("status.creating", wanted.name()));
        background.run(() -> ProjectStore.create(wanted.folder(), new ProjectInfo(ProjectInfo.ID, wanted.name(), "",
                        wanted.language(), Instant.now())),
                this::show, e -> fail(I18n.text("error.create"), e));
    }

    /** Importing transcripts, bundles in and out, and anything written from a copy of the project. */
    public ProjectFiles files() {
        return files;
    }

    /** Stops the running import at the next file; nothing is added. */
    public void cancel() {
        background.cancel();
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
        if (s == null || s.session().isReadOnly()) {
            // Read-only, nothing can have changed: there is nothing to write (and no save to fail).
            if (s != null) {
                status.say(I18n.text("status.readOnlyNothingToSave"));
            }
            next.run();
            return;
        }
        saving.saveAndThen(s, store::get, next);
    }

    /**
     * Shows a document and selects a stretch of it (from the analysis tools, search results, quotations);
     * false, and the user told why, when it cannot be shown.
     */
    public boolean reveal(String documentId, int start, int end) {
        nl.veldwerk.model.Document d = store.get() == null ? null : session().project().document(documentId)
                .orElse(null);
        ModelException unreadable = d == null ? null : unreadable(d);
        if (unreadable != null) {
            tellUnreadable(d, unreadable);
            return false;
        }
        if (documents.select(documentId)) {
            revealed.set(new int[] {start, end});
            return true;
        }
        return false;
    }

    /**
     * Undoes the project's last step. What is being typed in an editor (a memo, a definition, a comment) is saved
     * first, as a step of its own, and is what is undone: undone from the menu, or by a key the field let through,
     * a step before it was undone underneath the typing, which the next pause then saved over it (review).
     */
    public void undo() {
        if (store.get() != null) {
            commitPendingTyping();
            recordings.sayingCopiesLeft(() -> run(() -> {
                int before = changes.get();
                session().undo();
                showWhereItHappened(before, true);
            }), true, true);
        }
    }

    /** Redoes the project's next step, after saving what is being typed (see {@link #undo}). */
    public void redo() {
        if (store.get() != null) {
            commitPendingTyping();
            recordings.sayingCopiesLeft(() -> run(() -> {
                int before = changes.get();
                session().redo();
                showWhereItHappened(before, false);
            }), true, false);
        }
    }

    /**
     * Says what an undo or redo undid or did ("Undone: Import transcripts"): a few presses of Ctrl+Z took away
     * imported documents out of sight without a word. One in a document other than the one shown (a text edit,
     * a coding) also shows that document: Ctrl+Z must not change a transcript out of sight. A rename or a new
     * group shows in the list as it is; the document shown stays.
     */
    private void showWhereItHappened(int changesBefore, boolean undo) {
        ProjectChange change = lastChange.get();
        if (changes.get() == changesBefore || change == null) {
            return;
        }
        if (!shownWhereItHappened(change, undo ? "status.undoneIn" : "status.redoneIn")) {
            status.say(I18n.text(undo ? "status.undone" : "status.redone", change.description().text(I18n.locale())));
        }
    }

    /** What a change that makes a code to code with is described as ("code.add": touching a document, the same). */
    private static final java.util.Set<String> CODINGS_WITH_A_NEW_CODE = java.util.Set.of("code.add", "coding.addNew",
            "search.code");

    /** Shows the one document other than the one shown that a change touched, and says so; false if it did not. */
    private boolean shownWhereItHappened(ProjectChange change, String message) {
        java.util.Set<String> ids = change.documentIds();
        DocumentItem shown = documents.selectedProperty().get();
        // A code deleted, merged or split is a change to the codebook, wherever its codings happen to be; a code
        // made to code a passage or a search's hits with is a coding in that document.
        boolean codebookChange = change.touches(EntityKind.CODE)
                && !CODINGS_WITH_A_NEW_CODE.contains(change.description().key());
        // An import brought back by redo: its first document shown, as the import showed it (QA: another one stayed).
        if (!ids.isEmpty() && "document.addAll".equals(change.description().key()) && change.type()
                == nl.veldwerk.project.ProjectChange.Type.REDO) {
            java.util.Optional<nl.veldwerk.model.Document> first = session().project().documents().stream()
                    .filter(d -> ids.contains(d.id())).min(java.util.Comparator.comparingInt(
                            nl.veldwerk.model.Document::number));
            if (first.isPresent() && documents.select(first.get().id())) {
                status.say(I18n.text(message, change.description().text(I18n.locale()), first.get().name()));
                return true;
            }
        }
        if (ids.size() != 1 || shown != null && ids.contains(shown.document().id()) || codebookChange) {
            return false;
        }
        String id = ids.iterator().next();
        // A deleted document brought back (with no quotations to tell by) is shown, as one with quotations is.
        boolean broughtBack = "document.delete".equals(change.description().key());
        if (change.quotationIds().isEmpty() && !documents.textChanged(id) && !broughtBack) {
            return false; // a rename or a group shows in the list as it is
        }
        String name = session().project().document(id).map(nl.veldwerk.model.Document::name).orElse(null);
        if (name == null) {
            return false;
        }
        // While transcribing, the document typed in stays: leaving it ends transcription mode (and finds its
        // typed turns, a change that would take away the redo). The status line says where it happened.
        if (playback.transcribingProperty().get() || documents.select(id)) {
            status.say(I18n.text(message, change.description().text(I18n.locale()), name));
            return true;
        }
        return false;
    }

    /**
     * Runs an action that lets go of the open project (closing it or the window, opening or making another)
     * after asking what to do with its unsaved changes: Save runs it once they are on disk, Don't save runs it
     * at once, Cancel not at all. (Letting go without asking lost the changes.)
     */
    public void letGoThen(Runnable action) {
        if (store.get() != null) {
            beforeLettingGo.forEach(Runnable::run);
        }
        commitPendingEdits(); // what is typed counts as a change to keep or discard
        if (!hasUnsavedChanges()) {
            action.run();
            return;
        }
        // Saving fails now (a folder gone or read-only, a full disk): Don't save then leaves no copy of the work at
        // all, which the usual question did not say (QA).
        String question = saving.failing().map(why -> I18n.text("close.messageSavesFail", why))
                .orElse(I18n.text("close.message"));
        switch (dialogs.askSaveChanges(I18n.text("close.title"), question)) {
            case SAVE -> saveAndThen(action);
            case DISCARD -> action.run();
            case CANCEL -> { }
        }
    }

    /** Closes the project without saving (the caller asked the user first); never waits for the disk. */
    public void close() {
        ProjectStore s = store.get();
        if (s == null) {
            return;
        }
        s.session().removeListener(changeListener);
        closing = saving.close(s);
        store.set(null);
        documents.refresh(null);
        recordings.lookForMissing(false);
        // As at open: a view that fails to let the project go does not keep the others showing it.
        RuntimeException failed = tellEachFollower();
        lastChange.set(null);
        changes.set(changes.get() + 1);
        status.refresh(null);
        status.say(I18n.text("status.noProject"));
        if (failed != null) {
            fail(I18n.text("error.viewFailed"), failed);
        }
    }

    /** Closes the project and stops the threads, letting queued saves finish. */
    public void shutdown() {
        close();
        threads.shutdown();
    }

    /** Whether there are changes not saved (call {@link #commitPendingEdits} first to count typed text). */
    public boolean hasUnsavedChanges() {
        return store.get() != null && session().hasUnsavedChanges();
    }

    /**
     * Runs a command made by the current coder (a comment, a memo, codings from search hits). When the project
     * does not know the coder yet, they are added in the same undoable step: a supervisor who only comments
     * signs their comments, not "?".
     */
    public void executeAsCoder(java.util.function.Function<String, nl.veldwerk.project.Command> made) {
        run(() -> {
            java.util.List<nl.veldwerk.project.Command> steps = new java.util.ArrayList<>();
            String coder = CurrentCoder.id(session().project(), steps);
            nl.veldwerk.project.Command command = made.apply(coder);
            steps.add(command);
            session().execute(steps.size() == 1 ? command
                    : new nl.veldwerk.project.CompositeCommand(command.description(), steps));
        });
    }

    /** As {@link #executeAsCoder}, said on the status line as {@link #executeSaid} says a change. */
    public void executeAsCoderSaid(java.util.function.Function<String, nl.veldwerk.project.Command> made) {
        long before = session().stack().state();
        nl.veldwerk.project.Command[] done = new nl.veldwerk.project.Command[1];
        executeAsCoder(coder -> done[0] = made.apply(coder));
        if (done[0] != null) {
            sayIfDone(before, () -> done[0].description().text(I18n.locale()));
        }
    }

    /**
     * Marks review comments resolved by the current coder (made one of the project's coders if new, in the same
     * step), or open again; said on the status line.
     */
    public void resolveComments(java.util.List<String> commentIds, boolean resolved) {
        Instant now = Instant.now();
        if (resolved) {
            executeAsCoderSaid(by -> nl.veldwerk.project.CodebookCommands.resolve(commentIds, true, by, now));
        } else {
            executeSaid(nl.veldwerk.project.CodebookCommands.resolve(commentIds, false, null, now));
        }
    }

    /** The coder of the preferences' name in this project, or null while they have coded nothing here. */
    public String currentCoderId() {
        return session().project().coders().stream().filter(c -> c.name().equals(Preferences.coderName()))
                .map(Coder::id).findFirst().orElse(null);
    }

    // ---- state -----------------------------------------------------------------------------------

    /** Long enough for the window to lay out the project it opened, before a coding is rehearsed beside it. */
    private static final long REHEARSE_AFTER_MILLIS = 2_000;

    private void show(ProjectStore opened) {
        close();
        store.set(opened);
        opened.session().addListener(changeListener);
        // Said when it happens, not only at the next save: the user may otherwise work on for hours.
        opened.onLockLost(lost -> threads.fx().execute(() -> {
            if (store.get() == opened) {
                fail(I18n.text(ProjectStore.takenOver(lost) ? "error.lockLost" : "error.lockNotMadeAgain"), lost);
            }
        }));
        // Taken back by a save or a recovery save once the other program let go: said, as the loss was.
        opened.onLockTakenBack(() -> threads.fx().execute(() -> {
            if (store.get() == opened) {
                status.say(I18n.text("status.lockTakenBack"));
            }
        }));
        saving.start(opened, store::get);
        // Once the window has shown the project: the first coding then runs code already warm (issue 24).
        nl.veldwerk.project.CodingRehearsal.startOnce(REHEARSE_AFTER_MILLIS, I18n.locale());
        Project p = opened.session().project();
        // Read before the list shows the project: a selection made meanwhile is kept as the last one shown.
        java.util.Optional<String> lastShown = Preferences.lastDocument(opened.directory().toString());
        documents.refresh(p);
        status.refresh(opened);
        Preferences.addRecentProject(opened.directory().toString());
        status.say(opened.session().isReadOnly()
                ? I18n.text("status.openedReadOnly", p.count(EntityKind.DOCUMENT), p.count(EntityKind.QUOTATION),
                        p.count(EntityKind.CODE), opened.damaged().size())
                : I18n.text("status.opened", p.count(EntityKind.DOCUMENT), p.count(EntityKind.QUOTATION),
                        p.count(EntityKind.CODE)));
        // The views take in the whole project before a document is selected: told after it, the transcript and
        // the quotation list drew the document twice (a fifth of the FX thread's open at `medium`, issue 24).
        // A view that fails to take in the project is said, after the others (and the index) have taken it in and a
        // document is shown; the open goes on to its damaged-part and other-version questions (review).
        RuntimeException failed = tellEachFollower();
        lastChange.set(null);
        changes.set(changes.get() + 1);
        // The document last shown in this project, as the user left it; the first when there is none (or it is gone).
        boolean shown = lastShown.map(documents::select).orElse(false);
        if (!shown) {
            documents.selectFirst();
        }
        recordings.lookForMissing(true);
        if (failed != null) {
            fail(I18n.text("error.viewFailed"), failed);
        }
    }

    /** Tells every view of a whole project anew (open, close); the first failure, or null, after all were told. */
    private RuntimeException tellEachFollower() {
        RuntimeException first = null;
        for (Consumer<ProjectChange> follower : followers) {
            try {
                follower.accept(null);
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        return first;
    }

    private void projectChanged(ProjectChange change) {
        Project p = session().project();
        documents.follow(p, change);
        if (change.type() != ProjectChange.Type.SAVED && change.touches(EntityKind.DOCUMENT)) {
            recordings.lookAgainIfChanged(change);
        }
        status.refresh(store.get());
        if (change.type() != ProjectChange.Type.SAVED) {
            // A refusal or notice from before no longer stands once something else is done. Cleared, not
            // replaced by what was done: a new text every coding cost 3-4 ms of the FX thread's 20.
            if (!status.statusProperty().get().isEmpty()) {
                status.say("");
            }
            try {
                followers.forEach(f -> f.accept(change));
            } finally {
                // Told even when a view failed to follow: the search index (which listens here) must not miss
                // a change that stands, or it would be stamped current while it differs from the project.
                lastChange.set(change);
                changes.set(changes.get() + 1);
            }
        }
    }

    /** Shows a failure in a dialog and the status line. */
    public void fail(String what, Exception e) {
        if (e instanceof nl.veldwerk.report.NothingToReport nothing) {
            // Not a failure to write: the choice selects nothing, and no file was made. Said as such.
            status.say(I18n.text("report.nothingTitle"));
            dialogs.showInfo(I18n.text("report.nothingTitle"), I18n.message(nothing));
            return;
        }
        LOG.log(System.Logger.Level.WARNING, what, e); // the stack trace in the log, the message to the user
        status.say(what);
        dialogs.showError(what, e instanceof ModelException ? I18n.sentence(I18n.message(e)) : I18n.message(e));
    }

    public ProjectSession session() {
        return store.get().session();
    }

    /** A line in the status bar, for what a feature did (copied a diagram, wrote a report). */
    public void showStatus(String text) {
        status.say(text);
    }

    public TaskRunner background() {
        return background;
    }

    public UiThreads threads() {
        return threads;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public ReadOnlyObjectProperty<ProjectStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    /** Whether there is something to undo (and the project takes changes). */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return status.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return status.canRedoProperty();
    }

    /** Whether the open project is read-only (part of it damaged): tools that change it are off. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return status.readOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return status.titleProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.statusProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return status.saveStateProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return status.undoLabelProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return status.redoLabelProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    /** What the status bar's spinner and Cancel show: work going on, not a message a finished job shows. */
    public ReadOnlyBooleanProperty workingProperty() {
        return background.workingProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return background.progressProperty();
    }

    /** Recordings linked to documents: link, copy into the project, locate, unlink. */
    public RecordingLinks recordings() {
        return recordings;
    }

    /** The recording's player and the transcript, as they ask things of each other. */
    public Playback playback() {
        return playback;
    }

    public ObservableList<DocumentItem> documents() {
        return documents.items();
    }

    public ObjectProperty<DocumentItem> selectedProperty() {
        return documents.selectedProperty();
    }

    public ObjectProperty<int[]> revealedProperty() {
        return revealed;
    }

    /** The quotation shown in the inspector (from the list, the margin, a search hit). */
    public ObjectProperty<Quotation> selectedQuotationProperty() {
        return selectedQuotation;
    }

    /** Deletes a quotation (by id) as the coding screen does, asking first about other coders' work. */
    private java.util.function.Consumer<String> quotationDeleter = id -> { };

    /**
     * Set by the coding screen, which knows what to ask before a quotation goes, so that another window (the
     * quotation manager) deletes one the same way without a view model of its own for it.
     */
    public void setQuotationDeleter(java.util.function.Consumer<String> deleter) {
        quotationDeleter = deleter;
    }

    /** Deletes a quotation as the coding screen does (from any window: the quotation manager's Delete key). */
    public void deleteQuotation(String quotationId) {
        quotationDeleter.accept(quotationId);
    }

    /**
     * The memo asked to be shown (its id), from wherever it is named (the inspector's memo line): the memo pane
     * shows it, the window brings that pane forward. Set again to ask again.
     */
    public ObjectProperty<String> memoToShowProperty() {
        return memoToShow;
    }

    /**
     * The code asked to be shown in the Codes tab (its id), with its entry and review comments below the tree
     * (from the list of review comments): the window brings that tab forward. Set again to ask again.
     */
    public ObjectProperty<String> codeToShowProperty() {
        return codeToShow;
    }

    /**
     * The review thread asked to be shown (what it is about), once its code or quotation is shown: the pane that
     * shows that thread scrolls it into view. Set again to ask again.
     */
    public ObjectProperty<nl.veldwerk.model.MemoTarget> threadToShowProperty() {
        return threadToShow;
    }

    /** The code selected in the code tree (what "memo about the code" is about). */
    public ObjectProperty<Code> selectedCodeProperty() {
        return selectedCode;
    }
}
