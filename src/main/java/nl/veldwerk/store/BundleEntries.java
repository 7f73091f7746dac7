package nl.veldwerk.store;

import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bundle's entries under the names they have in a project folder. A bundle that someone unpacked to look inside
 * and zipped again (macOS's Compress, Windows' Send to → Compressed folder) holds its files under the folder's name
 * ("wijk-y/veldwerk.json"), and from macOS the system's own files beside them ("__MACOSX/…", ".DS_Store"); a project
 * folder zipped as it is holds its backups, lock, recovery save and search index. All of these are read as the
 * bundle they hold (QA: a bundle re-zipped on a Mac was "not a Veldwerk bundle"); anything else still makes a zip
 * no bundle.
 */
final class BundleEntries {
    private final ZipFile zip;
    /** The folder the project's files stand in inside the zip ("wijk-y/"), or "" for none. */
    private final String folder;

    private BundleEntries(ZipFile zip, String folder) {
        this.zip = zip;
        this.folder = folder;
    }

    /** The zip's entries, under the one folder that holds the manifest when the zip's top does not. */
    static BundleEntries of(ZipFile zip) {
        if (zip.getEntry(StoreFormat.MANIFEST) != null) {
            return new BundleEntries(zip, "");
        }
        String found = null;
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
            String name = entry.getName();
            int slash = name.indexOf('/');
            if (!entry.isDirectory() && !systemFile(name) && slash > 0
                    && name.substring(slash + 1).equals(StoreFormat.MANIFEST)) {
                if (found != null) {
                    return new BundleEntries(zip, ""); // two projects in one zip: none is taken for the bundle
                }
                found = name.substring(0, slash + 1);
            }
        }
        return new BundleEntries(zip, found == null ? "" : found);
    }

    /** The entry of a project file ("veldwerk.json", "parts/…"), or null. */
    ZipEntry get(String name) {
        return zip.getEntry(folder + name);
    }

    /** The entry's name in the project folder; an entry outside that folder keeps its own (and is refused). */
    String nameOf(ZipEntry entry) {
        String name = entry.getName();
        return name.startsWith(folder) ? name.substring(folder.length()) : name;
    }

    /** Whether the entry stands in the folder the project's files are in (any entry does when they are at the top). */
    boolean inFolder(ZipEntry entry) {
        return entry.getName().startsWith(folder);
    }

    /** The entries that are the project's or others', without the system's own files and the folder's working files. */
    List<ZipEntry> entries() {
        return zip.stream().filter(entry -> !entry.isDirectory() && !systemFile(entry.getName())
                && !(inFolder(entry) && workingFile(nameOf(entry)))).map(entry -> (ZipEntry) entry).toList();
    }

    /** A file an operating system adds to what it zips: macOS's resource forks and folder settings, Windows' thumbnails. */
    static boolean systemFile(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || last.equals(".DS_Store") || last.startsWith("._")
                || last.equalsIgnoreCase("Thumbs.db") || last.equalsIgnoreCase("desktop.ini");
    }

    /**
     * A file of a project folder that a bundle leaves out (a folder zipped as it is): the backups, the recovery save,
     * the lock, the search index (which the project opened from the bundle makes anew), a write a crash left
     * unfinished, and the other versions of the manifest beside it (a sync service's, one saved elsewhere), which are
     * not the project as saved (review: such a folder was "not a bundle").
     */
    private static boolean workingFile(String name) {
        boolean atTop = name.indexOf('/') < 0;
        return name.startsWith(StoreFormat.BACKUPS + "/") || name.startsWith(StoreFormat.INDEX + "/")
                || name.equals(StoreFormat.RECOVERY_MANIFEST) || name.equals(StoreFormat.LOCK)
                || name.endsWith(AtomicFiles.TEMP_SUFFIX)
                || atTop && name.endsWith(".json") && !name.equals(StoreFormat.MANIFEST);
    }
}
