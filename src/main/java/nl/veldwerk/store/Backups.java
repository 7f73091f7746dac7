package nl.veldwerk.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.veldwerk.model.Project;
import nl.veldwerk.store.StoreFormat.Manifest;
import nl.veldwerk.store.StoreFormat.PartRef;

/**
 * Finds, in the backups a project keeps (the last saved manifests with their parts), intact copies of
 * damaged documents: the newest copy that reads, matches its checksum and fits the rest of the project.
 */
public final class Backups {
    /**
     * An intact copy of a document: its part, the document's name, when it was saved, and whether it is the
     * second copy of the same part (else the part of an earlier save).
     */
    public record Copy(String documentName, Instant savedAt, PartRef ref, boolean secondCopy) {
    }

    private Backups() {
    }

    /**
     * An earlier save the project keeps (backups/veldwerk-N.json, the last {@value StoreFormat#BACKUPS_KEPT}):
     * when it was saved and how much it held.
     */
    public record Save(Path manifest, Instant savedAt, int documents, long quotations, long codings) {
    }

    /** The earlier saves kept in the project's folder, newest first; one that cannot be read is left out. */
    public static List<Save> saves(Path directory) {
        Path folder = directory.resolve(StoreFormat.BACKUPS);
        List<Path> manifests;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            manifests = files.filter(f -> f.getFileName().toString().matches("veldwerk-\\d+\\.json")).sorted(
                    java.util.Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        } catch (java.io.IOException e) {
            return List.of(); // no backups yet
        }
        List<Save> saves = new java.util.ArrayList<>();
        long newest = -1;
        Manifest current = currentRoot(directory);
        for (Path file : manifests) {
            Manifest m = readable(file, directory);
            if (m != null && !sameSave(m, current)) {
                saves.add(save(file, m));
                newest = Math.max(newest, m.sequence());
            }
        }
        // The last save's own copy, only while veldwerk.json cannot be read: otherwise it is the save itself.
        Path copy = folder.resolve(StoreFormat.MANIFEST_COPY);
        Manifest last = java.nio.file.Files.exists(copy) ? readable(copy, directory) : null;
        if (last != null && last.sequence() > newest
                && !ProjectStore.readable(directory.resolve(StoreFormat.MANIFEST))) {
            saves.addFirst(save(copy, last));
        }
        return List.copyOf(saves);
    }

    /** The project's own manifest without its lists, or null when it cannot be read. */
    private static Manifest currentRoot(Path directory) {
        try {
            return ProjectReader.readRoot(directory.resolve(StoreFormat.MANIFEST));
        } catch (ProjectFileException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether a kept manifest is the current save itself: a save that failed after keeping the manifest it was to
     * replace (a full disk) left a backup equal to the current one, listed as an earlier save.
     */
    private static boolean sameSave(Manifest kept, Manifest current) {
        return current != null && kept.sequence() == current.sequence()
                && java.util.Objects.equals(kept.savedAt(), current.savedAt());
    }

    /** A kept manifest with its lists, or null when it is damaged or let go of by a save meanwhile. */
    private static Manifest readable(Path file, Path directory) {
        try {
            return ProjectReader.readManifest(file, directory);
        } catch (ProjectFileException | RuntimeException e) {
            return null;
        }
    }

    private static Save save(Path file, Manifest m) {
        return new Save(file, Instant.parse(m.savedAt()), m.documents().size(),
                m.documents().stream().mapToLong(PartRef::quotations).sum(),
                m.documents().stream().mapToLong(PartRef::codings).sum());
    }

    /**
     * Whether a project could not be opened for its manifest, or its project part in both copies, being damaged or
     * gone: its earlier saves may open.
     * Not for a manifest of a newer version, one too large, or one the system would not let be read now (another
     * program holding it, a file still being downloaded): an earlier save offered then would be older work to
     * carry on from (review).
     */
    public static boolean aboutTheManifest(ProjectFileException e) {
        Path file = e.file();
        if (e.problem().key().equals("folder.notProject")) {
            return true; // the manifest gone: a folder with earlier saves in it offers them (QA), another has none
        }
        return file != null && file.getFileName() != null && (file.getFileName().toString().equals(StoreFormat.MANIFEST)
                || aboutTheProjectPart(file)) && damage(e);
    }

    /**
     * The project folder whose earlier saves a problem with {@link #aboutTheManifest} may be answered with: the folder
     * of the manifest, or of the project part's parts folder.
     */
    public static Path folderOf(ProjectFileException e) {
        Path file = e.file();
        if (file == null || e.problem().key().equals("folder.notProject")) {
            return file;
        }
        return aboutTheProjectPart(file) ? file.getParent().getParent() : file.getParent();
    }

    /**
     * Whether a file is a project part ("parts/p-…"): damaged in both its copies, the whole project's codebook is
     * gone, and an earlier save is what opens (QA: a dead end, though a backup with an intact one was there).
     */
    private static boolean aboutTheProjectPart(Path file) {
        return file.getParent() != null && file.getParent().getFileName() != null
                && file.getParent().getFileName().toString().equals(StoreFormat.PARTS)
                && file.getFileName().toString().startsWith("p-");
    }

    /**
     * Whether a project could not be opened for one of its document parts ("parts/d-…", as the writer names them)
     * being damaged or gone: what restore puts back (not the project part, nor a list part).
     */
    public static boolean aboutAPart(ProjectFileException e) {
        Path file = e.file();
        return file != null && file.getParent() != null && file.getParent().getFileName() != null
                && file.getParent().getFileName().toString().equals(StoreFormat.PARTS)
                && file.getFileName().toString().startsWith("d-") && damage(e);
    }

    /** Whether a file's problem is that its content is damaged or gone (not a newer format, not access). */
    static boolean damage(ProjectFileException e) {
        return DAMAGE.contains(e.problem().key());
    }

    private static final java.util.Set<String> DAMAGE = java.util.Set.of("file.notJson", "file.empty", "file.missing",
            "manifest.missingField", "manifest.badPart", "manifest.twoLists", "manifest.badList", "part.damaged",
            "list.wrongLength", "file.inconsistent", "file.nullEntry", "format.missing");

    /**
     * Makes a project of an earlier save beside this one, to open (and merge from, or work on): the project as it
     * was then, the project itself untouched. {@code words} name the new folder in the reader's language.
     */
    public static Path copyAsProject(Path directory, Save save, String words) throws java.io.IOException,
            ProjectFileException {
        return OtherVersions.copyAsProject(directory, save.manifest(), save.savedAt(), words);
    }

    static Map<String, Copy> intactCopies(Path directory, Manifest current, List<Path> backupsNewestFirst,
                                          List<ProjectReader.Damage> damaged, Project project) {
        Map<String, Copy> found = new LinkedHashMap<>();
        for (ProjectReader.Damage damage : damaged) {
            Copy second = secondCopy(directory, current, damage, project);
            if (second != null) {
                found.put(damage.documentId(), second);
                continue;
            }
            for (Path backup : backupsNewestFirst) {
                Copy copy = intactCopy(directory, backup, damage, project);
                if (copy != null) {
                    found.put(damage.documentId(), copy);
                    break;
                }
            }
        }
        return found;
    }

    /** The second copy of the very part that is damaged (backups/parts/), if it is intact. */
    static Copy secondCopy(Path directory, Manifest current, ProjectReader.Damage damage, Project project) {
        try {
            PartRef ref = current.documents().stream().filter(r -> r.id().equals(damage.documentId()))
                    .findFirst().orElse(null);
            if (ref == null || ref.checksum() == null) {
                return null; // without the checksum there is no telling an intact copy from a damaged one
            }
            Path copies = directory.resolve(StoreFormat.BACKUPS);
            Path file = ProjectReader.partFile(copies, ref.file());
            ProjectReader.ReadPart read = ProjectReader.readDocumentPart(file, ref, current.schemaVersion());
            ProjectReader.checkSum(file, ref.checksum(), read.checksum());
            ProjectReader.addPart(project.copy(), file, read.part());
            return new Copy(read.part().document().name(), Instant.parse(current.savedAt()), ref, true);
        } catch (ProjectFileException | RuntimeException e) {
            return null;
        }
    }

    private static Copy intactCopy(Path directory, Path backup, ProjectReader.Damage damage, Project project) {
        try {
            Manifest manifest = ProjectReader.readManifest(backup, directory);
            PartRef ref = manifest.documents().stream().filter(r -> r.id().equals(damage.documentId())
                    && !r.file().equals(damage.file())).findFirst().orElse(null);
            if (ref == null) {
                return null;
            }
            Path file = ProjectReader.partFile(directory, ref.file());
            ProjectReader.ReadPart read = ProjectReader.readDocumentPart(file, ref, manifest.schemaVersion());
            ProjectReader.checkSum(file, ref.checksum(), read.checksum());
            ProjectReader.addPart(project.copy(), file, read.part()); // fits the codes and coders there are now
            return new Copy(read.part().document().name(), Instant.parse(manifest.savedAt()),
                    ref.withChecksum(read.checksum()), false);
        } catch (ProjectFileException | RuntimeException e) {
            return null; // not this backup: an older one may hold an intact copy
        }
    }
}
