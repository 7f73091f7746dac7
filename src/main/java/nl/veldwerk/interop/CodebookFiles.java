package nl.veldwerk.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Relation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Codebooks as files: our JSON (everything a code has, and the relations), and CSV for spreadsheets
 * (one row per code: name, parent, phase, colour, definition, indicators, inclusion, exclusion, anchor;
 * a parent is written as its path, "Vraagkant > Sociaal netwerk"; headers may also be Dutch). The
 * built-in factor codebook of the sample study ships as JSON.
 */
public final class CodebookFiles {
    static final String FORMAT = "veldwerk-codebook";
    private static final String PATH_SEPARATOR = " > ";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final List<String> COLUMNS = List.of("name", "parent", "phase", "colour", "definition",
            "indicators", "inclusion", "exclusion", "anchor");
    /** {@link #COLUMNS} as a Dutch spreadsheet heads them. */
    private static final List<String> DUTCH_COLUMNS = List.of("naam", "ouder", "fase", "kleur", "definitie",
            "indicatoren", "inclusie", "exclusie", "ankervoorbeeld");
    /** Headers read as the columns they name: the Dutch ones, and "color" spelt the American way. */
    private static final Map<String, String> DUTCH = headersRead();

    private static final Map<Phase, String> DUTCH_PHASES = Map.of(Phase.OPEN, "open", Phase.AXIAL, "axiaal",
            Phase.SELECTIVE, "selectief");

    /** The JSON file's shape. */
    record JsonCodebook(String format, int version, String name, List<Code> codes, List<Relation> relations) {
    }

    private CodebookFiles() {
    }

    private static Map<String, String> headersRead() {
        Map<String, String> read = new HashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            read.put(DUTCH_COLUMNS.get(i), COLUMNS.get(i));
        }
        read.put("color", "colour");
        return Map.copyOf(read);
    }

    // ---- JSON -----------------------------------------------------------------------------------

    public static void writeJson(Codebook codebook, Path file) throws InteropException {
        write(file, () -> JSON.writeValueAsBytes(new JsonCodebook(FORMAT, 1, codebook.name(), codebook.codes(),
                codebook.relations())));
    }

    public static Codebook readJson(Path file) throws InteropException {
        try (InputStream in = Files.newInputStream(file)) {
            return readJson(in, file);
        } catch (NoSuchFileException e) {
            throw new InteropException(file, "file.notExists");
        } catch (IOException e) {
            throw new InteropException(file, e, "file.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /**
     * A code whose indicators are one per line, as the window and the codebook CSV have them: an indicator of two
     * lines written by hand in a .json codebook lost its second line in a .qdc or .qdpx later, unsaid (QA).
     */
    private static Code indicatorsPerLine(Code code) {
        if (code == null || code.indicators() == null || code.indicators().stream().noneMatch(i -> i != null
                && i.lines().count() > 1)) {
            return code;
        }
        return code.withDefinition(code.definition(), code.indicators().stream().filter(java.util.Objects::nonNull)
                .flatMap(String::lines).map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /** The factor codebook of the sample study (DESIGN §2, the thesis's Tabel 1), Dutch with English glosses. */
    public static Codebook factorTemplate() {
        try (InputStream in = CodebookFiles.class.getResourceAsStream("factor-codebook.json")) {
            return readJson(in, Path.of("factor-codebook.json"));
        } catch (IOException | InteropException e) {
            throw new IllegalStateException("the built-in codebook is damaged", e);
        }
    }

    private static Codebook readJson(InputStream in, Path file) throws InteropException {
        try {
            JsonCodebook read = JSON.readValue(in, JsonCodebook.class);
            if (read == null || !FORMAT.equals(read.format()) || read.codes() == null) {
                throw new InteropException(file, "codebook.notOurs");
            }
            requireATree(file, read.codes());
            return new Codebook(read.name(), nl.veldwerk.model.CodeOrder.parentsFirst(read.codes().stream()
                    .map(CodebookFiles::indicatorsPerLine).toList()), read.relations());
        } catch (JacksonException e) {
            if (e.getCause() instanceof ModelException invalid) { // a code the model refuses, in its own words
                throw new InteropException(file, e, "codebook.invalid", invalid.userText());
            }
            // Where, not the parser's words (they named Java classes and "StreamReadFeature": QA).
            var at = e.getLocation();
            throw new InteropException(file, e, "codebook.badJson", at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr());
        } catch (ModelException e) {
            throw new InteropException(file, e, "codebook.invalid", e.userText());
        }
    }

    /**
     * The codes make one tree, as the CSV reader requires too: ids once each, every parent in the file, no code
     * above itself. A second code of an id was dropped, a missing parent made a top-level code and a loop was
     * broken somewhere, all without a word (QA).
     */
    private static void requireATree(Path file, List<Code> codes) throws InteropException {
        Map<String, Code> byId = new HashMap<>();
        for (Code c : codes) {
            if (c == null) {
                throw new InteropException(file, "codebook.badJson", -1, -1);
            }
            Code before = byId.putIfAbsent(c.id(), c);
            if (before != null) {
                throw new InteropException(file, "codebook.idTwice", c.id(), before.name(), c.name());
            }
        }
        for (Code c : codes) {
            if (c.parentId() != null && !byId.containsKey(c.parentId())) {
                throw new InteropException(file, "codebook.parentMissing", c.name(), c.parentId());
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Code at = c; at != null && at.parentId() != null; at = byId.get(at.parentId())) {
                if (!seen.add(at.id())) {
                    throw new InteropException(file, "codebook.loop", c.name());
                }
            }
        }
    }

    // ---- CSV ------------------------------------------------------------------------------------

    public static void writeCsv(Codebook codebook, Path file) throws InteropException {
        writeCsv(codebook, file, Locale.ENGLISH);
    }

    /**
     * The codebook as a CSV for a spreadsheet in {@code language}: in Dutch with Dutch headers and phases and
     * separated by semicolons, as Dutch Excel reads a CSV (with commas every code stood in one cell of column A);
     * otherwise English and commas. Both read back ({@link #readCsv}).
     */
    public static void writeCsv(Codebook codebook, Path file, Locale language) throws InteropException {
        boolean dutch = language.getLanguage().equals("nl");
        Map<String, Code> byId = new HashMap<>();
        codebook.codes().forEach(c -> byId.put(c.id(), c));
        String[] header = (dutch ? DUTCH_COLUMNS : COLUMNS).toArray(String[]::new);
        write(file, () -> {
            StringWriter out = new StringWriter();
            out.write('\uFEFF'); // Excel reads UTF-8 only with its mark
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header)
                    .setDelimiter(dutch ? ';' : ',').get())) {
                for (Code c : codebook.codes()) {
                    csv.printRecord(asText(c.name()), asText(path(byId, c.parentId())), dutch
                            ? DUTCH_PHASES.get(c.phase()) : c.phase().name().toLowerCase(Locale.ROOT), c.color(),
                            asText(c.definition()), asText(String.join("\n", c.indicators())), asText(c.inclusion()),
                            asText(c.exclusion()), asText(c.anchor()));
                }
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    /**
     * A value a spreadsheet shows as text: one starting with =, +, - or @ (a definition's "- bullet", a code named
     * "=x") after a space, as the quotation reports write it, or Excel runs it as a formula (QA). Reading trims the
     * space off again.
     */
    private static String asText(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? " " + value : value;
    }

    /**
     * Reads a codebook CSV as spreadsheets save it: UTF-8 (with or without its mark) or, when it is not valid
     * UTF-8, Windows-1252 (Excel's "CSV" on a Western European Windows); commas, or the semicolons that Dutch
     * and German Excel write, or tabs, whichever the header row is separated by.
     */
    public static Codebook readCsv(Path file) throws InteropException {
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InteropException(file, "file.notExists");
        } catch (IOException e) {
            throw new InteropException(file, e, "codebook.badCsv", String.valueOf(e.getMessage()));
        }
        try (Reader in = new java.io.StringReader(text);
             CSVParser csv = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180.builder()
                     .setDelimiter(delimiter(text)).setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .setTrim(true).get()).get()) {
            Map<String, String> column = columns(file, csv.getHeaderNames());
            Map<String, String> idByPath = new LinkedHashMap<>();
            Map<String, List<String>> idsByName = new HashMap<>();
            List<Code> codes = new ArrayList<>();
            java.util.Set<String> uncoloured = new java.util.HashSet<>();
            for (CSVRecord row : csv) {
                String name = value(row, column, "name");
                if (name.isBlank()) {
                    continue;
                }
                String parentText = value(row, column, "parent");
                String parentId = null;
                if (!parentText.isBlank()) {
                    parentId = idByPath.get(parentText);
                    List<String> byName = idsByName.getOrDefault(parentText, List.of());
                    if (parentId == null && byName.size() == 1) {
                        parentId = byName.getFirst();
                    }
                    if (parentId == null) {
                        throw new InteropException(file, "codebook.unknownParent", row.getRecordNumber() + 1, name,
                                parentText);
                    }
                }
                String id = Ids.newId();
                String pathText = parentId == null ? name : pathOf(idByPath, parentId) + PATH_SEPARATOR + name;
                idByPath.put(pathText, id);
                idsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(id);
                String colour = value(row, column, "colour");
                List<String> indicators = value(row, column, "indicators").lines().map(String::trim)
                        .filter(l -> !l.isEmpty()).toList();
                if (colour.isBlank()) {
                    uncoloured.add(id);
                }
                codes.add(new Code(id, name, colour.isBlank() ? nl.veldwerk.model.Colors.palette(codes.size()) : colour,
                        parentId, phase(file, row, value(row, column, "phase")), value(row, column, "definition"),
                        indicators, "", value(row, column, "inclusion"), value(row, column, "exclusion"),
                        value(row, column, "anchor"), null));
            }
            return new Codebook(file.getFileName().toString().replaceFirst("\\.[^.]+$", ""), codes, List.of(),
                    uncoloured);
        } catch (NoSuchFileException e) {
            throw new InteropException(file, "file.notExists");
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            java.util.regex.Matcher unclosed = UNCLOSED_QUOTE.matcher(String.valueOf(e.getMessage()));
            if (unclosed.find()) { // said as what it is, not in the CSV library's words (QA)
                throw new InteropException(file, e, "codebook.unclosedQuote", unclosed.group(1));
            }
            throw new InteropException(file, e, "codebook.badCsv", String.valueOf(e.getMessage()));
        } catch (ModelException e) {
            throw new InteropException(file, e, "codebook.invalid", e.userText());
        }
    }

    /** Commons CSV's words for a quoted value the file's end came before the close of, with its line. */
    private static final java.util.regex.Pattern UNCLOSED_QUOTE = java.util.regex.Pattern.compile(
            "\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    /** The file's text: UTF-16 by its mark (Excel's "Unicode text"), else UTF-8, else Windows-1252; no mark left. */
    private static String decode(byte[] bytes) {
        String text = undecoded(bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // a quoted first heading read the mark in
    }

    private static String undecoded(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /** The separator the header row uses most, outside quotes: ',' when it names one column only. */
    private static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    private static Map<String, String> columns(Path file, List<String> header) throws InteropException {
        Map<String, String> column = new HashMap<>();
        for (String h : header) {
            String key = h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            column.put(DUTCH.getOrDefault(key, key), h);
        }
        if (!column.containsKey("name")) {
            throw new InteropException(file, "codebook.noNameColumn");
        }
        return column;
    }

    private static String value(CSVRecord row, Map<String, String> column, String name) {
        String header = column.get(name);
        return header == null || !row.isMapped(header) || !row.isSet(header) ? "" : row.get(header);
    }

    private static Phase phase(Path file, CSVRecord row, String text) throws InteropException {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "", "open" -> Phase.OPEN;
            case "axial", "axiaal" -> Phase.AXIAL;
            case "selective", "selectief" -> Phase.SELECTIVE;
            default -> throw new InteropException(file, "codebook.badPhase", row.getRecordNumber() + 1, text);
        };
    }

    private static String path(Map<String, Code> byId, String codeId) {
        if (codeId == null) {
            return "";
        }
        Code c = byId.get(codeId);
        String above = path(byId, c.parentId());
        return above.isEmpty() ? c.name() : above + PATH_SEPARATOR + c.name();
    }

    private static String pathOf(Map<String, String> idByPath, String id) {
        return idByPath.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    // ---- writing --------------------------------------------------------------------------------

    private interface Bytes {
        byte[] get() throws IOException;
    }

    /** The content made first, then written whole or not at all (the same way as a REFI-QDA export). */
    private static void write(Path file, Bytes bytes) throws InteropException {
        byte[] content;
        try {
            content = bytes.get();
        } catch (IOException | JacksonException e) {
            throw new InteropException(file, e, "file.unwritable", String.valueOf(e.getMessage()));
        }
        RefiExport.writeAtomically(file, out -> out.write(content));
    }
}
