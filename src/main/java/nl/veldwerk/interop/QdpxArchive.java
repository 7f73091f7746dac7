package nl.veldwerk.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;


/**
 * The parts of a .qdpx that an import needs, read into memory with limits, since a .qdpx is untrusted:
 * the one .qde at the root and the plain-text files under sources/ (any case). Nothing is written to
 * disk, so no entry name can reach outside a folder; media files are read past without being kept.
 */
final class QdpxArchive {
    /**
     * How much an archive may hold: files, bytes kept in memory (.qde plus text sources) and bytes
     * inflated in all (media included). Past any of them the archive is refused as a likely zip bomb.
     */
    record Limits(int maxEntries, long maxKeptBytes, long maxTotalBytes) {
        static final Limits DEFAULT = new Limits(100_000, 1L << 30, 16L << 30);
    }

    /** The standard's own limit for one internal file. */
    static final long MAX_ENTRY_BYTES = Integer.MAX_VALUE;
    /**
     * A text source longer than this cannot become a document: even at three bytes a character it would
     * hold more than {@link nl.veldwerk.model.Limits#TEXT} characters. Refused while inflating, before it fills memory.
     */
    static final long MAX_SOURCE_BYTES = 3L * nl.veldwerk.model.Limits.TEXT;

    final byte[] qde;
    final String qdeName;
    /** Text files by their name under sources/, lower case (tools disagree on case). */
    final Map<String, byte[]> texts;
    /** Other files under sources/ by lower-case name, with their sizes (media, docx renderings). */
    final Map<String, Long> others;

    private QdpxArchive(byte[] qde, String qdeName, Map<String, byte[]> texts, Map<String, Long> others) {
        this.qde = qde;
        this.qdeName = qdeName;
        this.texts = texts;
        this.others = others;
    }

    /**
     * Checks from the archive's directory alone, without reading its files, that it is a whole zip archive with
     * a project file at its top: quick even for an archive of gigabytes of recordings, so a file that cannot be
     * imported is refused before the user is asked where to put it. The full read checks everything else.
     */
    static void checkDirectory(Path file) throws InteropException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            boolean hasProject = zip.stream().map(e -> e.getName().replace('\\', '/').toLowerCase(Locale.ROOT))
                    .anyMatch(name -> !name.contains("/") && name.endsWith(".qde"));
            if (zip.size() == 0) {
                throw new InteropException(file, "zip.notZip");
            }
            if (!hasProject) {
                throw new InteropException(file, "zip.noProject");
            }
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            throw new InteropException(file, "file.notExists");
        } catch (ZipException e) {
            // No directory at its end: not a zip at all, or one cut off before it (the directory comes last).
            throw new InteropException(file, e, startsLikeAZip(file) ? "zip.truncated" : "zip.notZip");
        } catch (IOException e) {
            throw new InteropException(file, e, "file.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /**
     * The archive's project file (.qde at its root) by its name in the archive, with its bytes; null when it is
     * larger than {@code maxBytes}, or cannot be read here (the full read says why).
     */
    static java.util.Map.Entry<String, byte[]> projectFile(Path file, int maxBytes) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            ZipEntry qde = projectEntry(zip);
            if (qde == null || qde.getSize() < 0 || qde.getSize() > maxBytes) {
                return null;
            }
            try (InputStream in = zip.getInputStream(qde)) {
                byte[] bytes = in.readNBytes(maxBytes + 1);
                return bytes.length > maxBytes ? null : java.util.Map.entry(qde.getName(), bytes);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The beginning of the archive's plain-text sources, up to {@code maxChars} together (for guessing their
     * language); empty when there are none or the archive cannot be read (the full read says why).
     */
    static String sourcesSample(Path file, int maxChars) {
        StringBuilder sample = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String lower = entry.getName().replace('\\', '/').toLowerCase(Locale.ROOT);
                if (sample.length() >= maxChars || entry.isDirectory() || !lower.startsWith("sources/")
                        || !lower.endsWith(".txt")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] head = in.readNBytes(Math.min(maxChars - sample.length(), 64 * 1024));
                    sample.append(new String(head, java.nio.charset.StandardCharsets.UTF_8)).append('\n');
                }
            }
        } catch (IOException | RuntimeException e) {
            return sample.toString();
        }
        return sample.toString();
    }

    /** The project file at the archive's root (.qde, any case), or null. */
    private static ZipEntry projectEntry(java.util.zip.ZipFile zip) {
        return zip.stream().filter(e -> !e.getName().contains("/")
                && e.getName().toLowerCase(Locale.ROOT).endsWith(".qde")).findFirst().orElse(null);
    }

    private static final java.util.regex.Pattern PROJECT_NAME = java.util.regex.Pattern.compile(
            "<(?:[\\w.-]+:)?Project\\b[^>]*?\\sname\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /**
     * The study's name as the project file gives it (its Project's name), read from the file's first bytes only;
     * the archive's own name where that is empty or NVivo's "Untitled". For the question where to put it.
     */
    static String projectName(Path file) {
        String fallback = file.getFileName().toString().replaceFirst("(?i)\\.qdpx$", "");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            ZipEntry qde = projectEntry(zip);
            if (qde == null) {
                return fallback;
            }
            byte[] head;
            try (InputStream in = zip.getInputStream(qde)) {
                head = in.readNBytes(16 * 1024);
            }
            boolean wide = head.length >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
                    || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF);
            String text = new String(head, wide ? java.nio.charset.StandardCharsets.UTF_16
                    : java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = PROJECT_NAME.matcher(text);
            if (!m.find()) {
                return fallback;
            }
            String name = unescape(m.group(1) != null ? m.group(1) : m.group(2)).strip();
            return name.isEmpty() || name.equalsIgnoreCase("Untitled") ? fallback : name;
        } catch (IOException | RuntimeException e) {
            return fallback; // the full read says what is wrong with the file
        }
    }

    private static String unescape(String attribute) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&(?:#(\\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));")
                .matcher(attribute);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String named = m.group(3);
            String replacement;
            if (named != null) {
                replacement = switch (named) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    default -> "'";
                };
            } else {
                int code = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2), m.group(1) != null ? 10 : 16);
                replacement = Character.isValidCodePoint(code) ? Character.toString(code) : "";
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    /** Whether the bytes begin as a zip's local file header does ("PK\3\4"). */
    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean startsLikeAZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return isZip(in.readNBytes(4));
        } catch (IOException e) {
            return false;
        }
    }

    static QdpxArchive read(Path file) throws InteropException {
        return read(file, Limits.DEFAULT);
    }

    static QdpxArchive read(Path file, Limits limits) throws InteropException {
        byte[] qde = null;
        String qdeName = null;
        Map<String, byte[]> texts = new HashMap<>();
        Map<String, Long> others = new HashMap<>();
        long kept = 0;
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024]; // one for the whole archive: 100,000 tiny entries are no reason for more
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new InteropException(file, "zip.tooManyEntries", limits.maxEntries());
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.contains("../") || name.contains(":")) {
                    throw new InteropException(file, "zip.unsafePath", entry.getName());
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                boolean isQde = !lower.contains("/") && lower.endsWith(".qde");
                boolean isSource = lower.startsWith("sources/") && lower.indexOf('/', 8) < 0;
                String fileName = isSource ? lower.substring(8) : lower;
                boolean keep = isQde || (isSource && fileName.endsWith(".txt"));
                if (keep) {
                    long budget = limits.maxKeptBytes() - kept;
                    byte[] bytes = readLimited(zip, file, name, isQde ? budget : Math.min(budget, MAX_SOURCE_BYTES),
                            buffer);
                    kept += bytes.length;
                    total += bytes.length;
                    if (isQde) {
                        if (qde != null) {
                            throw new InteropException(file, "zip.twoProjects", qdeName, name);
                        }
                        qde = bytes;
                        qdeName = name;
                    } else if (texts.put(fileName, bytes) != null) {
                        // Which of the two the tool meant cannot be told: the later would silently win.
                        throw new InteropException(file, "zip.twoSources", name);
                    }
                } else {
                    long size = drain(zip, file, limits.maxTotalBytes() - total, buffer);
                    total += size;
                    if (isSource && !fileName.startsWith(".") && others.put(fileName, size) != null) {
                        throw new InteropException(file, "zip.twoSources", name);
                    }
                }
            }
        } catch (ZipException e) {
            // An entry stored without compression cut off: the stream's own words for an end come too soon.
            boolean cut = e.getMessage() != null && e.getMessage().contains("unexpected EOF");
            throw cut ? new InteropException(file, e, "zip.truncated")
                    : new InteropException(file, e, "zip.damaged", String.valueOf(e.getMessage()));
        } catch (java.io.EOFException e) { // read from the archive: it stops in the middle of an entry
            throw new InteropException(file, e, "zip.truncated");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InteropException(file, "file.notExists");
        } catch (IOException e) {
            throw new InteropException(file, e, "file.unreadable", String.valueOf(e.getMessage()));
        }
        if (entries == 0) {
            throw new InteropException(file, "zip.notZip"); // no archive at all (or an empty one)
        }
        if (qde == null) {
            throw new InteropException(file, "zip.noProject");
        }
        return new QdpxArchive(qde, qdeName, texts, others);
    }

    private static byte[] readLimited(InputStream in, Path file, String name, long budget, byte[] buffer)
            throws IOException, InteropException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > budget || read > MAX_ENTRY_BYTES) {
                throw new InteropException(file, "zip.entryTooLarge", name);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static long drain(InputStream in, Path file, long budget, byte[] buffer)
            throws IOException, InteropException {
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > budget) {
                throw new InteropException(file, "zip.tooLarge");
            }
        }
        return read;
    }
}
