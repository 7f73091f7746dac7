package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.veldwerk.store.StoreFormat.Manifest;

/**
 * The project's manifest file as this program last read or wrote it, to notice that another program replaced
 * it meanwhile: a sync service bringing in a save made on another computer (its parts beside ours). A save
 * would write over that manifest, and the other computer's work with it, without a word. Before a save, such a
 * manifest is copied beside the project's own under a name the project's other versions go by (see
 * {@link OtherVersions}), where the window offers it to open or merge. The file's time and size are compared
 * first, so a save reads the manifest again only when something else wrote it.
 */
final class ManifestOnDisk {
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm.ss")
            .withZone(ZoneId.systemDefault());

    private final Path file;
    private final Disk disk;
    /** Which save the file holds as this program knows it (null: none, or not known). */
    private String identity;
    private FileTime time;
    private long size = -1;

    ManifestOnDisk(Path file, Disk disk) {
        this.file = file;
        this.disk = disk;
    }

    /** The manifest in the file is this program's: read at opening, or just written. */
    void own(Manifest manifest) {
        identity = identityOf(manifest);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            time = attributes.lastModifiedTime();
            size = attributes.size();
        } catch (IOException e) {
            time = null; // read again at the next save
            size = -1;
        }
    }

    /**
     * Before a save replaces the file: another program's manifest there (another save than this program's) is
     * copied beside it, and its copy returned; null when the file holds what this program knows.
     */
    Path setAsideIfForeign() throws IOException {
        if (identity == null || !Files.exists(file)) {
            return null;
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.lastModifiedTime().equals(time) && attributes.size() == size) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        Manifest there;
        try {
            there = ProjectReader.readManifest(file, bytes, null);
        } catch (ProjectFileException notAManifest) {
            return null; // nothing a save of ours would take from anyone
        }
        if (identityOf(there).equals(identity)) {
            own(there); // touched, not changed
            return null;
        }
        Path aside = file.resolveSibling("veldwerk (saved elsewhere " + NAME_TIME.format(savedAt(there)) + ").json");
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling("veldwerk (saved elsewhere " + NAME_TIME.format(savedAt(there)) + ") " + n
                    + ".json");
        }
        AtomicFiles.write(disk, aside, bytes);
        return aside;
    }

    private static Instant savedAt(Manifest m) {
        try {
            return Instant.parse(m.savedAt());
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }

    private static String identityOf(Manifest m) {
        return m.sequence() + "|" + m.savedAt() + "|" + m.state();
    }
}
