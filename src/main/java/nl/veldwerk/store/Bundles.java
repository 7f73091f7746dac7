package nl.veldwerk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import nl.veldwerk.model.Limits;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Recording;
import nl.veldwerk.store.StoreFormat.Manifest;
import nl.veldwerk.store.StoreFormat.PartRef;

/**
 * The one-file bundle ({@code .vwz}): a zip of a project folder's manifest and parts, to send a project to
 * a supervisor by mail and open it back. A bundle comes from anywhere: before anything is written, its
 * table of contents is checked (number of entries, names, declared sizes against the limits of the parts
 * the manifest names and against the free space); then only the parts the manifest names are unpacked,
 * counting the bytes as they inflate. On any problem nothing is left behind.
 */
public final class Bundles {
    public static final String EXTENSION = ".vwz";
    /** A bundle holds the manifest and one part per document plus the project part; a little slack for others. */
    static final int MAX_ENTRIES = 2 * Limits.DOCUMENTS + 100;
    /** A recording in a bundle: a file in {@code media/} (or a folder in it), no way out of it. */
    private static final java.util.regex.Pattern MEDIA_ENTRY = java.util.regex.Pattern.compile(
            Recording.FOLDER + "(/[^/\\\\:]+)+");

    /**
     * Whether a file is opened as a bundle by its name: a .vwz, or a .zip (a bundle unpacked to look inside and
     * zipped again, which reads as the bundle it holds: {@link BundleEntries}).
     */
    public static boolean isBundleName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(EXTENSION) || name.endsWith(".zip");
    }

    public static boolean isMediaEntry(String name) {
        return MEDIA_ENTRY.matcher(name).matches() && java.util.Arrays.stream(name.split("/"))
                .noneMatch(part -> part.equals("..") || part.equals(".")) && Recording.isMediaFile(name);
    }

    private Bundles() {
    }

    /** Writes the project as it is now (saved or not) into one bundle file, atomically, without its recordings. */
    public static void export(Project project, Path bundle) throws ProjectFileException {
        export(project, bundle, null);
    }

    /**
     * The recordings a bundle of the project can carry: those kept in the project's {@code media/} folder,
     * which exist. A recording elsewhere (an absolute path, another folder) stays behind.
     */
    public static List<Path> mediaOf(Project project, Path projectFolder) {
        return mediaOf(project.documents().stream().map(nl.veldwerk.model.Document::recording)
                .filter(java.util.Objects::nonNull).toList(), projectFolder);
    }

    /** The files of these recordings a bundle can carry (see {@link #mediaOf(Project, Path)}). */
    public static List<Path> mediaOf(List<Recording> recordings, Path projectFolder) {
        List<Path> files = new ArrayList<>();
        for (Recording r : recordings) {
            if (r.relative() && isMediaEntry(r.path())) {
                Path file = r.resolve(projectFolder);
                if (Files.isRegularFile(file) && !files.contains(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /**
     * Writes the project as it is now (saved or not) into one bundle file, atomically; with the recordings in
     * its {@code media/} folder ({@link #mediaOf}) when {@code projectFolder} is given. Recordings go in
     * uncompressed: audio and video are compressed already.
     */
    public static void export(Project project, Path bundle, Path projectFolder) throws ProjectFileException {
        Path temp = bundle.resolveSibling(bundle.getFileName() + AtomicFiles.TEMP_SUFFIX);
        // Buffered: a zip writes each header field on its own, a system call each without a buffer.
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            FullWriter.write(project, (name, content) -> put(zip, name, content));
            if (projectFolder != null) {
                zip.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
                for (Path file : mediaOf(project, projectFolder)) {
                    zip.putNextEntry(new ZipEntry(projectFolder.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
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
     * Reads a bundle without making a project folder of it: it is unpacked into a temporary folder of its own,
     * read, given to {@code use}, and the folder is removed again whatever happens. A supervisor's copy holds the
     * interviews, which must not stay behind in the system's temporary folder (they did, one copy per comparison).
     * The project is read whole (texts included), so it stays readable after the folder is gone.
     */
    public static <T> T readOnce(Path bundle, java.util.function.Function<Project, T> use)
            throws ProjectFileException {
        return readOnce(bundle, use, Path.of(System.getProperty("java.io.tmpdir")));
    }

    static <T> T readOnce(Path bundle, java.util.function.Function<Project, T> use, Path temporaryFolders)
            throws ProjectFileException {
        Path folder;
        try {
            folder = Files.createTempDirectory(temporaryFolders, "veldwerk-copy");
        } catch (IOException e) {
            throw new ProjectFileException(bundle, e, "create.failed", ProjectFileException.detail(e));
        }
        try {
            Path unpacked = folder.resolve("copy");
            extract(bundle, unpacked);
            return use.apply(ProjectReader.read(unpacked));
        } finally {
            deleteTree(folder);
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
        Path parent = target.toAbsolutePath().normalize().getParent(); // "../new" from inside a project is outside it
        for (Path above = parent; above != null; above = above.getParent()) {
            if (ProjectStore.holdsProject(above)) {
                // Unpacked into another project's folder, the new project's files mixed with that one's (QA).
                throw new ProjectFileException(target, "bundle.insideProject", above);
            }
        }
        try (ZipFile zip = open(bundle)) {
            BundleEntries entries = BundleEntries.of(zip);
            List<ZipEntry> parts = checkContents(bundle, zip, entries, parent);
            Path temp;
            try {
                Files.createDirectories(parent);
                temp = WholeProjectFolder.hiddenFolderIn(parent); // one a stopped program left is removed
            } catch (IOException e) {
                throw new ProjectFileException(target, e, "create.failed", ProjectFileException.detail(e));
            }
            boolean moved = false;
            try {
                Files.createDirectories(temp.resolve(StoreFormat.PARTS));
                for (ZipEntry entry : parts) {
                    String name = entries.nameOf(entry);
                    unpack(bundle, zip, entry, name, temp);
                    if (!name.equals(StoreFormat.MANIFEST) && !isMediaEntry(name)) {
                        // and its second copy, as a save makes
                        Path copy = temp.resolve(StoreFormat.BACKUPS).resolve(name);
                        Files.createDirectories(copy.getParent());
                        Files.copy(temp.resolve(name), copy);
                    }
                }
                ProjectReader.read(temp);
                WholeProjectFolder.forceTree(Disk.SYSTEM, temp, true);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                moved = true;
                Disk.SYSTEM.forceFolder(parent);
            } catch (ProjectFileException e) {
                throw e.file().startsWith(temp) || e.file().equals(temp)
                        ? new ProjectFileException(bundle, e, "bundle.invalid", e.problem()) : e;
            } catch (ZipException e) {
                // The zip's data itself ("invalid distance too far back"): a damaged or incomplete copy.
                throw new ProjectFileException(bundle, e, "bundle.damaged", ProjectFileException.detail(e));
            } catch (IOException e) {
                throw new ProjectFileException(bundle, e, "bundle.unpackFailed", ProjectFileException.detail(e));
            } finally {
                if (!moved) {
                    deleteTree(temp); // whatever went wrong, even an Error: no .unpacking- folder stays
                }
            }
        } catch (IOException e) {
            throw new ProjectFileException(bundle, e, "bundle.unpackFailed", ProjectFileException.detail(e));
        }
    }

    /**
     * The name of the study a bundle holds, read from its manifest and project part without unpacking it: what
     * the question where to unpack it starts with. Empty when it cannot be read (unpacking then says why).
     */
    public static java.util.Optional<String> studyName(Path bundle) {
        try (ZipFile zip = open(bundle)) {
            BundleEntries entries = BundleEntries.of(zip);
            ZipEntry manifestEntry = entries.get(StoreFormat.MANIFEST);
            if (manifestEntry == null) {
                return java.util.Optional.empty();
            }
            Manifest manifest = ProjectReader.readManifest(bundle, read(bundle, zip, manifestEntry,
                    ProjectReader.MAX_MANIFEST_BYTES), null);
            ZipEntry part = manifest.projectPart() == null ? null : entries.get(manifest.projectPart());
            if (part == null) {
                return java.util.Optional.empty();
            }
            return ProjectReader.nameIn(read(bundle, zip, part, ProjectReader.MAX_PART_BYTES));
        } catch (ProjectFileException | IOException | RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }

    private static ZipFile open(Path bundle) throws ProjectFileException {
        if (!Files.isRegularFile(bundle)) {
            throw new ProjectFileException(bundle, Files.exists(bundle) ? "part.notPlainFile" : "file.notExists");
        }
        try {
            return openNamesInEitherEncoding(bundle);
        } catch (ZipException e) {
            // A project's own manifest chosen for its bundle (a supervisor's copy, say) is told apart: the zip
            // library's words ("zip END header not found") said nothing of what to choose instead.
            boolean manifest = bundle.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
            throw new ProjectFileException(bundle, e, manifest ? "bundle.isProjectFile" : "bundle.notZip",
                    ProjectFileException.detail(e));
        } catch (IOException e) {
            throw new ProjectFileException(bundle, e, "file.unreadable", ProjectFileException.detail(e));
        }
    }

    /**
     * The zip, its names read as UTF-8, or else in the DOS code page: Windows' Compressed folder writes a name such as
     * "Scriptie café" in it without saying so, and read as UTF-8 the whole zip was refused (review).
     */
    private static ZipFile openNamesInEitherEncoding(Path bundle) throws IOException {
        try {
            return new ZipFile(bundle.toFile());
        } catch (ZipException utf8) {
            try {
                return new ZipFile(bundle.toFile(), java.nio.charset.Charset.forName("IBM437"));
            } catch (ZipException dos) {
                throw utf8; // no zip either way: what the first reading said
            }
        }
    }

    /**
     * Whether a file is a bundle at all, read from its zip directory only: a zip archive holding only a project's
     * own names (this also rules out "../" and absolute names that would point outside the folder) and a manifest,
     * which is returned.
     */
    private static ZipEntry checkNames(Path bundle, BundleEntries entries) throws ProjectFileException {
        for (ZipEntry entry : entries.entries()) {
            String name = entries.nameOf(entry);
            if (!entries.inFolder(entry)
                    || !name.equals(StoreFormat.MANIFEST) && !ProjectReader.isPartName(name) && !isMediaEntry(name)) {
                throw new ProjectFileException(bundle, "bundle.unexpectedEntry", entry.getName());
            }
        }
        ZipEntry manifestEntry = entries.get(StoreFormat.MANIFEST);
        if (manifestEntry == null) {
            throw new ProjectFileException(bundle, "bundle.noManifest", StoreFormat.MANIFEST);
        }
        return manifestEntry;
    }

    /**
     * The name of the study in a file that is a bundle as far as its zip directory tells (refused as
     * {@link #extract} refuses a file that is none: not a zip, a zip of other files), without unpacking it: the
     * window asks where to unpack a bundle only after this (QA: it asked for a name and a folder, then said the
     * file was no zip). Empty when the name cannot be read.
     */
    public static java.util.Optional<String> checkedStudyName(Path bundle) throws ProjectFileException {
        try (ZipFile zip = open(bundle)) {
            checkNames(bundle, BundleEntries.of(zip));
        } catch (IOException e) {
            throw new ProjectFileException(bundle, e, "file.unreadable", ProjectFileException.detail(e));
        }
        return studyName(bundle);
    }

    /**
     * Checks the table of contents before anything is written: how many entries, that the manifest names
     * only parts the bundle holds, that each declares a size a part can have, and that they fit on the
     * disk. Returns the entries to unpack: the named parts, then the manifest (last, as a save writes it).
     */
    private static List<ZipEntry> checkContents(Path bundle, ZipFile zip, BundleEntries entries, Path parent)
            throws ProjectFileException {
        if (zip.size() > MAX_ENTRIES) {
            throw new ProjectFileException(bundle, "bundle.tooManyEntries", zip.size(), MAX_ENTRIES);
        }
        ZipEntry manifestEntry = checkNames(bundle, entries);
        Manifest manifest = ProjectReader.readManifest(bundle, read(bundle, zip, manifestEntry,
                ProjectReader.MAX_MANIFEST_BYTES), (list, maxBytes) -> {
                    ZipEntry entry = entries.get(list.file());
                    if (entry == null || entry.isDirectory()) {
                        throw new ProjectFileException(bundle, "bundle.missingPart", list.file());
                    }
                    byte[] bytes = read(bundle, zip, entry, maxBytes);
                    ProjectReader.checkSum(bundle, list.checksum(), Checksums.of(bytes));
                    return new DocumentLists.Read(bundle, bytes);
                });
        Set<String> named = new LinkedHashSet<>();
        if (manifest.documentLists() != null) {
            manifest.documentLists().forEach(list -> named.add(list.file()));
        }
        named.add(manifest.projectPart());
        for (PartRef ref : manifest.documents()) {
            named.add(ref.file());
        }
        List<ZipEntry> parts = new ArrayList<>(named.size() + 1);
        long declared = 0;
        for (String name : named) {
            ZipEntry entry = entries.get(name);
            if (entry == null || entry.isDirectory()) {
                throw new ProjectFileException(bundle, "bundle.missingPart", name);
            }
            if (entry.getSize() > ProjectReader.MAX_PART_BYTES) {
                throw new ProjectFileException(bundle, "bundle.entryTooLarge", name, entry.getSize(),
                        ProjectReader.MAX_PART_BYTES);
            }
            declared += Math.max(0, entry.getSize());
            parts.add(entry);
        }
        parts.add(manifestEntry);
        for (ZipEntry entry : entries.entries()) {
            if (isMediaEntry(entries.nameOf(entry))) {
                if (entry.getSize() < 0) {
                    throw new ProjectFileException(bundle, "bundle.entryTooLarge", entry.getName(), -1, 0);
                }
                declared += entry.getSize();
                parts.add(entry); // after the manifest: the project is complete without them
            }
        }
        try {
            long free = Files.getFileStore(Files.exists(parent) ? parent : parent.getRoot()).getUsableSpace();
            if (declared > free) {
                throw new ProjectFileException(bundle, "bundle.noSpace", declared, free);
            }
        } catch (IOException e) {
            // The free space is not known (some network shares): the sizes are still counted while unpacking.
            System.getLogger(Bundles.class.getName()).log(System.Logger.Level.DEBUG, "free space unknown", e);
        }
        return parts;
    }

    /** Unpacks one entry, counting its bytes as they inflate: never more than it declared, nor than a part can be. */
    private static void unpack(Path bundle, ZipFile zip, ZipEntry entry, String name, Path into)
            throws IOException, ProjectFileException {
        long limit = name.equals(StoreFormat.MANIFEST) ? ProjectReader.MAX_MANIFEST_BYTES
                : isMediaEntry(name) ? entry.getSize() : ProjectReader.MAX_PART_BYTES;
        if (entry.getSize() >= 0) {
            limit = Math.min(limit, entry.getSize());
        }
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (InputStream in = zip.getInputStream(entry);
             OutputStream out = Files.newOutputStream(created(into.resolve(name)))) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                copied += n;
                if (copied > limit) {
                    throw new ProjectFileException(bundle, "bundle.entryTooLarge", entry.getName(), copied, limit);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static Path created(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return file;
    }

    private static byte[] read(Path bundle, ZipFile zip, ZipEntry entry, long limit)
            throws ProjectFileException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ProjectFileException(bundle, "bundle.entryTooLarge", entry.getName(), bytes.length, limit);
            }
            return bytes;
        } catch (IOException e) {
            throw new ProjectFileException(bundle, e, "bundle.unpackFailed", ProjectFileException.detail(e));
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
            System.getLogger(Bundles.class.getName()).log(System.Logger.Level.WARNING, "Could not delete " + file, e);
        }
    }

    /** Deletes a folder and what is in it, as far as it can, saying in the log what it could not. */
    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Bundles::deleteQuietly);
        } catch (IOException e) {
            System.getLogger(Bundles.class.getName()).log(System.Logger.Level.WARNING, "Could not remove " + root, e);
        }
    }
}
