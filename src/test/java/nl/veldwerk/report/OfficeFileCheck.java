package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Checks a .docx or .xlsx the way a strict reader would, as the nearest thing to "Word opens it without a
 * repair prompt" that runs without Word: every XML part against the ECMA-376 schemas POI was built from
 * (unpacked by Maven into target/ooxml-schemas), every part with a content type, every relationship
 * pointing at a part that exists, every style a paragraph names defined, and drawing ids unique. These are
 * the faults Word's own repair dialog reports; a missing table grid was one of them in our reports.
 */
final class OfficeFileCheck {
    private static final String WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    /** The namespaces whose parts are validated; any other part only has to be well-formed XML. */
    private static final Set<String> VALIDATED = Set.of(WML, SML, RELS);
    private static Schema schema;

    private OfficeFileCheck() {
    }

    /** Fails with every problem found, one per line; skips when the schemas were not unpacked (outside Maven). */
    static void assertValid(Path file) throws Exception {
        assertEquals(List.of(), problems(file), "problems a strict reader would report in " + file.getFileName());
    }

    static List<String> problems(Path file) throws Exception {
        Schema ooxml = schema();
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, org.w3c.dom.Document> parts = new HashMap<>();
            Set<String> names = new HashSet<>();
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.isDirectory()) {
                    continue;
                }
                names.add(e.getName());
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        parts.put(e.getName(), parse(in));
                    } catch (Exception ex) {
                        problems.add(e.getName() + ": not well-formed XML: " + ex.getMessage());
                    }
                }
            }
            contentTypes(parts, names, problems);
            relationships(parts, names, problems);
            parts.forEach((name, xml) -> {
                if (VALIDATED.contains(xml.getDocumentElement().getNamespaceURI())) {
                    validate(ooxml, name, xml, problems);
                }
            });
            if (parts.containsKey("word/document.xml")) {
                wordStyles(parts, problems);
                drawingIds(parts, problems);
            }
        }
        return problems;
    }

    private static void contentTypes(Map<String, org.w3c.dom.Document> parts, Set<String> names, List<String> problems) {
        org.w3c.dom.Document types = parts.get("[Content_Types].xml");
        if (types == null) {
            problems.add("[Content_Types].xml is missing");
            return;
        }
        Set<String> extensions = new HashSet<>();
        Set<String> overrides = new HashSet<>();
        for (Element d : elements(types, TYPES, "Default")) {
            extensions.add(d.getAttribute("Extension").toLowerCase(java.util.Locale.ROOT));
        }
        for (Element o : elements(types, TYPES, "Override")) {
            String part = o.getAttribute("PartName").substring(1);
            overrides.add(part);
            if (!names.contains(part)) {
                problems.add("[Content_Types].xml names " + part + ", which is not in the package");
            }
        }
        for (String name : names) {
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            if (!name.equals("[Content_Types].xml") && !overrides.contains(name) && !extensions.contains(extension)) {
                problems.add(name + " has no content type");
            }
        }
    }

    private static void relationships(Map<String, org.w3c.dom.Document> parts, Set<String> names,
                                      List<String> problems) {
        for (var entry : parts.entrySet()) {
            String relsName = entry.getKey();
            if (!relsName.endsWith(".rels")) {
                continue;
            }
            // "word/_rels/document.xml.rels" belongs to "word/document.xml"; targets are relative to "word/".
            String folder = relsName.substring(0, relsName.indexOf("_rels/"));
            String source = folder + relsName.substring(relsName.indexOf("_rels/") + 6, relsName.length() - 5);
            Set<String> ids = new HashSet<>();
            for (Element r : elements(entry.getValue(), RELS, "Relationship")) {
                if (!ids.add(r.getAttribute("Id"))) {
                    problems.add(relsName + ": relationship id " + r.getAttribute("Id") + " is used twice");
                }
                if ("External".equals(r.getAttribute("TargetMode"))) {
                    continue;
                }
                String target = r.getAttribute("Target");
                String resolved = target.startsWith("/") ? target.substring(1)
                        : Path.of(folder.isEmpty() ? "." : folder).resolve(target).normalize().toString();
                if (!names.contains(resolved)) {
                    problems.add(relsName + ": " + r.getAttribute("Id") + " points at " + resolved + ", which is missing");
                }
            }
            org.w3c.dom.Document owner = parts.get(source);
            if (owner != null) {
                referencedIds(owner).stream().filter(id -> !ids.contains(id)).forEach(id ->
                        problems.add(source + " refers to relationship " + id + ", which " + relsName + " lacks"));
            }
        }
    }

    /** Every r:id / r:embed / r:link a part uses. */
    private static Set<String> referencedIds(org.w3c.dom.Document part) {
        Set<String> ids = new HashSet<>();
        NodeList all = part.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String attribute : List.of("id", "embed", "link")) {
                String value = e.getAttributeNS(OFFICE_RELS, attribute);
                if (!value.isEmpty()) {
                    ids.add(value);
                }
            }
        }
        return ids;
    }

    private static void wordStyles(Map<String, org.w3c.dom.Document> parts, List<String> problems) {
        org.w3c.dom.Document styles = parts.get("word/styles.xml");
        Set<String> defined = new HashSet<>();
        if (styles != null) {
            elements(styles, WML, "style").forEach(s -> defined.add(s.getAttributeNS(WML, "styleId")));
            for (String link : List.of("basedOn", "next", "link")) {
                for (Element e : elements(styles, WML, link)) {
                    String value = e.getAttributeNS(WML, "val");
                    if (!defined.contains(value)) {
                        problems.add("word/styles.xml: a style's " + link + " names " + value + ", which is not defined");
                    }
                }
            }
        }
        parts.forEach((name, xml) -> {
            if (!name.startsWith("word/") || name.equals("word/styles.xml")) {
                return;
            }
            for (String use : List.of("pStyle", "rStyle", "tblStyle")) {
                for (Element e : elements(xml, WML, use)) {
                    if (!defined.contains(e.getAttributeNS(WML, "val"))) {
                        problems.add(name + ": " + use + " " + e.getAttributeNS(WML, "val") + " is not defined");
                    }
                }
            }
        });
    }

    /** Word repairs a document in which two pictures share a drawing id. */
    private static void drawingIds(Map<String, org.w3c.dom.Document> parts, List<String> problems) {
        Set<String> ids = new HashSet<>();
        parts.forEach((name, xml) -> {
            for (Element docPr : elements(xml, WP, "docPr")) {
                if (!ids.add(docPr.getAttribute("id"))) {
                    problems.add(name + ": drawing id " + docPr.getAttribute("id") + " is used twice");
                }
            }
        });
    }

    private static void validate(Schema ooxml, String name, org.w3c.dom.Document xml, List<String> problems) {
        // Excel itself writes xml:space="preserve" on a shared string's <t>, which the schema leaves out; every
        // reader accepts it, so it is not a fault.
        for (Element t : elements(xml, SML, "t")) {
            t.removeAttributeNS(XMLConstants.XML_NS_URI, "space");
        }
        var validator = ooxml.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(name + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(name + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new DOMSource(xml));
        } catch (Exception e) {
            problems.add(name + ": " + e.getMessage());
        }
    }

    private static List<Element> elements(org.w3c.dom.Document xml, String namespace, String localName) {
        NodeList list = xml.getElementsByTagNameNS(namespace, localName);
        List<Element> result = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    private static org.w3c.dom.Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(in);
    }

    /** WordprocessingML, SpreadsheetML and package relationships, loaded once (the schemas take a second). */
    private static synchronized Schema schema() throws IOException, org.xml.sax.SAXException {
        if (schema == null) {
            String folder = System.getProperty("veldwerk.ooxmlSchemas", "target/ooxml-schemas");
            Path dir = Path.of(folder);
            assumeTrue(Files.isRegularFile(dir.resolve("wml.xsd")), "the ECMA-376 schemas are not unpacked in " + dir
                    + " (Maven's generate-test-resources phase does that)");
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // The schemas import the XML namespace (xml:space) without a location; ours declares just that.
            var xml = OfficeFileCheck.class.getResource("/ooxml/xml.xsd");
            schema = factory.newSchema(new StreamSource[] {
                new StreamSource(xml.toExternalForm()),
                new StreamSource(dir.resolve("wml.xsd").toFile()),
                new StreamSource(dir.resolve("sml.xsd").toFile()),
                new StreamSource(dir.resolve("opc-relationships.xsd").toFile()),
                new StreamSource(dir.resolve("dml-picture.xsd").toFile())});
        }
        return schema;
    }
}
