package nl.veldwerk.interop;

import static nl.veldwerk.interop.QdeReader.skipReason;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.AttributeType;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Colors;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.UserText;
import nl.veldwerk.model.RelationType;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.Timestamps;
import nl.veldwerk.project.Planner;

/**
 * Turns a {@link RefiProject} into Veldwerk entities through a {@link Planner}, so the whole import is one
 * command that applies completely or not at all. Everything it cannot place is listed with the reason.
 */
final class RefiConverter {
    private final RefiProject refi;
    private final Map<String, byte[]> texts;
    private final Planner plan;
    private final Project p;
    private final List<UserText> skipped;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Phase> phaseOfCode = new HashMap<>();
    private final Map<String, Set<String>> groupsOfSource = new HashMap<>();
    private final Map<String, Map<String, String>> attributesOfSource = new HashMap<>();
    /** Source GUID and attribute name → the case whose value it has (to say when the source's own differs). */
    private final Map<String, String> caseOfAttribute = new HashMap<>();
    private final Map<String, String> attributeNameOfVariable = new HashMap<>();
    /** Which entity each note is about: the first element that refers to it. */
    private final Map<String, MemoTarget> noteTargets = new HashMap<>();
    /** Notes on selections that could not be placed: kept as project memos, and said so. */
    private final Set<String> notesOfUnplaced = new HashSet<>();
    private final Set<String> relationNotes = new HashSet<>();

    /** Recordings in the archive to unpack into the new project: project path ("media/A01.mp3") → archive name. */
    private final Map<String, String> media = new LinkedHashMap<>();
    /** The names of the archive's other files under sources/ (lower case). */
    private java.util.Set<String> archived = Set.of();
    /** A codebook (.qdc): its sets can only be sets of codes. */
    private boolean codebookOnly;

    private RefiConverter(RefiProject refi, Map<String, byte[]> texts, Planner plan) {
        this.refi = refi;
        this.texts = texts;
        this.plan = plan;
        this.p = plan.project();
        this.skipped = new ArrayList<>(refi.skipped);
    }

    /** Fills an empty project with a whole REFI-QDA project. */
    static ImportSummary convertProject(RefiProject refi, Map<String, byte[]> texts, Planner plan) {
        return convertProject(refi, texts, Set.of(), new LinkedHashMap<>(), plan);
    }

    /**
     * Fills an empty project; recordings inside the archive ({@code archived}, lower-case names under sources/)
     * are listed in {@code media} for the caller to unpack into the new project's folder.
     */
    static ImportSummary convertProject(RefiProject refi, Map<String, byte[]> texts, java.util.Set<String> archived,
                                        Map<String, String> media, Planner plan) {
        RefiConverter c = new RefiConverter(refi, texts, plan);
        c.archived = archived;
        c.info();
        c.users();
        c.sets();
        c.codes(refi.codes, null);
        c.variables();
        c.cases();
        c.sources();
        c.links();
        c.graphs();
        c.notes();
        media.putAll(c.media);
        return c.summary();
    }

    /**
     * Adds a codebook's codes to a project. A code the project has already is left as it is, its sub-codes
     * looked for under it: the same GUID, the GUID Veldwerk's export gave it (a project's own .qdc read back
     * doubled its whole tree), or the same name at the same place (as a JSON or CSV codebook is added).
     */
    static ImportSummary convertCodebook(RefiProject refi, Planner plan) {
        RefiConverter c = new RefiConverter(refi, Map.of(), plan);
        c.codebookOnly = true;
        for (Code code : c.p.codes()) {
            c.codesBefore.put(RefiIds.of(EntityKind.CODE, code.id()).toLowerCase(java.util.Locale.ROOT), code.id());
            c.codeIdsBefore.add(code.id());
        }
        c.sets();
        c.codes(refi.codes, null);
        c.counts.putIfAbsent("codes", 0); // said as a codebook's import ("0 codes"), not as a project's with zeros
        return c.summary();
    }

    private ImportSummary summary() {
        if (!alreadyThere.isEmpty()) { // once, with the first few names: a codebook read back has all of them
            skipped.add(skipReason("skip.codesExist", alreadyThere.size(), firstNames(alreadyThere)));
            alreadyThere.clear();
        }
        if (!notCodable.isEmpty()) { // said once, with the first few names: a codebook may have dozens of headings
            skipped.add(skipReason("skip.notCodable", notCodable.size(), firstNames(notCodable)));
            notCodable.clear();
        }
        return new ImportSummary(refi.origin, counts, skipped);
    }

    /** "A, B, C, D, E, …": the first five names, for a line that says how many there are. */
    private static String firstNames(List<String> names) {
        return String.join(", ", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ", …" : "");
    }

    private void count(String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    private void info() {
        ProjectInfo current = p.info();
        String name = refi.name.isBlank() ? current.name() : refi.name;
        java.time.Instant created = Timestamps.parse(refi.created);
        plan.put(new ProjectInfo(ProjectInfo.ID, name, refi.description, current.language(),
                created != null ? created : current.created()));
    }

    private void users() {
        for (RefiProject.User user : refi.users) {
            if (user.guid() == null || p.contains(EntityKind.CODER, user.guid())) {
                continue;
            }
            plan.put(new Coder(user.guid(), user.name().isBlank() ? "User " + (p.coders().size() + 1) : user.name()));
            count("coders");
        }
    }

    private String coder(String guid) {
        return guid != null && p.contains(EntityKind.CODER, guid) ? guid : null;
    }

    private void sets() {
        for (RefiProject.Set set : refi.sets) {
            Phase phase = Conventions.phaseOfSet(set.name());
            if (phase != null) {
                set.memberCodes().forEach(code -> phaseOfCode.put(code, phase));
            } else if (!set.memberSources().isEmpty() || set.memberCodes().isEmpty() && !codebookOnly) {
                // A set of documents, or an empty one: REFI-QDA does not say what an empty set was meant to
                // hold; kept as an empty document group rather than left out.
                String id = set.guid() != null ? set.guid() : Ids.newId();
                plan.put(new DocumentGroup(id, set.name().isBlank() ? "Set " + (p.groups().size() + 1) : set.name(),
                        set.description()));
                count("groups");
                set.memberSources().forEach(s -> groupsOfSource.computeIfAbsent(s, k -> new HashSet<>()).add(id));
                if (!set.memberCodes().isEmpty()) {
                    skipped.add(skipReason("skip.codesInSet", set.memberCodes().size(), set.name()));
                } else if (set.memberSources().isEmpty()) {
                    skipped.add(skipReason("skip.emptySet", set.name()));
                }
            } else {
                skipped.add(skipReason("skip.codeSet", set.name(), set.memberCodes().size()));
            }
        }
    }

    /** A codebook's import: the project's codes before it, by the GUID an export gives each (lower case). */
    private final Map<String, String> codesBefore = new HashMap<>();
    private final Set<String> codeIdsBefore = new HashSet<>();
    /** A codebook's codes found in the project, by the file's GUID: the project's code each is. */
    private final Map<String, String> matchedCodes = new HashMap<>();
    /** The codes of a codebook the project has already, by name. */
    private final List<String> alreadyThere = new ArrayList<>();

    /**
     * The code of the project that a codebook's code is, or null: by GUID (the file's, or one an export gave),
     * else by name at the same place among the codes the project had before (not ones this file added).
     */
    private String existingCode(String guid, String parentId, String name) {
        if (guid != null) {
            String known = codesBefore.get(guid.toLowerCase(java.util.Locale.ROOT));
            if (known != null) {
                return known;
            }
        }
        return p.childrenOf(parentId).stream().filter(c -> codeIdsBefore.contains(c.id())
                && c.name().equalsIgnoreCase(name)).map(Code::id).findFirst().orElse(null);
    }

    /** The codes the file marks as not for coding (headings in the other tool), by name as imported. */
    private final List<String> notCodable = new ArrayList<>();
    /** The codes' GUIDs this file gave so far: a second use of one is the file's mistake. */
    private final Set<String> codeGuidsRead = new HashSet<>();

    private void codes(List<RefiProject.Code> codes, String parentId) {
        for (RefiProject.Code code : codes) {
            String id = code.guid != null ? code.guid : Ids.newId();
            if (matchedCodes.containsKey(id)) { // the file's mistake, as below: its GUID once more
                skipped.add(twice(code));
                codes(code.children, parentId);
                continue;
            }
            String known = codebookOnly && !codeGuidsRead.contains(id) ? existingCode(code.guid, parentId,
                    code.name.strip()) : null;
            if (known != null) {
                alreadyThere.add(code.name);
                codeGuidsRead.add(id);
                matchedCodes.put(id, known);
                codes(code.children, known);
                continue;
            }
            if (p.contains(EntityKind.CODE, id)) {
                // Twice in this file is the file's doing: the code of that GUID is another one, so the sub-codes of
                // the one left out go up to its place (under the first, they were filed under an unrelated code).
                // The project having it already is another matter: the same code, its sub-codes under it.
                boolean twice = codeGuidsRead.contains(id);
                skipped.add(twice ? twice(code) : skipReason("skip.codeExists", code.name));
                codes(code.children, twice ? parentId : id);
                continue;
            }
            Conventions.CodeText text = Conventions.splitDescription(code.description);
            String given = code.name.isBlank() ? "(unnamed code)" : code.name;
            if (code.name.isBlank()) {
                skipped.add(skipReason("skip.codeUnnamed", given));
            }
            // Names are unique among siblings (as a rename keeps them): a second "Trust" beside the first could
            // not be told apart in a query or a report. Numbered, and said.
            String name = given;
            for (int n = 2; siblingNamed(parentId, name); n++) {
                String suffix = " (" + n + ")";
                name = given.substring(0, Math.min(given.length(), nl.veldwerk.model.Limits.NAME - suffix.length()))
                        + suffix; // within the longest name allowed
            }
            if (!name.equals(given)) {
                skipped.add(skipReason("skip.codeRenamed", given, name));
            }
            codeGuidsRead.add(id);
            if (!code.codable) {
                notCodable.add(name);
            }
            namesUnder(parentId).add(nameKey(name));
            plan.put(new Code(id, name, color(code), parentId, phaseOfCode.getOrDefault(id, Phase.OPEN),
                    text.definition(), text.indicators(), "", text.inclusion(), text.exclusion(), text.anchor(), null));
            count("codes");
            code.noteRefs.forEach(note -> noteTargets.putIfAbsent(note, new MemoTarget(EntityKind.CODE, id)));
            codes(code.children, id);
        }
    }

    /** What is said of a code left out because its GUID came earlier in the file (and of its sub-codes). */
    private UserText twice(RefiProject.Code code) {
        return skipReason(code.children.isEmpty() ? "skip.codeTwice" : "skip.codeTwiceWithSubCodes", code.name);
    }

    private boolean siblingNamed(String parentId, String name) {
        return namesUnder(parentId).contains(nameKey(name));
    }

    /**
     * The names (as {@link #nameKey}) of the codes under a parent (null: top level), kept as codes are added: asking
     * the project for the siblings of each code made an import of many codes on one level quadratic (QA: 200,000
     * codes never came in; 20,000 took 9 s).
     */
    private java.util.Set<String> namesUnder(String parentId) {
        return siblingNames.computeIfAbsent(parentId, k -> p.childrenOf(parentId).stream().map(c -> nameKey(c.name()))
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new)));
    }

    private final Map<String, java.util.Set<String>> siblingNames = new HashMap<>();

    /** A name as {@link String#equalsIgnoreCase} compares it. */
    private static String nameKey(String name) {
        return name.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Each graph whose boxes include codes becomes a diagram: the codes where the boxes were, and the arrows that
     * stand for an imported relation between two of them. Boxes of anything else (a quotation, a document) and
     * other arrows a Veldwerk diagram cannot show are counted and said; a graph without codes is left out, said.
     */
    private void graphs() {
        int n = 0;
        for (RefiProject.Graph graph : refi.graphs) {
            n++;
            java.util.Map<String, String> codeOfVertex = new HashMap<>();
            List<nl.veldwerk.model.DiagramNode> nodes = new ArrayList<>();
            for (RefiProject.Vertex v : graph.vertices()) {
                if (v.guid() != null && v.represented() != null && p.contains(EntityKind.CODE, v.represented())
                        && !codeOfVertex.containsValue(v.represented())) {
                    codeOfVertex.put(v.guid(), v.represented());
                    nodes.add(new nl.veldwerk.model.DiagramNode(v.represented(), v.x(), v.y(), false));
                }
            }
            List<String> relations = new ArrayList<>();
            for (RefiProject.Edge e : graph.edges()) {
                Relation r = e.represented() == null ? null : p.relation(e.represented()).orElse(null);
                if (r != null && !relations.contains(r.id()) && r.sourceCodeId().equals(codeOfVertex.get(e.sourceVertex()))
                        && r.targetCodeId().equals(codeOfVertex.get(e.targetVertex()))) {
                    relations.add(r.id());
                }
            }
            String named = graph.name().isBlank() ? "Graph " + n : graph.name();
            String name = named.substring(0, Math.min(named.length(), nl.veldwerk.model.Limits.NAME));
            if (nodes.isEmpty()) {
                skipped.add(skipReason("skip.graphNoCodes", name, graph.vertices().size(), graph.edges().size()));
                continue;
            }
            String id = graph.guid() != null && !graph.guid().isBlank() && graph.guid().length() <= 100
                    && !p.contains(EntityKind.DIAGRAM, graph.guid()) ? graph.guid() : Ids.newId();
            plan.put(new nl.veldwerk.model.Diagram(id, name, nodes, relations));
            int otherBoxes = graph.vertices().size() - nodes.size();
            int otherArrows = graph.edges().size() - relations.size();
            if (otherBoxes > 0 || otherArrows > 0) {
                skipped.add(skipReason("skip.graphPart", name, otherBoxes, otherArrows));
            }
        }
    }

    private String color(RefiProject.Code code) {
        try {
            return Colors.normalise(code.color);
        } catch (ModelException e) {
            skipped.add(skipReason("skip.colour", code.color, code.name));
            return Colors.DEFAULT;
        }
    }

    private void variables() {
        for (RefiProject.Variable v : refi.variables) {
            String name = v.name().isBlank() ? "Variable" : v.name();
            String unique = name;
            for (int n = 2; nameTaken(unique); n++) {
                unique = name + " (" + n + ")";
            }
            String id = v.guid() != null ? v.guid() : Ids.newId();
            plan.put(new AttributeDefinition(id, unique, attributeType(v.type())));
            attributeNameOfVariable.put(id, unique);
            count("attributes");
        }
    }

    private boolean nameTaken(String name) {
        return p.attributes().stream().anyMatch(a -> a.name().equals(name));
    }

    private static AttributeType attributeType(String refiType) {
        return switch (refiType) {
            case "Boolean" -> AttributeType.BOOLEAN;
            case "Integer", "Float" -> AttributeType.NUMBER;
            case "Date" -> AttributeType.DATE;
            default -> AttributeType.TEXT;
        };
    }

    /**
     * A case (NVivo's unit of analysis: a participant, a site) becomes a document group of its sources, named
     * and described as the case, and its variable values go to those sources. What a group cannot hold is said:
     * a case made of parts of sources (its values cannot be given to a part), the codes a case is coded with,
     * and a second case's different value for a source's variable (the first case's is kept).
     */
    private void cases() {
        Map<String, String> caseOfValue = new HashMap<>(); // source GUID and variable GUID → the case that gave it
        Map<String, String> valueGiven = new HashMap<>();
        int index = 0;
        int groups = 0;
        for (RefiProject.Case c : refi.cases) {
            index++;
            String name = c.name.isBlank() ? "Case " + index : c.name;
            if (!c.sourceRefs.isEmpty() || c.selectionRefs == 0) {
                String id = c.guid != null && !p.contains(EntityKind.GROUP, c.guid) ? c.guid : Ids.newId();
                plan.put(new DocumentGroup(id, name, c.description));
                count("groups");
                groups++;
                c.sourceRefs.forEach(s -> groupsOfSource.computeIfAbsent(s, k -> new HashSet<>()).add(id));
            }
            for (String source : c.sourceRefs) {
                for (RefiProject.Value v : c.values) {
                    String key = source + '\n' + v.variableGuid();
                    String before = caseOfValue.putIfAbsent(key, name);
                    if (before == null) {
                        valueGiven.put(key, v.value().strip());
                        setAttribute(source, v);
                        caseOfAttribute.put(source + '\n' + variableName(v.variableGuid()), name);
                    } else if (!valueGiven.get(key).equals(v.value().strip())) {
                        skipped.add(skipReason("skip.caseValueTwice", sourceName(source),
                                variableName(v.variableGuid()), valueGiven.get(key), before, v.value().strip(), name));
                    }
                }
            }
            if (c.selectionRefs > 0) {
                skipped.add(skipReason(c.sourceRefs.isEmpty() ? "skip.caseOfSelections" : "skip.caseSelections",
                        name, c.selectionRefs, c.values.size()));
            }
            if (c.codeRefs > 0) {
                skipped.add(skipReason("skip.caseCodes", name, c.codeRefs));
            }
        }
        if (groups > 0) { // Veldwerk has no cases: said once, so that the groups are not a surprise
            skipped.add(skipReason("skip.casesAsGroups", groups));
        }
    }

    private String sourceName(String guid) {
        return refi.sources.stream().filter(s -> guid.equalsIgnoreCase(s.guid)).map(s -> s.name)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(guid);
    }

    private String variableName(String guid) {
        String name = attributeNameOfVariable.get(guid);
        return name != null ? name : guid;
    }

    private void setAttribute(String sourceGuid, RefiProject.Value value) {
        String name = attributeNameOfVariable.get(value.variableGuid());
        if (name == null) {
            skipped.add(skipReason("skip.undefinedVariable", value.variableGuid()));
            return;
        }
        AttributeType type = p.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow()
                .type();
        String v = type == AttributeType.DATE && value.value().length() > 10 ? value.value().substring(0, 10)
                : value.value().strip();
        if (type == AttributeType.BOOLEAN) {
            v = v.toLowerCase(Locale.ROOT);
        }
        if (!type.accepts(v)) {
            skipped.add(skipReason("skip.invalidValue", value.value(), name, UserText.of(Project.class, "kind." + type.name())));
            return;
        }
        attributesOfSource.computeIfAbsent(sourceGuid, k -> new HashMap<>()).put(name, v);
    }

    /** A case's value for a source that the source's own value for the same variable replaced, said (QA). */
    private void sayCaseValuesReplaced(String id, Map<String, String> fromCases) {
        Map<String, String> now = attributesOfSource.getOrDefault(id, Map.of());
        fromCases.forEach((attribute, caseValue) -> {
            String own = now.get(attribute);
            if (own != null && !own.equals(caseValue)) {
                skipped.add(skipReason("skip.caseValueOfSource", sourceName(id), attribute, own, caseValue,
                        caseOfAttribute.get(id + '\n' + attribute)));
            }
        });
    }

    private void sources() {
        int index = 0;
        for (RefiProject.Source source : refi.sources) {
            index++;
            String guid = source.guid != null ? source.guid : Ids.newId();
            if (p.contains(EntityKind.DOCUMENT, guid)) {
                // Imported as a document of its own, with its selections (it was left out with them all, said
                // only as "its GUID appears twice": QA); what names that GUID elsewhere goes to the first.
                skipped.add(skipReason("skip.sourceTwice", source.name));
                guid = Ids.newId();
            }
            String id = guid;
            Map<String, String> fromCases = Map.copyOf(attributesOfSource.getOrDefault(id, Map.of()));
            source.values.forEach(v -> setAttribute(id, v));
            sayCaseValuesReplaced(id, fromCases);
            String raw = rawText(source);
            List<OffsetMapper.Range> ranges = source.selections.stream()
                    .map(s -> new OffsetMapper.Range(s.start, s.end, s.name)).toList();
            OffsetMapper mapper = raw == null ? null : OffsetMapper.choose(raw, refi.origin, ranges);
            String name = !source.name.isBlank() ? source.name : nameOfFile(source.plainTextPath, index);
            String description = source.description;
            if (raw == null) {
                description = (description.isBlank() ? "" : description + "\n\n") + "The text of this source was "
                        + "not in the REFI-QDA file (" + source.plainTextPath + ").";
            }
            // Long lines broken at spaces, which keeps every offset: the selections mapped below stay in place.
            String text = mapper == null ? "" : nl.veldwerk.model.LongLines.broken(mapper.text());
            int broken = mapper == null ? 0 : nl.veldwerk.model.LongLines.linesBroken(mapper.text(), text);
            if (broken > 0) { // said: the document's paragraphs (and an export of it) are not the file's lines
                skipped.add(skipReason("skip.longLines", name, broken, nl.veldwerk.model.LongLines.MAX));
            }
            SyncMarks marks = mapper == null || source.syncPoints.isEmpty() ? null
                    : SyncMarks.of(text, source.syncPoints, mapper);
            if (marks != null && marks.added() > 0) {
                text = marks.text();
            }
            Set<String> groups = new HashSet<>(groupsOfSource.getOrDefault(id, Set.of()));
            if (source.ownerGuid != null) {
                groups.addAll(groupsOfSource.getOrDefault(source.ownerGuid, Set.of()));
            }
            Map<String, String> attributes = new HashMap<>(source.ownerGuid == null ? Map.of()
                    : attributesOfSource.getOrDefault(source.ownerGuid, Map.of()));
            attributes.putAll(attributesOfSource.getOrDefault(id, Map.of())); // a case or variable of the PDF too
            plan.put(new Document(id, name, description, text, SourceFormat.REFI_QDA, List.of(), groups,
                    attributes,
                    Timestamps.parse(source.created), 0, recording(source, name)));
            count("documents");
            source.noteRefs.forEach(note -> noteTargets.putIfAbsent(note, new MemoTarget(EntityKind.DOCUMENT, id)));
            Map<String, Quotation> bySpan = new HashMap<>();
            int joined = 0;
            for (RefiProject.Selection selection : source.selections) {
                joined += selection(id, name, mapper, marks, selection, bySpan) ? 1 : 0;
            }
            if (joined > 0) {
                skipped.add(skipReason("skip.selectionsJoined", joined, name));
            }
        }
    }

    /** The source's text as stored (BOM dropped, line ends as they are), or null when it is not available. */
    private String rawText(RefiProject.Source source) {
        if (source.plainTextContent != null) {
            return source.plainTextContent;
        }
        // What goes with the text: its selections and their codings cannot be placed without it; counted.
        int selections = source.selections.size();
        int codings = source.selections.stream().mapToInt(s -> s.codings.size()).sum();
        if (source.plainTextPath == null) {
            skipped.add(selections == 0 ? skipReason("skip.sourceNoText", source.name)
                    : skipReason("skip.sourceNoTextSelections", source.name, selections, codings));
            return null;
        }
        if (outsideTheArchive(source.plainTextPath)) {
            // Not read from this computer's disk: a file from elsewhere should not pull in files of the user's own.
            skipped.add(skipReason(selections == 0 ? "skip.sourceTextOutside" : "skip.sourceTextOutsideSelections",
                    source.name, source.plainTextPath, selections, codings));
            return null;
        }
        byte[] bytes = internalFile(source.plainTextPath);
        if (bytes == null) {
            skipped.add(skipReason(selections == 0 ? "skip.sourceTextMissing" : "skip.sourceTextMissingSelections",
                    source.name, source.plainTextPath, selections, codings));
            return null;
        }
        return decode(bytes, source.name);
    }

    /** A text path of another scheme than internal:// (relative:// and absolute:// name files on the writer's disk). */
    private static boolean outsideTheArchive(String path) {
        int scheme = path.indexOf("://");
        return scheme >= 0 && !path.substring(0, scheme).equalsIgnoreCase("internal");
    }

    /**
     * A source's text as REFI-QDA requires it, UTF-8 (a byte-order mark decides otherwise); a text that is not
     * valid UTF-8 is read as Windows-1252, what older Windows tools write, and the summary says so rather than
     * showing replacement characters where the accented letters were.
     */
    private String decode(byte[] bytes, String sourceName) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            String replaced = new String(bytes, StandardCharsets.UTF_8); // each bad sequence as U+FFFD
            long damaged = replaced.chars().filter(c -> c == 0xFFFD).count();
            long read = replaced.chars().filter(c -> c > 0x7F && c != 0xFFFD).count();
            if (read > damaged) {
                // UTF-8 with a few damaged bytes, not another encoding: read as UTF-8, the damage replaced
                // (all of a Hungarian transcript came out as "kÃ¶telezÅ‘", every selection on other words: QA).
                skipped.add(skipReason("skip.sourceDamagedUtf8", sourceName, damaged));
                text = replaced;
            } else {
                skipped.add(skipReason("skip.sourceNotUtf8", sourceName));
                text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private byte[] internalFile(String path) {
        String name = path;
        int scheme = name.indexOf("://");
        if (scheme >= 0) {
            if (!name.substring(0, scheme).equalsIgnoreCase("internal")) {
                return null; // relative:// and absolute:// point outside the archive: not read
            }
            name = name.substring(scheme + 3);
        }
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return texts.get(name);
    }

    /**
     * The recording of a media source's transcript: one inside the archive goes to the new project's media
     * folder (named after the document); one outside keeps its path, shown as missing until located.
     */
    private nl.veldwerk.model.Recording recording(RefiProject.Source source, String documentName) {
        if (source.mediaPath == null || source.mediaPath.isBlank()) {
            return null;
        }
        String path = source.mediaPath.strip();
        int scheme = path.indexOf("://");
        String kind = scheme < 0 ? "" : path.substring(0, scheme).toLowerCase(Locale.ROOT);
        String rest = scheme < 0 ? path : path.substring(scheme + 3);
        count("recordings");
        if (kind.equals("internal")) {
            String archivedName = rest.replace('\\', '/');
            archivedName = archivedName.substring(archivedName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            // One recording with several transcripts (or sources) is unpacked once and shared.
            for (Map.Entry<String, String> known : media.entrySet()) {
                if (known.getValue().equals(archivedName)) {
                    return new nl.veldwerk.model.Recording(known.getKey());
                }
            }
            int dot = archivedName.lastIndexOf('.');
            String extension = dot < 0 ? "" : archivedName.substring(dot);
            String base = documentName.replaceAll("[^\\p{L}\\d ._-]", "_").strip();
            base = base.isEmpty() ? "recording" : base;
            String target = nl.veldwerk.model.Recording.FOLDER + "/" + base + extension;
            // Names differing only in case are one file on Windows and macOS.
            for (int n = 2; takenIgnoringCase(target); n++) {
                target = nl.veldwerk.model.Recording.FOLDER + "/" + base + "-" + n + extension;
            }
            if (!archived.contains(archivedName)) {
                skipped.add(skipReason("skip.mediaNotInArchive", rest, documentName));
            } else {
                media.put(target, archivedName);
            }
            return new nl.veldwerk.model.Recording(target);
        }
        if (kind.equals("file")) {
            try {
                return new nl.veldwerk.model.Recording(java.nio.file.Path.of(java.net.URI.create(path)).toString());
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return new nl.veldwerk.model.Recording(rest);
            }
        }
        if (kind.equals("relative") && refi.basePath != null && !refi.basePath.isBlank()) {
            String base = refi.basePath.strip().replace('\\', '/');
            int baseScheme = base.indexOf("://");
            base = baseScheme < 0 ? base : base.substring(baseScheme + 3);
            base = java.net.URLDecoder.decode(base.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            if (base.matches("/[A-Za-z]:/.*")) {
                base = base.substring(1); // "/C:/data" as a URI writes a Windows folder
            }
            // "relative:///name" (ATLAS.ti's three slashes) is "name" under the base, not "base//name".
            return new nl.veldwerk.model.Recording(base + (base.endsWith("/") ? "" : "/") + rest.replaceFirst("^/+", ""));
        }
        // absolute://, or relative:// without a base: located later ("relative:///x.mp4" is x.mp4 somewhere, not a
        // file at the root of the disk)
        return new nl.veldwerk.model.Recording(kind.equals("relative") ? rest.replaceFirst("^/+", "") : rest);
    }

    private boolean takenIgnoringCase(String target) {
        return media.keySet().stream().anyMatch(t -> t.equalsIgnoreCase(target));
    }

    /**
     * Places one selection as a quotation. In a file from NVivo, a selection of exactly the text of one placed
     * before, with no other comment, is joined to it: NVivo writes one selection per code on a passage, and as
     * separate quotations an AND query ("piros AND dehumanizálás") found none of them (QA). True when joined.
     */
    private boolean selection(String documentId, String documentName, OffsetMapper mapper, SyncMarks marks,
                              RefiProject.Selection s, Map<String, Quotation> bySpan) {
        String id = s.guid != null ? s.guid : Ids.newId();
        notesOfUnplaced.addAll(s.noteRefs); // taken out again once it is placed
        if (mapper == null) {
            return false;
        }
        int start = mapper.index(s.start);
        int end = mapper.index(s.end);
        if (marks != null && start >= 0 && end >= start) {
            start = marks.start(start);
            end = Math.max(start, marks.end(end));
        }
        if (start < 0 || end <= start) { // empty: a quotation of no text shows nowhere, yet would count and be reported
            // Where it was, in the file's own positions, and what it held (QA: "selection [439, 999999)" said neither
            // how long the text is nor which codes were lost with it).
            List<String> codes = s.codings.stream().map(c -> p.code(c.codeGuid()).map(Code::name)
                    .orElse(c.codeGuid())).distinct().toList();
            skipped.add(skipReason(start >= 0 && end == start ? "skip.selectionEmpty" : "skip.selectionOutside",
                    s.start + "–" + s.end, documentName, // plain digits, as the positions: the file's own numbers
                    String.valueOf(mapper.text().codePointCount(0, mapper.text().length())),
                    s.codings.size(), String.join(", ", codes)));
            return false;
        }
        if (p.contains(EntityKind.QUOTATION, id)) {
            skipped.add(skipReason("skip.selectionTwice", id, documentName));
            return false;
        }
        String span = start + ":" + end;
        // Only NVivo's: a tool whose quotations are things of their own (ATLAS.ti, Veldwerk) may keep two of the
        // same text apart on purpose, and a round trip must give them back as two.
        Quotation same = oneSelectionPerCode() ? bySpan.get(span) : null;
        String comment = s.description == null ? "" : s.description.strip();
        s.noteRefs.forEach(notesOfUnplaced::remove);
        if (same != null && (comment.isEmpty() || comment.equals(String.valueOf(same.comment()).strip()))) {
            s.noteRefs.forEach(note -> noteTargets.putIfAbsent(note, new MemoTarget(EntityKind.QUOTATION, same.id())));
            for (RefiProject.Coding coding : s.codings) {
                coding(same.id(), documentName, coding);
            }
            return true;
        }
        Quotation placed = new Quotation(id, documentId, start, end, s.description, coder(s.creatingUser),
                Timestamps.parse(s.created));
        plan.put(placed);
        bySpan.putIfAbsent(span, placed);
        count("quotations");
        s.noteRefs.forEach(note -> noteTargets.putIfAbsent(note, new MemoTarget(EntityKind.QUOTATION, id)));
        for (RefiProject.Coding coding : s.codings) {
            coding(id, documentName, coding);
        }
        return false;
    }

    /** Whether the file comes from NVivo, which writes one selection per code on a passage (no quotations). */
    private boolean oneSelectionPerCode() {
        return refi.origin != null && refi.origin.toLowerCase(Locale.ROOT).contains("nvivo");
    }

    private void coding(String quotationId, String documentName, RefiProject.Coding c) {
        if (c.codeGuid() == null || !p.contains(EntityKind.CODE, c.codeGuid())) {
            skipped.add(skipReason("skip.codingUnknownCode", documentName));
            return;
        }
        String coder = coder(c.creatingUser());
        boolean duplicate = p.codingsOf(quotationId).stream().anyMatch(k -> k.codeId().equals(c.codeGuid())
                && java.util.Objects.equals(k.coderId(), coder));
        if (duplicate) { // the same code twice on one selection by one user says nothing more: kept once, said
            skipped.add(skipReason("skip.codingTwice", p.code(c.codeGuid()).map(nl.veldwerk.model.Code::name)
                    .orElse("?"), documentName));
            return;
        }
        String id = c.guid() != null && !p.contains(EntityKind.CODING, c.guid()) ? c.guid() : Ids.newId();
        plan.put(new Coding(id, quotationId, c.codeGuid(), coder, Timestamps.parse(c.created())));
        count("codings");
    }

    private void links() {
        Map<String, RefiProject.Note> notesById = new HashMap<>();
        refi.notes.forEach(n -> notesById.put(n.guid, n));
        for (RefiProject.Link link : refi.links) {
            if (link.origin() == null || link.target() == null || !p.contains(EntityKind.CODE, link.origin())
                    || !p.contains(EntityKind.CODE, link.target())) {
                skipped.add(skipReason("skip.link", link.name()));
                continue;
            }
            double weight = 0;
            String comment = "";
            for (String noteId : link.noteRefs()) {
                RefiProject.Note note = notesById.get(noteId);
                Object[] parsed = note == null ? null : Conventions.parseRelationNote(noteText(note));
                if (parsed != null) {
                    weight = (double) parsed[0];
                    comment = (String) parsed[1];
                    relationNotes.add(noteId);
                }
            }
            RelationType type = Conventions.relationType(link.name());
            String id = link.guid() != null ? link.guid() : Ids.newId();
            plan.put(new Relation(id, link.origin(), link.target(), type,
                    type == RelationType.USER_DEFINED ? link.name().strip() : "", Math.max(0, weight), comment));
            count("relations");
        }
    }

    private void notes() {
        refi.noteRefs.forEach(note -> noteTargets.putIfAbsent(note, MemoTarget.project()));
        aboutNothingImported = 0;
        for (RefiProject.Note note : refi.notes) {
            if (relationNotes.contains(note.guid)) {
                continue;
            }
            String text = noteText(note);
            MemoTarget target = noteTargets.getOrDefault(note.guid, MemoTarget.project());
            if (!p.contains(target.kind(), target.id())) {
                target = MemoTarget.project(); // what it was about was not imported; keep the note itself
                aboutNothingImported++;
            } else if (!noteTargets.containsKey(note.guid) && notesOfUnplaced.contains(note.guid)) {
                aboutNothingImported++; // on a selection that could not be placed
            }
            if (target.kind() == EntityKind.CODE && note.name.equals(Conventions.CODE_MEMO)) {
                Code code = p.code(target.id()).orElseThrow();
                if (code.memo().isEmpty()) {
                    plan.put(code.withMemo(text));
                    continue;
                }
            }
            String id = note.guid != null && !p.contains(EntityKind.MEMO, note.guid) ? note.guid : Ids.newId();
            plan.put(new Memo(id, target, note.name, text, coder(note.creatingUser), Timestamps.parse(note.created),
                    Timestamps.parse(note.modified)));
            count("memos");
        }
        if (aboutNothingImported > 0) {
            skipped.add(skipReason("skip.notesAboutNothingImported", aboutNothingImported));
        }
    }

    /** Notes whose subject was not imported (a selection that could not be placed, say), counted by {@link #notes}. */
    private int aboutNothingImported;

    private String noteText(RefiProject.Note note) {
        String text = noteOwnText(note);
        if (note.description == null) {
            return text;
        }
        String description = OffsetMapper.normalise(note.description);
        return text.isBlank() ? description : text.stripTrailing() + "\n\n" + description;
    }

    private String noteOwnText(RefiProject.Note note) {
        if (note.text != null) {
            return OffsetMapper.normalise(note.text);
        }
        if (note.plainTextPath != null) {
            byte[] bytes = internalFile(note.plainTextPath);
            if (bytes != null) {
                return OffsetMapper.normalise(new String(bytes, StandardCharsets.UTF_8));
            }
            skipped.add(skipReason("skip.noteTextMissing", note.name, note.plainTextPath));
        }
        return "";
    }

    /**
     * An unnamed source takes its file's name ("internal://Interview 3.txt" → "Interview 3"), else a number
     * (also for a file named by its GUID).
     */
    static String nameOfFile(String path, int index) {
        if (path == null || path.isBlank()) {
            return "Source " + index;
        }
        String file = path.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "").strip();
        // Tools store sources under their GUIDs; such a name says nothing to a reader.
        boolean guid = file.matches("\\{?[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}}?");
        return file.isEmpty() || guid || file.length() > 200 ? "Source " + index : file;
    }
}
