package nl.veldwerk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import nl.veldwerk.model.Project;

/**
 * The one-file bundle ({@code .vwz}): a zip of a project folder's manifest and parts, to send a project to
 * a supervisor by mail and open it back.
 */
public final class Bundles {
    public static final String EXTENSION = ".vwz";
    private static final Pattern ALLOWED_ENTRY = Pattern.compile(
            Pattern.quote(StoreFormat.MANIFEST) + "|" + StoreFormat.PARTS + "/[A-Za-z0-9_.-]+\\.json");
    private static final long MAX_ENTRY_BYTES = 1L << 31;

    private Bundles() {
    }

    /** Writes the project as it is now (saved or not) into one bundle file, atomically. */
    public static void export(Project project, Path bundle) throws ProjectFileException {
        Path temp = bundle.resolveSibling(bundle.getFileName() + AtomicFiles.TEMP_SUFFIX);
        try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
            FullWriter.write(project, (name, content) -> put(zip, name, content));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw new ProjectFileException(bundle, e, "write.failed", ProjectFileException.detail(e));
        }
        try {
            Files.move(temp, bundle, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new ProjectFileException(bundle, e, "write.failed", ProjectFileException.detail(e));
        }
    }

    /**
     * Unpacks a bundle into a new project folder {@code target}, after checking that it holds a readable
     * project. On any problem nothing is left behind.
     */
    public static void extract(Path bundle, Path target) throws ProjectFileException {
        if (Files.exists(target)) {
            throw new ProjectFileException(target, "bundle.targetExists");
        }
        Path parent = target.toAbsolutePath().getParent();
        Path temp;
        try {
            Files.createDirectories(parent);
            temp = Files.createTempDirectory(parent, ".unpacking-");
        } catch (IOException e) {
            throw new ProjectFileException(target, e, "create.failed", ProjectFileException.detail(e));
        }
        try {
            unzip(bundle, temp);
            ProjectReader.read(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (ProjectFileException e) {
            deleteTree(temp);
            throw new ProjectFileException(bundle, e, "bundle.invalid", e.problem());
        } catch (IOException e) {
            deleteTree(temp);
            throw new ProjectFileException(bundle, e, "bundle.unpackFailed", ProjectFileException.detail(e));
        }
    }

    private static void unzip(Path bundle, Path into) throws IOException, ProjectFileException {
        boolean sawManifest = false;
        try (InputStream in = Files.newInputStream(bundle); ZipInputStream zip = new ZipInputStream(in)) {
            Files.createDirectories(into.resolve(StoreFormat.PARTS));
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                // Only our own names: this also rules out "../" entries that would write outside the folder.
                if (!ALLOWED_ENTRY.matcher(entry.getName()).matches()) {
                    throw new ProjectFileException(bundle, "bundle.unexpectedEntry", entry.getName());
                }
                sawManifest |= entry.getName().equals(StoreFormat.MANIFEST);
                try (OutputStream out = Files.newOutputStream(into.resolve(entry.getName()))) {
                    long copied = zip.transferTo(out);
                    if (copied > MAX_ENTRY_BYTES) {
                        throw new ProjectFileException(bundle, "bundle.entryTooLarge");
                    }
                }
            }
        } catch (ZipException e) {
            throw new ProjectFileException(bundle, e, "bundle.notZip", ProjectFileException.detail(e));
        }
        if (!sawManifest) {
            throw new ProjectFileException(bundle, "bundle.noManifest", StoreFormat.MANIFEST);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Bundles::deleteQuietly);
        } catch (IOException e) {
            // best effort
        }
    }
}
