package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import nl.veldwerk.model.Project;

/**
 * A new project folder made whole or not at all (an import: its project and the recordings that come with it).
 * It is written in a hidden folder beside the place the user chose and moved there in one step once complete, so
 * a program stopped part-way (killed, the power gone, a full disk) leaves no half project under the chosen name
 * for a second try to stumble on: the place stays free, and at most a hidden {@value #PREFIX} folder is left.
 */
public final class WholeProjectFolder {
    /** What the hidden folder's name starts with, beside the place the project goes. */
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
     * {@code target} (a new or empty folder). On any failure nothing is left at {@code target} and the hidden
     * folder is removed. Returns what the filling returned.
     */
    public static <T> T create(Path target, Project project, Filling<T> filling) throws ProjectFileException {
        Path place = target.toAbsolutePath().normalize();
        refuseUnlessFree(place);
        Path temp;
        try {
            Files.createDirectories(place.getParent());
            temp = Files.createTempDirectory(place.getParent(), PREFIX);
        } catch (IOException e) {
            throw new ProjectFileException(place, e, "create.failed", ProjectFileException.detail(e));
        }
        boolean moved = false;
        try {
            ProjectStore.create(temp, project).close();
            T filled = filling.fill(temp);
            moveInto(temp, place);
            moved = true;
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
     * One rename: the project appears whole or not at all. An empty folder the user chose is removed first (a
     * rename does not replace a folder everywhere); one that filled up meanwhile is refused, not merged into.
     */
    private static void moveInto(Path temp, Path place) throws IOException, ProjectFileException {
        try {
            Files.deleteIfExists(place);
        } catch (DirectoryNotEmptyException e) {
            throw new ProjectFileException(place, "bundle.targetExists");
        }
        try {
            Files.move(temp, place, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            throw new ProjectFileException(place, "bundle.targetExists"); // another program was quicker
        }
    }
}
