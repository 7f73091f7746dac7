package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording is judged by what it holds: empty, not audio, misnamed or cut short is said before it is linked. */
class RecordingFilesTest {
    private static final Path MEDIA = Path.of("src/test/resources/nl/veldwerk/media");

    @TempDir
    Path tmp;

    @Test
    void realRecordingsPass() {
        for (String name : new String[] {"interview-nl.wav", "interview-nl.mp3", "interview-en.wav"}) {
            Path file = MEDIA.resolve(name);
            if (Files.exists(file)) {
                assertEquals(Optional.empty(), RecordingFiles.problem(file), name);
            }
        }
    }

    @Test
    void emptyTextMisnamedAndCutShortAreSaid() throws Exception {
        Path empty = Files.write(tmp.resolve("leeg.wav"), new byte[0]);
        assertEquals("leeg.wav is empty (0 bytes): it holds no recording.", said(empty));
        Path text = Files.writeString(tmp.resolve("nep.mp3"), "I: Hoe gaat het?\nR: Goed.\n");
        assertTrue(said(text).startsWith("nep.mp3 is not a recording Veldwerk can play"), said(text));
        Path wavAsMp3 = Files.copy(MEDIA.resolve("interview-nl.wav"), tmp.resolve("subs.mp3"));
        assertEquals("subs.mp3 holds a WAV recording under another ending: rename it to end in .wav and link it again.",
                said(wavAsMp3));
        byte[] whole = Files.readAllBytes(MEDIA.resolve("interview-nl.wav"));
        Path cut = Files.write(tmp.resolve("kort.wav"), java.util.Arrays.copyOf(whole, 1_000));
        assertTrue(said(cut).startsWith("kort.wav is cut short: its header promises "), said(cut));
        assertTrue(said(tmp.resolve("weg.wav")).startsWith("weg.wav is not there"));
        Path tagged = Files.write(tmp.resolve("podcast.aac"), new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 10,
                (byte) 0xFF, (byte) 0xF1});
        assertEquals("", said(tagged), "an ID3 tag before AAC frames, as podcasts have");
    }

    @Test
    void containersAreToldByTheirFirstBytes() {
        assertEquals(RecordingFiles.Kind.MP3, RecordingFiles.kindOf(new byte[] {'I', 'D', '3', 4, 0, 0}));
        assertEquals(RecordingFiles.Kind.MP3, RecordingFiles.kindOf(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90}));
        assertEquals(RecordingFiles.Kind.AAC, RecordingFiles.kindOf(new byte[] {(byte) 0xFF, (byte) 0xF1, 0x50}));
        assertEquals(RecordingFiles.Kind.MP4, RecordingFiles.kindOf(new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p'}));
        assertEquals(RecordingFiles.Kind.AIFF, RecordingFiles.kindOf("FORM\0\0\0\0AIFF".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertEquals(null, RecordingFiles.kindOf("<html>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    private static String said(Path file) {
        return RecordingFiles.problem(file).map(t -> t.text(Locale.ENGLISH)).orElse("");
    }
}
