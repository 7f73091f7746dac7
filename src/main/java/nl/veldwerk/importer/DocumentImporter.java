package nl.veldwerk.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Limits;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.UserText;

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
        } else if (name.endsWith(".sbv")) {
            return SourceFormat.SBV;
        }
        return SourceFormat.OTHER;
    }

    public Document importFile(Path file, Instant when) throws ImportException {
        return documentOf(file, analyse(file), when);
    }

    /** The document a file becomes, as {@code analysis} read it. */
    public static Document documentOf(Path file, TranscriptAnalysis analysis, Instant when) {
        // SubViewer subtitles are kept as subtitles (SRT): a project with the newer name could not be opened by a
        // Veldwerk from before it, and nothing reads the two apart (review).
        SourceFormat format = formatOf(file) == SourceFormat.SBV ? SourceFormat.SRT : formatOf(file);
        return Document.of(Ids.newId(), nameOf(file), analysis.text(), format, analysis.turns(), when);
    }

    /** Reads a file's text and its structure (layout, speakers, time marks), as the import preview shows it. */
    public TranscriptAnalysis analyse(Path file) throws ImportException {
        Extracted extracted = extracted(file, turns.labelsGiven());
        TranscriptLayout named = extracted.named();
        // The speakers subtitles (or a table's speaker column) name are speakers, however they are written
        // ("marieke", "+31 6 1234 5678").
        TranscriptAnalysis analysis = (named != null ? turns.trusting(extracted.speakers()) : turns)
                .analyse(extracted.text());
        analysis = analysis.withNotes(extracted.notes().withMarks(analysis.timeMarks())).withLeftOut(extracted.leftOut());
        return named != null && !analysis.turns().isEmpty() ? analysis.as(named) : analysis;
    }

    /** A file's text alone, decoded and normalised, without looking for its structure. */
    public static String text(Path file) throws ImportException {
        return extracted(file, List.of()).text();
    }

    /**
     * A file's text, the layout it was written out from ({@code named}: subtitles, a timespan table; null for a
     * text as it is), and the speakers those name (their voices), if any.
     */
    private record Extracted(String text, List<String> speakers, TranscriptLayout named, ReadNotes notes,
                             LeftOut leftOut) {
        static Extracted plain(String text) {
            return new Extracted(text, List.of(), null, ReadNotes.NONE, LeftOut.NONE);
        }

        /** With what the file held beside its text, beside what reading the text found (a WebVTT's notes). */
        Extracted with(LeftOut left) {
            return new Extracted(text, speakers, named, notes, leftOut.and(left));
        }

        /** With how its bytes were decoded (a plain text's, a subtitle file's). */
        Extracted decodedAs(TextDecoder.Decoded decoded) {
            return new Extracted(text, speakers, named, notes.decodedAs(decoded), leftOut);
        }
    }

    /** {@code known}: speaker labels the user named, which subtitles take as speakers on any line of a cue. */
    private static Extracted extracted(Path file, List<String> known) throws ImportException {
        SourceFormat format = formatOf(file);
        if (format == SourceFormat.OTHER) {
            // A path that is not there is said to be missing, whatever its name (it was "not a supported type").
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            throw new ImportException(file, !Files.exists(file) ? "file.notExists"
                    : name.endsWith(".doc") || name.endsWith(".wpd") || name.endsWith(".pages") || name.endsWith(".dot")
                    ? "type.saveAsDocx" : name.endsWith(".pdf") ? "type.pdf" : "type.unsupported");
        }
        Extracted raw = extract(file, format, read(file), known);
        String text = TextDecoder.normalise(raw.text());
        if (text.isBlank()) {
            throw new ImportException(file, "text.none");
        }
        if (text.length() > Limits.TEXT) {
            // Not counting the line end a text without one is given here (QA: a file of exactly the limit was said
            // to hold one character more); said to be what takes it over the limit.
            boolean lineEndGiven = !raw.text().endsWith("\n") && !raw.text().endsWith("\r");
            throw new ImportException(file, lineEndGiven ? "text.tooLongWithLineEnd" : "text.tooLong",
                    text.length() - (lineEndGiven ? 1 : 0), Limits.TEXT);
        }
        return new Extracted(text, raw.speakers(), raw.named(), raw.notes(), raw.leftOut());
    }

    /** The document's name: the file's name without its extension. */
    public static String nameOf(Path file) {
        // Blanks as one space, none at either end: a name with a line break or a trailing space from the file's name
        // showed so in lists and reports (QA).
        String name = BLANKS.matcher(EXTENSION.matcher(file.getFileName().toString()).replaceFirst("")).replaceAll(" ")
                .strip();
        return name.isEmpty() ? file.getFileName().toString().strip() : name;
    }

    /** Compiled once: compiled for each file, they were a third of making the document from its analysis (issue 24). */
    private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern.compile("\\.[^.]+$");
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

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

    private static Extracted extract(Path file, SourceFormat format, byte[] bytes, List<String> known)
            throws ImportException {
        if (bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-') {
            throw new ImportException(file, "type.pdf"); // renamed: said as what it is (QA), not "another kind of file"
        }
        if ((format == SourceFormat.TXT || format == SourceFormat.SRT || format == SourceFormat.VTT
                || format == SourceFormat.SBV)
                && TextDecoder.looksBinary(bytes)) {
            throw new ImportException(file, "text.binary");
        }
        if ((format == SourceFormat.DOCX || format == SourceFormat.ODT) && oldOfficeFile(bytes)) {
            // Word 97–2003 (.doc renamed) and a password-protected .docx are both such a file: POI's own words
            // about OOXML and HSSF told a researcher nothing.
            throw new ImportException(file, "format.oldOrProtected");
        }
        SourceFormat inside = format == SourceFormat.DOCX || format == SourceFormat.ODT ? officeInside(file, format, bytes)
                : format;
        try {
            return switch (inside) {
                case TXT -> {
                    TextDecoder.Decoded decoded = TextDecoder.decodeNoting(bytes);
                    yield inside(file, decoded.text(), known).decodedAs(decoded);
                }
                case DOCX -> inside(file, DocxText.extract(new ByteArrayInputStream(bytes)), known);
                case RTF -> {
                    RtfText.Extracted rtf = RtfText.extractWithLeftOut(new String(bytes, StandardCharsets.ISO_8859_1));
                    yield Extracted.plain(rtf.text()).with(rtf.leftOut());
                }
                case ODT -> inside(file, OdtText.extract(new ByteArrayInputStream(bytes)), known);
                case SRT, VTT, SBV -> {
                    TextDecoder.Decoded decoded = TextDecoder.decodeNoting(bytes);
                    String cues = inside == SourceFormat.SBV ? SubtitleText.sbvTimesAsArrows(decoded.text())
                            : decoded.text();
                    yield subtitles(file, SubtitleText.of(cues, SubtitleText.Source.FILE, known)).decodedAs(decoded);
                }
                default -> throw new IllegalStateException(format.name());
            };
        } catch (IOException | XMLStreamException | RuntimeException e) {
            System.getLogger(DocumentImporter.class.getName()).log(System.Logger.Level.DEBUG, "Not imported: "
                    + file, e);
            throw new ImportException(file, e, "format.unreadable." + format.name(), reason(e));
        }
    }

    /**
     * Which of the two office formats a .docx or .odt file holds, judged by its zip directory: one under the
     * other's name is read as what it is; a file cut short, not a zip, or a zip of other files is refused in our
     * words (the libraries' named content-type parts, or half a transcript read without a word).
     */
    private static SourceFormat officeInside(Path file, SourceFormat named, byte[] bytes) throws ImportException {
        return switch (OfficeZip.of(bytes)) {
            case NOT_ZIP -> throw new ImportException(file, "format.notZip." + named.name());
            case CUT_SHORT -> throw new ImportException(file, "zip.cutShort");
            case OTHER_ZIP -> throw new ImportException(file, "format.otherZip." + named.name());
            case DOCX -> SourceFormat.DOCX;
            case ODT -> SourceFormat.ODT;
            case UNCLEAR -> named;
        };
    }

    /** Subtitles with text but not one time line that can be read are no subtitles (a text saved as .srt). */
    private static Extracted subtitles(Path file, SubtitleText.Read read) throws ImportException {
        if (!read.timed() && !read.text().isBlank()) {
            throw new ImportException(file, "subtitles.noTimes");
        }
        LeftOut notes = read.notes().isEmpty() ? LeftOut.NONE : new LeftOut(0, read.notes().size(), 0, false,
                LeftOut.kept(read.notes().stream().map(n -> new LeftOut.Kept(true, null, n)).toList()));
        return new Extracted(read.text(), read.speakers(), TranscriptLayout.SUBTITLES,
                ReadNotes.NONE.withTimes(read.unreadableTimes(), read.cuesReordered(), read.cuesJoined()), notes);
    }

    /**
     * A text, read as the subtitles it holds when it is subtitles inside (a WebVTT file saved as .txt, the old
     * Teams transcript in Word): each turn then had the time of the cue's end, its time line at the end of the
     * turn before.
     */
    private static Extracted inside(Path file, String text, List<String> known) throws ImportException {
        if (SubtitleText.shaped(text)) {
            return subtitles(file, SubtitleText.of(text, SubtitleText.layoutInside(text), known));
        }
        TimespanTable.Read table = TimespanTable.of(text);
        return table == null ? Extracted.plain(text)
                : new Extracted(table.text(), table.speakers(), TranscriptLayout.TIMESPAN_TABLE, ReadNotes.NONE,
                LeftOut.NONE);
    }

    /** A word processor's text, as {@link #inside(Path, String, List)} reads it, with what it left out. */
    private static Extracted inside(Path file, OfficeText read, List<String> known) throws ImportException {
        return inside(file, read.text(), known).with(read.leftOut());
    }

    /** Whether the bytes are an OLE2 compound file: an old .doc, or an encrypted Office document. */
    private static boolean oldOfficeFile(byte[] bytes) {
        return TextDecoder.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    /** The XML parsers' words for an entity used but not declared ("The entity "nbsp" was referenced, ..."). */
    private static final java.util.regex.Pattern UNDECLARED_ENTITY = java.util.regex.Pattern.compile(
            "entity \"([\\w.-]{1,40})\" was referenced, but not declared");

    /** "ParseError at [row,col]:[3,211]\nMessage: ...": the line and what the parser found there. */
    private static final java.util.regex.Pattern STAX_PLACE = java.util.regex.Pattern.compile(
            "ParseError at \\[row,col\\]:\\[(\\d+),\\d+\\]\\s*Message: (.+)", java.util.regex.Pattern.DOTALL);

    /** What a library said went wrong, in one line, without the names of its exception classes. */
    private static Object reason(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // The XML parser's own words for what the safe reading refuses, and a StAX error's place on a line of its own,
        // said in the user's words (they read "DOCTYPE is disallowed when the feature "http://apache.org/xml/..."").
        if (message.contains("DOCTYPE")) {
            return UserText.of(ImportException.class, "xml.declarations");
        }
        java.util.regex.Matcher entity = UNDECLARED_ENTITY.matcher(message);
        if (entity.find()) { // "&nbsp;" in a file's XML, which only HTML knows (or declared in a DTD left unread)
            return UserText.of(ImportException.class, "xml.undeclaredEntity", "&" + entity.group(1) + ";");
        }
        if (message.contains("maxElementDepth")) {
            return UserText.of(ImportException.class, "xml.tooDeep");
        }
        java.util.regex.Matcher place = STAX_PLACE.matcher(message);
        if (place.find()) {
            return UserText.of(ImportException.class, "xml.atLine", place.group(1),
                    place.group(2).strip().lines().findFirst().orElse(""));
        }
        String line = message.lines().findFirst().orElse(message);
        return line.replaceAll("(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ", "").replace("error: ", "");
    }
}
