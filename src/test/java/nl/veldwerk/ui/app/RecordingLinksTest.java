package nl.veldwerk.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a transcript's recording beside it, and copying recordings into a project's media folder. */
class RecordingLinksTest {
    @TempDir
    Path tmp;

    @Test
    void aRecordingWithTheTranscriptsNameIsFoundBesideIt() throws Exception {
        Files.writeString(tmp.resolve("A01.docx"), "x");
        Files.writeString(tmp.resolve("A01.MP3"), "ID3 and then the sound");
        Files.writeString(tmp.resolve("A02.docx"), "x");
        Files.writeString(tmp.resolve("A02.notes.wav"), "x");
        Files.writeString(tmp.resolve("A03.docx"), "x");
        Files.writeString(tmp.resolve("A03.wav"), "not a recording");
        assertEquals(Optional.of(tmp.resolve("A01.MP3").toAbsolutePath()), RecordingLinks.besides(tmp.resolve("A01.docx"))
                .map(Path::toAbsolutePath), "same name, any case of ending");
        assertEquals(Optional.empty(), RecordingLinks.besides(tmp.resolve("A02.docx")), "another name is not it");
        assertEquals(Optional.empty(), RecordingLinks.besides(tmp.resolve("A03.docx")), "a file that is no recording");
    }

    @Test
    void aCopyGoesIntoTheMediaFolderUnderAFreeNameAndAnIdenticalOneIsReused() throws Exception {
        Path project = tmp.resolve("project");
        Path first = tmp.resolve("a/A01.wav");
        Path other = tmp.resolve("b/A01.wav");
        Files.createDirectories(first.getParent());
        Files.createDirectories(other.getParent());
        Files.write(first, new byte[] {1, 2, 3});
        Files.write(other, new byte[] {4, 5});
        Path copied = RecordingLinks.copyInto(project, first);
        assertEquals(project.resolve("media/A01.wav"), copied);
        assertEquals(copied, RecordingLinks.copyInto(project, first), "the same recording again: the same copy");
        Path second = RecordingLinks.copyInto(project, other);
        assertEquals(project.resolve("media/A01-2.wav"), second, "another recording with that name: a free name");
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(second));
        try (var left = Files.list(project.resolve("media"))) {
            assertTrue(left.noneMatch(f -> f.toString().endsWith(".copying")), "no half copies left");
        }
        // What an import copied, and only that, is known, so a failed or dropped import can take it away.
        java.util.List<Path> made = new java.util.ArrayList<>();
        RecordingLinks.copyInto(project, first, made);
        RecordingLinks.copyInto(project, other, made);
        assertEquals(java.util.List.of(), made, "both reused: nothing of the import's own");
        Path third = Files.write(other.resolveSibling("B02.wav"), new byte[] {6});
        RecordingLinks.copyInto(project, third, made);
        assertEquals(java.util.List.of(project.resolve("media/B02.wav")), made);
    }
}
