package nl.veldwerk.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a plain-text transcript: a byte-order mark decides (UTF-8, UTF-16 LE/BE); without
 * one, UTF-16 is recognised by its zero bytes, text that is valid UTF-8 is UTF-8 (with a few stray bytes
 * too, each read as Windows-1252), and anything else is taken as Windows-1252, what Notepad and older Word
 * wrote on Dutch Windows machines.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * A text as decoded, and what was guessed: {@code windows1252} when the whole text was not UTF-8, {@code strayBytes}
     * the bytes of an otherwise UTF-8 text read as Windows-1252 one by one (both said in the import preview).
     */
    record Decoded(String text, boolean windows1252, int strayBytes) {
        static Decoded certain(String text) {
            return new Decoded(text, false, 0);
        }
    }

    /** The bytes' text, with what had to be guessed. */
    static Decoded decodeNoting(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Decoded.certain(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Decoded.certain(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Decoded.certain(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        Charset wide = utf16WithoutBom(bytes);
        if (wide != null) {
            return Decoded.certain(new String(bytes, wide));
        }
        try {
            return Decoded.certain(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return mostlyUtf8(bytes) ? mixed(bytes) : new Decoded(new String(bytes, WINDOWS_1252), true, 0);
        }
    }

    /**
     * Whether bytes that are not valid UTF-8 throughout are still UTF-8 with a few stray bytes: more valid
     * multi-byte sequences than bytes that fit none. A UTF-8 transcript with one Windows-1252 quote pasted in
     * ("zo’n" from an old document) was read whole as Windows-1252, every accent in it garbled ("cafÃ©");
     * Windows-1252 text hardly ever holds a byte pair that is valid UTF-8.
     */
    private static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int stray = 0;
        for (int i = 0; i < bytes.length; ) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = utf8Length(bytes, i);
            if (length > 0) {
                valid++;
                i += length;
            } else {
                stray++;
                i++;
            }
        }
        return valid > stray;
    }

    /** UTF-8 where it is valid, and each stray byte as Windows-1252 reads it (0x92 the quote ’). */
    private static Decoded mixed(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int stray = 0;
        for (int i = 0; i < bytes.length; ) {
            int length = bytes[i] >= 0 ? 1 : utf8Length(bytes, i);
            if (length > 0) {
                out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
                i += length;
            } else {
                out.append(new String(bytes, i, 1, WINDOWS_1252));
                stray++;
                i++;
            }
        }
        return new Decoded(out.toString(), false, stray);
    }

    /** The length of the well-formed UTF-8 sequence of two to four bytes at {@code i}, or 0 (RFC 3629's table). */
    private static int utf8Length(byte[] bytes, int i) {
        int lead = bytes[i] & 0xff;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int b = bytes[i + k] & 0xff;
            if (k == 1 ? b < low || b > high : b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    /** How much of a file {@link #looksBinary} and {@link #utf16WithoutBom} look at. */
    private static final int SAMPLE = 64 * 1024;

    /**
     * Whether the bytes are no text in any encoding read here: of the first 64 KB, more than one byte in fifty
     * (and at least four) is a control code no text file holds. An image, a PDF, a recording or a zip with a
     * text file's name is refused rather than imported as a page of mojibake; a transcript with a stray bell
     * or form feed is still text. A byte-order mark, or UTF-16 without one, is text.
     */
    static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)
                || utf16WithoutBom(bytes) != null) {
            return false;
        }
        int n = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            boolean textual = b >= 0x20 && b != 0x7F || b == '\t' || b == '\n' || b == '\r' || b == '\f'
                    || b == 0x0B || b == 0x1B;
            if (!textual) {
                controls++;
            }
        }
        return controls >= 4 && controls * 50 > n;
    }

    /**
     * UTF-16 without a byte-order mark (some transcription tools write it): in Dutch or English text nearly
     * every character's high byte is zero, so one half of the byte pairs is mostly zeros and the other half
     * hardly ever. Null when the bytes do not look like that.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, SAMPLE) / 2;
        if (pairs < 2 || bytes.length % 2 != 0) {
            return null;
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i < pairs; i++) {
            zeroFirst += bytes[2 * i] == 0 ? 1 : 0;
            zeroSecond += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (zeroSecond * 10 >= pairs * 7 && zeroFirst * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroFirst * 10 >= pairs * 7 && zeroSecond * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Whether the bytes begin with these (a byte-order mark, a file type's magic number). */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one normalisation every imported text gets: composed accents (NFC), LF line ends, no BOM, no
     * trailing blank space, plain spaces for no-break ones. Page
     * breaks (form feeds from pdftotext), Word's manual line breaks (vertical tabs) and Unicode line and
     * paragraph separators become line ends; other control characters, which no transcript means to hold
     * and which no XML export can carry, are dropped. Half a surrogate pair (an RTF {@code \\u-10240}
     * alone) is no character at all: it becomes the replacement character, which every format carries.
     */
    static String normalise(String text) {
        // Most texts need nothing of what follows: one look at each character says so, where composing, replacing
        // and copying the text character by character was a third of an import (bench-import, issue 24).
        return alreadyNormal(text) ? text : normalisedCopy(text);
    }

    /** {@link #normalise} made in full, character by character. */
    static String normalisedCopy(String text) {
        // Accents as one character each (NFC): a Mac or a PDF's copy writes "café" as "cafe" and a combining
        // accent, which search, keyword in context and coding the hits did not find as "café".
        String composed = java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC) ? text
                : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        String t = composed.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                out.append(c).append(t.charAt(++i));
                continue;
            }
            switch (c) {
                case '\f', '\u000B', '\u0085', '\u2028', '\u2029' -> out.append('\n');
                // A no-break space is a space: Word and LibreOffice write one between a speaker's name and the time
                // (QA: "Interviewer\u00A0\u00A00:02" in an Otter export gave no turns at all), and labels and time
                // marks know only the plain one. Other spaces (thin, ideographic) are kept as written.
                case '\u00A0', '\u2007', '\u202F' -> out.append(' ');
                // A soft hyphen shows only where a line breaks: kept, "zelf\u00ADstandig" was not found as one word.
                case '\u00AD' -> { }
                default -> {
                    if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        String clean = out.toString().stripTrailing();
        return clean.isEmpty() ? "" : clean + "\n";
    }

    /**
     * Whether {@link #normalise} would give the text back as it is: composed (no character from U+0300 on, where
     * combining accents and every other character that composition touches begin), no character it replaces or
     * drops, and one line end after the last line, with no white space before it.
     */
    private static boolean alreadyNormal(String text) {
        int n = text.length();
        if (n < 2 || text.charAt(n - 1) != '\n' || Character.isWhitespace(text.charAt(n - 2))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && (c >= 0x300 || c <= 0xA0 || c == '\u00AD')) {
                return false;
            }
        }
        return true;
    }
}
