package nl.veldwerk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.veldwerk.model.Limits;

/**
 * The plain text of an OpenDocument text file (.odt) as Writer shows it: paragraphs, headings, spaces, tabs and
 * table cells; text boxes and shapes as lines after the paragraph they are anchored in.
 */
final class OdtText {
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String SVG_NS = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

    /** Where the text goes: the document's, or while in a text box, the box's. */
    private StringBuilder out = new StringBuilder();
    /** The notes (footnotes, endnotes) and comments passed over: said, not left out in silence. */
    private int notes;
    private int comments;
    /** The comments' and notes' words read so far, kept for the document's import notes. */
    private final java.util.List<LeftOut.Kept> kept = new java.util.ArrayList<>();
    /** While inside a comment or note: its words, and the skip depth it began at; null outside one. */
    private StringBuilder keptWords;
    private StringBuilder keptAuthor;
    private boolean keptComment;
    private int keptDepth;
    /** Inside a comment's author (dc:creator), whose characters are not its words. */
    private boolean inCreator;
    /** The paragraphs open inside the comment or note: only their characters are its words (not its initials). */
    private int keptParagraphs;
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    /** The depth of elements passed over (notes, comments, hidden text), 0 when reading. */
    private int skipDepth;
    private int cellDepth;
    /**
     * Text is only what paragraphs and headings hold: the styles' date formats ("//", "::") and white space
     * between elements (a file written with indentation) are not.
     */
    private int paragraphDepth;
    /**
     * White space in a paragraph's characters is one space, none at its start (OpenDocument's rule; an explicit
     * space is text:s): true at a paragraph's start and after a space written from the characters.
     */
    private boolean collapsing = true;
    /** The paragraph being read holds a hidden-paragraph field whose condition hides it: Writer shows nothing of it. */
    private boolean paragraphHidden;
    /** Styles whose text is hidden (text:display="none"); the automatic styles come before the body. */
    private final Set<String> hiddenStyles = new HashSet<>();
    /** The style being read in the automatic styles, null outside one. */
    private String style;
    /** Where the text of the paragraph being read began: one that only anchors boxes is no line of its own. */
    private int paragraphStart;
    /** Where the reading stood when each text box now open began (a box may hold another). */
    private final Deque<Outer> outers = new ArrayDeque<>();
    /** Text boxes read in the paragraph being read: lines after it, in their order. */
    private StringBuilder boxesAfter = new StringBuilder();
    /** Drawing elements that hold no words of the text: images, embedded objects, a shape's geometry. */
    private static final Set<String> DRAWN_ONLY = Set.of("image", "object", "object-ole", "enhanced-geometry",
            "plugin", "applet", "param", "glue-point", "contour-polygon", "contour-path", "floating-frame");

    private OdtText() {
    }

    /**
     * Extracts the text of content.xml in the zip, and counts the headers and footers with words in styles.xml
     * (left out, and said: QA); throws IOException when there is no content.xml.
     */
    static OfficeText extract(InputStream odt) throws IOException, XMLStreamException {
        String text = null;
        OdtText reader = new OdtText();
        int headersAndFooters = 0;
        try (ZipInputStream zip = new ZipInputStream(odt)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                // The zip stays open for the next entry, whoever closes the entry's reader.
                InputStream part = new java.io.FilterInputStream(zip) {
                    @Override
                    public void close() {
                    }
                };
                if (entry.getName().equals("content.xml")) {
                    text = reader.read(new BoundedInput(part, "content.xml"));
                } else if (entry.getName().equals("styles.xml")) {
                    headersAndFooters = headersAndFootersIn(new BoundedInput(part, "styles.xml"));
                }
            }
        }
        if (text == null) {
            throw new IOException("it holds no content.xml, so it is not an OpenDocument text");
        }
        return new OfficeText(text, new LeftOut(reader.notes, reader.comments, headersAndFooters, false,
                LeftOut.kept(reader.kept)));
    }

    /** The page styles' headers and footers (first page, left pages too) that hold any words. */
    private static int headersAndFootersIn(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = factory.createXMLStreamReader(xml);
        int found = 0;
        int depth = 0; // inside a header or footer: its depth; 0 outside
        boolean words = false;
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (depth > 0) {
                        depth++;
                    } else if (r.getLocalName().matches("(header|footer)(-left|-first)?")
                            && "urn:oasis:names:tc:opendocument:xmlns:style:1.0".equals(r.getNamespaceURI())) {
                        depth = 1;
                        words = false;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && depth > 0) {
                    if (--depth == 0 && words) {
                        found++;
                    }
                } else if (depth > 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && !r.getText().isBlank()) {
                    words = true;
                }
            }
        } finally {
            r.close();
        }
        return found;
    }

    private String read(InputStream xml) throws XMLStreamException, IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = factory.createXMLStreamReader(xml, "UTF-8");
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(r);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(r.getNamespaceURI(), r.getLocalName());
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && skipDepth == 0 && paragraphDepth > 0) {
                collapsing = appendCollapsed(out, r.getText(), collapsing);
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && keptWords != null && (inCreator || keptParagraphs > 0)
                    && keptWords.length() < LeftOut.KEPT_CHARACTERS) {
                (inCreator ? keptAuthor : keptWords).append(r.getText());
            }
            BoundedInput.checkLength(written());
        }
        return out.toString();
    }

    private void start(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (STYLE_NS.equals(ns) && name.equals("style")) {
            style = r.getAttributeValue(STYLE_NS, "name");
        } else if (STYLE_NS.equals(ns) && name.equals("text-properties") && style != null
                && "none".equals(r.getAttributeValue(TEXT_NS, "display"))) {
            hiddenStyles.add(style);
        }
        if (skipDepth == 0 && paragraphDepth == 1 && TEXT_NS.equals(ns) && name.equals("hidden-paragraph")
                && "true".equals(r.getAttributeValue(TEXT_NS, "is-hidden"))) {
            paragraphHidden = true;
        }
        if (skipDepth == 0 && TEXT_NS.equals(ns) && name.equals("note")) {
            notes++;
            keepFrom(false);
        } else if (skipDepth == 0 && OFFICE_NS.equals(ns) && name.equals("annotation")) {
            comments++;
            keepFrom(true);
        } else if (keptWords != null) {
            inCreator = DC_NS.equals(ns) && name.equals("creator");
            if (TEXT_NS.equals(ns) && (name.equals("p") || name.equals("h"))) {
                keptParagraphs++;
                if (!keptWords.isEmpty()) {
                    keptWords.append(' ');
                }
            }
        }
        if (skipDepth > 0 || isSkipped(ns, name) && !shownHiddenText(r, ns, name)
                || "none".equals(r.getAttributeValue(TEXT_NS, "display"))
                || TEXT_NS.equals(ns) && hiddenStyles.contains(r.getAttributeValue(TEXT_NS, "style-name"))) {
            skipDepth++;
        } else if (TEXT_NS.equals(ns)) {
            switch (name) {
                // A count is bounded by what the text may still hold: "c=2000000000" is no reason to build two
                // billion spaces.
                case "s" -> written(" ".repeat(Math.min(count(r.getAttributeValue(TEXT_NS, "c")),
                        (int) Math.max(0, Limits.TEXT + 1 - written()))));
                case "tab" -> written("\t");
                case "line-break" -> written("\n");
                case "p", "h" -> {
                    if (paragraphDepth++ == 0) {
                        paragraphStart = out.length();
                    }
                    collapsing = true;
                }
                default -> { }
            }
        } else if (TABLE_NS.equals(ns) && name.equals("table-cell")) {
            cellDepth++;
        } else if (DRAW_NS.equals(ns) && holdsText(name)) {
            outers.push(new Outer(out, paragraphDepth, cellDepth, collapsing, boxesAfter, paragraphStart,
                    paragraphHidden));
            paragraphHidden = false;
            out = new StringBuilder();
            boxesAfter = new StringBuilder();
            paragraphDepth = 0;
            cellDepth = 0;
            collapsing = true;
        }
    }

    /** Begins keeping the words of the comment or note that starts here (it is skipped from the text). */
    private void keepFrom(boolean comment) {
        keptParagraphs = 0;
        keptWords = new StringBuilder();
        keptAuthor = new StringBuilder();
        keptComment = comment;
        keptDepth = skipDepth;
    }

    private void end(String ns, String name) {
        if (STYLE_NS.equals(ns) && name.equals("style")) {
            style = null;
        }
        inCreator = false;
        if (keptWords != null && TEXT_NS.equals(ns) && (name.equals("p") || name.equals("h"))) {
            keptParagraphs--;
        }
        if (keptWords != null && skipDepth == keptDepth + 1) { // the comment or note ends here
            kept.add(new LeftOut.Kept(keptComment, keptAuthor.toString(), keptWords.toString()));
            keptWords = null;
        }
        if (skipDepth > 0) {
            skipDepth--;
        } else if (TEXT_NS.equals(ns) && (name.equals("p") || name.equals("h"))) {
            paragraphEnded();
        } else if (TABLE_NS.equals(ns) && name.equals("table-cell")) {
            cellDepth--;
            trimTrailingSpace(out);
            out.append('\t');
        } else if (TABLE_NS.equals(ns) && name.equals("table-row")) {
            trimTrailingSpace(out);
            out.append('\n');
        } else if (DRAW_NS.equals(ns) && holdsText(name) && !outers.isEmpty()) {
            StringBuilder box = out.append(boxesAfter); // boxes in its last paragraph's place, if any are left
            Outer outer = outers.pop();
            out = outer.out();
            boxesAfter = outer.boxesAfter();
            paragraphStart = outer.paragraphStart();
            paragraphDepth = outer.paragraphDepth();
            cellDepth = outer.cellDepth();
            collapsing = outer.collapsing();
            paragraphHidden = outer.paragraphHidden();
            (paragraphDepth > 0 ? boxesAfter : out).append(box);
        }
    }

    /** A paragraph's end: a line (a space in a cell), then the text boxes anchored in it, each a line. */
    private void paragraphEnded() {
        paragraphDepth--;
        if (paragraphDepth == 0 && paragraphHidden) {
            out.setLength(paragraphStart); // no empty line where it stood, nor the boxes anchored in it
            boxesAfter.setLength(0);
            paragraphHidden = false;
            return;
        }
        if (collapsing && !out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1); // white space ending the paragraph's characters
        }
        boolean onlyBoxes = paragraphDepth == 0 && out.length() == paragraphStart && !boxesAfter.isEmpty();
        if (!onlyBoxes) {
            out.append(cellDepth > 0 ? " " : "\n");
        }
        collapsing = true;
        if (paragraphDepth == 0 && !boxesAfter.isEmpty()) {
            out.append(cellDepth > 0 ? boxesAfter.toString().replace('\n', ' ') : boxesAfter);
            boxesAfter.setLength(0);
        }
    }

    /** An explicit space, tab or line break: written as it is, not collapsed with the characters around it. */
    private void written(String text) {
        out.append(text);
        collapsing = false;
    }

    /**
     * Footnotes, comments and tracked-change deletions are not part of what was said; nor are hidden text, an
     * index's templates (its title stood twice), a list's or heading's number, ruby annotations over a word, and
     * what drawings hold but their paragraphs: an image's alternative text, a shape's geometry.
     */
    private static boolean isSkipped(String ns, String name) {
        return (TEXT_NS.equals(ns) && (name.equals("note") || name.equals("tracked-changes")
                || name.equals("hidden-text") || name.equals("hidden-paragraph") || name.equals("ruby-text")
                || name.endsWith("-source") || name.equals("number")))
                || (OFFICE_NS.equals(ns) && name.equals("annotation"))
                || DRAW_NS.equals(ns) && DRAWN_ONLY.contains(name)
                || SVG_NS.equals(ns);
    }

    /**
     * A drawing whose paragraphs are read, each a line after the paragraph it is anchored in: a text box, and a
     * shape of any kind (LibreOffice saves a Word text box as one; a PDF converted to a document has its pages in
     * them); a frame, a group and a link around a drawing only hold those.
     */
    private static boolean holdsText(String drawName) {
        return !drawName.equals("frame") && !drawName.equals("g") && !drawName.equals("a")
                && !DRAWN_ONLY.contains(drawName);
    }

    /** Where the reading stood when a text box began, to go on from there after it. */
    private record Outer(StringBuilder out, int paragraphDepth, int cellDepth, boolean collapsing,
                         StringBuilder boxesAfter, int paragraphStart, boolean paragraphHidden) {
    }

    /**
     * All that is read so far, for the bound on a text's length: the text, the boxes waiting for their paragraph's
     * end, and those of the paragraphs a box is in (each box began a new builder: fifty boxes of spaces grew past
     * the bound that one text keeps).
     */
    private long written() {
        long length = (long) out.length() + boxesAfter.length();
        for (Outer outer : outers) {
            length += outer.out().length() + outer.boxesAfter().length();
        }
        return length;
    }

    /** A hidden-text field whose condition shows it ({@code text:is-hidden="false"}): Writer shows its words. */
    private static boolean shownHiddenText(XMLStreamReader r, String ns, String name) {
        return TEXT_NS.equals(ns) && name.equals("hidden-text") && "false".equals(r.getAttributeValue(TEXT_NS,
                "is-hidden"));
    }

    /**
     * Appends a paragraph's characters with each run of white space as one space, none where {@code collapsing}
     * (at the paragraph's start, or right after such a space); returns whether the text now ends in one.
     */
    private static boolean appendCollapsed(StringBuilder out, String text, boolean collapsing) {
        boolean after = collapsing;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (!after) {
                    out.append(' ');
                    after = true;
                }
            } else {
                out.append(c);
                after = false;
            }
        }
        return after;
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
            out.setLength(out.length() - 1);
        }
    }

    private static int count(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
