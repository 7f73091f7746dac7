package nl.veldwerk.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.veldwerk.model.Project;

/**
 * The sample project that ships inside the program (wijk Y: a Dutch master's thesis, coded, with the Word
 * transcripts it was coded from): made into a new project wherever the user wants to try the program, also from an
 * installed copy, which has no {@code sample-projects} folder beside it.
 */
public final class ShippedSample {
    /** Where the build puts the sample among the program's resources. */
    static final String RESOURCES = "/nl/veldwerk/sample/wijk-y";
    /** The sample's own folder of transcripts, to try an import on; copied with it. */
    public static final String TRANSCRIPTS = "transcripts";

    private ShippedSample() {
    }

    /** Whether this build holds the sample (one built without it says so rather than fail on a missing file). */
    public static boolean available() {
        return ShippedSample.class.getResource(RESOURCES + "/" + StoreFormat.MANIFEST) != null;
    }

    /**
     * Makes the sample into a new project in {@code target} (a new or empty folder), whole or not at all, the study
     * named {@code studyName} where one is given, with its transcripts in a folder of the project.
     */
    public static void makeInto(Path target, String studyName) throws ProjectFileException {
        makeInto(ShippedSample.class.getResource(RESOURCES + "/" + StoreFormat.MANIFEST), target, studyName);
    }

    /** As {@link #makeInto(Path, String)}, from the sample whose manifest is {@code manifest} (in a jar or not). */
    static synchronized void makeInto(URL manifest, Path target, String studyName) throws ProjectFileException {
        // One at a time: the jar's file system is opened and closed here, and a second at once would find it open
        // or closed under it (review).
        if (manifest == null) {
            throw new ProjectFileException(target, "sample.notInBuild");
        }
        try (Resources sample = Resources.of(manifest)) {
            Path read = Files.createTempDirectory("veldwerk-sample"); // a copy to read: the program's own files
            try {
                copy(sample.root().resolve(StoreFormat.MANIFEST), read.resolve(StoreFormat.MANIFEST));
                copyFolder(sample.root().resolve(StoreFormat.PARTS), read.resolve(StoreFormat.PARTS));
                Project project = ProjectReader.read(read);
                if (studyName != null && !studyName.isBlank() && !studyName.strip().equals(project.info().name())) {
                    project.put(project.info().withName(studyName.strip()));
                }
                Path transcripts = sample.root().resolve(TRANSCRIPTS);
                WholeProjectFolder.create(target, project, folder -> {
                    if (Files.isDirectory(transcripts)) {
                        copyFolder(transcripts, folder.resolve(TRANSCRIPTS));
                    }
                    return null;
                });
            } finally {
                Bundles.deleteTree(read);
            }
        } catch (IOException e) {
            throw new ProjectFileException(target, e, "create.failed", ProjectFileException.detail(e));
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        List<Path> files;
        try (Stream<Path> inside = Files.list(from)) {
            files = inside.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            // by name as text: the two may be of different file systems (one inside the program's jar)
            copy(file, to.resolve(file.getFileName().toString()));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from)) {
            Files.copy(in, to);
        }
    }

    /** The sample's folder among the resources: a folder when run from classes, a folder in the jar when installed. */
    private record Resources(Path root, FileSystem opened) implements AutoCloseable {
        static Resources of(URL manifest) throws IOException {
            try {
                URI uri = manifest.toURI();
                if (!"jar".equals(uri.getScheme())) {
                    return new Resources(Path.of(uri).getParent(), null);
                }
                FileSystem jar;
                FileSystem opened = null;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (java.nio.file.FileSystemNotFoundException notYet) {
                    jar = FileSystems.newFileSystem(uri, java.util.Map.of());
                    opened = jar;
                }
                return new Resources(jar.getPath(RESOURCES), opened);
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (opened != null) {
                opened.close();
            }
        }
    }
}
