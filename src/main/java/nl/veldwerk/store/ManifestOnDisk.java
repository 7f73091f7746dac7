package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.veldwerk.store.StoreFormat.Manifest;

/**
 * The project's manifest file as this program last read or wrote it, to notice that another program replaced
 * it meanwhile: a sync service bringing in a save made on another computer (its parts beside ours). A save
 * would write over that manifest, and the other computer's work with it, without a word. Before a save, such a
 * manifest is copied beside the project's own under a name the project's other versions go by (see
 * {@link OtherVersions}), where the window offers it to open or merge; also one this version cannot read (a
 * newer Veldwerk's, or one still arriving). The file is small: it is read and compared at every save.
 */
final class ManifestOnDisk {
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm.ss")
            .withZone(ZoneId.systemDefault());

    private final Path file;
    private final Disk disk;
    /** Which save the file holds as this program knows it (null: none, or not known). */
    private String identity;
    /** The file's bytes as this program wrote them (null when it only read the manifest). */
    private byte[] written;

    ManifestOnDisk(Path file, Disk disk) {
        this.file = file;
        this.disk = disk;
    }

    /** The manifest in the file is this program's: read at opening ({@code bytes} null), or just written. */
    void own(Manifest manifest, byte[] bytes) {
        identity = identityOf(manifest);
        written = bytes;
    }

    /**
     * Before a save replaces the file: another program's manifest there (another save than this program's, or
     * one this version cannot read) is copied beside it, and its copy returned; null when the file holds what
     * this program knows, or is no Veldwerk manifest at all.
     */
    Path setAsideIfForeign() throws IOException {
        if (identity == null || !Files.exists(file)) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (java.util.Arrays.equals(bytes, written)) {
            return null;
        }
        Instant savedAt;
        try {
            Manifest there = ProjectReader.readManifest(file, bytes, null);
            if (identityOf(there).equals(identity)) {
                written = bytes; // the same save, written again byte for byte otherwise (touched)
                return null;
            }
            savedAt = savedAt(there);
        } catch (ProjectFileException unreadable) {
            if (!new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("\"" + StoreFormat.FORMAT + "\"")) {
                return null; // nothing of Veldwerk's: no one's save is lost
            }
            savedAt = Instant.now(); // a newer version's, or still arriving: kept all the same
        }
        String stamp = NAME_TIME.format(savedAt);
        Path aside = file.resolveSibling("veldwerk (saved elsewhere " + stamp + ").json");
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling("veldwerk (saved elsewhere " + stamp + ") " + n + ".json");
        }
        AtomicFiles.write(disk, aside, bytes);
        return aside;
    }

    /**
     * Whether the file still holds the save this program knows (read at opening or written since): no other
     * program saved the project meanwhile. False when that cannot be told.
     */
    boolean holdsOurs() {
        if (identity == null) {
            return false;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return java.util.Arrays.equals(bytes, written)
                    || identityOf(ProjectReader.readManifest(file, bytes, null)).equals(identity);
        } catch (IOException | ProjectFileException | RuntimeException cannotTell) {
            return false;
        }
    }

    private static Instant savedAt(Manifest m) {
        try {
            return Instant.parse(m.savedAt());
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }

    static String identityOf(Manifest m) {
        return m.sequence() + "|" + m.savedAt() + "|" + m.state();
    }
}
