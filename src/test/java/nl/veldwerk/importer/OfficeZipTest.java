package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word and OpenDocument files as they reach a researcher damaged or misnamed: a download that stopped was read
 * as far as it went without a word (half a transcript imported), an .odt saved under .docx was refused in the
 * library's words ("Package should contain a content type part [M1.13]").
 */
class OfficeZipTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String LONG_TURN = "Ik ga elke week naar het buurthuis, want daar zie ik de buren. ".repeat(80);

    @TempDir
    Path tmp;

    private final DocumentImporter importer = new DocumentImporter();

    private static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= 30; i++) {
                doc.createParagraph().createRun().setText("Interviewer: Vraag " + i + "?");
                doc.createParagraph().createRun().setText("Respondent: " + LONG_TURN);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String... namesAndContents) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] odt(String text) throws Exception {
        return zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                        + "<text:p>" + text + "</text:p></office:text></office:body></office:document-content>");
    }

    private String refused(String name, byte[] bytes) throws Exception {
        Path file = Files.write(tmp.resolve(name), bytes);
        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file, T), name);
        assertFalse(e.getMessage().contains("M1.13") || e.getMessage().contains("Exception")
                || e.getMessage().contains("OOXML"), "in our words: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void aWordDocumentCutShortAnywhereIsRefusedNotImportedInPart() throws Exception {
        byte[] whole = docx();
        Path file = Files.write(tmp.resolve("heel.docx"), whole);
        assertEquals(60, importer.importFile(file, T).turns().size(), "the whole file imports");
        for (int cut : new int[] {whole.length / 4, whole.length / 2, whole.length * 9 / 10, whole.length - 10}) {
            String message = refused("afgebroken.docx", Arrays.copyOf(whole, cut));
            assertTrue(message.startsWith("afgebroken.docx: is cut short"), cut + ": " + message);
        }
        byte[] odt = odt("Interviewer: Hoe gaat het?");
        assertTrue(refused("afgebroken.odt", Arrays.copyOf(odt, odt.length - 5)).contains("is cut short"));
    }

    @Test
    void oneOfficeFormatUnderTheOthersNameIsReadAsWhatItIs() throws Exception {
        Path odtAsDocx = Files.write(tmp.resolve("verkeerd.docx"), odt("Een tekst uit LibreOffice."));
        assertEquals("Een tekst uit LibreOffice.\n", importer.importFile(odtAsDocx, T).text());
        Path docxAsOdt = Files.write(tmp.resolve("verkeerd.odt"), docx());
        assertTrue(importer.importFile(docxAsOdt, T).text().startsWith("Interviewer: Vraag 1?\nRespondent: Ik ga"));
    }

    @Test
    void aZipOfOtherFilesOrNoZipAtAllIsSaidInOurWords() throws Exception {
        assertTrue(refused("foto's.docx", zip("a.jpg", "xx", "b.txt", "hallo")).contains(
                "is a zip archive of other files (nothing of a Word document in it)"));
        assertTrue(refused("map.odt", zip("notities.txt", "hallo")).contains("no content.xml in it"));
        String text = refused("tekst.docx", "Interviewer: dit is gewoon tekst".getBytes(StandardCharsets.UTF_8));
        assertTrue(text.startsWith("tekst.docx: could not be read as a Word document: it is not one inside"), text);
    }

    /** Word Online and SharePoint name the main part word/document2.xml; POI finds it by its relationship. */
    @Test
    void aWordDocumentWhoseMainPartHasAnotherNameIsRead() throws Exception {
        byte[] word = docx();
        java.io.ByteArrayOutputStream renamed = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(word));
             ZipOutputStream out = new ZipOutputStream(renamed)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                String name = e.getName().equals("word/document.xml") ? "word/document2.xml" : e.getName();
                if (name.equals("[Content_Types].xml") || name.equals("_rels/.rels")) {
                    content = new String(content, StandardCharsets.UTF_8).replace("word/document.xml",
                            "word/document2.xml").replace("/document.xml", "/document2.xml").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            }
        }
        assertEquals(OfficeZip.DOCX, OfficeZip.of(renamed.toByteArray()));
        Path file = Files.write(tmp.resolve("sharepoint.docx"), renamed.toByteArray());
        assertEquals(60, importer.importFile(file, T).turns().size());
        assertEquals(OfficeZip.OTHER_ZIP, OfficeZip.of(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<w/>")),
                "a spreadsheet renamed .docx");
    }

    /** Directories that do not add up are left to the library, never read past the bytes. */
    @Test
    void hostileDirectoriesAreLeftToTheLibrary() throws Exception {
        byte[] odt = odt("x");
        int end = odt.length - 22;
        byte[] manyEntries = odt.clone();
        manyEntries[end + 10] = (byte) 0xFF; // 65,535 entries promised
        manyEntries[end + 11] = (byte) 0xFF;
        assertEquals(OfficeZip.UNCLEAR, OfficeZip.of(manyEntries));
        byte[] longName = odt.clone();
        int directory = (int) ((longName[end + 16] & 0xFF) | (longName[end + 17] & 0xFF) << 8
                | (longName[end + 18] & 0xFF) << 16 | (longName[end + 19] & 0xFF) << 24);
        longName[directory + 28] = (byte) 0xFF; // a first name 65,535 bytes long
        longName[directory + 29] = (byte) 0xFF;
        assertEquals(OfficeZip.UNCLEAR, OfficeZip.of(longName));
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 2_000; i++) {
            byte[] noisy = odt.clone();
            for (int k = 0; k < 4; k++) {
                noisy[end - 60 + random.nextInt(82)] = (byte) random.nextInt(256);
            }
            OfficeZip.of(noisy); // any answer, no exception
        }
    }

    @Test
    void theDirectoryDecidesNotTheFirstBytes() throws Exception {
        assertEquals(OfficeZip.DOCX, OfficeZip.of(docx()));
        assertEquals(OfficeZip.ODT, OfficeZip.of(odt("x")));
        assertEquals(OfficeZip.NOT_ZIP, OfficeZip.of(new byte[] {'P', 'K'}));
        assertEquals(OfficeZip.CUT_SHORT, OfficeZip.of(new byte[] {'P', 'K', 3, 4, 0, 0}));
        byte[] odt = odt("x");
        byte[] commented = Arrays.copyOf(odt, odt.length + 5);
        commented[odt.length - 2] = 5; // a zip comment of five bytes after the directory's end
        assertEquals(OfficeZip.ODT, OfficeZip.of(commented));
        byte[] broken = odt.clone();
        int end = broken.length - 22;
        broken[end + 16] = (byte) 0xF0; // the directory's offset points past the file
        assertEquals(OfficeZip.UNCLEAR, OfficeZip.of(broken), "left to the library, which says what it finds");
    }
}
