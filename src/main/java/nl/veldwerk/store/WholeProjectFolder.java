package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.veldwerk.model.Project;

/**
 * A new project folder made whole or not at all (an import: its project and the recordings that come with it).
 * It is written in a hidden folder beside the place the user chose and moved there once complete, so a program
 * stopped part-way (killed, a full disk) leaves no half project under the chosen name for a second try to stumble
 * on: the place stays as it was, and at most a hidden {@value #PREFIX} folder is left beside it, which the next
 * project made in that folder on this computer removes.
 * <p>
 * A new place is the hidden folder renamed. An empty folder the user chose stays the folder it is (it may be the
 * shell's current folder, a link, a mount point, open in a file manager): what is in the hidden folder is moved
 * into it, the manifest last, so the project is there at once or not at all. Where no folder can be made beside it
 * (a parent only an administrator may write to), the project is written in the chosen folder itself, as before,
 * and what was written is removed if it fails.
 */
public final class WholeProjectFolder {
    /** What the hidden folder's name starts with; then this computer's name and the process's number. */
    static final String PREFIX = ".veldwerk-new-";

    /** What goes into the new project's folder besides the project itself, before it is moved into place. */
    @FunctionalInterface
    public interface Filling<T> {
        T fill(Path folder) throws IOException;
    }

    private WholeProjectFolder() {
    }

    /** Writes {@code project} as a new project in {@code target} (a new or empty folder), whole or not at all. */
    public static void create(Path target, Project project) throws ProjectFileException {
        create(target, project, folder -> null);
    }

    /**
     * Writes {@code project} as a new project, adds {@code filling} to its folder, and moves the whole into
     * {@code target} (a new or empty folder). On any failure {@code target} is left as it was and the hidden
     * folder is removed. Returns what the filling returned.
     */
    public static <T> T create(Path target, Project project, Filling<T> filling) throws ProjectFileException {
        return create(target, project, filling, Disk.SYSTEM);
    }

    static <T> T create(Path target, Project project, Filling<T> filling, Disk disk) throws ProjectFileException {
        Path place = target.toAbsolutePath().normalize();
        boolean chosenFolder = Files.isDirectory(place);
        if (chosenFolder) {
            removeLeftBehind(place); // a stopped import's hidden folder inside it: the folder is free again
        }
        refuseUnlessFree(place);
        Path parent = place.getParent();
        // An empty folder the user chose holds the hidden folder itself: the same disk, whatever the folder is (a
        // link to a share, a mount point), so its entries move in by renames (review); a new place gets one beside.
        Path temp = chosenFolder ? hiddenIn(place, place) : parent == null ? null : hiddenIn(parent, place);
        if (temp == null) {
            return inPlace(place, project, filling, disk);
        }
        boolean moved = false;
        try {
            ProjectStore.create(temp, project).close();
            T filled = filling.fill(temp);
            forceTree(disk, temp, false);
            moveInto(temp, place);
            moved = true;
            // The names made durable: the entries moved into a chosen folder, or the hidden folder's rename.
            disk.forceFolder(chosenFolder ? place : parent);
            return filled;
        } catch (ProjectFileException e) {
            // The hidden folder is nobody's business: the message names the place the user chose.
            throw e.file().startsWith(temp) ? new ProjectFileException(place, e, "create.failed", e.problem()) : e;
        } catch (IOException e) {
            throw new ProjectFileException(place, e, "create.failed", ProjectFileException.detail(e));
        } finally {
            if (!moved) {
                Bundles.deleteTree(temp); // whatever went wrong, even an Error
            }
        }
    }

    /**
     * Forces every file and folder under {@code folder} to disk before it is moved into place: the project's own
     * parts are forced as they are written, but what was added beside them (recordings copied or unpacked) was
     * not, and a power cut soon after the move could leave them empty under their names. {@code partsToo}: the
     * parts too, where they were not written by the store (a bundle's, unpacked).
     */
    static void forceTree(Disk disk, Path folder, boolean partsToo) throws IOException {
        List<Path> folders = new ArrayList<>();
        Path parts = folder.resolve(StoreFormat.PARTS);
        Path copies = folder.resolve(StoreFormat.BACKUPS);
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                // The store's own parts were forced as it wrote them, and second copies need not be: at 10,000
                // documents forcing them again cost 20,000 flushes (review). A bundle's, unpacked here, are not.
                boolean storeWrote = !partsToo && (p.startsWith(parts) || p.startsWith(copies));
                if (!storeWrote && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    disk.forceFile(p);
                } else if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(p);
                }
            }
        }
        folders.reversed().forEach(disk::forceFolder); // deepest first: a folder's entries before its own name
    }

    /**
     * A new hidden folder in {@code folder} for the project that goes to {@code place}; null when none can be made
     * there. See {@link #hiddenFolderIn}.
     */
    private static Path hiddenIn(Path folder, Path place) {
        try {
            Files.createDirectories(folder);
            return hiddenFolderIn(folder);
        } catch (IOException | UnsupportedOperationException cannot) {
            System.getLogger(WholeProjectFolder.class.getName()).log(System.Logger.Level.INFO,
                    "No folder can be made in " + folder + "; the project is written in " + place + " directly",
                    cannot);
        }
        return null;
    }

    /**
     * A new hidden folder in {@code folder}, named for this computer and program so that one a stopped program left
     * is removed by the next (here, after removing those), and made as any folder is: with the user's usual
     * permissions, so colleagues on a shared folder can open what is moved out of it (a temporary folder would be
     * the owner's alone). Also where a bundle is unpacked.
     */
    static Path hiddenFolderIn(Path folder) throws IOException {
        removeLeftBehind(folder);
        return newFolder(folder, PREFIX + host() + "-" + ProcessHandle.current().pid() + "-");
    }

    /**
     * A new folder in {@code parent} whose name starts with {@code prefix}, made as any folder is: with the user's
     * usual permissions (a temporary folder is its owner's alone, and stays so when renamed into place).
     */
    static Path newFolder(Path parent, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + Long.toHexString(System.nanoTime())));
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 9) {
                    throw taken;
                }
            }
        }
    }

    /**
     * Removes the hidden folders a program of this computer left that has stopped (killed mid-import): they hold a
     * copy of interviews nobody sees. Another computer's (a shared folder) and a running program's are left alone.
     */
    private static void removeLeftBehind(Path parent) {
        String host = host();
        if (host.equals("_") || host.equalsIgnoreCase("localhost")) {
            return; // this computer's name unknown or common: another computer's folder could pass for ours
        }
        String ours = PREFIX + host + "-";
        try (Stream<Path> inside = Files.list(parent)) {
            for (Path folder : inside.filter(f -> f.getFileName().toString().startsWith(ours)).toList()) {
                String[] rest = folder.getFileName().toString().substring(ours.length()).split("-");
                try {
                    long pid = Long.parseLong(rest[0]);
                    if (ProcessHandle.of(pid).isEmpty()) {
                        Bundles.deleteTree(folder);
                    }
                } catch (NumberFormatException notOurs) {
                    // not a name we give: left alone
                }
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(WholeProjectFolder.class.getName()).log(System.Logger.Level.DEBUG,
                    "Looking for folders left behind in " + parent, e);
        }
    }

    /** This computer's name as a file name may hold it. */
    private static String host() {
        return ProjectLock.hostName().replaceAll("[^A-Za-z0-9._]", "_");
    }

    /** As before there was a hidden folder: written in the chosen folder, and what was written removed on failure. */
    private static <T> T inPlace(Path place, Project project, Filling<T> filling, Disk disk)
            throws ProjectFileException {
        boolean existed = Files.isDirectory(place);
        boolean done = false;
        try {
            ProjectStore.create(place, project).close();
            T filled = filling.fill(place);
            forceTree(disk, place, false);
            done = true;
            return filled;
        } catch (IOException e) {
            throw new ProjectFileException(place, e, "create.failed", ProjectFileException.detail(e));
        } finally {
            if (!done) {
                emptyAgain(place, existed);
            }
        }
    }

    private static void emptyAgain(Path place, boolean keepFolder) {
        try {
            Files.deleteIfExists(place.resolve(StoreFormat.MANIFEST)); // first: no half project is taken for one
        } catch (IOException e) {
            System.getLogger(WholeProjectFolder.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not remove the manifest of a failed create in " + place, e);
        }
        if (!keepFolder) {
            Bundles.deleteTree(place);
            return;
        }
        try (Stream<Path> inside = Files.list(place)) {
            inside.forEach(Bundles::deleteTree);
        } catch (IOException e) {
            System.getLogger(WholeProjectFolder.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not empty " + place + " after a failed create", e);
        }
    }

    private static void refuseUnlessFree(Path place) throws ProjectFileException {
        if (ProjectStore.holdsProject(place)) {
            throw new ProjectFileException(place, "create.exists");
        }
        if (Files.exists(place) && !isEmptyFolder(place)) {
            throw new ProjectFileException(place, "bundle.targetExists");
        }
    }

    private static boolean isEmptyFolder(Path place) throws ProjectFileException {
        if (!Files.isDirectory(place)) {
            return false;
        }
        try (Stream<Path> inside = Files.list(place)) {
            return inside.findAny().isEmpty();
        } catch (IOException e) {
            throw new ProjectFileException(place, e, "create.failed", ProjectFileException.detail(e));
        }
    }

    /**
     * A new place: one rename of the whole. An empty folder the user chose: its contents moved in, the manifest
     * last, so the project appears at once; one that filled up meanwhile is refused, not merged into, and what was
     * moved goes back.
     */
    private static void moveInto(Path temp, Path place) throws IOException, ProjectFileException {
        if (!Files.exists(place, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.move(temp, place, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                throw new ProjectFileException(place, "bundle.targetExists"); // another program was quicker
            }
        }
        try (Stream<Path> inside = Files.list(place)) {
            if (inside.anyMatch(f -> !f.equals(temp))) { // filled up meanwhile: refused, not merged into
                throw new ProjectFileException(place, "bundle.targetExists");
            }
        }
        List<Path> entries;
        try (Stream<Path> inside = Files.list(temp)) {
            // The manifest last: until it is there, the folder holds no project.
            entries = inside.sorted(java.util.Comparator.comparing((Path f) -> f.getFileName().toString()
                    .equals(StoreFormat.MANIFEST))).toList();
        }
        List<Path> moved = new ArrayList<>();
        try {
            for (Path entry : entries) {
                Path there = place.resolve(entry.getFileName().toString());
                Files.move(entry, there, StandardCopyOption.ATOMIC_MOVE);
                moved.add(there);
            }
        } catch (IOException e) {
            moveBack(moved, temp);
            if (e instanceof FileAlreadyExistsException) {
                throw new ProjectFileException(place, "bundle.targetExists"); // the folder filled up meanwhile
            }
            throw e;
        }
        try {
            Files.delete(temp); // empty now
        } catch (IOException e) { // the project is whole where it belongs: an empty hidden folder is no failure
            System.getLogger(WholeProjectFolder.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not remove the empty " + temp, e);
        }
    }

    private static void moveBack(List<Path> moved, Path temp) {
        for (Path there : moved.reversed()) {
            try {
                Files.move(there, temp.resolve(there.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                System.getLogger(WholeProjectFolder.class.getName()).log(System.Logger.Level.WARNING,
                        "Could not take " + there + " back after a failed create", e);
            }
        }
    }
}
