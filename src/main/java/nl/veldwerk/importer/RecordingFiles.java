package nl.veldwerk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import nl.veldwerk.model.UserText;

/**
 * Whether a file is a recording Veldwerk can play, by what it holds and not only by its name: a text file
 * renamed ".wav", an empty file or a WAV named ".mp3" were linked (and copied into the project) and then
 * failed in the player with a decoder's error code. The first bytes tell the container (RIFF/WAVE,
 * FORM/AIFF, MP3 frames or an ID3 tag, ADTS AAC, the MP4 family's "ftyp", FLV); a WAV's header also says
 * how long the file should be, which finds one cut short.
 */
public final class RecordingFiles {
    /** The containers told apart, with the endings each may carry. */
    enum Kind {
        WAV("wav", "wave"), AIFF("aif", "aiff", "aifc"), MP3("mp3"), AAC("aac"), MP4("m4a", "mp4", "m4v"), FLV("flv",
                "fxm");

        final java.util.List<String> endings;

        Kind(String... endings) {
            this.endings = java.util.List.of(endings);
        }
    }

    private RecordingFiles() {
    }

    /** Why the file cannot be linked as a recording, or empty when it can. */
    public static Optional<UserText> problem(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] head;
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.of(text("recording.missing", name));
            }
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(16);
            }
        } catch (IOException e) {
            return Optional.of(text("recording.unreadable", name, e.getMessage()));
        }
        if (size == 0) {
            return Optional.of(text("recording.empty", name));
        }
        Kind kind = kindOf(head);
        if (kind == null) {
            return Optional.of(text("recording.notAudio", name));
        }
        String ending = ending(name);
        // An ID3 tag before AAC frames (podcasts): the tag is not looked past here.
        boolean taggedAac = kind == Kind.MP3 && ending.equals("aac") && head.length >= 3 && ascii(head, 0, "ID3");
        if (!kind.endings.contains(ending) && !taggedAac) {
            return Optional.of(text("recording.wrongEnding", name, kind.name(), kind.endings.getFirst()));
        }
        if (kind == Kind.WAV && head.length >= 8) {
            long promised = (head[4] & 0xFFL) | (head[5] & 0xFFL) << 8 | (head[6] & 0xFFL) << 16
                    | (head[7] & 0xFFL) << 24;
            // A WAV written while recording may leave its size at 0 or at the largest value: only a header
            // that promises more than twice what is there, and a file too short for any sound, is cut short.
            if (promised != 0 && promised != 0xFFFFFFFFL && (size < 1_000 || promised + 8 > 2 * size)
                    && promised + 8 > size) {
                return Optional.of(text("recording.cutShort", name, promised + 8, size));
            }
        }
        return Optional.empty();
    }

    static Kind kindOf(byte[] head) {
        if (head.length >= 12 && ascii(head, 0, "RIFF") && (ascii(head, 8, "WAVE") || ascii(head, 8, "RF64"))) {
            return Kind.WAV;
        }
        if (head.length >= 4 && ascii(head, 0, "RF64")) {
            return Kind.WAV;
        }
        if (head.length >= 12 && ascii(head, 0, "FORM") && (ascii(head, 8, "AIFF") || ascii(head, 8, "AIFC"))) {
            return Kind.AIFF;
        }
        if (head.length >= 3 && ascii(head, 0, "ID3")) {
            return Kind.MP3;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xF6) == 0xF0) {
            return Kind.AAC; // ADTS: sync word and layer 0
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0) {
            return Kind.MP3; // an MPEG audio frame's sync bits
        }
        if (head.length >= 8 && ascii(head, 4, "ftyp")) {
            return Kind.MP4;
        }
        if (head.length >= 3 && ascii(head, 0, "FLV")) {
            return Kind.FLV;
        }
        return null;
    }

    private static boolean ascii(byte[] bytes, int at, String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (bytes[at + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String ending(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static UserText text(String key, Object... args) {
        return UserText.of(RecordingFiles.class, key, args);
    }
}
