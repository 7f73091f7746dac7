package nl.veldwerk.hostile;

import static nl.veldwerk.hostile.HostileFiles.Content;
import static nl.veldwerk.hostile.HostileFiles.entries;
import static nl.veldwerk.hostile.HostileFiles.nested;
import static nl.veldwerk.hostile.HostileFiles.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.veldwerk.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus: malformed and malicious files of every kind Veldwerk reads, built by the test,
 * each given to the command line. Every case must end with one line on stderr and exit status 1, leave the
 * project as it was and write nothing anywhere, and stay within a time and a memory bound.
 */
class HostileInputTest {
    private static final Duration TIME_BOUND = Duration.ofSeconds(30);
    /** Bytes the command may allocate on its thread, all garbage included: no reader may build gigabytes. */
    private static final long ALLOCATION_BOUND = 1_500L << 20;
    private static final String GUID = "11111111-2222-3333-4444-555555555555";

    @TempDir
    static Path tmp;

    /** Builds the hostile file(s) in {@code dir} (which holds a project "p") and returns the command line. */
    interface Setup {
        String[] args(Path dir) throws Exception;
    }

    /** A hostile file; {@code accepted} when the file is valid after all and only the bounds are checked. */
    private record Case(String name, Setup setup, boolean accepted) {
        Case(String name, Setup setup) {
            this(name, setup, false);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostileFileIsRefusedInOneLineAndChangesNothing() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-")));
        Path project = dir.resolve("p");
        assertEquals(0, Main.run(new String[] {"new", project.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())));
        String[] args = c.setup().args(dir);
        Map<String, Long> before = files(tmp);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long[] allocated = {0};
        int status = assertTimeoutPreemptively(TIME_BOUND, () -> {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)
                    ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadAllocatedBytes();
            int result = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            allocated[0] = threads.getCurrentThreadAllocatedBytes() - start;
            return result;
        }, c.name() + ": within " + TIME_BOUND);
        String message = err.toString().strip();
        assertTrue(allocated[0] < ALLOCATION_BOUND, c.name() + ": allocated " + (allocated[0] >> 20) + " MB");
        if (c.accepted()) {
            assertEquals(0, status, c.name() + ": " + message);
            return;
        }
        assertEquals(1, status, c.name() + ": exit status 1; stderr: " + message + "; stdout: " + out);
        assertEquals(1, message.lines().count(), c.name() + ": one line: " + message);
        assertTrue(message.startsWith("veldwerk: "), c.name() + ": " + message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), c.name() + ": no trace: " + message);
        assertEquals(before, files(tmp), c.name() + ": nothing written, the project as it was");
    }

    /** Every file under {@code root} with its size and time, the lock files left out (no project data). */
    private static Map<String, Long> files(Path root) throws Exception {
        Map<String, Long> result = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.toList()) {
                if (f.getFileName().toString().equals(".lock")) {
                    continue;
                }
                result.put(root.relativize(f).toString(), Files.isRegularFile(f)
                        ? Files.size(f) * 31 + Files.getLastModifiedTime(f).toMillis() : -1L);
            }
        }
        return result;
    }

    // ---- the corpus ----------------------------------------------------------------------------

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        transcripts(cases);
        word(cases);
        rtfAndOdt(cases);
        refi(cases);
        bundles(cases);
        projectFolders(cases);
        codebooksAndKeys(cases);
        return cases;
    }

    private static String[] importing(Path dir, Path file) {
        return new String[] {"import", dir.resolve("p").toString(), file.toString()};
    }

    private static void transcripts(List<Case> cases) {
        cases.add(new Case("txt empty", d -> importing(d, Files.write(d.resolve("empty.txt"), new byte[0]))));
        cases.add(new Case("txt only control characters", d -> importing(d, Files.write(d.resolve("nul.txt"),
                new byte[4096]))));
        cases.add(new Case("txt longer than a document can hold", d -> importing(d,
                Files.writeString(d.resolve("long.txt"), "wijk ".repeat(4_000_001)))));
        cases.add(new Case("txt that is a folder", d -> importing(d, Files.createDirectory(d.resolve("map.txt")))));
        cases.add(new Case("txt that is a pipe", d -> {
            Path fifo = d.resolve("pipe.txt");
            new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
            return importing(d, fifo);
        }));
        cases.add(new Case("txt linked to a device", d -> importing(d, Files.createSymbolicLink(d.resolve("zero.txt"),
                Path.of("/dev/zero")))));
        cases.add(new Case("unknown extension", d -> importing(d, Files.writeString(d.resolve("a.pdf"), "%PDF-1.4"))));
        cases.add(new Case("missing file", d -> importing(d, d.resolve("nowhere.txt"))));
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://"
            + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
            + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType="
            + "\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
            + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
            + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/"
            + "document.xml\"/></Relationships>";
    private static final String W = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
            + "2006/main\"><w:body>";

    private static Path docx(Path dir, String name, Content document) throws Exception {
        return zip(dir.resolve(name), entries("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", RELS,
                "word/document.xml", document));
    }

    private static void word(List<Case> cases) {
        cases.add(new Case("docx empty file", d -> importing(d, Files.write(d.resolve("e.docx"), new byte[0]))));
        cases.add(new Case("docx not a zip", d -> importing(d, Files.writeString(d.resolve("n.docx"), "hallo"))));
        cases.add(new Case("docx truncated", d -> {
            Path whole = docx(d, "whole.docx", Content.of(W + "<w:p><w:r><w:t>Hallo</w:t></w:r></w:p></w:body>"
                    + "</w:document>"));
            Path cut = HostileFiles.truncated(whole, d.resolve("cut.docx"), 0.5);
            Files.delete(whole);
            return importing(d, cut);
        }));
        cases.add(new Case("docx without document.xml", d -> importing(d, zip(d.resolve("nodoc.docx"),
                entries("[Content_Types].xml", CONTENT_TYPES)))));
        cases.add(new Case("docx zip bomb", d -> importing(d, docx(d, "bomb.docx", Content.zeros(400)))));
        cases.add(new Case("docx external entity", d -> {
            Path secret = Files.writeString(d.resolve("secret.txt"), "geheim");
            return importing(d, docx(d, "xxe.docx", Content.of("<?xml version=\"1.0\"?>" + HostileFiles.xxeDtd(secret)
                    + W + "<w:p><w:r><w:t>&s;</w:t></w:r></w:p></w:body></w:document>")));
        }));
        cases.add(new Case("docx billion laughs", d -> importing(d, docx(d, "laughs.docx", Content.of(
                "<?xml version=\"1.0\"?>" + HostileFiles.LAUGHS_DTD + W + "<w:p><w:r><w:t>&e;</w:t></w:r></w:p>"
                        + "</w:body></w:document>")))));
        cases.add(new Case("docx text longer than a document can hold", d -> {
            byte[] run = ("<w:r><w:t>" + "wijk ".repeat(200_000) + "</w:t></w:r>").getBytes(StandardCharsets.UTF_8);
            Path file = d.resolve("lang.docx");
            try (var out = Files.newOutputStream(file); var z = new java.util.zip.ZipOutputStream(out)) {
                z.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
                z.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
                z.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
                z.write(RELS.getBytes(StandardCharsets.UTF_8));
                z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
                z.write((W + "<w:p>").getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 21; i++) {
                    z.write(run);
                }
                z.write("</w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            return importing(d, file);
        }));
    }

    private static Path odt(Path dir, String name, Content content) throws Exception {
        return zip(dir.resolve(name), entries("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", content));
    }

    private static final String ODT = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:"
            + "xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
            + "<office:text><text:p>";

    private static void rtfAndOdt(List<Case> cases) {
        cases.add(new Case("rtf not rtf", d -> importing(d, Files.writeString(d.resolve("n.rtf"), "plain"))));
        cases.add(new Case("rtf empty", d -> importing(d, Files.write(d.resolve("e.rtf"), new byte[0]))));
        cases.add(new Case("rtf bad hex and numbers", d -> importing(d, Files.writeString(d.resolve("x.rtf"),
                "{\\rtf1 \\'zz \\u99999999999 \\uc99999999999}"))));
        cases.add(new Case("rtf only a picture", d -> importing(d, Files.writeString(d.resolve("bin.rtf"),
                "{\\rtf1{\\pict\\bin2147483647 }}"))));
        cases.add(new Case("rtf a million groups deep", d -> importing(d, Files.writeString(d.resolve("deep.rtf"),
                "{\\rtf1" + nested("{", "}", 1_000_000) + "}"))));
        cases.add(new Case("odt two billion spaces", d -> importing(d, odt(d, "s.odt", Content.of(ODT
                + "<text:s text:c=\"2000000000\"/></text:p></office:text></office:body></office:document-content>")))));
        cases.add(new Case("odt thirty times that", d -> importing(d, odt(d, "s30.odt", Content.of(ODT
                + "<text:s text:c=\"2000000000\"/>".repeat(30)
                + "</text:p></office:text></office:body></office:document-content>")))));
        cases.add(new Case("odt content inflating to gigabytes", d -> importing(d, odt(d, "bomb.odt",
                Content.zeros(400)))));
        cases.add(new Case("odt without content", d -> importing(d, zip(d.resolve("none.odt"),
                entries("mimetype", "application/vnd.oasis.opendocument.text")))));
        cases.add(new Case("odt with a DTD", d -> importing(d, odt(d, "dtd.odt", Content.of("<?xml version=\"1.0\"?>"
                + HostileFiles.LAUGHS_DTD + ODT + "&e;</text:p></office:text></office:body></office:document-content>")))));
        cases.add(new Case("odt nested a million deep", d -> importing(d, odt(d, "deep.odt", Content.of(ODT
                + nested("<text:span>", "</text:span>", 1_000_000)
                + "</text:p></office:text></office:body></office:document-content>")))));
    }

    private static final String QDE = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:"
            + "project:1.0\" name=\"p\">";

    private static String[] importingQdpx(Path dir, Path qdpx) {
        return new String[] {"import-qdpx", qdpx.toString(), dir.resolve("imported").toString()};
    }

    private static String[] importingQdc(Path dir, Path qdc) {
        return new String[] {"import-qdc", dir.resolve("p").toString(), qdc.toString()};
    }

    private static void refi(List<Case> cases) {
        cases.add(new Case("qdpx zip slip", d -> importingQdpx(d, zip(d.resolve("slip.qdpx"), entries(
                "project.qde", QDE + "</Project>", "sources/../../../evil.txt", "x")))));
        cases.add(new Case("qdpx external entity", d -> {
            Path secret = Files.writeString(d.resolve("secret.txt"), "geheim");
            return importingQdpx(d, zip(d.resolve("xxe.qdpx"), entries("project.qde", "<?xml version=\"1.0\"?>"
                    + HostileFiles.xxeDtd(secret) + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&s;\"/>")));
        }));
        cases.add(new Case("qdpx billion laughs", d -> importingQdpx(d, zip(d.resolve("laughs.qdpx"), entries(
                "project.qde", "<?xml version=\"1.0\"?>" + HostileFiles.LAUGHS_DTD
                        + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&e;\"/>")))));
        cases.add(new Case("qdpx 99,000 empty entries", d -> importingQdpx(d, HostileFiles.manyEntries(
                d.resolve("many.qdpx"), "sources/e", 99_000, entries("project.qde", QDE + "<Sources><TextSource guid=\""
                        + GUID + "\" name=\"d\" plainTextPath=\"internal://missing.txt\"/></Sources></Project>"))), true));
        cases.add(new Case("qdpx source inflating past a document", d -> importingQdpx(d, zip(d.resolve("big.qdpx"),
                entries("project.qde", QDE + "<Sources><TextSource guid=\"" + GUID + "\" name=\"d\" plainTextPath="
                        + "\"internal://" + GUID + ".txt\"/></Sources></Project>", "sources/" + GUID + ".txt",
                        Content.zeros(70))))));
        cases.add(new Case("qdpx attribute name of 60,000 characters", d -> importingQdpx(d, zip(
                d.resolve("name.qdpx"), entries("project.qde", QDE + "<Variables><Variable guid=\"" + GUID
                        + "\" name=\"" + "v".repeat(60_000) + "\" typeOfVariable=\"Text\"/></Variables></Project>")))));
        cases.add(new Case("qdpx codes 50,000 deep", d -> importingQdpx(d, zip(d.resolve("deep.qdpx"), entries(
                "project.qde", QDE + "<CodeBook><Codes>" + nested("<Code guid=\"" + GUID + "\" name=\"c\">", "</Code>",
                        50_000) + "</Codes></CodeBook></Project>")))));
        cases.add(new Case("qdpx elements a million deep", d -> importingQdpx(d, zip(d.resolve("nest.qdpx"), entries(
                "project.qde", QDE + nested("<Description>", "</Description>", 1_000_000) + "</Project>")))));
        cases.add(new Case("qdpx invalid UTF-8", d -> importingQdpx(d, zip(d.resolve("utf.qdpx"), entries(
                "project.qde", Content.bytes(("<?xml version=\"1.0\" encoding=\"utf-8\"?><Project name=\"\u00ff\"/>")
                        .getBytes(StandardCharsets.ISO_8859_1)))))));
        cases.add(new Case("qdpx truncated", d -> {
            Path whole = zip(d.resolve("whole.qdpx"), entries("project.qde", QDE + "</Project>", "sources/x.txt",
                    "tekst ".repeat(10_000)));
            Path cut = HostileFiles.truncated(whole, d.resolve("cut.qdpx"), 0.6);
            Files.delete(whole);
            return importingQdpx(d, cut);
        }));
        cases.add(new Case("qdpx without a project", d -> importingQdpx(d, zip(d.resolve("none.qdpx"), entries(
                "sources/x.txt", "x")))));
        cases.add(new Case("qdc invalid UTF-8", d -> importingQdc(d, Files.write(d.resolve("utf.qdc"),
                ("<?xml version=\"1.0\" encoding=\"utf-8\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code"
                        + " guid=\"" + GUID + "\" name=\"x\u00ff\u00fe\" isCodable=\"true\"/></Codes></CodeBook>")
                        .getBytes(StandardCharsets.ISO_8859_1)))));
        cases.add(new Case("qdc description of a million and one characters", d -> importingQdc(d, Files.writeString(
                d.resolve("long.qdc"), "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"" + GUID
                        + "\" name=\"x\" isCodable=\"true\"><Description>" + "d".repeat(1_000_001)
                        + "</Description></Code></Codes></CodeBook>"))));
        cases.add(new Case("qdc codes 50,000 deep", d -> importingQdc(d, Files.writeString(d.resolve("deep.qdc"),
                "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>" + nested("<Code guid=\"" + GUID
                        + "\" name=\"c\" isCodable=\"true\">", "</Code>", 50_000) + "</Codes></CodeBook>"))));
        cases.add(new Case("qdc not XML", d -> importingQdc(d, Files.writeString(d.resolve("n.qdc"), "{\"codes\":[]}"))));
        cases.add(new Case("qdc empty", d -> importingQdc(d, Files.write(d.resolve("e.qdc"), new byte[0]))));
    }

    private static String[] unbundling(Path dir, Path bundle) {
        return new String[] {"unbundle", bundle.toString(), dir.resolve("unpacked").toString()};
    }

    private static String manifest(String projectPart, String documents) {
        return "{\"format\":\"veldwerk-project\",\"schemaVersion\":4,\"sequence\":1,\"savedAt\":"
                + "\"2026-12-01T10:00:00Z\"" + (projectPart == null ? "" : ",\"projectPart\":" + projectPart)
                + (documents == null ? "" : ",\"documents\":" + documents) + "}";
    }

    private static final String PROJECT_PART = "{\"info\":{\"id\":\"project\",\"name\":\"x\"}}";

    private static void bundles(List<Case> cases) {
        cases.add(new Case("vwz zip slip", d -> unbundling(d, zip(d.resolve("slip.vwz"), entries(
                "veldwerk.json", manifest("\"parts/p-1.json\"", "[]"), "../../escape.json", "{}")))));
        cases.add(new Case("vwz manifest naming /dev/stdin", d -> unbundling(d, zip(d.resolve("stdin.vwz"), entries(
                "veldwerk.json", manifest("\"/dev/stdin\"", "[]"))))));
        cases.add(new Case("vwz manifest naming /dev/zero", d -> unbundling(d, zip(d.resolve("zero.vwz"), entries(
                "veldwerk.json", manifest("\"parts/p-1.json\"", "[{\"id\":\"d\",\"file\":\"/dev/zero\"}]"),
                "parts/p-1.json", PROJECT_PART)))));
        cases.add(new Case("vwz manifest naming a file elsewhere", d -> {
            Path elsewhere = Files.writeString(d.resolve("elsewhere.json"), PROJECT_PART);
            return unbundling(d, zip(d.resolve("abs.vwz"), entries("veldwerk.json", manifest("\""
                    + elsewhere.toAbsolutePath() + "\"", "[]"))));
        }));
        cases.add(new Case("vwz manifest without project part", d -> unbundling(d, zip(d.resolve("np.vwz"), entries(
                "veldwerk.json", manifest("null", "[]"))))));
        cases.add(new Case("vwz manifest without documents", d -> unbundling(d, zip(d.resolve("nd.vwz"), entries(
                "veldwerk.json", manifest("\"parts/p-1.json\"", null), "parts/p-1.json", PROJECT_PART)))));
        cases.add(new Case("vwz part inflating to gigabytes", d -> unbundling(d, zip(d.resolve("bomb.vwz"), entries(
                "veldwerk.json", manifest("\"parts/p-1.json\"", "[]"), "parts/p-1.json", Content.zeros(400))))));
        cases.add(new Case("vwz three large unnamed entries", d -> unbundling(d, zip(d.resolve("three.vwz"), entries(
                "veldwerk.json", manifest("\"parts/p-1.json\"", "[]"), "parts/p-1.json", "{",
                "parts/x1.json", Content.zeros(300), "parts/x2.json", Content.zeros(300),
                "parts/x3.json", Content.zeros(300))))));
        cases.add(new Case("vwz 120,000 entries", d -> unbundling(d, HostileFiles.manyEntries(d.resolve("many.vwz"),
                "parts/e", 120_000, entries("veldwerk.json", manifest("\"parts/p-1.json\"", "[]"))))));
        cases.add(new Case("vwz codes 50,000 deep stored child first", d -> {
            StringBuilder codes = new StringBuilder();
            for (int i = 50_000; i > 0; i--) {
                codes.append(codes.isEmpty() ? "" : ",").append("{\"id\":\"c").append(i).append("\",\"name\":\"c")
                        .append(i).append("\"").append(i > 1 ? ",\"parentId\":\"c" + (i - 1) + "\"" : "").append("}");
            }
            return unbundling(d, zip(d.resolve("deep.vwz"), entries("veldwerk.json", manifest("\"parts/p-1.json\"",
                    "[]"), "parts/p-1.json", "{\"info\":{\"id\":\"project\",\"name\":\"x\"},\"codes\":[" + codes + "]}")));
        }));
        cases.add(new Case("vwz JSON nested 10,000 deep", d -> unbundling(d, zip(d.resolve("nest.vwz"), entries(
                "veldwerk.json", manifest("\"parts/p-1.json\"", "[]"), "parts/p-1.json",
                "{\"info\":" + nested("[", "]", 10_000) + "}")))));
        cases.add(new Case("vwz not a zip", d -> unbundling(d, Files.writeString(d.resolve("n.vwz"), "tekst"))));
        cases.add(new Case("vwz truncated", d -> {
            Path whole = zip(d.resolve("whole.vwz"), entries("veldwerk.json", manifest("\"parts/p-1.json\"", "[]"),
                    "parts/p-1.json", PROJECT_PART + " ".repeat(50_000)));
            Path cut = HostileFiles.truncated(whole, d.resolve("cut.vwz"), 0.5);
            Files.delete(whole);
            return unbundling(d, cut);
        }));
    }

    /** A project folder "q" beside "p" with the given manifest (and parts); the command reads it strictly. */
    private static String[] bundlingFolder(Path dir, String manifest, Map<String, String> parts) throws Exception {
        Path q = Files.createDirectories(dir.resolve("q").resolve("parts"));
        Files.writeString(q.getParent().resolve("veldwerk.json"), manifest);
        for (Map.Entry<String, String> part : parts.entrySet()) {
            Files.writeString(q.getParent().resolve(part.getKey()), part.getValue());
        }
        return new String[] {"bundle", q.getParent().toString(), dir.resolve("out.vwz").toString()};
    }

    private static void projectFolders(List<Case> cases) {
        cases.add(new Case("folder manifest naming /dev/zero", d -> bundlingFolder(d,
                manifest("\"/dev/zero\"", "[]"), Map.of())));
        cases.add(new Case("folder manifest naming ../outside", d -> {
            Files.writeString(d.resolve("outside.json"), PROJECT_PART);
            return bundlingFolder(d, manifest("\"parts/../../outside.json\"", "[]"), Map.of());
        }));
        cases.add(new Case("folder part that is a link", d -> {
            String[] args = bundlingFolder(d, manifest("\"parts/p-1.json\"", "[]"), Map.of());
            Files.writeString(d.resolve("real.json"), PROJECT_PART);
            Files.createSymbolicLink(d.resolve("q/parts/p-1.json"), d.resolve("real.json"));
            return args;
        }));
        cases.add(new Case("folder part that is a pipe", d -> {
            String[] args = bundlingFolder(d, manifest("\"parts/p-1.json\"", "[]"), Map.of());
            new ProcessBuilder("mkfifo", d.resolve("q/parts/p-1.json").toString()).start().waitFor();
            return args;
        }));
        cases.add(new Case("folder manifest with null fields", d -> bundlingFolder(d, manifest("null", "[null]"),
                Map.of())));
        cases.add(new Case("folder manifest of a newer version", d -> bundlingFolder(d, manifest("\"parts/p-1.json\"",
                "[]").replace("\"schemaVersion\":4", "\"schemaVersion\":99"), Map.of("parts/p-1.json", PROJECT_PART))));
        cases.add(new Case("folder flipped character in a part", d -> {
            String[] args = bundlingFolder(d, manifest("\"parts/p-1.json\"", "[]").replace("\"savedAt\"",
                    "\"projectPartChecksum\":\"00000000\",\"savedAt\""), Map.of("parts/p-1.json", PROJECT_PART));
            return args;
        }));
        cases.add(new Case("folder damaged document part (info)", d -> {
            bundlingFolder(d, manifest("\"parts/p-1.json\"", "[{\"id\":\"d\",\"file\":\"parts/d-1-0.json\"}]"),
                    Map.of("parts/p-1.json", PROJECT_PART, "parts/d-1-0.json", "{\"document\": "));
            return new String[] {"info", d.resolve("q").toString()};
        }));
    }

    private static void codebooksAndKeys(List<Case> cases) {
        cases.add(new Case("codebook JSON not JSON", d -> new String[] {"import-codebook", d.resolve("p").toString(),
                Files.writeString(d.resolve("c.json"), "<codes/>").toString()}));
        cases.add(new Case("codebook JSON nested deep", d -> new String[] {"import-codebook", d.resolve("p").toString(),
                Files.writeString(d.resolve("deep.json"), nested("[", "]", 100_000)).toString()}));
        cases.add(new Case("codebook JSON with a cycle", d -> new String[] {"import-codebook", d.resolve("p").toString(),
                Files.writeString(d.resolve("cycle.json"), "{\"name\":\"c\",\"codes\":[{\"id\":\"a\",\"name\":\"A\","
                        + "\"parentId\":\"b\"},{\"id\":\"b\",\"name\":\"B\",\"parentId\":\"a\"}]}").toString()}));
        cases.add(new Case("codebook CSV with an unknown parent", d -> new String[] {"import-codebook",
                d.resolve("p").toString(), Files.writeString(d.resolve("c.csv"), "name,parent\nA,Nergens\n").toString()}));
        cases.add(new Case("codebook CSV empty", d -> new String[] {"import-codebook", d.resolve("p").toString(),
                Files.write(d.resolve("e.csv"), new byte[0]).toString()}));
        cases.add(new Case("key list neither UTF-8 nor Windows-1252", d -> new String[] {"pseudonymise",
                d.resolve("p").toString(), "--key", Files.write(d.resolve("k.csv"), new byte[] {'J', 'a', 'n', ',',
                        (byte) 0x81, (byte) 0xC0, '\n'}).toString()}));
        cases.add(new Case("key list empty", d -> new String[] {"pseudonymise", d.resolve("p").toString(), "--key",
                Files.write(d.resolve("e.csv"), new byte[0]).toString()}));
        cases.add(new Case("key list with a name twice", d -> new String[] {"pseudonymise", d.resolve("p").toString(),
                "--key", Files.writeString(d.resolve("twice.csv"), "Jan,Piet\nJan,Kees\n").toString()}));
    }
}
