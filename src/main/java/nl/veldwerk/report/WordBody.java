package nl.veldwerk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a quotation report written as WordprocessingML straight into the file's document part,
 * paragraph by paragraph. POI's document model keeps every paragraph as a tree of objects (kilobytes
 * each), so a report of a million quotations cannot be built in it; here what is written is gone from
 * memory. The markup is what {@link WordDocument} makes with POI for the same things (the same styles,
 * keep-with-next, indents and table layout), so the report reads the same in Word and LibreOffice.
 */
final class WordBody {
    /** The type size in tables, and about how wide a character of it is in twentieths of a point (with room). */
    private static final int TABLE_HALF_POINTS = 20;
    private static final int TABLE_CHARACTER_TWIPS = 110;
    /** Characters in a table cell that surely fit one page at the narrowest column; longer rows may split. */
    private static final int LONGEST_UNSPLIT_ROW = 1500;

    private final Writer out;
    private boolean breakBeforeNext;
    /** The quotations' language, for a table's quotations (Word proofs them in it; the rest in the report's). */
    private final String quotations;

    WordBody(Writer out, boolean breakBeforeFirst, String quotationsTag) {
        this.out = out;
        this.breakBeforeNext = breakBeforeFirst;
        this.quotations = quotationsTag;
    }

    /** Heading 1-9 (deeper levels are written as Heading 9); the style keeps it with what follows. */
    void heading(int level, String text) {
        paragraph("Heading" + Math.clamp(level, 1, WordDocument.HEADING_LEVELS), false, false, false);
        run(text, null);
        end();
    }

    /** "Label: text", the label bold; {@code keepWithNext}: on the page of the paragraph after it. */
    void labelled(String label, String text, boolean keepWithNext) {
        paragraph(null, keepWithNext, false, false);
        run(label + ": ", "<w:b w:val=\"on\"/>");
        run(text, null);
        end();
    }

    /**
     * "Label: text" under a quotation, indented as the quotation is: a memo about it. Flush left it stood at the
     * level of the code's definition, and read as a heading over the quotations after it (QA).
     */
    void quoteLabelled(String label, String text) {
        paragraph(null, false, false, true);
        run(label + ": ", "<w:b w:val=\"on\"/>");
        run(text, null);
        end();
    }

    /** A small grey line of facts. */
    void note(String text) {
        paragraph(null, false, false, false);
        run(text, GREY_SMALL);
        end();
    }

    /** A small grey line under a quotation, indented as the quotation is, kept on one page. */
    void quoteNote(String text) {
        paragraph(null, false, true, true);
        run(text, GREY_SMALL);
        end();
    }

    private static final String GREY_SMALL = "<w:color w:val=\"666666\"/><w:sz w:val=\"18\"/>";

    /**
     * The longest quotation (in characters, about a third of a page) kept on the page of the line under it. A longer
     * one kept so, under a heading kept with it, pushed all three to the next page and left a page with a heading
     * alone, half a page blank before it (QA, in LibreOffice): a long quotation starts where it falls, and its source
     * line may open the next page.
     */
    static final int KEPT_WITH_ITS_SOURCE = 1_000;

    /**
     * A text's length as the room it takes on the page, in characters: a line break ends a line of about eighty (a
     * quotation of fifteen short turns is half a page, at 600 characters: review).
     */
    static int lengthOnThePage(String text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            breaks += text.charAt(i) == '\n' ? 1 : 0;
        }
        return text.length() + 80 * breaks;
    }

    /**
     * A quotation in the Quote style, with where it comes from on the line after; {@code withNote}: a line of
     * details follows, which must not be left alone at the top of the next page.
     */
    void quote(String text, String source, boolean withNote) {
        boolean cited = !source.isBlank(); // none where a heading right above already cites it
        write("<w:p><w:pPr><w:pStyle w:val=\"Quote\"/>");
        if ((withNote || cited) && lengthOnThePage(text) <= KEPT_WITH_ITS_SOURCE) {
            write("<w:keepNext w:val=\"on\"/>");
        }
        pageBreakIfDue();
        if (cited) {
            write("<w:spacing w:after=\"0\"/>");
        }
        write("<w:jc w:val=\"left\"/></w:pPr>");
        run("“" + text + "”", null);
        end();
        if (cited) { // a paragraph of its own: see WordDocument's source style
            paragraph(WordDocument.SOURCE_STYLE, withNote, false, false);
            run("— " + WordDocument.clean(source).replace('\n', ' '), null);
            end();
        }
    }

    /**
     * A table over the text width in 10 pt type with a bold header row repeated on every page and rows that
     * never split across pages (unless too long to fit one); the columns as wide as their {@code weights}
     * say, except that a column is made as wide as the longest word in it where the widest can spare it. A
     * column that is empty in every row is left out. The rows are read twice (to size the columns, then to
     * write them), one at a time.
     */
    void table(List<String> header, List<List<String>> rows, int... weights) {
        List<Integer> kept = new ArrayList<>();
        int[] longestIn = new int[header.size()]; // each column's longest word, its header's too (bold)
        for (int c = 0; c < header.size(); c++) {
            longestIn[c] = longestWord(header.get(c));
        }
        boolean[] filled = new boolean[header.size()];
        filled[0] = true;
        for (List<String> row : rows) {
            for (int c = 0; c < header.size(); c++) {
                filled[c] |= !row.get(c).isBlank();
                longestIn[c] = Math.max(longestIn[c], longestWord(row.get(c)));
            }
        }
        for (int c = 0; c < header.size(); c++) {
            if (filled[c]) {
                kept.add(c);
            }
        }
        int[] widths = widths(kept, header.size(), longestIn, weights);
        write("<w:tbl><w:tblPr><w:tblW w:w=\"" + WordDocument.TEXT_WIDTH + "\" w:type=\"dxa\"/><w:tblBorders>"
                + "<w:top w:val=\"single\"/><w:left w:val=\"single\"/><w:bottom w:val=\"single\"/>"
                + "<w:right w:val=\"single\"/><w:insideH w:val=\"single\"/><w:insideV w:val=\"single\"/>"
                + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            write("<w:gridCol w:w=\"" + w + "\"/>");
        }
        write("</w:tblGrid>");
        row(kept.stream().map(header::get).toList(), widths, true, true);
        for (List<String> r : rows) {
            List<String> cells = kept.stream().map(r::get).toList();
            int longest = cells.stream().mapToInt(String::length).max().orElse(0);
            row(cells, widths, false, longest <= LONGEST_UNSPLIT_ROW);
        }
        write("</w:tbl>");
        paragraph(null, false, false, false); // Word needs a paragraph between a table and what follows
        end();
    }

    private void row(List<String> cells, int[] widths, boolean header, boolean cantSplit) {
        write("<w:tr>");
        if (header || cantSplit) {
            write("<w:trPr>" + (header ? "<w:tblHeader w:val=\"on\"/>" : "")
                    + (cantSplit ? "<w:cantSplit w:val=\"on\"/>" : "") + "</w:trPr>");
        }
        for (int c = 0; c < cells.size(); c++) {
            write("<w:tc><w:tcPr><w:tcW w:w=\"" + widths[c] + "\" w:type=\"dxa\"/></w:tcPr><w:p>");
            // The first column holds the quotations: proofed in their language, as the Quote style is.
            run(cells.get(c), (header ? "<w:b w:val=\"on\"/>" : "") + "<w:sz w:val=\"" + TABLE_HALF_POINTS + "\"/>"
                    + (!header && c == 0 ? "<w:lang w:val=\"" + quotations + "\"/>" : ""));
            write("</w:p></w:tc>");
        }
        write("</w:tr>");
    }

    /**
     * The kept columns' widths in twentieths of a point: the text width shared by weight, each column raised so
     * its longest word ({@code longest}: in its header or its cells) fits with the cell's margins, taken from the
     * widest other column, at most half of it ("Opmerking" broke as "Opmerkin / g", a code's name mid-word).
     */
    private static int[] widths(List<Integer> kept, int columns, int[] longest, int[] weights) {
        int n = kept.size();
        if (weights.length != columns) {
            int[] even = new int[n];
            java.util.Arrays.fill(even, WordDocument.TEXT_WIDTH / n);
            return even;
        }
        int[] w = kept.stream().mapToInt(c -> weights[c]).toArray();
        int total = java.util.Arrays.stream(w).sum();
        for (int c = 0; c < n; c++) {
            int needed = (longest[kept.get(c)] * TABLE_CHARACTER_TWIPS + 240) * total / WordDocument.TEXT_WIDTH + 1;
            if (needed > w[c]) {
                int widest = c == 0 ? 1 : 0;
                for (int o = 0; o < n; o++) {
                    widest = o != c && w[o] > w[widest] ? o : widest;
                }
                if (widest != c && widest < n) {
                    int taken = Math.min(needed - w[c], w[widest] / 2);
                    w[widest] -= taken;
                    w[c] += taken;
                }
            }
        }
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = WordDocument.TEXT_WIDTH * w[c] / total;
        }
        return widths;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("[\\s,]+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** Opens a paragraph with its properties; the first paragraph after a page break asked for starts the page. */
    private void paragraph(String style, boolean keepNext, boolean keepLines, boolean indented) {
        write("<w:p>");
        boolean any = style != null || keepNext || keepLines || indented || breakBeforeNext;
        if (!any) {
            return;
        }
        write("<w:pPr>");
        if (style != null) {
            write("<w:pStyle w:val=\"" + style + "\"/>");
        }
        if (keepNext) {
            write("<w:keepNext/>");
        }
        if (keepLines) {
            write("<w:keepLines/>");
        }
        pageBreakIfDue();
        if (indented) {
            write("<w:ind w:left=\"" + WordDocument.INDENT + "\"/>");
        }
        write("</w:pPr>");
    }

    private void pageBreakIfDue() {
        if (breakBeforeNext) {
            write("<w:pageBreakBefore w:val=\"on\"/>");
            breakBeforeNext = false;
        }
    }

    private void end() {
        write("</w:p>");
    }

    /** A run of text; line breaks in it become Word line breaks. */
    private void run(String text, String properties) {
        write("<w:r>");
        if (properties != null && !properties.isEmpty()) {
            write("<w:rPr>" + properties + "</w:rPr>");
        }
        String[] lines = WordDocument.clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                write("<w:br/>");
            }
            text(lines[i]);
        }
        write("</w:r>");
    }

    private void text(String text) {
        write("<w:t xml:space=\"preserve\">");
        escape(text);
        write("</w:t>");
    }

    /**
     * The (cleaned) text as XML character data; half of a surrogate pair (which XML cannot hold, and which a
     * quotation's edge can leave) becomes U+FFFD.
     */
    private void escape(String s) {
        try {
            int plain = 0;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                int width = Character.charCount(c);
                String replacement = switch (c) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    default -> c <= Character.MAX_VALUE && Character.isSurrogate((char) c) ? "\uFFFD" : null; // a pair is one code point
                };
                if (replacement != null) {
                    out.write(s, plain, i - plain);
                    out.write(replacement);
                    plain = i + width;
                }
                i += width;
            }
            out.write(s, plain, s.length() - plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String markup) {
        try {
            out.write(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
