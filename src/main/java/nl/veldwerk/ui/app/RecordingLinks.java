package nl.veldwerk.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Recording;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.DocumentNames;
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

    RecordingLinks(MainViewModel main, TaskRunner background, Consumer<String> select, Consumer<String> say) {
        this.main = main;
        this.background = background;
        this.select = select;
        this.say = say;
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
        String name = transcript.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        Path folder = transcript.toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> {
                String other = f.getFileName().toString();
                int otherDot = other.lastIndexOf('.');
                return otherDot > 0 && other.substring(0, otherDot).equalsIgnoreCase(base)
                        && Recording.isMediaFile(other) && Files.isRegularFile(f);
            }).sorted().findFirst();
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
        boolean copy = !insideProject(file) && main.dialogs().confirm(I18n.text("recording.copyTitle"),
                I18n.text("recording.copyQuestion", file.getFileName(), sizeOf(file)));
        link(documentId, file, copy);
    }

    /** Links a file to a document, copied into the project's media folder first if {@code copy}. */
    public void link(String documentId, Path file, boolean copy) {
        ProjectStore store = main.storeProperty().get();
        if (store == null) {
            return;
        }
        Path folder = store.directory();
        background.run(() -> copy ? copyInto(folder, file) : file, linked -> {
            // The copy took a while: the project may have closed, or the document gone, meanwhile.
            if (main.storeProperty().get() != store || store.session().project().document(documentId).isEmpty()) {
                return;
            }
            main.run(() -> main.session().execute(DocumentCommands.linkRecording(documentId,
                    Recording.of(linked, folder))));
            say.accept(I18n.text("recording.linked", linked.getFileName()));
        }, e -> main.fail(I18n.text("recording.link"), e));
    }

    public void unlink(String documentId) {
        main.run(() -> main.session().execute(DocumentCommands.linkRecording(documentId, null)));
    }

    /**
     * A new, empty document named after a recording and linked to it, selected, for transcribing. The
     * recording is copied into the project first if {@code copy}.
     */
    public void newTranscript(Path file, boolean copy) {
        ProjectStore store = main.storeProperty().get();
        if (store == null) {
            return;
        }
        Path folder = store.directory();
        background.run(() -> copy ? copyInto(folder, file) : file, linked -> main.run(() -> {
            if (main.storeProperty().get() != store) {
                return; // closed or another project opened while the recording was copied
            }
            Document empty = Document.of(Ids.newId(), nameOf(file), "", SourceFormat.OTHER, List.of(),
                    Instant.now()).withRecording(Recording.of(linked, folder));
            DocumentNames.Named named = DocumentNames.unique(main.session().project(), List.of(empty));
            main.session().execute(DocumentCommands.addAll(named.documents()));
            select.accept(empty.id());
            main.playback().transcribingProperty().set(true);
        }), e -> main.fail(I18n.text("recording.link"), e));
    }

    /** Copies a recording into {@code media/} of the project, under a free name; an identical copy is reused. */
    static Path copyInto(Path projectFolder, Path file) throws IOException {
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
                Path temp = media.resolve(target.getFileName() + ".copying");
                Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            }
        }
    }

    private static String nameOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
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
