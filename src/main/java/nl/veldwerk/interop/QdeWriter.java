package nl.veldwerk.interop;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.AttributeType;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;

/**
 * Writes a project as REFI-QDA XML, strictly in the schema's element order: Project.qde for a .qdpx (with
 * each document's text named sources/GUID.txt) or a CodeBook for a .qdc.
 */
final class QdeWriter {
    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";

    /** A Note to write: a memo, or a code's own memo, or a relation's weight and comment. */
    private record NoteOut(String guid, String name, String text, String author, java.time.Instant created,
                           java.time.Instant modified) {
    }

    private final Project p;
    private final XMLStreamWriter w;
    private final List<NoteOut> notes = new ArrayList<>();
    private final Map<String, List<String>> noteRefs = new HashMap<>();
    /** The recording's path as the file gives it, by document; a document without one is a TextSource. */
    private java.util.function.Function<Document, String> mediaPaths = d -> null;

    /** Each element's GUID: one element per GUID in a project file (RefiIds.ForFile); as they are in a codebook. */
    private final Guids ids;

    private interface Guids {
        String guid(EntityKind kind, String id);
    }

    private QdeWriter(Project project, XMLStreamWriter writer, Guids ids) {
        this.p = project;
        this.w = writer;
        this.ids = ids;
    }

    static void writeProject(Project project, String origin, OutputStream out) throws XMLStreamException {
        writeProject(project, origin, out, d -> null);
    }

    /**
     * Writes the project; a document whose {@code mediaPaths} is not null becomes an AudioSource or VideoSource
     * with that path, holding the document as its Transcript.
     */
    static void writeProject(Project project, String origin, OutputStream out,
                             java.util.function.Function<Document, String> mediaPaths) throws XMLStreamException {
        QdeWriter writer = new QdeWriter(project, XmlSafeWriter.of(XMLOutputFactory.newFactory().createXMLStreamWriter(out,
                "UTF-8")), new RefiIds.ForFile(project)::of);
        writer.mediaPaths = mediaPaths;
        writer.project(origin);
    }

    static void writeCodebook(Project project, String origin, OutputStream out) throws XMLStreamException {
        // Only codes and their sets: no other element to share a GUID with.
        QdeWriter writer = new QdeWriter(project, XmlSafeWriter.of(XMLOutputFactory.newFactory().createXMLStreamWriter(out,
                "UTF-8")), RefiIds::of);
        writer.codebook(origin);
    }

    static String sourceFile(Document d) {
        return RefiIds.of(EntityKind.DOCUMENT, d.id()) + ".txt"; // documents keep their GUIDs (RefiIds.ForFile)
    }

    private void project(String origin) throws XMLStreamException {
        collectNotes();
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("Project");
        w.writeDefaultNamespace(PROJECT_NS);
        w.writeAttribute("name", p.info().name());
        w.writeAttribute("origin", origin);
        if (p.info().created() != null) {
            w.writeAttribute("creationDateTime", p.info().created().toString());
        }
        users();
        if (!p.codes().isEmpty()) { // the schema wants at least one code in a code book
            w.writeStartElement("CodeBook");
            codes(PROJECT_NS);
            w.writeEndElement();
        }
        variables();
        sources();
        notes();
        links();
        sets(true);
        graphs();
        if (!p.info().description().isEmpty()) {
            element("Description", p.info().description());
        }
        noteRefs(notesKey(EntityKind.PROJECT_INFO, nl.veldwerk.model.ProjectInfo.ID));
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    private void codebook(String origin) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("CodeBook");
        w.writeDefaultNamespace(CODEBOOK_NS);
        w.writeAttribute("origin", origin);
        codes(CODEBOOK_NS);
        sets(false);
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    private void users() throws XMLStreamException {
        if (p.coders().isEmpty()) {
            return;
        }
        w.writeStartElement("Users");
        for (Coder c : p.coders()) {
            w.writeEmptyElement("User");
            w.writeAttribute("guid", ids.guid(EntityKind.CODER, c.id()));
            w.writeAttribute("name", c.name());
        }
        w.writeEndElement();
    }

    private void codes(String namespace) throws XMLStreamException {
        Map<String, List<Code>> children = new HashMap<>();
        for (Code c : p.codes()) {
            children.computeIfAbsent(c.parentId() == null ? "" : c.parentId(), k -> new ArrayList<>()).add(c);
        }
        if (p.codes().isEmpty()) {
            return;
        }
        w.writeStartElement("Codes");
        for (Code top : children.getOrDefault("", List.of())) {
            code(top, children, namespace);
        }
        w.writeEndElement();
    }

    private void code(Code c, Map<String, List<Code>> children, String namespace) throws XMLStreamException {
        w.writeStartElement("Code");
        w.writeAttribute("guid", ids.guid(EntityKind.CODE, c.id()));
        w.writeAttribute("name", c.name());
        w.writeAttribute("isCodable", "true");
        if (!c.color().equals(nl.veldwerk.model.Colors.DEFAULT)) {
            // The grey a code without a colour gets (from NVivo, say): none is written, so another tool shows its
            // own default, not 152 grey codes (QA).
            w.writeAttribute("color", c.color().toUpperCase(Locale.ROOT));
        }
        String description = Conventions.describeCode(new Conventions.CodeText(c.definition(), c.inclusion(),
                c.exclusion(), c.anchor(), c.indicators()));
        if (!description.isEmpty()) {
            element("Description", description);
        }
        if (namespace.equals(PROJECT_NS)) {
            noteRefs(notesKey(EntityKind.CODE, c.id()));
        }
        for (Code child : children.getOrDefault(c.id(), List.of())) {
            code(child, children, namespace);
        }
        w.writeEndElement();
    }

    private void variables() throws XMLStreamException {
        if (p.attributes().isEmpty()) {
            return;
        }
        w.writeStartElement("Variables");
        for (AttributeDefinition a : p.attributes()) {
            w.writeEmptyElement("Variable");
            w.writeAttribute("guid", ids.guid(EntityKind.ATTRIBUTE, a.id()));
            w.writeAttribute("name", a.name());
            w.writeAttribute("typeOfVariable", switch (a.type()) {
                case TEXT -> "Text";
                case NUMBER -> integral(a.name()) ? "Integer" : "Float";
                case DATE -> "Date";
                case BOOLEAN -> "Boolean";
            });
        }
        w.writeEndElement();
    }

    private void sources() throws XMLStreamException {
        if (p.documents().isEmpty()) {
            return;
        }
        w.writeStartElement("Sources");
        for (Document d : p.documentsByNumber()) { // as listed, whatever order an undo put one back in (QA)
            String media = d.recording() == null ? null : mediaPaths.apply(d);
            if (media != null) {
                mediaSource(d, media);
                continue;
            }
            w.writeStartElement("TextSource");
            w.writeAttribute("guid", ids.guid(EntityKind.DOCUMENT, d.id()));
            w.writeAttribute("name", d.name());
            w.writeAttribute("plainTextPath", "internal://" + sourceFile(d));
            if (d.imported() != null) {
                w.writeAttribute("creationDateTime", d.imported().toString());
            }
            if (!d.description().isEmpty()) {
                element("Description", d.description());
            }
            CodePoints positions = new CodePoints(d.text());
            // In the order of their IDs ("3:12"), which the format has no place for: an import numbers them in
            // this order, so they come back as they were (gaps left by deletions excepted).
            for (Quotation q : p.quotationsOf(d.id()).stream().sorted(java.util.Comparator.comparingInt(
                    Quotation::number).thenComparingInt(Quotation::start)).toList()) {
                selection(d, q, positions);
            }
            noteRefs(notesKey(EntityKind.DOCUMENT, d.id()));
            for (Map.Entry<String, String> value : d.attributes().entrySet()) {
                variableValue(value.getKey(), value.getValue());
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /**
     * A document with a recording: the AudioSource (or VideoSource) with the document as its Transcript. The
     * transcript's sync points are its time marks (with their times) and the ends of its quotations (without):
     * a TranscriptSelection runs from one sync point to another.
     */
    private void mediaSource(Document d, String path) throws XMLStreamException {
        w.writeStartElement(d.recording().video() ? "VideoSource" : "AudioSource");
        w.writeAttribute("guid", ids.guid(EntityKind.DOCUMENT, d.id()));
        w.writeAttribute("name", d.name());
        w.writeAttribute("path", path);
        if (d.imported() != null) {
            w.writeAttribute("creationDateTime", d.imported().toString());
        }
        if (!d.description().isEmpty()) {
            element("Description", d.description());
        }
        w.writeStartElement("Transcript");
        w.writeAttribute("guid", ids.guid(EntityKind.DOCUMENT, "transcript:" + d.id()));
        w.writeAttribute("name", d.name());
        w.writeAttribute("plainTextPath", "internal://" + sourceFile(d));
        CodePoints positions = new CodePoints(d.text());
        java.util.TreeMap<Integer, Long> points = new java.util.TreeMap<>();
        List<nl.veldwerk.model.TimeMark> marks = nl.veldwerk.model.TimeMarks.find(d.text());
        java.util.Set<nl.veldwerk.model.TimeMark> timed = new java.util.HashSet<>(runningForward(marks));
        for (nl.veldwerk.model.TimeMark mark : marks) {
            points.put(mark.start(), timed.contains(mark) ? mark.millis() : null);
        }
        List<Quotation> quotations = p.quotationsOf(d.id()).stream().sorted(java.util.Comparator.comparingInt(
                Quotation::number).thenComparingInt(Quotation::start)).toList();
        for (Quotation q : quotations) {
            points.putIfAbsent(q.start(), null);
            points.putIfAbsent(q.end(), null);
        }
        for (Map.Entry<Integer, Long> point : points.entrySet()) {
            w.writeEmptyElement("SyncPoint");
            w.writeAttribute("guid", syncPoint(d, point.getKey()));
            w.writeAttribute("position", Long.toString(positions.at(point.getKey())));
            if (point.getValue() != null) {
                w.writeAttribute("timeStamp", Long.toString(point.getValue()));
            }
        }
        for (Quotation q : quotations) {
            selection(d, q, positions, "TranscriptSelection");
        }
        w.writeEndElement();
        noteRefs(notesKey(EntityKind.DOCUMENT, d.id()));
        for (Map.Entry<String, String> value : d.attributes().entrySet()) {
            variableValue(value.getKey(), value.getValue());
        }
        w.writeEndElement();
    }

    /**
     * The time marks whose times run forward through the text: a mark earlier than one before it (a slip of the
     * player while transcribing) is written as a sync point without its time, as other tools expect a transcript's
     * times to rise (QA). Said among what the export leaves out.
     */
    static List<nl.veldwerk.model.TimeMark> runningForward(List<nl.veldwerk.model.TimeMark> marks) {
        List<nl.veldwerk.model.TimeMark> kept = new java.util.ArrayList<>();
        long latest = Long.MIN_VALUE;
        for (nl.veldwerk.model.TimeMark mark : marks) {
            if (mark.millis() >= latest) {
                kept.add(mark);
                latest = mark.millis();
            }
        }
        return kept;
    }

    private static String syncPoint(Document d, int offset) {
        return RefiIds.of(EntityKind.DOCUMENT, "sync:" + d.id() + ":" + offset); // name-based: no file gives it
    }

    private void selection(Document d, Quotation q, CodePoints positions) throws XMLStreamException {
        selection(d, q, positions, "PlainTextSelection");
    }

    private void selection(Document d, Quotation q, CodePoints positions, String element) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeAttribute("guid", ids.guid(EntityKind.QUOTATION, q.id()));
        w.writeAttribute("name", excerpt(d.wordsWithoutLabels(q.start(), q.end()))); // no "A01:" inside (QA)
        if (element.equals("TranscriptSelection")) {
            w.writeAttribute("fromSyncPoint", syncPoint(d, q.start()));
            w.writeAttribute("toSyncPoint", syncPoint(d, q.end()));
        } else {
            w.writeAttribute("startPosition", Long.toString(positions.at(q.start())));
            w.writeAttribute("endPosition", Long.toString(positions.at(q.end())));
        }
        user("creatingUser", q.creatorId());
        if (q.created() != null) {
            w.writeAttribute("creationDateTime", q.created().toString());
        }
        if (!q.comment().isEmpty()) {
            element("Description", q.comment());
        }
        for (Coding c : p.codingsOf(q.id())) {
            w.writeStartElement("Coding");
            w.writeAttribute("guid", ids.guid(EntityKind.CODING, c.id()));
            user("creatingUser", c.coderId());
            if (c.created() != null) {
                w.writeAttribute("creationDateTime", c.created().toString());
            }
            w.writeEmptyElement("CodeRef");
            w.writeAttribute("targetGUID", ids.guid(EntityKind.CODE, c.codeId()));
            w.writeEndElement();
        }
        noteRefs(notesKey(EntityKind.QUOTATION, q.id()));
        w.writeEndElement();
    }

    /**
     * Whether every value of a number attribute is a whole number: then it goes out as an Integer variable, as
     * it most likely came in (an age, a number of children), not as a Float the other tool shows with decimals.
     */
    private boolean integral(String attributeName) {
        return integralAttributes.computeIfAbsent(attributeName, name -> p.documents().stream()
                .map(d -> d.attributes().get(name)).filter(java.util.Objects::nonNull)
                .allMatch(v -> v.strip().matches("[+-]?\\d{1,18}")));
    }

    private final java.util.Map<String, Boolean> integralAttributes = new java.util.HashMap<>();

    private void variableValue(String attributeName, String value) throws XMLStreamException {
        AttributeDefinition a = p.attributes().stream().filter(x -> x.name().equals(attributeName)).findFirst()
                .orElseThrow();
        if (a.type() == AttributeType.NUMBER && integral(a.name())) {
            w.writeStartElement("VariableValue");
            w.writeEmptyElement("VariableRef");
            w.writeAttribute("targetGUID", ids.guid(EntityKind.ATTRIBUTE, a.id()));
            element("IntegerValue", value.strip());
            w.writeEndElement();
            return;
        }
        w.writeStartElement("VariableValue");
        w.writeEmptyElement("VariableRef");
        w.writeAttribute("targetGUID", ids.guid(EntityKind.ATTRIBUTE, a.id()));
        element(a.type() == AttributeType.NUMBER ? "FloatValue" : a.type() == AttributeType.DATE ? "DateValue"
                : a.type() == AttributeType.BOOLEAN ? "BooleanValue" : "TextValue", value);
        w.writeEndElement();
    }

    private void notes() throws XMLStreamException {
        if (notes.isEmpty()) {
            return;
        }
        w.writeStartElement("Notes");
        for (NoteOut note : notes) {
            w.writeStartElement("Note");
            w.writeAttribute("guid", note.guid());
            w.writeAttribute("name", note.name());
            user("creatingUser", note.author());
            if (note.created() != null) {
                w.writeAttribute("creationDateTime", note.created().toString());
            }
            if (note.modified() != null) {
                w.writeAttribute("modifiedDateTime", note.modified().toString());
            }
            element("PlainTextContent", note.text());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void links() throws XMLStreamException {
        if (p.relations().isEmpty()) {
            return;
        }
        w.writeStartElement("Links");
        for (Relation r : p.relations()) {
            w.writeStartElement("Link");
            w.writeAttribute("guid", ids.guid(EntityKind.RELATION, r.id()));
            w.writeAttribute("name", Conventions.linkName(r.type(), r.label()));
            w.writeAttribute("direction", "OneWay");
            w.writeAttribute("originGUID", ids.guid(EntityKind.CODE, r.sourceCodeId()));
            w.writeAttribute("targetGUID", ids.guid(EntityKind.CODE, r.targetCodeId()));
            noteRefs(notesKey(EntityKind.RELATION, r.id()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /**
     * Diagrams as REFI-QDA graphs: a vertex per code shown (at its place), an edge per relation shown between
     * two of them. What a graph cannot hold (the arrows' weighting) is named in the export's summary.
     */
    private void graphs() throws XMLStreamException {
        if (p.diagrams().isEmpty()) {
            return;
        }
        w.writeStartElement("Graphs");
        for (nl.veldwerk.model.Diagram d : p.diagrams()) {
            w.writeStartElement("Graph");
            w.writeAttribute("guid", ids.guid(EntityKind.DIAGRAM, d.id()));
            w.writeAttribute("name", d.name());
            Map<String, String> vertices = new HashMap<>();
            for (nl.veldwerk.model.DiagramNode node : d.nodes()) {
                Code code = p.code(node.codeId()).orElse(null);
                if (node.hidden() || code == null) {
                    continue;
                }
                String guid = ids.guid(EntityKind.DIAGRAM, d.id() + ":" + code.id());
                vertices.put(code.id(), guid);
                w.writeEmptyElement("Vertex");
                w.writeAttribute("guid", guid);
                w.writeAttribute("representedGUID", ids.guid(EntityKind.CODE, code.id()));
                w.writeAttribute("name", code.name());
                w.writeAttribute("firstX", String.valueOf(Math.round(node.x())));
                w.writeAttribute("firstY", String.valueOf(Math.round(node.y())));
                w.writeAttribute("shape", "RoundedRectangle");
                if (code.color() != null && code.color().matches("#[0-9a-fA-F]{6}")) {
                    w.writeAttribute("color", code.color());
                }
            }
            for (String relationId : d.relationIds()) {
                Relation r = p.relation(relationId).orElse(null);
                if (r == null || !vertices.containsKey(r.sourceCodeId()) || !vertices.containsKey(r.targetCodeId())) {
                    continue;
                }
                w.writeEmptyElement("Edge");
                w.writeAttribute("guid", ids.guid(EntityKind.DIAGRAM, d.id() + ":" + r.id()));
                w.writeAttribute("representedGUID", ids.guid(EntityKind.RELATION, r.id()));
                w.writeAttribute("name", Conventions.linkName(r.type(), r.label()));
                w.writeAttribute("sourceVertex", vertices.get(r.sourceCodeId()));
                w.writeAttribute("targetVertex", vertices.get(r.targetCodeId()));
                w.writeAttribute("direction", "OneWay");
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void sets(boolean withGroups) throws XMLStreamException {
        List<DocumentGroup> groups = withGroups ? List.copyOf(p.groups()) : List.of();
        Map<Phase, List<Code>> phases = new HashMap<>();
        for (Code c : p.codes()) {
            if (c.phase() != Phase.OPEN) {
                phases.computeIfAbsent(c.phase(), k -> new ArrayList<>()).add(c);
            }
        }
        if (groups.isEmpty() && phases.isEmpty()) {
            return;
        }
        w.writeStartElement("Sets");
        for (DocumentGroup g : groups) {
            w.writeStartElement("Set");
            w.writeAttribute("guid", ids.guid(EntityKind.GROUP, g.id()));
            w.writeAttribute("name", g.name());
            if (!g.description().isEmpty()) {
                element("Description", g.description());
            }
            for (Document d : p.documents()) {
                if (d.groupIds().contains(g.id())) {
                    w.writeEmptyElement("MemberSource");
                    w.writeAttribute("targetGUID", ids.guid(EntityKind.DOCUMENT, d.id()));
                }
            }
            w.writeEndElement();
        }
        for (Phase phase : List.of(Phase.AXIAL, Phase.SELECTIVE)) {
            List<Code> codes = phases.get(phase);
            if (codes == null) {
                continue;
            }
            w.writeStartElement("Set");
            w.writeAttribute("guid", ids.guid(EntityKind.CODE, "phase-set-" + phase));
            w.writeAttribute("name", Conventions.phaseSetName(phase));
            for (Code c : codes) {
                w.writeEmptyElement("MemberCode");
                // A project's MemberCode points with targetGUID, a codebook's with guid.
                w.writeAttribute(withGroups ? "targetGUID" : "guid", ids.guid(EntityKind.CODE, c.id()));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /** Gathers every note to write and who refers to it, before writing: refs come before the Notes list. */
    private void collectNotes() {
        for (Memo m : p.memos()) {
            String guid = ids.guid(EntityKind.MEMO, m.id());
            notes.add(new NoteOut(guid, m.title(), m.text(), m.authorId(), m.created(), m.modified()));
            noteRefs.computeIfAbsent(notesKey(m.target().kind(), m.target().id()), k -> new ArrayList<>()).add(guid);
        }
        for (Code c : p.codes()) {
            if (!c.memo().isEmpty()) {
                String guid = ids.guid(EntityKind.MEMO, "code-memo-" + c.id());
                notes.add(new NoteOut(guid, Conventions.CODE_MEMO, c.memo(), null, null, null));
                noteRefs.computeIfAbsent(notesKey(EntityKind.CODE, c.id()), k -> new ArrayList<>()).add(guid);
            }
        }
        for (Relation r : p.relations()) {
            if (r.weight() != 0 || !r.comment().isEmpty()) {
                String guid = ids.guid(EntityKind.MEMO, "relation-note-" + r.id());
                notes.add(new NoteOut(guid, Conventions.RELATION_NOTE, Conventions.relationNote(r.weight(),
                        r.comment()), null, null, null));
                noteRefs.computeIfAbsent(notesKey(EntityKind.RELATION, r.id()), k -> new ArrayList<>()).add(guid);
            }
        }
    }

    private static String notesKey(EntityKind kind, String id) {
        return kind + ":" + id;
    }

    private void noteRefs(String key) throws XMLStreamException {
        for (String guid : noteRefs.getOrDefault(key, List.of())) {
            w.writeEmptyElement("NoteRef");
            w.writeAttribute("targetGUID", guid);
        }
    }

    private void user(String attribute, String coderId) throws XMLStreamException {
        if (coderId != null) {
            w.writeAttribute(attribute, ids.guid(EntityKind.CODER, coderId));
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }

    /** UTF-16 index to code point position, in one pass per document for texts without emoji. */
    private static final class CodePoints {
        private final String text;
        private final boolean simple;

        CodePoints(String text) {
            this.text = text;
            this.simple = text.codePoints().allMatch(Character::isBmpCodePoint);
        }

        long at(int index) {
            return simple ? index : text.codePointCount(0, index);
        }
    }
}
