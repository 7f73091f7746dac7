package nl.veldwerk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;

import nl.veldwerk.model.Limits;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The plain text of an OpenDocument text file (.odt): paragraphs, headings, spaces, tabs and table cells. */
final class OdtText {
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private OdtText() {
    }

    /** Extracts the text of content.xml in the zip; throws IOException when there is none. */
    static String extract(InputStream odt) throws IOException, XMLStreamException {
        try (ZipInputStream zip = new ZipInputStream(odt)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("content.xml")) {
                    return fromContentXml(new BoundedInput(zip, "content.xml"));
                }
            }
        }
        throw new IOException("it holds no content.xml, so it is not an OpenDocument text");
    }

    private static String fromContentXml(InputStream xml) throws XMLStreamException, IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = factory.createXMLStreamReader(xml, "UTF-8");
        StringBuilder out = new StringBuilder();
        int skipDepth = 0;
        int cellDepth = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String ns = r.getNamespaceURI();
                String name = r.getLocalName();
                if (skipDepth > 0 || isSkipped(ns, name)) {
                    skipDepth++;
                } else if (TEXT_NS.equals(ns)) {
                    switch (name) {
                        // A count is bounded by what the text may still hold: "c=2000000000" is no reason
                        // to build two billion spaces.
                        case "s" -> out.append(" ".repeat(Math.min(count(r.getAttributeValue(TEXT_NS, "c")),
                                Limits.TEXT + 1 - out.length())));
                        case "tab" -> out.append('\t');
                        case "line-break" -> out.append('\n');
                        default -> { }
                    }
                } else if (TABLE_NS.equals(ns) && name.equals("table-cell")) {
                    cellDepth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String ns = r.getNamespaceURI();
                String name = r.getLocalName();
                if (skipDepth > 0) {
                    skipDepth--;
                } else if (TEXT_NS.equals(ns) && (name.equals("p") || name.equals("h"))) {
                    out.append(cellDepth > 0 ? " " : "\n");
                } else if (TABLE_NS.equals(ns) && name.equals("table-cell")) {
                    cellDepth--;
                    trimTrailingSpace(out);
                    out.append('\t');
                } else if (TABLE_NS.equals(ns) && name.equals("table-row")) {
                    trimTrailingSpace(out);
                    out.append('\n');
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && skipDepth == 0) {
                out.append(r.getText());
            }
            BoundedInput.checkLength(out);
        }
        return out.toString();
    }

    /** Footnotes, comments and tracked-change deletions are not part of what was said. */
    private static boolean isSkipped(String ns, String name) {
        return (TEXT_NS.equals(ns) && (name.equals("note") || name.equals("tracked-changes")))
                || (OFFICE_NS.equals(ns) && name.equals("annotation"));
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
