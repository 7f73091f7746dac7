package nl.veldwerk.importer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The plain text of an RTF file: paragraphs, tabs, table cells and Unicode, without fonts, styles,
 * pictures, headers and field codes. RTF is 7-bit text with groups and control words, so a small reader
 * covers what word processors write for transcripts.
 */
final class RtfText {
    /** Destinations whose content is not part of the document's text. */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict",
            "object", "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
            "footnote", "fldinst", "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl",
            "listtable", "listoverridetable", "rsidtbl", "generator", "pgdsctbl", "revtbl", "filetbl", "bkmkstart",
            "bkmkend", "annotation", "atnid", "atnauthor", "nonshppict", "mmathPr", "wgrffmtfilter",
            // a shape's properties and its drawing for older readers (which holds its text a second time)
            "sp", "shprslt",
            // the same nested table again for readers without nested tables
            "nonesttables",
            // a list item's number or bullet as the writer drew it ("1.", "·", a symbol font's private character):
            // not what was said, and before a speaker's label it hid the turn; index and contents entries
            "listtext", "pntext", "pntxta", "pntxtb", "xe", "tc", "tcn");

    /**
     * @param skip    inside a destination that is not text (a font table, the document's title and author)
     * @param deleted text a tracked change deleted ({@code \\deleted}): not what the transcript says now
     * @param hidden  hidden text ({@code \\v}), which Word does not show or print
     * @param font    the font's number ({@code \\fN}), whose character set decodes {@code \\'xx}; -1 for none
     */
    private record State(boolean skip, int unicodeSkip, boolean deleted, boolean hidden, int font) {
        boolean writes() {
            return !skip && !deleted && !hidden;
        }

        State skipping() {
            return new State(true, unicodeSkip, deleted, hidden, font);
        }
    }

    private final String rtf;
    /** Where text is written: the transcript, or while in a shape's text, that shape's. */
    private StringBuilder out = new StringBuilder();
    /** The transcript while a shape's text is read. */
    private StringBuilder transcript;
    /** Whether the transcript's paragraph was in a table when a shape's text began (that text's \\pard ends it). */
    private boolean tableBeforeShape;
    /** Shapes' texts read in the paragraph being written: lines after it. */
    private final StringBuilder shapesAfter = new StringBuilder();
    /** Whether the paragraph being written is in a table (a cell's paragraphs are joined by spaces, as .docx's). */
    private boolean inTable;
    private final ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();
    private Charset charset = TextDecoder.WINDOWS_1252;
    /**
     * The character set of each font the font table names by its own ({@code \\fcharset}): "Caf\\'e9" in a
     * Western font of a Cyrillic document, Greek or Turkish words in their fonts were decoded in the document's
     * code page ("Cafй").
     */
    private final java.util.Map<Integer, Charset> fontCharsets = new java.util.HashMap<>();
    /** The font of the text being read (kept with the state), whose bytes {@link #flushBytes} decodes. */
    private int currentFont = -1;
    private int defaultFont = -1;
    private final Deque<State> stack = new ArrayDeque<>();
    /** Whether the text ended with a group still open (see {@link LeftOut#endMissing}). */
    private boolean endMissing;
    private State state = new State(false, 1, false, false, -1);
    /** Characters still to pass over: the fallback of a \\u character for readers without Unicode. */
    private int skipChars;
    /** The depth of the font table's group while it is read (its fonts' character sets), -1 outside it. */
    private int fontTableDepth = -1;
    private Integer fontDefined;
    /**
     * After \\upr, the depth whose next group (the text for readers without Unicode) is passed over, for the
     * {\\*\\ud} group after it that holds the same in Unicode; -1 otherwise.
     */
    private int unicodePairDepth = -1;
    /**
     * The depth of the group of a shape's text (a text box; a PDF converted to RTF has its pages in them), read
     * as lines of their own; -1 outside one.
     */
    private int shapeTextDepth = -1;
    private int pos;
    /** What the document holds beside its text and is left out: footnotes, comments, headers and footers. */
    private int notes;
    private int comments;
    private int headersAndFooters;
    /** The comments' and notes' words read so far, kept for the document's import notes (as a Word file's). */
    private final java.util.List<LeftOut.Kept> kept = new java.util.ArrayList<>();
    /**
     * The depth of the comment's or note's group being read into a text of its own ({@link #out} meanwhile), or
     * of the comment author's group ({@code \*\atnauthor}); -1 outside one.
     */
    private int keptDepth = -1;
    private boolean keptComment;
    private boolean keptIsAuthor;
    private StringBuilder outBeforeKept;
    /** The author named before the comment that follows ({@code {\*\atnauthor Jan}}), null when none. */
    private String author;

    private RtfText(String rtf) {
        this.rtf = rtf;
    }

    /** Extracts the text; throws IllegalArgumentException when the input is not RTF. */
    static String extract(String rtf) {
        return extractWithLeftOut(rtf).text();
    }

    /** The text, and what the document held beside it and was left out (said, as a Word file's is: QA). */
    record Extracted(String text, LeftOut leftOut) {
    }

    static Extracted extractWithLeftOut(String rtf) {
        if (!rtf.stripLeading().startsWith("{\\rtf")) {
            throw new IllegalArgumentException("it does not start with {\\rtf");
        }
        RtfText reader = new RtfText(rtf);
        String text = reader.run();
        return new Extracted(text, new LeftOut(reader.notes, reader.comments, reader.headersAndFooters,
                reader.endMissing, LeftOut.kept(reader.kept)));
    }

    private void countLeftOut(String destination) {
        if (destination.equals("footnote")) {
            notes++;
        } else if (destination.equals("annotation")) {
            comments++;
        } else if (destination.startsWith("header") || destination.startsWith("footer")) {
            headersAndFooters++;
        }
    }

    private String run() {
        while (pos < rtf.length()) {
            currentFont = state.font();
            char c = rtf.charAt(pos++);
            if (c == '{') {
                openGroup();
            } else if (c == '}') {
                closeGroup();
            } else if (c == '\\') {
                backslash();
            } else if (c == '\n' || c == '\r') {
                continue;
            } else if (skipChars > 0) {
                skipChars--;
            } else if (state.writes()) {
                flushBytes();
                out.append(c);
            }
        }
        flushBytes();
        endMissing = !stack.isEmpty(); // a group still open: the file ends before its last brace
        if (keptDepth >= 0) { // a comment or note cut short by the file's end: the transcript is written again
            endKept();
        }
        if (shapeTextDepth >= 0) { // a shape's text cut short by the file's end
            endShapeText();
        }
        endLine();
        return out.append(shapesAfter).toString();
    }

    private void openGroup() {
        flushBytes();
        stack.push(state);
        boolean unicodeHalf = startsWithWord(pos, "\\*\\ud");
        if (unicodePairDepth >= 0 && stack.size() == unicodePairDepth + 1 && !unicodeHalf) {
            state = state.skipping(); // the text again for readers without Unicode
        } else if (rtf.startsWith("\\*", pos) && !rtf.startsWith("\\*\\shpinst", pos) && !unicodeHalf) {
            if (!state.skip() && startsWithWord(pos, "\\*\\annotation")) {
                countLeftOut("annotation"); // Word's comment: its text left out of the transcript, and said
                if (keep(true, false)) {
                    passOver("\\*\\annotation"); // its words read into a text of their own
                    return;
                }
            } else if (!state.skip() && startsWithWord(pos, "\\*\\atnauthor") && keep(false, true)) {
                passOver("\\*\\atnauthor"); // the next comment's author
                return;
            }
            state = state.skipping(); // a destination this reader need not know
        }
    }

    private void closeGroup() {
        flushBytes();
        skipChars = 0; // a \\u character's fallback ends with its group
        state = stack.isEmpty() ? state : stack.pop();
        if (fontTableDepth >= 0 && stack.size() < fontTableDepth) {
            fontTableDepth = -1;
        }
        if (unicodePairDepth >= 0 && stack.size() < unicodePairDepth) {
            unicodePairDepth = -1;
        }
        if (shapeTextDepth >= 0 && stack.size() < shapeTextDepth) {
            endShapeText();
        }
        if (keptDepth >= 0 && stack.size() < keptDepth) {
            endKept();
        }
    }

    /** Moves past a destination's name at the reading position, and the space that may end it. */
    private void passOver(String name) {
        pos += name.length();
        if (pos < rtf.length() && rtf.charAt(pos) == ' ') {
            pos++;
        }
    }

    /**
     * Reads the group just opened (a comment, a footnote, or a comment's author) into a text of its own, not the
     * transcript's; false (it is skipped) inside a shape's text or another such group.
     */
    private boolean keep(boolean comment, boolean isAuthor) {
        if (keptDepth >= 0 || shapeTextDepth >= 0) {
            return false;
        }
        flushBytes();
        keptDepth = stack.size();
        keptComment = comment;
        keptIsAuthor = isAuthor;
        outBeforeKept = out;
        out = new StringBuilder();
        return true;
    }

    /** The comment's, note's or author's group ends: its words kept, the transcript written again. */
    private void endKept() {
        flushBytes();
        String words = out.toString();
        out = outBeforeKept;
        outBeforeKept = null;
        keptDepth = -1;
        if (keptIsAuthor) {
            author = words.strip();
        } else {
            kept.add(new LeftOut.Kept(keptComment, keptComment ? author : null, words));
            author = null;
        }
    }

    /** A shape's text ends: a line of its own, after the paragraph the shape is in. */
    private void endShapeText() {
        shapeTextDepth = -1;
        endLine();
        shapesAfter.append(out);
        out = transcript;
        transcript = null;
        inTable = tableBeforeShape;
    }

    /** After a backslash: a control word or symbol. */
    private void backslash() {
        if (skipChars > 0 && pos < rtf.length() && rtf.charAt(pos) == '\'') {
            pos += 3; // a fallback byte for the preceding \\u character
            skipChars--;
            return;
        }
        ControlWord word = readControl(state.writes());
        if (word == null) {
            return;
        }
        if (word.name.equals("bin")) {
            // \\binN: N raw bytes follow (a picture), which may hold braces: passed over, never text.
            pos = (int) Math.min(rtf.length(), pos + Math.max(0L, word.parameter == null ? 0 : word.parameter));
            return;
        }
        skipChars = 0;
        if (fontTableDepth >= 0) {
            fontDefinition(word);
        }
        if (word.name.equals("fonttbl")) {
            fontTableDepth = stack.size();
        }
        if (word.name.equals("upr") && !state.skip()) {
            unicodePairDepth = stack.size();
        }
        if (word.name.equals("shptxt") && state.writes() && shapeTextDepth < 0 && keptDepth < 0) {
            shapeTextDepth = stack.size();
            flushBytes();
            transcript = out;
            tableBeforeShape = inTable;
            out = new StringBuilder();
        } else if (word.name.equals("footnote") && !state.skip() && keep(false, false)) {
            countLeftOut(word.name); // left out of the transcript, said, its words read into a text of their own
        } else if (SKIPPED.contains(word.name) && !state.skip()) {
            countLeftOut(word.name);
            state = state.skipping();
        } else if (!state.skip()) {
            State changed = apply(word, state);
            if (word.name.equals("u")) {
                skipChars = state.unicodeSkip();
            }
            state = changed;
        }
    }

    /** In the font table: a font's number, then its character set. */
    private void fontDefinition(ControlWord word) {
        if (word.name.equals("f")) {
            fontDefined = word.parameter;
        } else if (word.name.equals("fcharset") && fontDefined != null && word.parameter != null) {
            Charset set = fontCharset(word.parameter);
            if (set != null) {
                fontCharsets.put(fontDefined, set);
            }
        }
    }

    private record ControlWord(String name, Integer parameter) {
    }

    /**
     * Reads the control word or symbol after a backslash; handles symbols directly and returns null. A symbol
     * outside the text ({@code keep} false: "Jos\\'e9" in the document's author, a font's name) is passed over:
     * it leaked into the transcript's first line.
     */
    private ControlWord readControl(boolean keep) {
        if (pos >= rtf.length()) {
            return null;
        }
        char c = rtf.charAt(pos);
        if (!Character.isLetter(c)) {
            pos++;
            switch (c) {
                case '\'' -> {
                    if (pos + 2 <= rtf.length()) {
                        int hex = hexByte(rtf, pos);
                        if (keep && hex >= 0) {
                            pendingBytes.write(hex);
                        }
                        pos += 2;
                    }
                }
                case '\\', '{', '}' -> appendIf(keep, String.valueOf(c));
                case '~' -> appendIf(keep, "\u00A0");
                case '_' -> appendIf(keep, "\u2011");
                case '\n', '\r' -> appendIf(keep, "\n");
                default -> { } // \- optional hyphen, \* handled at the group, others ignored
            }
            return null;
        }
        int start = pos;
        while (pos < rtf.length() && Character.isLetter(rtf.charAt(pos))) {
            pos++;
        }
        String name = rtf.substring(start, pos);
        Integer parameter = null;
        int numberStart = pos;
        if (pos < rtf.length() && (rtf.charAt(pos) == '-' || Character.isDigit(rtf.charAt(pos)))) {
            pos++;
            while (pos < rtf.length() && Character.isDigit(rtf.charAt(pos))) {
                pos++;
            }
            parameter = number(rtf.substring(numberStart, pos));
        }
        if (pos < rtf.length() && rtf.charAt(pos) == ' ') {
            pos++; // the space that ends a control word is not text
        }
        return new ControlWord(name, parameter);
    }

    /**
     * A control word's number, held to an int's range: a number past it ("\\u99999999999") or a bare "-" refused
     * the whole file as unreadable.
     */
    private static Integer number(String digits) {
        if (digits.equals("-")) {
            return null;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return digits.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
    }

    private State apply(ControlWord word, State state) {
        switch (word.name) {
            case "uc" -> {
                // Bytes of fallback after each \\u: 0 to 2 in practice; a huge one would pass over the rest.
                return new State(state.skip(), word.parameter == null ? 1 : Math.clamp(word.parameter, 0, 16),
                        state.deleted(), state.hidden(), state.font());
            }
            case "deleted" -> {
                return new State(state.skip(), state.unicodeSkip(), on(word), state.hidden(), state.font());
            }
            case "v" -> {
                return new State(state.skip(), state.unicodeSkip(), state.deleted(), on(word), state.font());
            }
            case "plain" -> { // character formatting back to the default: a deletion's and hiding's marks, the font
                flushBytes();
                return new State(state.skip(), state.unicodeSkip(), false, false, defaultFont);
            }
            case "ansicpg" -> charset = codepage(word.parameter);
            case "deff" -> defaultFont = word.parameter == null ? -1 : word.parameter;
            case "f" -> {
                flushBytes(); // bytes before it are in the font before it
                return new State(state.skip(), state.unicodeSkip(), state.deleted(), state.hidden(),
                        word.parameter == null ? -1 : word.parameter);
            }
            default -> { }
        }
        if (state.deleted() || state.hidden()) {
            return state; // a deleted paragraph mark joins its paragraph to the next, as Word shows it
        }
        switch (word.name) {
            case "row" -> { // a row's last cell ends with a tab, which ended the line
                flushBytes();
                if (!out.isEmpty() && out.charAt(out.length() - 1) == '\t') {
                    out.setLength(out.length() - 1);
                }
                appendText("\n");
                inTable = false;
                paragraphEnded();
            }
            case "par", "line" -> {
                if (inTable && transcript == null) {
                    appendText(" ");
                } else {
                    flushBytes();
                    // An empty paragraph that only anchors shapes (a PDF converted to RTF) is no line of its own.
                    boolean onlyShapes = transcript == null && !shapesAfter.isEmpty()
                            && (out.isEmpty() || out.charAt(out.length() - 1) == '\n');
                    if (!onlyShapes) {
                        appendText("\n");
                    }
                    paragraphEnded();
                }
            }
            case "sect", "column" -> {
                appendText("\n");
                paragraphEnded();
            }
            case "intbl" -> inTable = true;
            case "pard" -> inTable = false;
            case "page" -> endLine(); // a page break between paragraphs is no empty line
            case "nestcell", "nestrow" -> appendText(" "); // an inner table's cells, inside the outer cell
            case "tab", "cell" -> appendText("\t");
            case "u" -> {
                int code = word.parameter == null ? '?' : word.parameter;
                if (code >= Short.MIN_VALUE && code <= 0xFFFF) { // a signed 16-bit unit; anything else is no character
                    appendText(String.valueOf((char) (code < 0 ? code + 65536 : code)));
                }
            }
            case "emdash" -> appendText("\u2014");
            case "endash" -> appendText("\u2013");
            case "lquote" -> appendText("\u2018");
            case "rquote" -> appendText("\u2019");
            case "ldblquote" -> appendText("\u201C");
            case "rdblquote" -> appendText("\u201D");
            case "bullet" -> appendText("\u2022");
            default -> { }
        }
        return state;
    }

    /** A toggle's state: {@code \\v} and {@code \\v1} switch it on, {@code \\v0} off. */
    private static boolean on(ControlWord word) {
        return word.parameter == null || word.parameter != 0;
    }

    /** A line of the transcript ended: the shapes' texts read in it follow, each a line of its own. */
    private void paragraphEnded() {
        if (transcript == null && !shapesAfter.isEmpty()) {
            out.append(shapesAfter);
            shapesAfter.setLength(0);
        }
    }

    /** Ends the line written so far, unless it is ended (or nothing is written yet). */
    private void endLine() {
        flushBytes();
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private void appendIf(boolean keep, String text) {
        if (keep) {
            appendText(text);
        }
    }

    /** The byte two hex digits at {@code at} write, or -1 when they are not hex digits ("\\'zz"). */
    private static int hexByte(String rtf, int at) {
        int high = Character.digit(rtf.charAt(at), 16);
        int low = Character.digit(rtf.charAt(at + 1), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    private void appendText(String text) {
        flushBytes();
        out.append(text);
    }

    private void flushBytes() {
        if (pendingBytes.size() > 0) {
            int font = currentFont >= 0 ? currentFont : defaultFont; // text before any \\f is in the default font
            out.append(new String(pendingBytes.toByteArray(), fontCharsets.getOrDefault(font, charset)));
            pendingBytes.reset();
        }
    }

    /** Whether the control word {@code word} (with its backslashes) stands at {@code at}, not a longer one. */
    private boolean startsWithWord(int at, String word) {
        int end = at + word.length();
        return rtf.startsWith(word, at) && (end >= rtf.length() || !Character.isLetter(rtf.charAt(end)));
    }

    /**
     * The character set an RTF font names ({@code \\fcharsetN}, Windows' numbers); null for the default, which
     * the document's code page decodes, and for a symbol font or one not known.
     */
    private static Charset fontCharset(int number) {
        String name = switch (number) {
            case 0 -> "windows-1252"; // ANSI: Western, whatever the document's own code page
            case 77 -> "x-MacRoman";
            case 128 -> "windows-31j";
            case 129 -> "x-windows-949";
            case 134 -> "GBK";
            case 136 -> "x-windows-950";
            case 161 -> "windows-1253";
            case 162 -> "windows-1254";
            case 163 -> "windows-1258";
            case 177 -> "windows-1255";
            case 178 -> "windows-1256";
            case 186 -> "windows-1257";
            case 204 -> "windows-1251";
            case 222 -> "x-windows-874";
            case 238 -> "windows-1250";
            default -> null;
        };
        try {
            return name == null ? null : Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Charset codepage(Integer number) {
        try {
            return number == null ? TextDecoder.WINDOWS_1252 : Charset.forName("windows-" + number);
        } catch (RuntimeException e) {
            return TextDecoder.WINDOWS_1252;
        }
    }
}
