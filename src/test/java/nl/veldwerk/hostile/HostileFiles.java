package nl.veldwerk.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builders of malformed and malicious files, made by the tests in a few milliseconds (nothing large is
 * committed): zips whose entries unpack far past their size, XML with entities and endless nesting, and
 * the like. Large entries are streamed out, never held in memory.
 */
public final class HostileFiles {
    private HostileFiles() {
    }

    /** An entry's content: bytes, or {@code repeat} copies of {@code block} streamed out. */
    public record Content(byte[] block, long repeat) {
        public static Content of(String text) {
            return new Content(text.getBytes(StandardCharsets.UTF_8), 1);
        }

        public static Content bytes(byte[] bytes) {
            return new Content(bytes, 1);
        }

        /** {@code megabytes} MB of one repeated byte: a few kilobytes once deflated. */
        public static Content zeros(long megabytes) {
            return new Content(new byte[1 << 20], megabytes);
        }
    }

    public static Map<String, Content> entries(Object... nameThenContent) {
        Map<String, Content> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Object content = nameThenContent[i + 1];
            entries.put((String) nameThenContent[i], content instanceof Content c ? c
                    : Content.of(String.valueOf(content)));
        }
        return entries;
    }

    public static Path zip(Path file, Map<String, Content> entries) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(1); // fast: a run of zeros is small at any level
            for (Map.Entry<String, Content> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                for (long i = 0; i < e.getValue().repeat(); i++) {
                    zip.write(e.getValue().block());
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A zip of {@code count} empty entries named by number. */
    public static Path manyEntries(Path file, String prefix, int count, Map<String, Content> also) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, Content> e : also.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().block());
                zip.closeEntry();
            }
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry(prefix + i + ".json"));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The first {@code fraction} of a file: cut off as by a full disk or a broken download. */
    public static Path truncated(Path from, Path to, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(from);
        return Files.write(to, java.util.Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    }

    public static String nested(String open, String close, int depth) {
        return open.repeat(depth) + close.repeat(depth);
    }

    public static final String LAUGHS_DTD = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>";

    public static String xxeDtd(Path secret) {
        return "<!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>";
    }
}
