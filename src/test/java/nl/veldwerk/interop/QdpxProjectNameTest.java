package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study's name offered when a .qdpx becomes a project: the box was empty, whatever the file said. */
class QdpxProjectNameTest {
    private static final Path SAMPLES = Path.of("..", "shared", "refi-qda", "samples", "qdpx");

    @TempDir
    Path tmp;

    private Path qdpx(String name, byte[] qde) throws Exception {
        Path file = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(qde);
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void theProjectsNameAsWrittenOrTheFilesWhenItSaysNothing() throws Exception {
        String wijk = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" origin=\"Veldwerk\""
                + " name=\"Wijk Y: voorliggende voorzieningen &amp; buurt &#233;\"><Users/></Project>";
        assertEquals("Wijk Y: voorliggende voorzieningen & buurt é",
                RefiImport.suggestedName(qdpx("export.qdpx", wijk.getBytes(StandardCharsets.UTF_8))));
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] wide = ("<?xml version=\"1.0\" encoding=\"utf-16\"?><Project name='Oltás'></Project>")
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[bom.length + wide.length];
        System.arraycopy(bom, 0, utf16, 0, 2);
        System.arraycopy(wide, 0, utf16, 2, wide.length);
        assertEquals("Oltás", RefiImport.suggestedName(qdpx("nvivo.qdpx", utf16)));
        assertEquals("Interviews 2024", RefiImport.suggestedName(qdpx("Interviews 2024.qdpx",
                "<Project name=\"Untitled\" origin=\"NVivo\"/>".getBytes(StandardCharsets.UTF_8))), "NVivo's default");
        assertEquals("leeg", RefiImport.suggestedName(qdpx("leeg.QDPX", "<Project/>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("kapot", RefiImport.suggestedName(Files.write(tmp.resolve("kapot.qdpx"), new byte[] {1, 2})));
    }

    @Test
    void realFilesOfOtherTools() {
        assumeTrue(Files.isDirectory(SAMPLES), "the REFI-QDA samples are not at " + SAMPLES.toAbsolutePath()
                + " (../shared beside the clone)");
        assertEquals("target-atlas-project", RefiImport.suggestedName(SAMPLES.resolve("atlasti-23.2-win_nested-codes.qdpx")));
        assertEquals("qc project", RefiImport.suggestedName(SAMPLES.resolve("nvivo-15.0-mac_codebook-262-codes.qdpx")));
        assertEquals("nvivo-12.6-win_oltas0517", RefiImport.suggestedName(SAMPLES.resolve("nvivo-12.6-win_oltas0517.qdpx")),
                "NVivo's \"Untitled\": the file's name");
    }
}
