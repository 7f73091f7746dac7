package nl.veldwerk.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import nl.veldwerk.importer.DocumentImporter;
import nl.veldwerk.importer.RecordingFiles;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Recording;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.DocumentNames;
import nl.veldwerk.store.Bundles;
import nl.veldwerk.store.DurableFiles;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.TaskRunner;

/**
 * Recordings linked to documents: linking (from the properties, a drop, an import), copying a recording
 * into the project's {@code media/} folder first when the user wants it to travel with the project,
 * locating a moved file, unlinking, and starting a new transcript from a recording. Every change is one
 * undoable command; files are copied in the background.
 */
public final class RecordingLinks {
    private final MainViewModel main;
    private final TaskRunner background;
    private final Consumer<String> select;
    private final Consumer<String> say;
    private final UiThreads threads;
    /** The documents whose recording is not on disk where the project says, as last looked for. */
    private final javafx.collections.ObservableSet<String> missing = javafx.collections.FXCollections.observableSet();

    RecordingLinks(MainViewModel main, TaskRunner background, UiThreads threads, Consumer<String> select,
                   Consumer<String> say) {
        this.main = main;
        this.background = background;
        this.threads = threads;
        this.select = select;
        this.say = say;
    }

    /** The recordings as last looked for, by document: a change that leaves them so needs no new look. */
    private final java.util.Map<String, Recording> checked = new java.util.HashMap<>();
    private long looks;
    private static final java.util.concurrent.ExecutorService LOOKER = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "veldwerk-recordings");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });

    /** Looks again when a change linked, located or unlinked a recording (or undid that). */
    void lookAgainIfChanged(nl.veldwerk.project.ProjectChange change) {
        ProjectStore store = main.storeProperty().get();
        if (store == null) {
            return;
        }
        nl.veldwerk.model.Project p = store.session().project();
        for (String id : change.documentIds()) {
            Recording now = p.document(id).map(Document::recording).orElse(null);
            if (!java.util.Objects.equals(now, checked.get(id))) {
                lookForMissing(false);
                return;
            }
        }
    }

    /** The ids of the documents whose recording was not found (moved, renamed, on a disk not there now). */
    public javafx.collections.ObservableSet<String> missingRecordings() {
        return missing;
    }

    /**
     * Looks in the background for every document's recording, and keeps the documents whose recording is not
     * found; {@code sayIt}: said on the status line when any is missing (at open: QA, with twenty interviews a
     * missing recording showed only on opening each). On a thread of its own, not the queue that opens, imports
     * and reports: a recording on a network share that is gone can keep the system's answer for many seconds.
     * Only the latest look counts.
     */
    void lookForMissing(boolean sayIt) {
        ProjectStore store = main.storeProperty().get();
        long look = ++looks;
        checked.clear();
        if (store == null) {
            missing.clear();
            return;
        }
        Path folder = store.directory();
        List<Document> recorded = store.session().project().documents().stream()
                .filter(d -> d.recording() != null).toList();
        recorded.forEach(d -> checked.put(d.id(), d.recording()));
        if (recorded.isEmpty()) {
            missing.clear();
            return;
        }
        LOOKER.execute(() -> {
            List<Document> gone = recorded.stream().filter(d -> !Files.exists(d.recording().resolve(folder))).toList();
            threads.fx().execute(() -> {
                if (main.storeProperty().get() != store || look != looks) {
                    return;
                }
                java.util.Set<String> ids = new java.util.HashSet<>();
                gone.forEach(d -> ids.add(d.id()));
                missing.retainAll(ids);
                missing.addAll(ids);
                if (sayIt && !gone.isEmpty()) {
                    say.accept(I18n.text("recording.missingAtOpen", gone.size(), gone.stream().limit(3)
                            .map(Document::name).collect(java.util.stream.Collectors.joining(", "))
                            + (gone.size() > 3 ? ", …" : "")));
                }
            });
        });
    }

    /** The recording's file in the open project (it may not exist), or empty without one. */
    public Optional<Path> fileOf(Document document) {
        ProjectStore store = main.storeProperty().get();
        if (document == null || document.recording() == null) {
            return Optional.empty();
        }
        return Optional.of(document.recording().resolve(store == null ? null : store.directory()));
    }

    /** A recording beside a transcript with the same name ("A01.docx" and "A01.mp3"), if there is one. */
    public static Optional<Path> besides(Path transcript) {
        String base = DocumentImporter.nameOf(transcript);
        Path folder = transcript.toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        try (var files = Files.list(folder)) {
            // Only one that plays: a text file or an empty one of the transcript's name is not offered.
            return files.filter(f -> Recording.isMediaFile(f.getFileName().toString())
                    && DocumentImporter.nameOf(f).equalsIgnoreCase(base) && Files.isRegularFile(f)).sorted()
                    .filter(f -> RecordingFiles.problem(f).isEmpty()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a file is inside the open project's folder (then it is linked as it is, never copied). */
    public boolean insideProject(Path file) {
        ProjectStore store = main.storeProperty().get();
        return store != null && file.toAbsolutePath().normalize().startsWith(store.directory().toAbsolutePath()
                .normalize());
    }

    /**
     * Links a file to a document, asking first (with the file's size) whether to copy it into the project's
     * media folder when it lies outside the project. A file Veldwerk cannot play is refused with a message.
     */
    public void linkAsking(String documentId, Path file) {
        if (!Recording.isMediaFile(file.getFileName().toString())) {
            main.dialogs().showError(I18n.text("recording.link"), I18n.text("recording.notMedia", file.getFileName()));
            return;
        }
        if (refused(file, "recording.link")) {
            return;
        }
        boolean copy = !insideProject(file) && main.dialogs().confirm(I18n.text("recording.copyTitle"),
                I18n.text("recording.copyQuestion", file.getFileName(), sizeOf(file)));
        boolean wasMissing = missing.contains(documentId);
        link(documentId, file, copy);
        if (wasMissing) {
            offerOthersBeside(documentId, file, copy);
        }
    }

    /**
     * After a missing recording was located: the other documents whose recordings are missing and whose files (by
     * name) lie in the same folder are offered to be linked from there too, as ATLAS.ti and MAXQDA offer (QA: a
     * folder of recordings moved had to be located one document at a time). Each is linked as the first was (copied
     * in or not); the files are looked for off the FX thread.
     */
    private void offerOthersBeside(String documentId, Path file, boolean copy) {
        ProjectStore store = main.storeProperty().get();
        Path folder = file.toAbsolutePath().getParent();
        if (store == null || folder == null) {
            return;
        }
        Recording located = store.session().project().document(documentId).map(Document::recording).orElse(null);
        java.util.Map<String, Path> candidates = new java.util.LinkedHashMap<>();
        java.util.Set<Recording> offered = new java.util.HashSet<>();
        Path chosen = file.toAbsolutePath().normalize();
        for (Document d : store.session().project().documentsByNumber()) {
            // Not those sharing the located one, nor a second document of one recording: link() brings them along.
            // Not the file just located either: another recording of the same name (a recorder's DS400001.MP3 in
            // two folders) is not this one (review).
            Path candidate = d.recording() == null ? null : folder.resolve(d.recording().fileName()).normalize();
            if (!d.id().equals(documentId) && missing.contains(d.id()) && candidate != null
                    && !d.recording().equals(located) && !candidate.equals(chosen) && offered.add(d.recording())) {
                candidates.put(d.id(), candidate);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        background.run(() -> {
            java.util.Map<String, Path> found = new java.util.LinkedHashMap<>();
            candidates.forEach((id, candidate) -> {
                if (Files.isRegularFile(candidate)) {
                    found.put(id, candidate);
                }
            });
            return found;
        }, found -> {
            if (found.isEmpty() || main.storeProperty().get() != store) {
                return;
            }
            List<String> names = found.values().stream().map(f -> f.getFileName().toString()).distinct().toList();
            if (main.dialogs().confirm(I18n.text("recording.alsoBesideTitle"), I18n.text("recording.alsoBeside",
                    found.size(), String.join(", ", names.stream().limit(5).toList()) + (names.size() > 5 ? ", …" : ""),
                    folder))) {
                found.forEach((id, candidate) -> link(id, candidate, copy));
            }
        }, e -> main.fail(I18n.text("recording.link"), e));
    }

    /**
     * Links a file to a document, copied into the project's media folder first if {@code copy}. Where the
     * document's recording was missing, the other documents linked to that same missing file (two transcripts
     * of one recording) are linked to the new one too, in the same step: each had to be located again.
     */
    public void link(String documentId, Path file, boolean copy) {
        ProjectStore before = main.storeProperty().get();
        Recording old = before == null ? null : before.session().project().document(documentId)
                .map(Document::recording).orElse(null);
        List<String> sharing = old == null ? List.of() : before.session().project().documents().stream()
                .filter(d -> !d.id().equals(documentId) && old.equals(d.recording())).map(Document::id).toList();
        inProject(file, copy, (store, recording) -> {
            if (store.session().project().document(documentId).isEmpty()) {
                return; // deleted while the recording was copied
            }
            if (sharing.isEmpty()) {
                linkAll(store, List.of(documentId), recording);
                return;
            }
            // Whether the old file is missing is asked off the FX thread: it may lie on a drive that is gone.
            Path oldFile = old.resolve(store.directory());
            background.run(() -> Files.exists(oldFile), exists -> {
                List<String> all = new ArrayList<>(List.of(documentId));
                if (!exists) {
                    all.addAll(sharing);
                }
                linkAll(store, all, recording);
            }, e -> main.fail(I18n.text("recording.link"), e));
        });
    }

    /** Links the recording to the documents still there, as one step, and says so. */
    private void linkAll(ProjectStore store, List<String> documentIds, Recording recording) {
        List<String> all = documentIds.stream().filter(id -> store.session().project().document(id).isPresent())
                .toList();
        if (all.isEmpty() || main.storeProperty().get() != store) {
            return;
        }
        // A copy this one replaces stays in the media folder: said after the link, as an unlink says it.
        sayingCopiesLeft(() -> {
            main.run(() -> main.session().execute(all.size() == 1
                    ? DocumentCommands.linkRecording(all.getFirst(), recording)
                    : new nl.veldwerk.project.CompositeCommand(nl.veldwerk.project.Message.of("document.linkRecording",
                            recording.fileName()), all.stream().map(id -> DocumentCommands.linkRecording(id, recording))
                            .toList())));
            say.accept(all.size() == 1 ? I18n.text("recording.linked", recording.fileName())
                    : I18n.text("recording.linkedAlong", recording.fileName(), all.size() - 1));
        }, true, false);
    }

    /**
     * The recording of {@code file} as the open project keeps it, copied into its media folder first if
     * {@code copy} (in the background), handed to {@code then} on the FX thread while the same project is open.
     */
    private void inProject(Path file, boolean copy, java.util.function.BiConsumer<ProjectStore, Recording> then) {
        ProjectStore store = main.storeProperty().get();
        if (store == null) {
            return;
        }
        Path folder = store.directory();
        background.run(() -> copy ? copyInto(folder, file) : file, linked -> {
            if (main.storeProperty().get() == store) { // not closed, nor another opened, during the copy
                then.accept(store, Recording.of(linked, folder));
            }
        }, e -> main.fail(I18n.text("recording.link"), e));
    }

    /** Unlinks the document's recording; a copy in the project's media folder that stays is said. */
    public void unlink(String documentId) {
        sayingCopiesLeft(() -> main.run(() -> main.session().execute(DocumentCommands.linkRecording(documentId, null))),
                false, false);
    }

    /**
     * Makes a change (an unlink, a deleted document, an undone import) and says which recordings copied into the
     * project's media folder no document links after it: the file stays there (Undo links it again), and a
     * researcher who took the recording away, as an ethics protocol may ask once it is transcribed, thought it
     * gone while the interview's audio stayed in the project folder (QA). {@code besideStatus}: after what the
     * change itself put on the status line ("Undone: …"), else instead of it; {@code undoing}: the change is an
     * undo, so it is Redo (not Undo) that would link the file again.
     */
    public void sayingCopiesLeft(Runnable change, boolean besideStatus, boolean undoing) {
        if (main.storeProperty().get() == null) {
            change.run();
            return;
        }
        java.util.Set<String> before = copiesLinked();
        // Copies found missing are not said to stay (QA: "stays in the project's folder" of a file not there).
        java.util.Set<String> gone = new java.util.HashSet<>();
        for (Document d : main.session().project().documents()) {
            if (missing.contains(d.id()) && d.recording() != null) {
                gone.add(d.recording().path());
            }
        }
        change.run();
        if (main.storeProperty().get() == null) {
            return;
        }
        before.removeAll(copiesLinked());
        before.removeAll(gone);
        if (!before.isEmpty()) {
            String said = I18n.text(undoing ? "recording.copiesStayRedo" : "recording.copiesStay", before.size(),
                    String.join(", ", new java.util.TreeSet<>(before)));
            String now = main.statusProperty().get();
            say.accept(besideStatus && !now.isBlank() ? now + " · " + said : said);
        }
    }

    /** The recordings in the project's media folder that documents link. */
    private java.util.Set<String> copiesLinked() {
        java.util.Set<String> linked = new java.util.HashSet<>();
        for (Document d : main.session().project().documents()) {
            Recording r = d.recording();
            if (r != null && r.relative() && Bundles.isMediaEntry(r.path())) {
                linked.add(r.path());
            }
        }
        return linked;
    }

    /**
     * As {@link #newTranscript(Path, boolean)}, asking first (with the file's size) whether to copy a recording
     * outside the project into it; a file Veldwerk cannot play is refused before that question (QA: a text file
     * named ".mp3" was offered to be copied, and only then refused).
     */
    public void newTranscriptAsking(Path file) {
        if (refused(file, "menu.newTranscript")) {
            return;
        }
        newTranscript(file, !insideProject(file) && main.dialogs().confirm(I18n.text("recording.copyTitle"),
                I18n.text("recording.copyQuestion", file.getFileName(), sizeOf(file))));
    }

    /**
     * A new, empty document named after a recording and linked to it, selected, for transcribing. The
     * recording is copied into the project first if {@code copy}.
     */
    public void newTranscript(Path file, boolean copy) {
        if (refused(file, "menu.newTranscript")) {
            return;
        }
        inProject(file, copy, (store, recording) -> main.run(() -> {
            Document empty = Document.of(Ids.newId(), DocumentImporter.nameOf(file), "", SourceFormat.OTHER,
                    List.of(), Instant.now()).withRecording(recording);
            DocumentNames.Named named = DocumentNames.unique(main.session().project(), List.of(empty));
            main.session().execute(DocumentCommands.addAll(named.documents()));
            select.accept(empty.id());
            main.playback().transcribingProperty().set(true);
        }));
    }

    /**
     * Whether the file is no playable recording (empty, not audio, misnamed, cut short): then says why, and
     * nothing is linked or copied. (A text file named ".wav" was linked, copied, and failed in the player.)
     */
    private boolean refused(Path file, String titleKey) {
        var problem = RecordingFiles.problem(file);
        problem.ifPresent(p -> main.dialogs().showError(I18n.text(titleKey), I18n.text(p)));
        return problem.isPresent();
    }

    /** Copies a recording into {@code media/} of the project, under a free name; an identical copy is reused. */
    static Path copyInto(Path projectFolder, Path file) throws IOException {
        return copyInto(projectFolder, file, new ArrayList<>());
    }

    /** As {@link #copyInto(Path, Path)}, adding the file to {@code made} when it is a new copy (not one reused). */
    static Path copyInto(Path projectFolder, Path file, List<Path> made) throws IOException {
        Path media = projectFolder.resolve(Recording.FOLDER);
        Files.createDirectories(media);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        for (int n = 1; ; n++) {
            Path target = media.resolve(n == 1 ? name : name.substring(0, dot) + "-" + n + name.substring(dot));
            if (Files.exists(target) && Files.mismatch(target, file) == -1) {
                return target;
            }
            if (!Files.exists(target)) {
                DurableFiles.copy(file, target);
                made.add(target);
                return target;
            }
        }
    }

    /** "12.3 MB": a file's size as the copy question shows it. */
    public static String sizeOf(Path file) {
        try {
            return megabytes(Files.size(file));
        } catch (IOException e) {
            return "?";
        }
    }

    public static String megabytes(long bytes) {
        // "48 KB" rather than "0.0 MB" for a short recording.
        return bytes < 999_500 ? String.format(I18n.locale(), "%d KB", Math.max(1, Math.round(bytes / 1000.0)))
                : String.format(I18n.locale(), "%.1f MB", bytes / 1_000_000.0);
    }
}
