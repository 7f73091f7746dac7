package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Recording;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transcript linked to its recording travels through REFI-QDA: exported as an AudioSource holding the
 * recording and the transcript (its time marks as timed sync points, its quotations as TranscriptSelections
 * between sync points), valid against the schema, and read back with the recording unpacked into the new
 * project's media folder; a tool's transcript whose times live only in sync points gets them as time marks.
 */
class RefiMediaTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private static final Path WAV = Path.of("src/test/resources/nl/veldwerk/media/interview-nl.wav");
    private static final String TEXT = "[00:00:00] Interviewer: Hoe vaak gaat u naar het buurthuis?\n\n"
            + "[00:00:04] Respondent: Elke week, op dinsdag, voor de koffie.\n";

    @TempDir
    Path tmp;

    private Project linkedProject(Path folder) throws Exception {
        Files.createDirectories(folder.resolve("media"));
        Files.copy(WAV, folder.resolve("media/A01.wav"));
        Project p = new Project(ProjectInfo.named("Opname", T));
        p.put(new Document("d1", "A01", "", TEXT, SourceFormat.TXT, List.of(), null, null, T, 1,
                new Recording("media/A01.wav")));
        p.put(Code.of("c1", "Frequentie", "#336699", null));
        int start = TEXT.indexOf("Elke week");
        p.put(new Quotation("q1", "d1", start, start + "Elke week, op dinsdag".length(), "", null, T, 1));
        p.put(new Coding("k1", "q1", "c1", null, T));
        return p;
    }

    /** A time mark earlier than one above it goes out without its time (sync points run forward), and is said. */
    @Test
    void aTimeMarkOutOfOrderGoesOutWithoutItsTime() throws Exception {
        Path folder = tmp.resolve("slip");
        Project p = linkedProject(folder);
        String slipped = TEXT + "[00:00:02] Interviewer: En verder?\n\n[00:00:09] Respondent: Niets.\n";
        p.put(p.document("d1").orElseThrow().withText(slipped, List.of()));
        Path qdpx = tmp.resolve("slip.qdpx");
        RefiExport.exportProject(p, qdpx, "test", folder);
        byte[] qde = RefiRoundTripTest.unzip(qdpx).get("project.qde");
        RefiRoundTripTest.validate(qde, "Project.xsd");
        String xml = new String(qde, StandardCharsets.UTF_8);
        java.util.regex.Matcher stamps = java.util.regex.Pattern.compile("timeStamp=\"(\\d+)\"").matcher(xml);
        List<Long> times = new java.util.ArrayList<>();
        while (stamps.find()) {
            times.add(Long.parseLong(stamps.group(1)));
        }
        assertEquals(List.of(0L, 4000L, 9000L), times, "2000 after 4000 written without its time: " + xml);
        assertEquals(1, RefiExport.losses(p, folder).marksOutOfOrder());
        assertTrue(RefiExport.losses(p, folder).lines().stream().anyMatch(l -> l.startsWith("1 time mark earlier than")),
                RefiExport.losses(p, folder).lines().toString());
    }

    @Test
    void aLinkedTranscriptGoesOutAsAnAudioSourceAndComesBackLinked() throws Exception {
        Path folder = tmp.resolve("project");
        Project p = linkedProject(folder);
        Path qdpx = tmp.resolve("out.qdpx");
        RefiExport.exportProject(p, qdpx, "test", folder);
        Map<String, byte[]> entries = RefiRoundTripTest.unzip(qdpx);
        byte[] qde = entries.get("project.qde");
        RefiRoundTripTest.validate(qde, "Project.xsd");
        String xml = new String(qde, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<AudioSource"), "the document is an audio source");
        assertTrue(xml.contains("<Transcript"), "holding its transcript");
        assertTrue(xml.contains("timeStamp=\"4000\""), "the time mark [00:00:04] as a timed sync point");
        assertTrue(xml.contains("<TranscriptSelection"), "the quotation between two sync points");
        String media = entries.keySet().stream().filter(n -> n.endsWith(".wav")).findFirst().orElseThrow();
        assertArrayEquals(Files.readAllBytes(WAV), entries.get(media), "the recording itself is in the archive");
        assertTrue(RefiExport.losses(p, folder).none(), RefiExport.losses(p, folder).lines().toString());

        RefiImport.ProjectResult result = RefiImport.readProject(qdpx, ProjectInfo.named("Terug", T));
        Path back = tmp.resolve("back");
        Files.createDirectories(back);
        assertEquals(List.of(), RefiImport.unpackMedia(qdpx, back, result));
        Document d = result.project().documents().iterator().next();
        assertEquals(TEXT, d.text(), "no marks added: the text has them");
        assertEquals("media/A01.wav", d.recording().path());
        assertArrayEquals(Files.readAllBytes(WAV), Files.readAllBytes(back.resolve("media/A01.wav")));
        Quotation q = result.project().quotations().iterator().next();
        assertEquals("Elke week, op dinsdag", d.text().substring(q.start(), q.end()));
        assertEquals(List.of("Frequentie"), result.project().codingsOf(q.id()).stream()
                .map(c -> result.project().code(c.codeId()).orElseThrow().name()).toList());
    }

    @Test
    void oneRecordingWithTwoTranscriptsGoesInOnceAndComesBackShared() throws Exception {
        Path folder = tmp.resolve("gedeeld");
        Project p = linkedProject(folder);
        p.put(new Document("d2", "A01 (tweede versie)", "", TEXT, SourceFormat.TXT, List.of(), null, null, T, 2,
                new Recording("media/A01.wav")));
        Path qdpx = tmp.resolve("gedeeld.qdpx");
        RefiExport.exportProject(p, qdpx, "test", folder);
        assertEquals(1, RefiRoundTripTest.unzip(qdpx).keySet().stream().filter(n -> n.endsWith(".wav")).count(),
                "the recording is written once");
        RefiImport.ProjectResult result = RefiImport.readProject(qdpx, ProjectInfo.named("Terug", T));
        Path back = tmp.resolve("gedeeld-terug");
        Files.createDirectories(back);
        assertEquals(List.of(), RefiImport.unpackMedia(qdpx, back, result));
        assertEquals(List.of("media/A01.wav", "media/A01.wav"), result.project().documents().stream()
                .map(d -> d.recording().path()).toList(), "both transcripts link the one file");
    }

    @Test
    void aRecordingNotFoundIsNamedAsALossAndKeptAsAPath() throws Exception {
        Project p = new Project(ProjectInfo.named("Weg", T));
        p.put(new Document("d1", "A01", "", TEXT, SourceFormat.TXT, List.of(), null, null, T, 1,
                new Recording("/nergens/A01.mp3")));
        Path qdpx = tmp.resolve("weg.qdpx");
        assertEquals(1, RefiExport.exportProject(p, qdpx, "test", tmp).recordingsNotFound(), "the export says so too");
        assertEquals(1, RefiExport.losses(p, tmp).recordingsNotFound());
        assertTrue(RefiExport.losses(p, tmp).lines().contains("1 recording not found: the path is written, not the file"),
                RefiExport.losses(p, tmp).lines().toString());
        RefiImport.ProjectResult result = RefiImport.readProject(qdpx, ProjectInfo.named("Terug", T));
        assertEquals("/nergens/A01.mp3", result.project().documents().iterator().next().recording().path());
        assertTrue(result.media().isEmpty());
    }

    @Test
    void syncPointTimesBecomeTimeMarksAndSelectionsStayOnTheirWords() throws Exception {
        // As MAXQDA writes it: times only in sync points; a selection from one sync point to another.
        String plain = "Hoe vaak gaat u?\nElke week.\n";
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Sync" origin="MAXQDA">
                  <Sources>
                    <AudioSource guid="11111111-1111-1111-1111-111111111111" name="B02" path="absolute:///data/B02.mp3">
                      <Transcript guid="22222222-2222-2222-2222-222222222222" name="B02">
                        <PlainTextContent>%s</PlainTextContent>
                        <SyncPoint guid="33333333-3333-3333-3333-333333333331" position="0" timeStamp="0"/>
                        <SyncPoint guid="33333333-3333-3333-3333-333333333332" position="17" timeStamp="4000"/>
                        <SyncPoint guid="33333333-3333-3333-3333-333333333333" position="26"/>
                        <TranscriptSelection guid="44444444-4444-4444-4444-444444444444" fromSyncPoint="33333333-3333-3333-3333-333333333332" toSyncPoint="33333333-3333-3333-3333-333333333333"/>
                      </Transcript>
                      <AudioSelection guid="55555555-5555-5555-5555-555555555555" begin="0" end="1000"/>
                    </AudioSource>
                  </Sources>
                </Project>
                """.formatted(plain);
        RefiImport.ProjectResult result = convert(qde);
        Document d = result.project().documents().iterator().next();
        assertEquals("11111111-1111-1111-1111-111111111111", d.id(), "the document keeps the recording's GUID");
        assertEquals("[00:00:00] Hoe vaak gaat u?\n[00:00:04] Elke week.\n", d.text());
        Quotation q = result.project().quotations().iterator().next();
        assertEquals("Elke week", d.text().substring(q.start(), q.end()), "after the inserted mark, on its words");
        assertEquals("/data/B02.mp3", d.recording().path());
        assertTrue(result.summary().skipped().stream().anyMatch(s -> s.text(java.util.Locale.ENGLISH)
                .contains("coded stretch")), "the recording's own coded stretch is named as not carried");
        assertNull(result.media().get("media/B02.mp3"), "nothing to unpack from outside the archive");
    }

    @Test
    void aRelativePathStartsAtTheProjectsBasePath() throws Exception {
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Rel" basePath="absolute:///data/study/">
                  <Sources>
                    <VideoSource guid="11111111-1111-1111-1111-111111111112" name="C03" path="relative://media/C03.mp4">
                      <Transcript guid="22222222-2222-2222-2222-222222222223" name="C03">
                        <PlainTextContent>Hallo.</PlainTextContent>
                      </Transcript>
                    </VideoSource>
                  </Sources>
                </Project>
                """;
        RefiImport.ProjectResult result = convert(qde);
        Recording r = result.project().documents().iterator().next().recording();
        assertEquals("/data/study/media/C03.mp4", r.path());
        assertTrue(r.video());
        // ATLAS.ti writes "relative:///name" (three slashes): one slash between the folder and the name (QA: "//").
        RefiImport.ProjectResult three = convert(qde.replace("relative://media/", "relative:///media/"));
        assertEquals("/data/study/media/C03.mp4", three.project().documents().iterator().next().recording().path());
        // Without a base it is to be located, not a file at the root of the disk.
        RefiImport.ProjectResult noBase = convert(qde.replace(" basePath=\"absolute:///data/study/\"", "")
                .replace("relative://media/", "relative:///media/"));
        assertEquals("media/C03.mp4", noBase.project().documents().iterator().next().recording().path());
    }

    /** A project from a .qde's text alone, as a .qdpx holding only it would give. */
    private RefiImport.ProjectResult convert(String qde) throws Exception {
        return RefiImport.convert(tmp.resolve("x.qdpx"), qde.getBytes(StandardCharsets.UTF_8), "project.qde", Map.of(),
                ProjectInfo.named("x", T));
    }
}
