package nl.veldwerk.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Limits;
import nl.veldwerk.model.SourceFormat;

/** Reads one transcript file into a new {@link Document}; nothing is added to a project here. */
public final class DocumentImporter {
    /** Files larger than this are almost surely not transcripts (and would not fit a Java string anyway). */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private final SpeakerTurnDetector turns;

    public DocumentImporter(SpeakerTurnDetector turns) {
        this.turns = turns;
    }

    public DocumentImporter() {
        this(SpeakerTurnDetector.automatic());
    }

    /** The formats this importer reads, by file extension. */
    public static SourceFormat formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return SourceFormat.TXT;
        } else if (name.endsWith(".docx")) {
            return SourceFormat.DOCX;
        } else if (name.endsWith(".rtf")) {
            return SourceFormat.RTF;
        } else if (name.endsWith(".odt")) {
            return SourceFormat.ODT;
        } else if (name.endsWith(".srt")) {
            return SourceFormat.SRT;
        } else if (name.endsWith(".vtt")) {
            return SourceFormat.VTT;
        }
        return SourceFormat.OTHER;
    }

    public Document importFile(Path file, Instant when) throws ImportException {
        TranscriptAnalysis analysis = analyse(file);
        return Document.of(Ids.newId(), nameOf(file), analysis.text(), formatOf(file), analysis.turns(), when);
    }

    /** Reads a file's text and its structure (layout, speakers, time marks), as the import preview shows it. */
    public TranscriptAnalysis analyse(Path file) throws ImportException {
        TranscriptAnalysis analysis = turns.analyse(text(file));
        SourceFormat format = formatOf(file);
        boolean subtitles = format == SourceFormat.SRT || format == SourceFormat.VTT;
        return subtitles && !analysis.turns().isEmpty() ? analysis.as(TranscriptLayout.SUBTITLES) : analysis;
    }

    /** A file's text alone, decoded and normalised, without looking for its structure. */
    public static String text(Path file) throws ImportException {
        SourceFormat format = formatOf(file);
        if (format == SourceFormat.OTHER) {
            throw new ImportException(file, "type.unsupported");
        }
        String text = TextDecoder.normalise(extract(file, format, read(file)));
        if (text.isBlank()) {
            throw new ImportException(file, "text.none");
        }
        if (text.length() > Limits.TEXT) {
            throw new ImportException(file, "text.tooLong", text.length(), Limits.TEXT);
        }
        return text;
    }

    /** The document's name: the file's name without its extension. */
    public static String nameOf(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }

    private static byte[] read(Path file) throws ImportException {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A folder, a pipe or a device (/dev/zero, /dev/stdin) would never end or never be a transcript.
                throw new ImportException(file, "file.notPlain");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(file, "size.tooLarge");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "file.notExists");
        } catch (IOException e) {
            throw new ImportException(file, e, "file.unreadable", reason(e));
        }
    }

    private static String extract(Path file, SourceFormat format, byte[] bytes) throws ImportException {
        if ((format == SourceFormat.TXT || format == SourceFormat.SRT || format == SourceFormat.VTT)
                && TextDecoder.looksBinary(bytes)) {
            throw new ImportException(file, "text.binary");
        }
        try {
            return switch (format) {
                case TXT -> TextDecoder.decode(bytes);
                case DOCX -> DocxText.extract(new ByteArrayInputStream(bytes));
                case RTF -> RtfText.extract(new String(bytes, StandardCharsets.ISO_8859_1));
                case ODT -> OdtText.extract(new ByteArrayInputStream(bytes));
                case SRT, VTT -> SubtitleText.read(TextDecoder.decode(bytes));
                default -> throw new IllegalStateException(format.name());
            };
        } catch (IOException | XMLStreamException | RuntimeException e) {
            System.getLogger(DocumentImporter.class.getName()).log(System.Logger.Level.DEBUG, "Not imported: "
                    + file, e);
            throw new ImportException(file, e, "format.unreadable." + format.name(), reason(e));
        }
    }

    /** What a library said went wrong, in one line, without the names of its exception classes. */
    private static String reason(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String line = message.lines().findFirst().orElse(message);
        return line.replaceAll("(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ", "").replace("error: ", "");
    }
}
