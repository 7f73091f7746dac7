package nl.veldwerk.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a plain-text transcript: a byte-order mark decides (UTF-8, UTF-16 LE/BE); without
 * one, text that is valid UTF-8 is UTF-8, and anything else is taken as Windows-1252, what Notepad and
 * older Word wrote on Dutch Windows machines.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
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
     * The one normalisation every imported text gets: LF line ends, no BOM, no trailing blank space. Page
     * breaks (form feeds from pdftotext), Word's manual line breaks (vertical tabs) and Unicode line and
     * paragraph separators become line ends; other control characters, which no transcript means to hold
     * and which no XML export can carry, are dropped. Half a surrogate pair (an RTF {@code \\u-10240}
     * alone) is no character at all: it becomes the replacement character, which every format carries.
     */
    static String normalise(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                out.append(c).append(t.charAt(++i));
                continue;
            }
            switch (c) {
                case '\f', '\u000B', '\u0085', '\u2028', '\u2029' -> out.append('\n');
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
}
