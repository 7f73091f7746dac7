package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Other versions of a project's save that a sync service (Dropbox, OneDrive, Google Drive, Nextcloud,
 * Syncthing) left beside its manifest when the project was saved on two computers at once:
 * "veldwerk (Jan's conflicted copy 2026-12-03).json", "veldwerk-LAPTOP.json", "veldwerk(1).json",
 * "veldwerk.sync-conflict-20261203-101010-ABC.json". The work saved there is not in the project as it opens.
 * While one is in the folder no part file is deleted (the version's parts are among them), and
 * {@link #copyWith} makes a project of it beside this one, to open or merge.
 */
public final class OtherVersions {
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm.ss")
            .withZone(ZoneId.systemDefault());
    private static final java.util.regex.Pattern SAVED_AT = java.util.regex.Pattern.compile(
            "\"savedAt\"\\s*:\\s*\"([^\"]{1,64})\"");
    /** Where a version goes once a copy was made of it, so the question is not asked again. */
    static final String SET_ASIDE = StoreFormat.BACKUPS + "/other-versions";

    /** A manifest beside the project's own, with when it was saved (by the manifest; the file's time else). */
    public record Version(Path file, Instant savedAt) {
    }

    private OtherVersions() {
    }

    /** The other versions in a project folder, oldest first; none when the folder cannot be listed. */
    public static List<Version> in(Path directory) {
        List<Version> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(OtherVersions::namedLikeAManifest).toList()) {
                Instant saved = savedAt(file);
                if (saved != null) {
                    found.add(new Version(file, saved));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(Version::savedAt));
        return List.copyOf(found);
    }

    private static boolean namedLikeAManifest(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.startsWith("veldwerk") || name.startsWith("autosave")) && name.endsWith(".json")
                && !name.equals(StoreFormat.MANIFEST) && !name.equals(StoreFormat.RECOVERY_MANIFEST)
                && Files.isRegularFile(file);
    }

    /**
     * When a manifest says it was saved (its file's time when it does not say), or null when the file is no
     * Veldwerk manifest. Only its opening is read: a version whose list parts are missing still counts, so
     * that its parts are kept.
     */
    private static Instant savedAt(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            if (!head.contains("\"" + StoreFormat.FORMAT + "\"")) {
                return null;
            }
            java.util.regex.Matcher saved = SAVED_AT.matcher(head);
            if (saved.find()) {
                try {
                    return Instant.parse(saved.group(1));
                } catch (RuntimeException e) {
                    // not a time: the file's own below
                }
            }
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Makes a project of {@code version} beside the project: a copy of the folder (without its lock, search
     * index and recovery save) whose manifest is that version, read back whole to be sure it opens; then the
     * version is set aside in the project's backups. Returns the new folder.
     */
    public static Path copyWith(Path directory, Version version) throws IOException, ProjectFileException {
        return copyWith(directory, version, "other version");
    }

    /** As {@link #copyWith(Path, Version)}, the new folder named with {@code words} in the reader's language. */
    public static Path copyWith(Path directory, Version version, String words) throws IOException,
            ProjectFileException {
        Path target = copyAsProject(directory, version.file(), version.savedAt(), words);
        Path aside = directory.resolve(SET_ASIDE);
        Files.createDirectories(aside);
        Files.move(version.file(), freeName(aside.resolve(version.file().getFileName().toString())));
        return target;
    }

    /**
     * Makes a project beside the project whose manifest is {@code manifest} (a version, or a backup's): a copy
     * of the folder without its lock, search index, recovery save and manifests, read back whole to be sure it
     * opens; {@code manifest} itself stays where it is. Returns the new folder, named with {@code words} and the
     * time it was saved.
     */
    static Path copyAsProject(Path directory, Path manifest, Instant savedAt, String words) throws IOException,
            ProjectFileException {
        Path target = freeName(directory.resolveSibling(directory.getFileName() + " (" + words + " "
                + FOLDER_TIME.format(savedAt) + ")"));
        try {
            for (Path from : filesOf(directory)) {
                Path relative = directory.relativize(from);
                String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
                // Not the lock, the search index, the recovery save, nor a manifest (this version is put in below).
                if (first.equals(StoreFormat.LOCK) || first.equals(StoreFormat.INDEX)
                        || first.equals(StoreFormat.RECOVERY_MANIFEST) || first.equals(StoreFormat.MANIFEST)
                        || relative.getNameCount() == 1 && namedLikeAManifest(from) && savedAt(from) != null
                        || isEarlierSaveOrSetAside(relative)) {
                    continue;
                }
                Path to = target.resolve(relative.toString());
                try {
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(from, to);
                    }
                } catch (java.nio.file.NoSuchFileException gone) {
                    // A backup the open project's save let go of meanwhile: the version's own parts are kept.
                }
            }
            Files.copy(manifest, target.resolve(StoreFormat.MANIFEST));
            ProjectReader.read(target); // every part the manifest names is there and intact
        } catch (ProjectFileException e) {
            Bundles.deleteTree(target); // no half copy beside the project
            // Said of the file it was copied from: the copy named is gone again, and never held it (QA). Its manifest
            // is the earlier save's (a backup, a sync service's version), not the project's own (review).
            Path copied = e.file() == null || !e.file().startsWith(target) ? null
                    : e.file().equals(target.resolve(StoreFormat.MANIFEST)) ? manifest
                    : directory.resolve(target.relativize(e.file()).toString());
            throw copied == null ? e : e.about(copied);
        } catch (IOException | RuntimeException e) {
            Bundles.deleteTree(target); // no half copy beside the project
            throw e;
        }
        return target;
    }

    /**
     * The folder's files and folders, not inside the lock or the search index (written to while the project is
     * open); one that goes while it is listed (a save letting go of a backup) is left out, not an error that ends
     * the copy.
     */
    private static List<Path> filesOf(Path directory) throws IOException {
        List<Path> all = new ArrayList<>();
        Files.walkFileTree(directory, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                                                                   java.nio.file.attribute.BasicFileAttributes attrs) {
                Path relative = directory.relativize(dir);
                if (relative.getNameCount() == 1 && (relative.toString().equals(StoreFormat.INDEX)
                        || relative.toString().equals(StoreFormat.LOCK))) {
                    return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                }
                all.add(dir);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                all.add(file);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return all;
    }

    /**
     * The project's own earlier saves (backups/veldwerk-N.json), its last save's copy (veldwerk-latest.json) and the
     * versions set aside: not the new project's history, which starts with the save it is made of (its parts'
     * second copies are copied).
     */
    private static boolean isEarlierSaveOrSetAside(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return path.startsWith(SET_ASIDE + "/") || path.equals(SET_ASIDE)
                || relative.getNameCount() == 2 && path.startsWith(StoreFormat.BACKUPS + "/")
                && (relative.getFileName().toString().matches("veldwerk-\\d+\\.json")
                || relative.getFileName().toString().equals(StoreFormat.MANIFEST_COPY));
    }

    private static Path freeName(Path wanted) {
        Path candidate = wanted;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = wanted.resolveSibling(wanted.getFileName() + " " + n);
        }
        return candidate;
    }
}
