package nl.veldwerk.interop;

import static nl.veldwerk.interop.SecureXml.attr;
import static nl.veldwerk.interop.SecureXml.guidAttr;
import static nl.veldwerk.interop.SecureXml.nextChild;
import static nl.veldwerk.interop.SecureXml.skip;
import static nl.veldwerk.interop.SecureXml.text;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nl.veldwerk.model.UserText;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads project.qde (and the codes of a .qdc) into a {@link RefiProject}. Lenient by design: elements are
 * matched by local name in any namespace, unknown elements are skipped, empty containers are fine.
 */
final class QdeReader {
    private final XMLStreamReader r;
    private final RefiProject project = new RefiProject();

    private QdeReader(XMLStreamReader reader) {
        this.r = reader;
    }

    /** Reads a Project document (a .qde) or a CodeBook document (a .qdc). */
    static RefiProject read(InputStream xml) throws XMLStreamException {
        XMLStreamReader reader = SecureXml.reader(xml);
        try {
            while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                if (reader.getEventType() == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("a document type declaration is not allowed in REFI-QDA files");
                }
            }
            if (!reader.isStartElement()) {
                throw new XMLStreamException("the file holds no XML element");
            }
            QdeReader qde = new QdeReader(reader);
            switch (reader.getLocalName()) {
                case "Project" -> qde.project();
                case "CodeBook" -> {
                    qde.project.origin = orEmpty(attr(reader, "origin"));
                    qde.codeBook();
                }
                default -> throw new XMLStreamException("the root element is <" + reader.getLocalName()
                        + ">, not <Project> or <CodeBook>");
            }
            return qde.project;
        } finally {
            reader.close();
        }
    }

    private void project() throws XMLStreamException {
        project.name = orEmpty(attr(r, "name"));
        project.origin = orEmpty(attr(r, "origin"));
        project.created = attr(r, "creationDateTime");
        project.basePath = attr(r, "basePath");
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "Users" -> children("User", () -> project.users.add(
                        new RefiProject.User(guidAttr(r, "guid"), orEmpty(attr(r, "name")))));
                case "CodeBook" -> codeBook();
                case "Variables" -> children("Variable", this::variable);
                case "Cases" -> children("Case", this::caseElement);
                case "Sources" -> sources();
                case "Notes" -> children("Note", this::note);
                case "Links" -> children("Link", this::link);
                case "Sets" -> children("Set", this::set);
                case "Graphs" -> children("Graph", this::graph);
                case "Description" -> project.description = text(r);
                case "NoteRef" -> noteRef(project.noteRefs);
                default -> skip(r);
            }
        }
    }

    private void codeBook() throws XMLStreamException {
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "Codes" -> {
                    while (nextChild(r)) {
                        if (r.getLocalName().equals("Code")) {
                            project.codes.add(code());
                        } else {
                            skip(r);
                        }
                    }
                }
                case "Sets" -> children("Set", this::set);
                default -> skip(r);
            }
        }
    }

    /** How deep the code being read lies: a file with codes nested past the model's limit is refused. */
    private int codeDepth;

    private RefiProject.Code code() throws XMLStreamException {
        if (++codeDepth > nl.veldwerk.model.Limits.CODE_DEPTH) {
            throw new XMLStreamException("codes are nested more than " + nl.veldwerk.model.Limits.CODE_DEPTH
                    + " levels deep", r.getLocation());
        }
        RefiProject.Code code = new RefiProject.Code();
        code.guid = guidAttr(r, "guid");
        code.name = orEmpty(attr(r, "name"));
        code.color = attr(r, "color");
        code.codable = !"false".equalsIgnoreCase(String.valueOf(attr(r, "isCodable")).strip());
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "Description" -> code.description = text(r);
                case "NoteRef" -> noteRef(code.noteRefs);
                case "Code" -> code.children.add(code());
                default -> skip(r);
            }
        }
        codeDepth--;
        return code;
    }

    private void variable() throws XMLStreamException {
        String guid = guidAttr(r, "guid");
        String name = orEmpty(attr(r, "name"));
        String type = orEmpty(attr(r, "typeOfVariable"));
        String description = "";
        while (nextChild(r)) {
            if (r.getLocalName().equals("Description")) {
                description = text(r);
            } else {
                skip(r);
            }
        }
        project.variables.add(new RefiProject.Variable(guid, name, type, description));
    }

    private void caseElement() throws XMLStreamException {
        RefiProject.Case c = new RefiProject.Case();
        c.guid = guidAttr(r, "guid");
        c.name = orEmpty(attr(r, "name"));
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "Description" -> c.description = text(r);
                case "VariableValue" -> variableValue(c.values);
                case "SourceRef" -> {
                    c.sourceRefs.add(guidAttr(r, "targetGUID"));
                    skip(r);
                }
                case "SelectionRef" -> {
                    c.selectionRefs++;
                    skip(r);
                }
                case "CodeRef" -> {
                    c.codeRefs++;
                    skip(r);
                }
                default -> skip(r);
            }
        }
        project.cases.add(c);
    }

    private void variableValue(List<RefiProject.Value> values) throws XMLStreamException {
        String variable = null;
        String value = null;
        while (nextChild(r)) {
            String name = r.getLocalName();
            if (name.equals("VariableRef")) {
                variable = guidAttr(r, "targetGUID");
                skip(r);
            } else if (name.endsWith("Value")) {
                value = text(r);
            } else {
                skip(r);
            }
        }
        if (variable != null && value != null) {
            values.add(new RefiProject.Value(variable, value));
        }
    }

    private void sources() throws XMLStreamException {
        while (nextChild(r)) {
            String kind = r.getLocalName();
            String name = orEmpty(attr(r, "name"));
            switch (kind) {
                case "TextSource" -> project.sources.add(textSource(name));
                case "PDFSource" -> pdfSource(name);
                case "AudioSource", "VideoSource" -> mediaSource(kind, name);
                default -> {
                    project.skipped.add(skipReason("skip.notText", label(kind), name));
                    skip(r);
                }
            }
        }
    }

    /** A TextSource, a PDF's text Representation or a media Transcript: all are text with selections. */
    private RefiProject.Source textSource(String name) throws XMLStreamException {
        RefiProject.Source source = new RefiProject.Source();
        source.guid = guidAttr(r, "guid");
        source.name = name;
        source.plainTextPath = attr(r, "plainTextPath");
        source.creatingUser = guidAttr(r, "creatingUser");
        source.created = attr(r, "creationDateTime");
        // A transcript's selections run between sync points, which may come after them: resolved at the end.
        java.util.Map<String, Long> syncPositions = new java.util.HashMap<>();
        java.util.List<String[]> transcriptSelections = new java.util.ArrayList<>();
        java.util.List<RefiProject.Selection> unresolved = new java.util.ArrayList<>();
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "Description" -> source.description = text(r);
                case "PlainTextContent" -> source.plainTextContent = text(r);
                case "PlainTextSelection" -> source.selections.add(selection());
                case "NoteRef" -> noteRef(source.noteRefs);
                case "VariableValue" -> variableValue(source.values);
                case "SyncPoint" -> {
                    String guid = guidAttr(r, "guid");
                    String position = attr(r, "position");
                    String time = attr(r, "timeStamp");
                    if (guid != null && position != null) {
                        long at = position(position);
                        syncPositions.put(guid, at);
                        if (time != null && at >= 0) {
                            try {
                                source.syncPoints.add(new long[] {at, Long.parseLong(time.strip())});
                            } catch (NumberFormatException e) {
                                project.skipped.add(skipReason("skip.syncPointTime", time, name));
                            }
                        }
                    }
                    skip(r);
                }
                case "TranscriptSelection" -> {
                    String from = guidAttr(r, "fromSyncPoint");
                    String to = guidAttr(r, "toSyncPoint");
                    RefiProject.Selection s = selection();
                    transcriptSelections.add(new String[] {from, to});
                    unresolved.add(s);
                }
                default -> skip(r);
            }
        }
        for (int i = 0; i < unresolved.size(); i++) {
            Long from = syncPositions.get(transcriptSelections.get(i)[0]);
            Long to = syncPositions.get(transcriptSelections.get(i)[1]);
            if (from == null || to == null) {
                project.skipped.add(skipReason("skip.transcriptSelection", name));
                continue;
            }
            unresolved.get(i).start = from;
            unresolved.get(i).end = to;
            source.selections.add(unresolved.get(i));
        }
        return source;
    }

    private void pdfSource(String name) throws XMLStreamException {
        String guid = guidAttr(r, "guid");
        int regions = 0;
        boolean hasText = false;
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "Representation" -> {
                    RefiProject.Source text = textSource(name);
                    if (text.guid == null) {
                        text.guid = guid;
                    }
                    text.ownerGuid = guid;
                    project.sources.add(text);
                    hasText = true;
                }
                case "PDFSelection" -> {
                    regions++;
                    skip(r);
                }
                default -> skip(r);
            }
        }
        if (!hasText) {
            project.skipped.add(skipReason("skip.pdfNoText", name));
        }
        if (regions > 0) {
            project.skipped.add(skipReason("skip.pdfRegions", regions, name));
        }
    }

    /**
     * An AudioSource or VideoSource: each Transcript becomes a document linked to the recording (the first
     * with the source's name, values and notes); codings of the recording itself (media ranges) cannot be
     * carried and are named.
     */
    private void mediaSource(String kind, String name) throws XMLStreamException {
        String guid = guidAttr(r, "guid");
        String path = attr(r, "path");
        String current = attr(r, "currentPath");
        String media = path != null ? path : current;
        java.util.List<RefiProject.Source> transcripts = new java.util.ArrayList<>();
        java.util.List<RefiProject.Value> values = new java.util.ArrayList<>();
        java.util.List<String> notes = new java.util.ArrayList<>();
        String description = "";
        int ranges = 0;
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "Transcript" -> transcripts.add(textSource(transcripts.isEmpty() ? name
                        : name + " (transcript " + (transcripts.size() + 1) + ")"));
                case "AudioSelection", "VideoSelection" -> {
                    ranges++;
                    skip(r);
                }
                case "Description" -> description = text(r);
                case "VariableValue" -> variableValue(values);
                case "NoteRef" -> noteRef(notes);
                default -> skip(r);
            }
        }
        if (transcripts.isEmpty()) {
            project.skipped.add(skipReason("skip.mediaNoTranscript", label(kind), name));
        }
        for (RefiProject.Source transcript : transcripts) {
            transcript.mediaPath = media;
            transcript.ownerGuid = guid;
            // The first transcript is the recording's document: it answers to the source's GUID (cases and
            // sets name the source); others keep their own.
            if (transcript == transcripts.getFirst() && guid != null) {
                transcript.guid = guid;
            }
            project.sources.add(transcript);
        }
        if (!transcripts.isEmpty()) {
            RefiProject.Source first = transcripts.getFirst();
            first.values.addAll(values);
            first.noteRefs.addAll(notes);
            if (first.description.isBlank()) {
                first.description = description;
            }
        }
        if (ranges > 0) {
            project.skipped.add(skipReason("skip.mediaRanges", ranges, label(kind), name));
        }
    }

    private RefiProject.Selection selection() throws XMLStreamException {
        RefiProject.Selection s = new RefiProject.Selection();
        s.guid = guidAttr(r, "guid");
        s.name = orEmpty(attr(r, "name"));
        s.start = position(attr(r, "startPosition"));
        s.end = position(attr(r, "endPosition"));
        s.creatingUser = guidAttr(r, "creatingUser");
        s.created = attr(r, "creationDateTime");
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "Description" -> s.description = text(r);
                case "Coding" -> s.codings.add(coding());
                case "NoteRef" -> noteRef(s.noteRefs);
                default -> skip(r);
            }
        }
        return s;
    }

    private RefiProject.Coding coding() throws XMLStreamException {
        String guid = guidAttr(r, "guid");
        String user = guidAttr(r, "creatingUser");
        String created = attr(r, "creationDateTime");
        String code = null;
        while (nextChild(r)) {
            if (r.getLocalName().equals("CodeRef")) {
                code = guidAttr(r, "targetGUID");
            }
            skip(r);
        }
        return new RefiProject.Coding(guid, code, user, created);
    }

    private void note() throws XMLStreamException {
        RefiProject.Note note = new RefiProject.Note();
        note.guid = guidAttr(r, "guid");
        note.name = orEmpty(attr(r, "name"));
        note.plainTextPath = attr(r, "plainTextPath");
        note.creatingUser = guidAttr(r, "creatingUser");
        note.created = attr(r, "creationDateTime");
        note.modified = attr(r, "modifiedDateTime");
        String description = null;
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "PlainTextContent" -> note.text = text(r);
                case "Description" -> description = text(r);
                default -> skip(r);
            }
        }
        // ATLAS.ti 26 writes memos only as a Description; ATLAS.ti 8 writes a text and a description.
        if (note.text == null && note.plainTextPath == null && description != null) {
            note.text = description;
        } else if (description != null && !description.isBlank()) {
            note.description = description;
        }
        project.notes.add(note);
    }

    /** A graph (a network view): its boxes and arrows, made a diagram of codes and relations where it can be. */
    private void graph() throws XMLStreamException {
        String guid = guidAttr(r, "guid");
        String name = orEmpty(attr(r, "name"));
        java.util.List<RefiProject.Vertex> vertices = new java.util.ArrayList<>();
        java.util.List<RefiProject.Edge> edges = new java.util.ArrayList<>();
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "Vertex" -> vertices.add(new RefiProject.Vertex(guidAttr(r, "guid"), guidAttr(r, "representedGUID"),
                        coordinate(attr(r, "firstX")), coordinate(attr(r, "firstY"))));
                case "Edge" -> edges.add(new RefiProject.Edge(guidAttr(r, "representedGUID"),
                        guidAttr(r, "sourceVertex"), guidAttr(r, "targetVertex")));
                default -> { }
            }
            skip(r);
        }
        project.graphs.add(new RefiProject.Graph(guid, name, vertices, edges));
    }

    /** A box's coordinate; 0 where it is missing or no number (a place is not worth refusing a file for). */
    private static double coordinate(String value) {
        try {
            double v = value == null ? 0 : Double.parseDouble(value.strip());
            return Double.isFinite(v) ? Math.clamp(v, -1e6, 1e6) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void link() throws XMLStreamException {
        String guid = guidAttr(r, "guid");
        String name = orEmpty(attr(r, "name"));
        String direction = orEmpty(attr(r, "direction"));
        String origin = guidAttr(r, "originGUID");
        String target = guidAttr(r, "targetGUID");
        List<String> notes = new ArrayList<>();
        while (nextChild(r)) {
            if (r.getLocalName().equals("NoteRef")) {
                noteRef(notes);
            } else {
                skip(r);
            }
        }
        project.links.add(new RefiProject.Link(guid, name, direction, origin, target, notes));
    }

    private void set() throws XMLStreamException {
        String guid = guidAttr(r, "guid");
        String name = orEmpty(attr(r, "name"));
        String description = "";
        List<String> codes = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        while (nextChild(r)) {
            switch (r.getLocalName()) {
                case "Description" -> description = text(r);
                // A project's MemberCode says targetGUID, a codebook's says guid.
                case "MemberCode" -> {
                    codes.add(SecureXml.guid(attr(r, "targetGUID") != null ? attr(r, "targetGUID") : attr(r, "guid")));
                    skip(r);
                }
                case "MemberSource" -> {
                    sources.add(guidAttr(r, "targetGUID"));
                    skip(r);
                }
                default -> skip(r);
            }
        }
        project.sets.add(new RefiProject.Set(guid, name, description, codes, sources));
    }

    private void noteRef(List<String> into) throws XMLStreamException {
        String target = guidAttr(r, "targetGUID");
        if (target != null) {
            into.add(target);
        }
        skip(r);
    }

    private interface ElementReader {
        void read() throws XMLStreamException;
    }

    /** Reads each child called {@code name} with {@code reader}, skipping anything else. */
    private void children(String name, ElementReader reader) throws XMLStreamException {
        while (nextChild(r)) {
            if (r.getLocalName().equals(name)) {
                reader.read();
                if (r.isStartElement()) {
                    skip(r);
                }
            } else {
                skip(r);
            }
        }
    }

    private static long position(String value) throws XMLStreamException {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new XMLStreamException("'" + value + "' is not a text position");
        }
    }

    private static UserText label(String kind) {
        return switch (kind) {
            case "PictureSource", "AudioSource", "VideoSource" -> skipReason("source." + kind);
            default -> UserText.literal(kind);
        };
    }

    static UserText skipReason(String key, Object... args) {
        return UserText.of(QdeReader.class, key, args);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
