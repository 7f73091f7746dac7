package nl.veldwerk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.veldwerk.interop.Codebook;
import nl.veldwerk.interop.CodebookFiles;
import nl.veldwerk.interop.RefiExport;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.store.Bundles;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the seed inputs of the fuzz targets (small valid files of each kind, made by our own writers and
 * by POI) into src/test/resources/.../*FuzzTestInputs/. Run by hand when a format changes:
 * {@code bin/fuzz seeds}. The fuzzers start from these; the suite replays them with every finding.
 */
public final class FuzzSeeds {
    private FuzzSeeds() {
    }

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/test/resources/nl/veldwerk");
        Path scratch = Files.createTempDirectory("seeds");
        ProjectSession session = Fixtures.session();
        session.execute(QuotationCommands.codeRange("a01", 48, 90, "weak", "me", Fixtures.T));
        session.execute(CodeCommands.rename("schaamte", "Schaamte en trots"));
        Project project = session.project();

        Path importer = resources.resolve("importer/ImporterFuzzTestInputs");
        seed(importer.resolve("txt"), "transcript.txt", Fixtures.A01_TEXT.getBytes(StandardCharsets.UTF_8));
        seed(importer.resolve("txt"), "cp1252.txt", "I: Zoë?\r\nR1: Ja, café.\r\n".getBytes("windows-1252"));
        seed(importer.resolve("txt"), "utf16.txt", ("\uFEFF" + "00:00:03 Speaker 1\nHallo.\n[00:01:22] B: ja #00:01:22-6#\n")
                .getBytes(StandardCharsets.UTF_16LE));
        seed(importer.resolve("rtf"), "transcript.rtf", ("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}"
                + "\\f0 Interviewer: Caf\\'e9?\\par A01: Ja \\u8217? en {\\*\\bkmkstart x}{\\pict\\bin3 {}}\\tab ok.\\par}")
                .getBytes(StandardCharsets.ISO_8859_1));
        seed(importer.resolve("odt"), "transcript.odt", zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:"
                        + "opendocument:xmlns:table:1.0\"><office:body><office:text><text:p>I: Hoe?<text:s text:c=\"3\"/>"
                        + "<text:tab/>x</text:p><table:table><table:table-row><table:table-cell><text:p>a</text:p>"
                        + "</table:table-cell></table:table-row></table:table><text:note><text:p>voetnoot</text:p>"
                        + "</text:note></office:text></office:body></office:document-content>")));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : Fixtures.A01_TEXT.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.createTable(2, 2).getRow(0).getCell(0).setText("cel");
            doc.write(docx);
        }
        seed(importer.resolve("docx"), "transcript.docx", docx.toByteArray());

        Path interop = resources.resolve("interop/InteropFuzzTestInputs");
        Path qdpx = scratch.resolve("p.qdpx");
        RefiExport.exportProject(project, qdpx, "seeds");
        seed(interop.resolve("qdpx"), "project.qdpx", Files.readAllBytes(qdpx));
        seed(interop.resolve("qde"), "project.qde", entry(qdpx, "project.qde"));
        Path qdc = scratch.resolve("c.qdc");
        RefiExport.exportCodebook(project, qdc, "seeds");
        seed(interop.resolve("qdc"), "codebook.qdc", Files.readAllBytes(qdc));
        Path json = scratch.resolve("c.json");
        CodebookFiles.writeJson(Codebook.of(project), json);
        seed(interop.resolve("codebookJson"), "codebook.json", Files.readAllBytes(json));
        Path csv = scratch.resolve("c.csv");
        CodebookFiles.writeCsv(Codebook.of(project), csv);
        seed(interop.resolve("codebookCsv"), "codebook.csv", Files.readAllBytes(csv));
        seed(interop.resolve("keyList"), "keys.csv", "name;pseudonym\nJansen;Bakker\n\"İlker\";Omar\n"
                .getBytes(StandardCharsets.UTF_8));

        Path store = resources.resolve("store/StoreFuzzTestInputs");
        Path bundle = scratch.resolve("p.vwz");
        Bundles.export(project, bundle);
        seed(store.resolve("bundle"), "project.vwz", Files.readAllBytes(bundle));
        seed(store.resolve("manifest"), "veldwerk.json", entry(bundle, "veldwerk.json"));
        seed(store.resolve("documentPart"), "document.json", ("{\"document\":{\"id\":\"d\",\"name\":\"D\",\"text\":"
                + "\"I: Hoe?\\nR: Zo.\\n\",\"turns\":[{\"speaker\":\"I\",\"start\":0,\"end\":8}]},\"quotations\":[{\"id\":"
                + "\"q\",\"documentId\":\"d\",\"start\":0,\"end\":5,\"comment\":\"\"}],\"codings\":[{\"id\":\"k\","
                + "\"quotationId\":\"q\",\"codeId\":\"c\",\"coderId\":\"me\"}]}").getBytes(StandardCharsets.UTF_8));
        System.out.println("Seeds written under " + resources);
    }

    private static void seed(Path folder, String name, byte[] bytes) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), bytes);
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (var e : new java.util.TreeMap<>(entries).descendingMap().entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            return file.getInputStream(file.getEntry(name)).readAllBytes();
        }
    }

    static List<String> targets() {
        return List.of("importer.ImporterFuzzTest#txt", "importer.ImporterFuzzTest#rtf", "importer.ImporterFuzzTest#odt",
                "importer.ImporterFuzzTest#docx", "interop.InteropFuzzTest#qde", "interop.InteropFuzzTest#qdpx",
                "interop.InteropFuzzTest#qdc", "interop.InteropFuzzTest#codebookJson",
                "interop.InteropFuzzTest#codebookCsv", "interop.InteropFuzzTest#keyList", "store.StoreFuzzTest#manifest",
                "store.StoreFuzzTest#documentPart", "store.StoreFuzzTest#bundle");
    }
}
