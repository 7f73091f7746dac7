package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check the report tests rely on finds the faults Word repairs, so a clean result means something. */
class OfficeFileCheckTest {
    @TempDir
    Path dir;

    @Test
    void aTableWithoutItsGridAndAnUndefinedStyleAreReported() throws Exception {
        Path file = dir.resolve("kapot.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().setStyle("Kop1");
            doc.createTable(1, 2); // POI writes no table grid; WordDocument adds one
            doc.write(out);
        }
        List<String> problems = OfficeFileCheck.problems(file);
        assertTrue(problems.stream().anyMatch(p -> p.contains("tblGrid")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("pStyle Kop1 is not defined")), problems.toString());
    }

    @Test
    void aRelationshipToAMissingPartIsReported() throws Exception {
        Path file = dir.resolve("zonder-plaatje.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("tekst");
            doc.getPackagePart().addExternalRelationship("https://example.org", "urn:x", "rId90");
            doc.getPackagePart().addRelationship(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(
                    "/word/media/weg.png"), org.apache.poi.openxml4j.opc.TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", "rId91");
            doc.write(out);
        }
        List<String> problems = OfficeFileCheck.problems(file);
        assertTrue(problems.stream().anyMatch(p -> p.contains("rId91 points at word/media/weg.png")), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.contains("rId90")), "an external link is not a part");
    }
}
