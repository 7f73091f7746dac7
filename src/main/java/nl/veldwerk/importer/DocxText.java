package nl.veldwerk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;

/**
 * The plain text of a Word document as Word shows it with its tracked changes accepted: body paragraphs in order
 * (also those in content controls), tables as tab-separated rows. Read from the body's XML, not from POI's text
 * of a paragraph, which held words a tracked change deleted or moved away (inside a content control, or beside a
 * move), hidden text, and note references ("[footnoteRef:1]"), and lost words inside a hyperlink's insertion, a
 * smart tag's insertion and right-to-left runs.
 */
final class DocxText {
    static {
        // Bound what a part may unpack to by its size, as for .odt, not by POI's compression ratio: a long
        // single paragraph of repetitive text compresses well and is no zip bomb.
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(BoundedInput.MAX_XML_BYTES);
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName VAL = new QName(W, "val");
    private static final QName FIELD_CHAR_TYPE = new QName(W, "fldCharType");
    private static final QName SYMBOL_CHAR = new QName(W, "char");
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Inline elements whose runs are the paragraph's text: the run wrappers of insertions, links and fields. */
    private static final Set<String> INLINE_WRAPPERS = Set.of("ins", "moveTo", "hyperlink", "smartTag", "dir", "bdo",
            "customXml", "fldSimple", "sdt", "sdtContent");
    /** Marks of where a range starts or ends, which stand between paragraphs without being text. */
    private static final Set<String> RANGE_MARKS = Set.of("bookmarkStart", "bookmarkEnd", "commentRangeStart",
            "commentRangeEnd", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
            "permStart", "permEnd", "proofErr");
    /** Block elements whose paragraphs and tables are the document's: content controls and custom XML. */
    private static final Set<String> BLOCK_WRAPPERS = Set.of("sdt", "sdtContent", "customXml");
    /** The words of a page number in a header or footer ("Pagina 3 van 10", "Page 3 of 10", "Página 3 de 10"). */
    private static final java.util.regex.Pattern PAGE_WORDS = java.util.regex.Pattern.compile(
            "(?U)\\b(?:page|pagina|página|blz|p|van|of|de|sur|seite|von)\\b\\.?");

    /**
     * The fields open at this point, innermost last: true once past a field's code (its result is the text Word
     * shows), false while in it. A field inside another's code ("IF { MERGEFIELD Geslacht } = …") shows its
     * result only to that code, not in the text: "«Geslacht»" stood in the sentence.
     */
    private final java.util.ArrayList<Boolean> fields = new java.util.ArrayList<>();
    /** How many of {@link #fields} are still in their code: text is shown only when none is. */
    private int fieldsInCode;
    private static final int OPEN_FIELDS = 64;

    /** The document's styles: a run or paragraph style may hide its text (Word's hidden text, by style). */
    private final org.apache.poi.xwpf.usermodel.XWPFStyles styles;
    /** Whether each style looked up hides its text (its own vanish, else its base style's), by id. */
    private final java.util.Map<String, Boolean> styleHides = new java.util.HashMap<>();
    /** Whether the paragraph being read has a style that hides its text. */
    private boolean paragraphHidden;

    private DocxText(org.apache.poi.xwpf.usermodel.XWPFStyles styles) {
        this.styles = styles;
    }

    static OfficeText extract(InputStream docx) throws IOException {
        try {
            return read(docx);
        } catch (LinkageError e) {
            // POI's zip reader loads a decompressor only when an entry needs it (zstd, xz): a crafted file
            // can ask for one that does not ship with Veldwerk. Word writes only deflated entries.
            throw new IOException("it is compressed in a way Word never writes (" + e.getMessage() + ")", e);
        }
    }

    private static OfficeText read(InputStream docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(docx);
             XmlCursor body = document.getDocument().getBody().newCursor()) {
            StringBuilder out = new StringBuilder();
            new DocxText(document.getStyles()).blocks(body, out);
            return new OfficeText(out.toString(), leftOut(document));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // a text box's text too long, found inside a run
        }
    }

    /**
     * The notes, comments, and headers and footers with text that the body's text leaves out (a note's reference
     * is no text either). Word's separator notes (the line above the notes) are none of the writer's.
     */
    private static LeftOut leftOut(XWPFDocument document) {
        int notes = 0;
        java.util.List<LeftOut.Kept> kept = new java.util.ArrayList<>();
        if (document.getComments() != null) {
            for (var comment : document.getComments()) {
                kept.add(new LeftOut.Kept(true, comment.getAuthor(), comment.getText()));
            }
        }
        for (var note : document.getFootnotes()) {
            if (written(note.getParagraphs())) {
                notes++;
                kept.add(new LeftOut.Kept(false, null, text(note.getParagraphs())));
            }
        }
        for (var note : document.getEndnotes()) {
            if (written(note.getParagraphs())) {
                notes++;
                kept.add(new LeftOut.Kept(false, null, text(note.getParagraphs())));
            }
        }
        int comments = document.getComments() == null ? 0 : document.getComments().length;
        java.util.Set<String> headersAndFooters = new java.util.HashSet<>(); // one text on every page is one
        for (var header : document.getHeaderList()) {
            if (hasWords(header.getText())) {
                headersAndFooters.add("h" + header.getText().strip());
            }
        }
        for (var footer : document.getFooterList()) {
            if (hasWords(footer.getText())) {
                headersAndFooters.add("f" + footer.getText().strip());
            }
        }
        return new LeftOut(notes, comments, headersAndFooters.size(), false, LeftOut.kept(kept));
    }

    private static String text(java.util.List<org.apache.poi.xwpf.usermodel.XWPFParagraph> paragraphs) {
        return paragraphs.stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * Whether a header's or footer's text says something: a page number ("3", "- 3 -", "Pagina 3 van 10", "Page 3
     * of 10") is nothing to say; a name, a title or a date is.
     */
    static boolean hasWords(String text) {
        String rest = PAGE_WORDS.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        return rest.codePoints().anyMatch(Character::isLetter) || rest.codePoints().filter(Character::isDigit).count() > 4;
    }

    private static boolean written(java.util.List<org.apache.poi.xwpf.usermodel.XWPFParagraph> paragraphs) {
        return paragraphs.stream().anyMatch(p -> !p.getText().isBlank());
    }

    /** The paragraphs and tables under the cursor's element, each paragraph a line, each table row a line. */
    private void blocks(XmlCursor at, StringBuilder out) throws IOException {
        if (!at.toFirstChild()) {
            return;
        }
        do {
            String name = wordName(at);
            if ("p".equals(name)) {
                StringBuilder boxes = new StringBuilder();
                beginParagraph(at);
                int before = out.length();
                paragraph(at, out, boxes);
                paragraphEnded();
                // A paragraph mark deleted (or moved away) as a tracked change, or hidden, joins the paragraph to
                // the next; a paragraph its style hides whole is no line at all.
                boolean hiddenWhole = paragraphHidden && out.length() == before && boxes.isEmpty();
                // An empty paragraph that only anchors text boxes (a PDF converted to Word) is no line of its own:
                // its boxes' lines are.
                boolean onlyBoxes = out.length() == before && !boxes.isEmpty();
                if (!hiddenWhole && !onlyBoxes && (!markGone(at) || !nextIsParagraph(at) || !boxes.isEmpty())) {
                    out.append('\n');
                }
                out.append(boxes); // its text boxes' lines after it
            } else if ("tbl".equals(name)) {
                table(at, out);
            } else if (name != null && BLOCK_WRAPPERS.contains(name) && !showingPlaceholder(at)) {
                at.push();
                blocks(at, out);
                at.pop();
            }
            BoundedInput.checkLength(out);
        } while (at.toNextSibling());
        at.toParent();
    }

    /**
     * A paragraph's text: its runs, through the wrappers that hold them; what Word does not show left out. The
     * lines of the text boxes anchored in it go to {@code boxes}.
     */
    private void paragraph(XmlCursor at, StringBuilder out, StringBuilder boxes) {
        at.push();
        if (at.toFirstChild()) {
            do {
                String name = wordName(at);
                if ("r".equals(name)) {
                    run(at, out, boxes);
                } else if (name != null && INLINE_WRAPPERS.contains(name) && !showingPlaceholder(at)) {
                    paragraph(at, out, boxes);
                } // del and moveFrom (words taken out), pPr, bookmarks, comments' ranges, proofing marks: none
            } while (at.toNextSibling());
        }
        at.pop();
    }

    private void run(XmlCursor at, StringBuilder out, StringBuilder boxes) {
        if (runHidden(at)) {
            hiddenRun(at); // no text, but a field's marks in it still count
            return;
        }
        at.push();
        if (at.toFirstChild()) {
            do {
                String name = wordName(at);
                if (name == null) {
                    QName other = at.getName();
                    if (other != null && MC.equals(other.getNamespaceURI())
                            && "AlternateContent".equals(other.getLocalPart())) {
                        // A drawing as Word 2010 writes it, and again for older readers (the fallback): one of them.
                        at.push();
                        if (at.toFirstChild() && MC.equals(at.getName().getNamespaceURI())
                                && "Choice".equals(at.getName().getLocalPart())) {
                            textBoxes(at, boxes);
                        }
                        at.pop();
                    }
                    continue;
                }
                switch (name) {
                    case "t" -> {
                        if (!inFieldCode()) {
                            out.append(at.getTextValue());
                        }
                    }
                    case "fldChar" -> field(at.getAttributeText(FIELD_CHAR_TYPE));
                    case "sym" -> symbol(at, out);
                    case "tab", "ptab" -> out.append(inFieldCode() ? "" : "\t");
                    case "br", "cr" -> out.append(inFieldCode() ? "" : "\n");
                    case "noBreakHyphen" -> out.append(inFieldCode() ? "" : "\u2011");
                    case "drawing", "pict", "object" -> textBoxes(at, boxes);
                    case "ruby" -> { // the word itself, not the reading written over it
                        at.push();
                        if (toChild(at, "rubyBase")) {
                            paragraph(at, out, boxes);
                        }
                        at.pop();
                    }
                    // delText and instrText (a field's code, its result is in the runs after it), notes', comments'
                    // and drawings' references, text boxes, soft hyphens and symbol-font characters: not the words
                    default -> { }
                }
            } while (at.toNextSibling());
        }
        at.pop();
    }

    /**
     * The paragraphs of the text boxes in a drawing, each a line (a PDF converted to Word puts whole pages in
     * them): they were lost, and before that put inside the sentence the box is anchored in.
     */
    private void textBoxes(XmlCursor drawing, StringBuilder boxes) {
        try (XmlCursor box = drawing.getObject().newCursor()) {
            box.selectPath("declare namespace w='" + W + "' .//w:txbxContent");
            while (box.toNextSelection()) {
                if (insideAnotherBox(box, drawing)) {
                    continue; // read with the box that holds it, or an older reader's copy of it: once
                }
                box.push();
                blocks(box, boxes);
                box.pop();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean inFieldCode() {
        return fieldsInCode > 0;
    }

    /**
     * A paragraph ended: a field whose code has not ended is taken as broken (a begin without its separator), its
     * code as done, so that it does not hide the rest of the document; fields left open past {@link #OPEN_FIELDS}
     * (a hostile file's begins without ends) are forgotten, oldest first, so each mark costs a bounded time.
     */
    private void paragraphEnded() {
        if (fieldsInCode > 0) {
            fields.replaceAll(inCode -> Boolean.TRUE);
            fieldsInCode = 0;
        }
        while (fields.size() > OPEN_FIELDS) {
            fields.removeFirst();
        }
    }

    /** A field's begin, separator or end (fldChar), as {@link #fields} follows them. */
    private void field(String type) {
        if ("begin".equals(type)) {
            fields.addLast(Boolean.FALSE);
            fieldsInCode++;
        } else if ("separate".equals(type) && !fields.isEmpty() && !fields.getLast()) {
            fields.set(fields.size() - 1, Boolean.TRUE);
            fieldsInCode--;
        } else if ("end".equals(type) && !fields.isEmpty()) {
            if (!fields.removeLast()) {
                fieldsInCode--;
            }
        }
    }

    /**
     * A symbol (w:sym): its character where it is one of the text's ("é", "→" in an ordinary font); a symbol
     * font's own (Wingdings' F0xx) has no meaning outside that font and is left out.
     */
    private void symbol(XmlCursor at, StringBuilder out) {
        String hex = at.getAttributeText(SYMBOL_CHAR);
        if (hex == null || inFieldCode()) {
            return;
        }
        try {
            int code = Integer.parseInt(hex, 16);
            if (code >= 0x20 && (code < 0xE000 || code > 0xF8FF) && Character.isValidCodePoint(code)) {
                out.appendCodePoint(code);
            }
        } catch (NumberFormatException e) {
            // not a character: left out, as Word would show nothing readable
        }
    }

    /** Whether a content control shows its placeholder ("Klik of tik om tekst in te voeren."): no text of its own. */
    private static boolean showingPlaceholder(XmlCursor sdt) {
        sdt.push();
        boolean placeholder = toChild(sdt, "sdtPr") && toChild(sdt, "showingPlcHdr") && isOn(sdt.getAttributeText(VAL));
        sdt.pop();
        return placeholder;
    }

    /** Whether the run properties under the cursor hide the run (Word's hidden text, "vanish"). */
    private static Boolean vanish(XmlCursor rPr) {
        rPr.push();
        Boolean hidden = toChild(rPr, "vanish") ? isOn(rPr.getAttributeText(VAL)) : null;
        rPr.pop();
        return hidden;
    }

    /** An on/off value as Word writes it: absent is on. */
    private static boolean isOn(String val) {
        return val == null || !(val.equals("false") || val.equals("0") || val.equals("off"));
    }

    /**
     * Whether a text box found under {@code drawing} stands inside another text box there, or in the copy Word
     * writes for older readers (mc:Fallback): a box in a box was read three times.
     */
    private static boolean insideAnotherBox(XmlCursor box, XmlCursor drawing) {
        try (XmlCursor up = box.newCursor()) {
            while (up.toParent() && !up.isAtSamePositionAs(drawing)) {
                QName name = up.getName();
                if (name != null && (W.equals(name.getNamespaceURI()) && "txbxContent".equals(name.getLocalPart())
                        || MC.equals(name.getNamespaceURI()) && "Fallback".equals(name.getLocalPart()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The w:val of the child of that name, null without one. */
    private static String childValue(XmlCursor at, String name) {
        at.push();
        String value = toChild(at, name) ? at.getAttributeText(VAL) : null;
        at.pop();
        return value;
    }

    /** A paragraph begins: whether its style hides its text (runs may show themselves again). */
    private void beginParagraph(XmlCursor paragraph) {
        paragraph.push();
        String style = toChild(paragraph, "pPr") ? childValue(paragraph, "pStyle") : null;
        paragraph.pop();
        paragraphHidden = style != null && Boolean.TRUE.equals(styleHides(style, 0));
    }

    /** Whether the run at the cursor is hidden: by its own vanish, else its style's, else its paragraph's. */
    private boolean runHidden(XmlCursor run) {
        run.push();
        Boolean own = null;
        String style = null;
        if (toChild(run, "rPr")) {
            own = vanish(run);
            style = childValue(run, "rStyle");
        }
        run.pop();
        if (own != null) {
            return own;
        }
        Boolean styled = style == null ? null : styleHides(style, 0);
        return styled != null ? styled : paragraphHidden;
    }

    /** A hidden run: only its field marks, so that the fields around it stay in step. */
    private void hiddenRun(XmlCursor run) {
        run.push();
        if (run.toFirstChild()) {
            do {
                if ("fldChar".equals(wordName(run))) {
                    field(run.getAttributeText(FIELD_CHAR_TYPE));
                }
            } while (run.toNextSibling());
        }
        run.pop();
    }

    /** Whether a style hides text: its own vanish, else its base style's; null when none says (ten levels at most). */
    private Boolean styleHides(String id, int depth) {
        if (styles == null || depth > 10) {
            return null;
        }
        if (styleHides.containsKey(id)) {
            return styleHides.get(id);
        }
        org.apache.poi.xwpf.usermodel.XWPFStyle style = styles.getStyle(id);
        Boolean hides = null;
        if (style != null) {
            try (XmlCursor at = style.getCTStyle().newCursor()) {
                if (toChild(at, "rPr")) {
                    hides = vanish(at);
                }
            }
            if (hides == null && style.getBasisStyleID() != null && !style.getBasisStyleID().equals(id)) {
                hides = styleHides(style.getBasisStyleID(), depth + 1);
            }
        }
        styleHides.put(id, hides);
        return hides;
    }

    /**
     * Whether the paragraph's mark was deleted or moved away as a tracked change (pPr/rPr/del or moveFrom), or is
     * hidden: Word then shows the paragraph and the next as one.
     */
    private static boolean markGone(XmlCursor paragraph) {
        paragraph.push();
        boolean gone = toChild(paragraph, "pPr") && toChild(paragraph, "rPr")
                && (hasChild(paragraph, "del") || hasChild(paragraph, "moveFrom")
                || Boolean.TRUE.equals(vanish(paragraph)));
        paragraph.pop();
        return gone;
    }

    /** Whether the next block is a paragraph, past bookmarks', comments' and moves' range marks between them. */
    private static boolean nextIsParagraph(XmlCursor at) {
        at.push();
        String next = null;
        while (at.toNextSibling()) {
            next = wordName(at);
            if (next == null || !RANGE_MARKS.contains(next)) {
                break;
            }
        }
        at.pop();
        return "p".equals(next);
    }

    /** Moves to the first child of that name; false, the cursor where it was, when there is none. */
    private static boolean toChild(XmlCursor at, String name) {
        if (!at.toFirstChild()) {
            return false;
        }
        do {
            if (name.equals(wordName(at))) {
                return true;
            }
        } while (at.toNextSibling());
        at.toParent();
        return false;
    }

    private static boolean hasChild(XmlCursor at, String name) {
        at.push();
        boolean found = toChild(at, name);
        at.pop();
        return found;
    }

    /** A table as lines: a row's cells joined by tabs, a cell's paragraphs (and inner tables' cells) by spaces. */
    private void table(XmlCursor at, StringBuilder out) throws IOException {
        at.push();
        for (String row : rowsOf(at)) {
            out.append(row).append('\n');
            BoundedInput.checkLength(out);
        }
        at.pop();
    }

    private java.util.List<String> rowsOf(XmlCursor table) {
        java.util.List<String> rows = new java.util.ArrayList<>();
        collect(table, "tr", row -> {
            if (rowDeleted(row)) {
                return; // a row deleted as a tracked change: not in the table Word shows
            }
            java.util.StringJoiner cells = new java.util.StringJoiner("\t");
            collect(row, "tc", cell -> cells.add(cellText(cell)));
            rows.add(cells.toString());
        });
        return rows;
    }

    private static boolean rowDeleted(XmlCursor row) {
        row.push();
        boolean deleted = toChild(row, "trPr") && hasChild(row, "del");
        row.pop();
        return deleted;
    }

    /** Calls {@code each} at every child named {@code name}, also inside content controls and custom XML. */
    private void collect(XmlCursor at, String name, java.util.function.Consumer<XmlCursor> each) {
        at.push();
        if (at.toFirstChild()) {
            do {
                String child = wordName(at);
                if (name.equals(child)) {
                    at.push();
                    each.accept(at);
                    at.pop();
                } else if (child != null && BLOCK_WRAPPERS.contains(child) && !showingPlaceholder(at)) {
                    collect(at, name, each);
                }
            } while (at.toNextSibling());
        }
        at.pop();
    }

    /**
     * A cell's paragraphs (and the cells of a table inside it) joined by a space: POI's own text of a cell ran
     * them together ("iedereen.Vroeger"), and a search missed both words.
     */
    private String cellText(XmlCursor cell) {
        java.util.StringJoiner words = new java.util.StringJoiner(" ");
        cell.push();
        if (cell.toFirstChild()) {
            do {
                String name = wordName(cell);
                if ("p".equals(name)) {
                    StringBuilder text = new StringBuilder();
                    StringBuilder boxes = new StringBuilder();
                    beginParagraph(cell);
                    paragraph(cell, text, boxes);
                    paragraphEnded();
                    add(words, text.toString());
                    add(words, boxes.toString());
                } else if ("tbl".equals(name)) {
                    rowsOf(cell).forEach(row -> java.util.Arrays.stream(row.split("\t")).forEach(c -> add(words, c)));
                } else if (name != null && BLOCK_WRAPPERS.contains(name) && !showingPlaceholder(cell)) {
                    add(words, cellText(cell));
                }
            } while (cell.toNextSibling());
        }
        cell.pop();
        return words.toString();
    }

    private static void add(java.util.StringJoiner words, String text) {
        String flat = text.replace('\n', ' ').strip();
        if (!flat.isEmpty()) {
            words.add(flat);
        }
    }

    /** The local name of the element at the cursor when it is in Word's namespace; null for any other. */
    private static String wordName(XmlCursor at) {
        QName name = at.getName();
        return name != null && W.equals(name.getNamespaceURI()) ? name.getLocalPart() : null;
    }
}
