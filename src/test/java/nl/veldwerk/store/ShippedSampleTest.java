package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.veldwerk.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample that ships inside the program becomes a project like the one in sample-projects, from the classes
 * folder and from a jar (an installed copy), named as the user wants.
 */
class ShippedSampleTest {
    private static final Path SAMPLE = Path.of("sample-projects/wijk-y");

    @TempDir
    Path tmp;

    private static void assertSameStudy(Project expected, Project made) {
        assertEquals(expected.documents().size(), made.documents().size());
        assertEquals(expected.quotations().size(), made.quotations().size());
        assertEquals(expected.codings().size(), made.codings().size());
        assertEquals(expected.codes().size(), made.codes().size());
        assertEquals(expected.memos().size(), made.memos().size());
    }

    @Test
    void theSampleInThisBuildIsTheSampleProject() throws Exception {
        assertTrue(ShippedSample.available(), "the build puts it among the resources");
        Path made = tmp.resolve("Wijk Y (sample)");
        ShippedSample.makeInto(made, "Wijk Y (sample)");
        Project p = ProjectReader.read(made);
        assertSameStudy(ProjectReader.read(SAMPLE), p);
        assertEquals("Wijk Y (sample)", p.info().name());
        assertEquals(names(SAMPLE.resolve("transcripts")), names(made.resolve(ShippedSample.TRANSCRIPTS)));
        try (ProjectStore store = ProjectStore.open(made)) {
            store.save(); // a project as any other: it opens and saves
        }
    }

    /** From the program's jar, as an installed copy has it. */
    @Test
    void fromAJarToo() throws Exception {
        Path jar = tmp.resolve("veldwerk.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = SAMPLE.relativize(file).toString().replace('\\', '/');
                if (name.equals(StoreFormat.MANIFEST) || name.startsWith("parts/") || name.startsWith("transcripts/")) {
                    out.putNextEntry(new ZipEntry(ShippedSample.RESOURCES.substring(1) + "/" + name));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }
        java.net.URL manifest = new java.net.URL("jar:" + jar.toUri() + "!" + ShippedSample.RESOURCES + "/"
                + StoreFormat.MANIFEST);
        Path made = tmp.resolve("uit-jar");
        ShippedSample.makeInto(manifest, made, null);
        Project p = ProjectReader.read(made);
        assertSameStudy(ProjectReader.read(SAMPLE), p);
        assertEquals(ProjectReader.read(SAMPLE).info().name(), p.info().name(), "its own name when none is given");
        assertEquals(11, names(made.resolve(ShippedSample.TRANSCRIPTS)).size());
    }

    @Test
    void aBuildWithoutItSaysSo() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ShippedSample.makeInto(null, tmp.resolve("x"), null));
        assertTrue(e.getMessage().contains("holds no sample project"), e.getMessage());
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
