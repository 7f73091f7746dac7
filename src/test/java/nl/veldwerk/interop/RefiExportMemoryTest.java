package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipFile;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.testing.SmallHeap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .qdpx export streams its XML: it never holds the whole project.qde in memory. A project that is small
 * in memory (10,000 quotations sharing one 4,000-character comment) but whose XML is over 40 MB is exported
 * by a separate JVM with a 48 MB heap; holding the XML whole (as the export once did) runs out of memory.
 */
class RefiExportMemoryTest {
    private static final int QUOTATIONS = 10_000;
    private static final String HEAP = "-Xmx48m";

    @Test
    void aProjectWhoseXmlIsLargerThanTheHeapExports(@TempDir Path dir) throws Exception {
        Path qdpx = dir.resolve("groot.qdpx");
        SmallHeap.Run export = SmallHeap.run(HEAP, Export.class, dir, qdpx.toString());
        assertEquals(0, export.status(), () -> "the export with " + HEAP + " failed:\n" + export.output());
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            long xml = zip.getEntry("project.qde").getSize();
            assertTrue(xml > 40L * 1024 * 1024, "the XML (" + xml + " bytes) is larger than the heap");
        }
    }

    /** Run in the small heap: builds the project and exports it. */
    public static final class Export {
        public static void main(String[] args) throws Exception {
            Instant t = Instant.parse("2026-03-01T09:00:00Z");
            Project p = new Project(ProjectInfo.named("Groot", t));
            String text = "Ik ga elke week naar het buurthuis voor de koffie. ".repeat(400);
            p.put(Document.of("d", "A01", text, SourceFormat.TXT, List.of(), t));
            p.put(Code.of("c", "Bereik", null, null));
            String comment = "Een lange opmerking over deze passage. ".repeat(100); // one string, shared
            for (int i = 0; i < QUOTATIONS; i++) {
                int start = (i * 7) % (text.length() - 60);
                p.put(new Quotation("q" + i, "d", start, start + 50, comment, null, t, i + 1));
                p.put(new Coding("k" + i, "q" + i, "c", null, t));
            }
            RefiExport.exportProject(p, Path.of(args[0]), "Veldwerk test");
        }
    }
}
