package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Recording;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.DocumentCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's recording in the store: saved and read back, relative inside the project folder and absolute
 * elsewhere, a missing file no obstacle to opening, an old project without recordings still opening, and
 * bundles with and without the media folder.
 */
class RecordingLinksStoreTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private static final Path WAV = Path.of("src/test/resources/nl/veldwerk/media/interview-nl.wav");

    @TempDir
    Path tmp;

    private static Document document(String id, Recording recording) {
        return new Document(id, id.toUpperCase(), "", "[00:00:04] Respondent: Elke week.\n", SourceFormat.TXT,
                List.of(), null, null, T, 1, recording);
    }

    @Test
    void aRecordingIsKeptRelativeInsideTheProjectAndAbsoluteElsewhere() {
        Path folder = tmp.resolve("project");
        Recording inside = Recording.of(folder.resolve("media/A01.mp3"), folder);
        assertEquals("media/A01.mp3", inside.path());
        assertTrue(inside.relative());
        assertEquals(folder.resolve("media/A01.mp3").normalize(), inside.resolve(folder));
        Recording outside = Recording.of(tmp.resolve("elders/A01.mp3"), folder);
        assertEquals(tmp.resolve("elders/A01.mp3").toAbsolutePath().toString(), outside.path());
        assertFalse(outside.relative());
        assertEquals(Path.of(outside.path()), outside.resolve(folder));
        assertFalse(new Recording("C:\\interviews\\A01.mp3").relative(), "a Windows path is absolute too");
        assertTrue(new Recording("media/A01.mp4").video());
        assertFalse(new Recording("media/A01.m4a").video());
        assertTrue(Recording.isMediaFile("A01.WAV"));
        assertFalse(Recording.isMediaFile("A01.docx"));
        assertTrue(Recording.needsSystemCodecs("A01.mp3"), "MP3 is decoded by the system's codecs");
        assertFalse(Recording.needsSystemCodecs("A01.WAV"), "WAV by JavaFX itself");
    }

    @Test
    void aLinkedRecordingIsSavedAndReadBackAndAMissingFileOpensAllTheSame() throws Exception {
        Path folder = tmp.resolve("project");
        Project p = new Project(ProjectInfo.named("Opname", T));
        p.put(document("a01", new Recording("media/verdwenen.mp3")));
        p.put(document("a02", null));
        ProjectStore.create(folder, p).close();
        try (ProjectStore store = ProjectStore.open(folder)) {
            assertEquals(new Recording("media/verdwenen.mp3"), store.session().project().document("a01").orElseThrow()
                    .recording(), "the link is read back although the file is not there");
            assertNull(store.session().project().document("a02").orElseThrow().recording());
            store.session().execute(DocumentCommands.linkRecording("a02", new Recording("/elders/A02.wav")));
            store.save();
            store.session().undo();
            assertNull(store.session().project().document("a02").orElseThrow().recording(), "linking is undoable");
        }
        String part;
        try (var parts = Files.list(folder.resolve(StoreFormat.PARTS))) {
            part = Files.readString(parts.filter(f -> f.getFileName().toString().startsWith("d-")).filter(f -> {
                try {
                    return Files.readString(f).contains("\"a01\"");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).findFirst().orElseThrow());
        }
        assertTrue(part.contains("\"recording\":{\"path\":\"media/verdwenen.mp3\"}"), part);
    }

    @Test
    void aBundleCarriesTheMediaFolderOnlyWhenAsked() throws Exception {
        Path folder = tmp.resolve("project");
        Files.createDirectories(folder.resolve("media"));
        Files.copy(WAV, folder.resolve("media/A01.wav"));
        Project p = new Project(ProjectInfo.named("Opname", T));
        p.put(document("a01", new Recording("media/A01.wav")));
        p.put(document("a02", new Recording(tmp.resolve("elders.wav").toAbsolutePath().toString())));
        ProjectStore.create(folder, p).close();
        assertEquals(List.of(folder.resolve("media/A01.wav").normalize()), Bundles.mediaOf(p, folder),
                "only recordings in the media folder travel; one outside stays behind");

        Path without = tmp.resolve("zonder.vwz");
        Bundles.export(p, without);
        Bundles.extract(without, tmp.resolve("zonder"));
        assertFalse(Files.exists(tmp.resolve("zonder/media/A01.wav")));
        try (ProjectStore store = ProjectStore.open(tmp.resolve("zonder"))) {
            assertEquals("media/A01.wav", store.session().project().document("a01").orElseThrow().recording().path(),
                    "the link travels; the file is missing until located");
        }

        Path with = tmp.resolve("met.vwz");
        Bundles.export(p, with, folder);
        assertTrue(Files.size(with) > Files.size(WAV), "the recording is in the bundle");
        Bundles.extract(with, tmp.resolve("met"));
        assertArrayEquals(Files.readAllBytes(WAV), Files.readAllBytes(tmp.resolve("met/media/A01.wav")));
        try (ProjectStore store = ProjectStore.open(tmp.resolve("met"))) {
            assertEquals(2, store.session().project().documents().size());
        }
    }

    @Test
    void aBundleWithMediaOutsideTheMediaFolderIsRefused() throws Exception {
        Path folder = tmp.resolve("project");
        Project p = new Project(ProjectInfo.named("Opname", T));
        ProjectStore.create(folder, p).close();
        Path good = tmp.resolve("good.vwz");
        Bundles.export(p, good);
        for (String evil : List.of("media/../escape.wav", "media/notes.txt", "elsewhere/a.wav")) {
            Path bundle = tmp.resolve("evil-" + evil.hashCode() + ".vwz");
            try (var in = new java.util.zip.ZipFile(good.toFile());
                 OutputStream out = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (var e = in.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.getInputStream(entry).transferTo(zip);
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(evil));
                zip.write(new byte[] {1, 2, 3});
                zip.closeEntry();
            }
            Path target = tmp.resolve("t-" + evil.hashCode());
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> Bundles.extract(bundle, target),
                    evil);
            assertTrue(e.getMessage().contains("which a bundle never does"), e.getMessage());
            assertFalse(Files.exists(target));
        }
    }
}
