package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.CodeOrder;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.UserText;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.PlannedCommand;
import nl.veldwerk.project.Planner;

/**
 * Merges another coder's project into the open one, as one undoable step. Documents match by their text,
 * codes by id and then by their path of names, coders by id and then by name; every coding of the other
 * project ends up in this one with its coder, and whatever could not be matched cleanly is listed.
 */
public final class ProjectMerge {
    /**
     * What the merge added, what it found already there, and the conflicts it resolved (and how).
     *
     * @param addedCodes the names of the codes added, as paths: a code merged away or deleted here comes back as
     *                   "added" (the merge cannot tell), so the question names them (QA: "Codes: 1 added")
     * @param codesOnlyHere the names of this project's codes the other has none of, as paths: made here since, or
     *                   merged away or deleted there, which the merge cannot tell either; it keeps them (QA: the
     *                   supervisor's merge of two codes undone by merging their copy back, unsaid)
     */
    public record Report(Map<String, Integer> added, Map<String, Integer> matched, List<UserText> conflicts,
                         int changes, List<String> addedCodes, List<String> codesOnlyHere) {
        /** Whether the merge changes nothing here (counts alone miss a value or group filled in on a match). */
        public boolean changesNothing() {
            return changes == 0;
        }

        public int added(String kind) {
            return added.getOrDefault(kind, 0);
        }

        public int matched(String kind) {
            return matched.getOrDefault(kind, 0);
        }
    }

    private final Project other;
    private final Map<String, Integer> added = new LinkedHashMap<>();
    private final Map<String, Integer> matched = new LinkedHashMap<>();
    private final List<UserText> conflicts = new ArrayList<>();
    /** Their quotations' IDs there ("1:4") with their ids, to say which have another ID here (numbered). */
    private final List<TheirId> theirIds = new ArrayList<>();

    /** A quotation of theirs: its ID as shown there ("1:4") and its id. */
    private record TheirId(String shown, String quotationId) {
    }
    private final List<String> addedCodes = new ArrayList<>();
    private final List<String> codesOnlyHere = new ArrayList<>();
    /**
     * Codings both projects have (one id) on one quotation, with another code in each: "my code -> their code" to
     * the quotations' IDs here. One of the two merged or recoded them; the merge cannot tell which.
     */
    private final Map<List<String>, List<String>> recoded = new LinkedHashMap<>();
    private final Map<String, String> coders = new HashMap<>();
    private final Map<String, String> attributeNames = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, String> documents = new HashMap<>();
    private final Map<String, String> quotations = new HashMap<>();
    private final Map<String, String> relations = new HashMap<>();
    private Planner plan;
    private Project p;
    private boolean done;
    /** How many primitive edits the merge made. */
    private int changes;

    /** Where the other project lies: its recordings kept relative to it are linked by their full path here. */
    private final java.nio.file.Path otherFolder;

    /** How their copy is named in what the merge writes into this project: its file or folder, else its name. */
    private String source;

    private ProjectMerge(Project other, java.nio.file.Path otherFolder) {
        this.other = other;
        this.otherFolder = otherFolder;
        this.source = other.info().name();
    }

    /**
     * Names their copy by the file or folder it came from ({@code "van-jansen.vwz"}) in what the merge writes here:
     * a copy of this project has this project's name, which said nothing of whose definition a memo holds (QA).
     */
    public ProjectMerge from(String fileOrFolder) {
        this.source = fileOrFolder;
        return this;
    }

    public static ProjectMerge of(Project other) {
        return of(other, null);
    }

    /** A merge of the project in {@code otherFolder}, whose relative recording links are resolved against it. */
    public static ProjectMerge of(Project other, java.nio.file.Path otherFolder) {
        return new ProjectMerge(other.copy(), otherFolder);
    }

    /** The other document's recording as this project can find it. */
    private nl.veldwerk.model.Recording recordingOf(Document d) {
        nl.veldwerk.model.Recording r = d.recording();
        if (r == null || !r.relative() || otherFolder == null) {
            return r;
        }
        return new nl.veldwerk.model.Recording(r.resolve(otherFolder).toAbsolutePath().toString());
    }

    public Command command() {
        // Named by the file or folder it came from: two coders' copies have one project name (QA: two merges, one name).
        return new PlannedCommand(Message.of("merge.project", source), (planner, project) -> {
            this.plan = planner;
            this.p = project;
            merge();
            changes = planner.editCount();
            done = true;
        });
    }

    /** The report; null until the command has run. */
    public Report report() {
        if (!done) {
            return null;
        }
        List<UserText> said = new ArrayList<>(conflicts);
        said.addAll(renumbered());
        return new Report(Map.copyOf(added), Map.copyOf(matched), List.copyOf(said), changes, List.copyOf(addedCodes),
                List.copyOf(codesOnlyHere));
    }

    /**
     * What merging {@code other} into {@code mine} would do, worked out on a copy of {@code mine} (taken while it
     * stands still, so on any thread): to say before asking.
     */
    public static Report preview(Project mine, Project other, java.nio.file.Path otherFolder) {
        ProjectMerge trial = of(other, otherFolder);
        trial.command().execute(mine.copy());
        return trial.report();
    }

    private void merge() {
        mergeCoders();
        mergeAttributes();
        mergeGroups();
        List<Code> codesBefore = List.copyOf(p.codes());
        mergeCodes();
        java.util.Set<String> matchedCodes = new java.util.HashSet<>(codes.values());
        codesBefore.stream().filter(c -> !matchedCodes.contains(c.id())).forEach(c -> codesOnlyHere.add(p.pathOf(c.id())));
        mergeDocuments();
        mergeQuotationsAndCodings();
        recoded.forEach((pair, ids) -> conflicts.add(conflict("conflict.recoded", pair.get(0), pair.get(1), ids.size(),
                String.join(", ", ids.stream().limit(10).toList()) + (ids.size() > 10 ? ", …" : ""))));
        mergeRelations();
        mergeMemos();
        mergeDiagrams();
    }

    private void count(Map<String, Integer> counts, String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    private String freeId(EntityKind kind, String id) {
        return p.contains(kind, id) ? Ids.newId() : id;
    }

    private void mergeCoders() {
        for (Coder c : other.coders()) {
            Coder same = p.coder(c.id()).orElseGet(() -> p.coders().stream()
                    .filter(x -> x.name().equalsIgnoreCase(c.name())).findFirst().orElse(null));
            if (same != null) {
                coders.put(c.id(), same.id());
                count(matched, "coders");
                if (!same.id().equals(c.id())) {
                    // Made apart under one name: one person on two computers, or two people who kept the account's
                    // name ("root"): taken as one, and said (QA: two coders became one without a word).
                    conflicts.add(conflict("conflict.coderSameName", c.name()));
                }
                if (!same.name().equals(c.name())) {
                    conflicts.add(conflict("conflict.coderName", c.name(), same.name()));
                }
            } else {
                Coder copy = new Coder(freeId(EntityKind.CODER, c.id()), c.name());
                plan.put(copy);
                coders.put(c.id(), copy.id());
                count(added, "coders");
            }
        }
    }

    private void mergeAttributes() {
        for (AttributeDefinition a : other.attributes()) {
            AttributeDefinition same = p.attributes().stream().filter(x -> x.name().equals(a.name())).findFirst()
                    .orElse(null);
            if (same != null) {
                attributeNames.put(a.name(), same.name());
                count(matched, "attributes");
                if (same.type() != a.type()) {
                    conflicts.add(conflict("conflict.attributeType", a.name(), kind(a.type()), kind(same.type())));
                }
            } else {
                plan.put(new AttributeDefinition(freeId(EntityKind.ATTRIBUTE, a.id()), a.name(), a.type()));
                attributeNames.put(a.name(), a.name());
                count(added, "attributes");
            }
        }
    }

    private void mergeGroups() {
        for (DocumentGroup g : other.groups()) {
            DocumentGroup same = p.find(EntityKind.GROUP, g.id()).map(DocumentGroup.class::cast)
                    .orElseGet(() -> p.groups().stream().filter(x -> x.name().equalsIgnoreCase(g.name())).findFirst()
                            .orElse(null));
            if (same != null) {
                groups.put(g.id(), same.id());
                count(matched, "groups");
            } else {
                DocumentGroup copy = new DocumentGroup(freeId(EntityKind.GROUP, g.id()), g.name(), g.description());
                plan.put(copy);
                groups.put(g.id(), copy.id());
                count(added, "groups");
            }
        }
    }

    private void mergeCodes() {
        Map<String, String> byPath = new HashMap<>();
        for (Code c : p.codes()) {
            byPath.put(path(p, c), c.id());
        }
        for (Code c : CodeOrder.parentsFirst(other.codes())) {
            String sameId = p.contains(EntityKind.CODE, c.id()) ? c.id() : byPath.get(path(other, c));
            if (sameId != null) {
                Code same = p.code(sameId).orElseThrow();
                codes.put(c.id(), sameId);
                count(matched, "codes");
                if (!same.name().equals(c.name())) {
                    conflicts.add(conflict("conflict.codeName", c.name(), same.name()));
                }
                if (!same.definition().equals(c.definition()) && !c.definition().isEmpty()) {
                    keepTheirDefinition(same, c); // renamed or not: their definition is not dropped
                } else if (same.name().equals(c.name()) && !sameId.equals(c.id())) {
                    // Two codes made apart under one name are one from now on: said, so a join is not a surprise.
                    conflicts.add(conflict("conflict.codeJoined", c.name()));
                }
            } else {
                String parent = c.parentId() == null ? null : codes.get(c.parentId());
                // With who made it and when (QA: a coder's new code came in without its author or date).
                Code copy = new Code(freeId(EntityKind.CODE, c.id()), uniqueName(c.name(), parent), c.color(), parent,
                        c.phase(), c.definition(), c.indicators(), c.memo())
                        .madeBy(c.creatorId() == null ? null : coders.get(c.creatorId()), c.created());
                plan.put(copy);
                codes.put(c.id(), copy.id());
                byPath.put(path(p, copy), copy.id());
                count(added, "codes");
                addedCodes.add(other.pathOf(c.id()));
            }
        }
    }

    /**
     * Their definition of a code both have, where it differs: this project's stays the definition, theirs goes
     * into the code's memo, named as theirs (it was dropped, said in a line that did not even quote it).
     */
    private void keepTheirDefinition(Code same, Code theirs) {
        if (same.memo().contains(theirs.definition())) {
            return; // taken at an earlier merge
        }
        Locale language = Locale.forLanguageTag(p.info().language() == null ? "en" : p.info().language());
        String kept = UserText.of(ProjectMerge.class, "merge.theirDefinition", source,
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(language)
                        .format(java.time.LocalDate.now())).text(language) + "\n" + theirs.definition();
        try {
            plan.put(same.withMemo(same.memo().isBlank() ? kept : same.memo().stripTrailing() + "\n\n" + kept));
            conflicts.add(conflict("conflict.codeDefinitionInMemo", theirs.name()));
        } catch (nl.veldwerk.model.ModelException tooLong) {
            conflicts.add(conflict("conflict.codeDefinition", theirs.name()));
        }
    }

    private String uniqueName(String name, String parentId) {
        String candidate = name;
        for (int n = 2; siblingNamed(candidate, parentId); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private boolean siblingNamed(String name, String parentId) {
        return p.codes().stream().anyMatch(c -> Objects.equals(c.parentId(), parentId) && c.name().equalsIgnoreCase(name));
    }

    private void mergeDocuments() {
        // By length first: a text is read only to compare it with one as long (an open project's texts stay
        // in its files), and a project of thousands of transcripts is not held in memory at once.
        Map<Integer, List<Document>> byLength = new HashMap<>();
        p.documents().forEach(d -> byLength.computeIfAbsent(d.textLength(), k -> new ArrayList<>()).add(d));
        Set<String> taken = new HashSet<>(); // each of this project's documents matches one of the other's at most
        // Same name and text first, then same text alone: else one of theirs of another name, earlier in their
        // order, could take the document of ours that shares its name with a later one of theirs.
        Map<String, String> byName = new HashMap<>();
        for (Document d : other.documents()) {
            for (Document mine : byLength.getOrDefault(d.textLength(), List.of())) {
                if (!taken.contains(mine.id()) && mine.name().equals(d.name()) && mine.text().equals(d.text())) {
                    byName.put(d.id(), mine.id());
                    taken.add(mine.id());
                    break;
                }
            }
        }
        for (Document d : other.documents()) {
            String sameId = byName.containsKey(d.id()) ? byName.get(d.id())
                    : match(d, byLength.getOrDefault(d.textLength(), List.of()), taken);
            if (sameId != null) {
                taken.add(sameId);
                documents.put(d.id(), sameId);
                count(matched, "documents");
                Document same = p.document(sameId).orElseThrow();
                Set<String> mergedGroups = new HashSet<>(same.groupIds());
                d.groupIds().forEach(g -> mergedGroups.add(groups.get(g)));
                Map<String, String> mergedAttributes = new HashMap<>(same.attributes());
                attributesFrom(d).forEach((name, value) -> {
                    String mine = mergedAttributes.putIfAbsent(name, value);
                    if (mine != null && !mine.equals(value)) {
                        conflicts.add(conflict("conflict.attributeValue", name, same.name(), value, mine));
                    }
                });
                Document merged = same.withGroups(mergedGroups).withAttributes(mergedAttributes);
                plan.put(same.recording() == null && d.recording() != null ? merged.withRecording(recordingOf(d))
                        : merged);
            } else {
                boolean clash = p.contains(EntityKind.DOCUMENT, d.id());
                String name = d.name();
                if (clash || p.documents().stream().anyMatch(x -> x.name().equals(d.name()))) {
                    name = d.name() + " (" + other.info().name() + ")";
                    conflicts.add(conflict("conflict.documentText", d.name(), name));
                }
                Set<String> mappedGroups = new HashSet<>();
                d.groupIds().forEach(g -> mappedGroups.add(groups.get(g)));
                Document copy = new Document(freeId(EntityKind.DOCUMENT, d.id()), name, d.description(), d.text(),
                        d.sourceFormat(), d.turns(), mappedGroups, attributesFrom(d), d.imported())
                        .withRecording(recordingOf(d));
                plan.put(copy);
                documents.put(d.id(), copy.id());
                count(added, "documents");
            }
        }
    }

    /**
     * This project's document that the other's is by its text alone, or null: one not matched before (those of
     * the same name and text were paired first), and never for an empty or blank text (a transcript begun from a
     * recording), which says nothing about which it is.
     */
    private static String match(Document d, List<Document> sameLength, Set<String> taken) {
        if (d.text().isBlank()) {
            return null;
        }
        return sameLength.stream().filter(mine -> !taken.contains(mine.id()) && mine.text().equals(d.text()))
                .map(Document::id).findFirst().orElse(null);
    }

    /** The other document's attribute values that fit this project's definitions. */
    private Map<String, String> attributesFrom(Document d) {
        Map<String, String> values = new HashMap<>();
        d.attributes().forEach((name, value) -> {
            String mine = attributeNames.get(name);
            AttributeDefinition definition = p.attributes().stream().filter(a -> a.name().equals(mine)).findFirst()
                    .orElse(null);
            if (definition != null && definition.type().accepts(value)) {
                values.put(mine, value);
            } else {
                conflicts.add(conflict("conflict.valueDoesNotFit", value, name, d.name()));
            }
        });
        return values;
    }

    private void mergeQuotationsAndCodings() {
        for (Document d : other.documents()) {
            String mine = documents.get(d.id());
            int next = p.nextQuotationNumber(mine); // numbered on from this document's own, as coding would
            // This document's quotations by their range, each matched once: two of one range (two coders'
            // quotations of the same words) stay two. The second was matched to the first, which then got its
            // codings (a project merged with its own copy gained codings on the wrong quotation).
            Map<Long, List<String>> byRange = new HashMap<>();
            p.quotationsOf(mine).forEach(q -> byRange.computeIfAbsent(range(q), k -> new ArrayList<>()).add(q.id()));
            // By id first, over all of them, then by range: in list order, one of theirs made since took the
            // quotation of its range that one of theirs later in the list is (an edited quotation goes last).
            Map<String, String> sameIds = new HashMap<>();
            List<Quotation> theirs = other.quotationsOf(d.id());
            for (Quotation q : theirs) {
                List<String> sameRange = byRange.get(range(q));
                if (sameRange != null && sameRange.remove(q.id())) {
                    sameIds.put(q.id(), q.id());
                }
            }
            for (Quotation q : theirs) {
                List<String> sameRange = byRange.get(range(q));
                if (!sameIds.containsKey(q.id()) && sameRange != null && !sameRange.isEmpty()) {
                    sameIds.put(q.id(), sameRange.removeFirst());
                }
            }
            for (Quotation q : theirs) {
                String sameId = sameIds.get(q.id());
                if (q.number() > 0) {
                    theirIds.add(new TheirId(q.idIn(d), q.id()));
                }
                if (sameId != null) {
                    quotations.put(q.id(), sameId);
                    count(matched, "quotations");
                    mergeComment(q, sameId);
                } else {
                    Quotation copy = new Quotation(freeId(EntityKind.QUOTATION, q.id()), mine, q.start(), q.end(),
                            q.comment(), q.creatorId() == null ? null : coders.get(q.creatorId()), q.created(), next++);
                    plan.put(copy);
                    quotations.put(q.id(), copy.id());
                    count(added, "quotations");
                }
                for (Coding c : other.codingsOf(q.id())) {
                    mergeCoding(c);
                }
            }
        }
    }

    /**
     * Their quotations whose ID is another one here ("1:4 → 1:5"), read from the project merged into: a memo or a
     * note of theirs that cites "1:4" means what is 1:5 here (QA: not said). Copied or matched, in a document new
     * here or matched, numbered here as the merge put them.
     */
    private List<UserText> renumbered() {
        List<String> renumbered = new ArrayList<>();
        for (TheirId theirs : theirIds) {
            p.quotation(quotations.get(theirs.quotationId())).ifPresent(q -> p.document(q.documentId()).ifPresent(d -> {
                if (!theirs.shown().equals(q.idIn(d))) {
                    renumbered.add(theirs.shown() + " → " + q.idIn(d));
                }
            }));
        }
        return renumbered.isEmpty() ? List.of() : List.of(conflict("conflict.renumbered", renumbered.size(),
                String.join(", ", renumbered.stream().limit(10).toList()) + (renumbered.size() > 10 ? ", …" : "")));
    }

    /**
     * The other coder's comment on a quotation both projects have: taken where this one has none, added below
     * this one's where they differ (each coder's note kept, and said), left alone where this one holds it
     * already (a second merge of the same project changes nothing).
     */
    private void mergeComment(Quotation theirs, String sameId) {
        String comment = theirs.comment().strip();
        Quotation mine = p.quotation(sameId).orElseThrow();
        if (comment.isEmpty() || mine.comment().contains(comment)) {
            return;
        }
        String id = p.document(mine.documentId()).map(mine::idIn).orElse(sameId);
        // Below this one's, named by where it came from: a joined comment said nothing of whose each part was (QA).
        String joined = mine.comment().isBlank() ? comment : mine.comment().stripTrailing() + "\n\n" + source + ": "
                + comment;
        try {
            plan.put(mine.withComment(joined));
            conflicts.add(conflict(mine.comment().isBlank() ? "conflict.commentTaken" : "conflict.commentsJoined",
                    id));
        } catch (nl.veldwerk.model.ModelException tooLong) {
            conflicts.add(conflict("conflict.commentTooLong", id));
        }
    }

    private void mergeCoding(Coding c) {
        String quotation = quotations.get(c.quotationId());
        String code = codes.get(c.codeId());
        String coder = c.coderId() == null ? null : coders.get(c.coderId());
        boolean present = p.codingsOf(quotation).stream()
                .anyMatch(x -> x.codeId().equals(code) && Objects.equals(x.coderId(), coder));
        if (present) {
            count(matched, "codings");
            return;
        }
        p.coding(c.id()).filter(mine -> mine.quotationId().equals(quotation) && !mine.codeId().equals(code))
                .ifPresent(mine -> recoded.computeIfAbsent(List.of(nameOf(mine.codeId()), nameOf(code)),
                        k -> new ArrayList<>()).add(p.quotation(quotation).flatMap(q -> p.document(q.documentId())
                        .map(q::idIn)).orElse(quotation)));
        plan.put(new Coding(freeId(EntityKind.CODING, c.id()), quotation, code, coder, c.created()));
        count(added, "codings");
    }

    private void mergeRelations() {
        for (Relation r : other.relations()) {
            String source = codes.get(r.sourceCodeId());
            String target = codes.get(r.targetCodeId());
            Relation same = p.relations().stream().filter(x -> x.id().equals(r.id()) || (x.sourceCodeId().equals(source)
                    && x.targetCodeId().equals(target) && x.type() == r.type() && x.label().equals(r.label())))
                    .findFirst().orElse(null);
            if (same != null) {
                relations.put(r.id(), same.id());
                count(matched, "relations");
                if (same.weight() != r.weight()) {
                    conflicts.add(conflict("conflict.relationWeight", r.weight(), same.weight()));
                }
            } else {
                Relation copy = new Relation(freeId(EntityKind.RELATION, r.id()), source, target, r.type(), r.label(),
                        r.weight(), r.comment());
                plan.put(copy);
                relations.put(r.id(), copy.id());
                count(added, "relations");
            }
        }
    }

    private void mergeMemos() {
        for (Memo m : other.memos()) {
            Memo existing = (Memo) p.find(EntityKind.MEMO, m.id()).orElse(null);
            MemoTarget target = switch (m.target().kind()) {
                case DOCUMENT -> new MemoTarget(EntityKind.DOCUMENT, documents.get(m.target().id()));
                case CODE -> new MemoTarget(EntityKind.CODE, codes.get(m.target().id()));
                case QUOTATION -> new MemoTarget(EntityKind.QUOTATION, quotations.get(m.target().id()));
                default -> MemoTarget.project();
            };
            Memo mapped = new Memo(m.id(), target, m.title(), m.text(),
                    m.authorId() == null ? null : coders.get(m.authorId()), m.created(), m.modified(), m.comment(),
                    m.resolved(), m.resolvedBy() == null ? null : coders.get(m.resolvedBy()));
            if (mapped.equals(existing)) {
                count(matched, "memos");
                continue;
            }
            if (existing != null && existing.comment() && m.comment()) {
                mergeComment(existing, mapped);
                continue;
            }
            String title = m.title();
            if (existing != null) {
                if (changedOnlyThere(existing, mapped)) {
                    // Edited in their copy only: their version is the memo now, as one (QA: kept as a second memo,
                    // said as changed in both).
                    plan.put(new Memo(existing.id(), existing.target(), m.title(), m.text(), existing.authorId(),
                            existing.created(), m.modified(), existing.comment(), existing.resolved(),
                            existing.resolvedBy()));
                    count(matched, "memos");
                    conflicts.add(conflict("conflict.memoTaken", nameOf(m)));
                    continue;
                }
                // Both versions kept, theirs named by where it came from (three memos of one title said nothing of
                // whose each was: QA); their version kept already (this copy merged before) is not kept again.
                title = m.title().isBlank() ? source : m.title() + " (" + source + ")";
                if (keptAlready(target, title, m.text())) {
                    count(matched, "memos");
                    continue;
                }
                conflicts.add(conflict("conflict.memoChanged", nameOf(m), title));
            }
            plan.put(new Memo(freeId(EntityKind.MEMO, m.id()), target, title, m.text(), mapped.authorId(),
                    m.created(), m.modified(), m.comment(), m.resolved(), mapped.resolvedBy()));
            count(added, "memos");
        }
    }

    /**
     * Whether a memo differs because only their copy changed it: it was never edited here (its version here is the
     * one both copies began with), or their text goes on from this one's (words added at its end), edited later.
     */
    private static boolean changedOnlyThere(Memo here, Memo theirs) {
        if (here.comment() || theirs.comment() || here.modified() == null || theirs.modified() == null
                || !theirs.modified().isAfter(here.modified())) {
            return false;
        }
        boolean neverEditedHere = here.created() != null && here.modified().equals(here.created());
        boolean goesOn = here.title().equals(theirs.title()) && theirs.text().startsWith(here.text().stripTrailing());
        return neverEditedHere || goesOn;
    }

    /** Whether this project holds a memo about {@code target} with this title and text (kept in a merge before). */
    private boolean keptAlready(MemoTarget target, String title, String text) {
        return p.memos().stream().anyMatch(x -> !x.comment() && x.target().equals(target) && x.title().equals(title)
                && x.text().equals(text));
    }

    /**
     * A review comment in both: one comment still, handled when either copy marked it so, with the text of the one
     * edited last (a comment the student had marked handled came back as a second, open one: QA).
     */
    private void mergeComment(Memo here, Memo theirs) {
        Memo text = theirs.modified() != null && here.modified() != null && theirs.modified().isAfter(here.modified())
                ? theirs : here;
        // Who resolved it: as here, else as in their copy (here resolved before resolvers were kept: theirs).
        Memo merged = new Memo(here.id(), here.target(), text.title(), text.text(), here.authorId(), here.created(),
                text.modified(), true, here.resolved() || theirs.resolved(),
                here.resolvedBy() != null ? here.resolvedBy() : theirs.resolvedBy());
        count(matched, "memos");
        if (!merged.equals(here)) {
            plan.put(merged);
        }
        if (!here.text().equals(theirs.text())) {
            // The other text in full in the report: it is not kept in the project (review).
            Memo dropped = text == theirs ? here : theirs;
            conflicts.add(conflict("conflict.commentChanged", nameOf(here), nameOf(text), dropped.text().strip()));
        }
    }

    /** A memo as a message names it: its title, else its first words (a review comment has no title). */
    private static String nameOf(Memo m) {
        if (!m.title().isBlank()) {
            return m.title();
        }
        String text = m.text().strip().replaceAll("\\s+", " ");
        return text.length() <= 40 ? text : text.substring(0, text.lastIndexOf(' ', 40) > 0
                ? text.lastIndexOf(' ', 40) : 40) + " …";
    }

    private void mergeDiagrams() {
        for (Diagram d : other.diagrams()) {
            List<DiagramNode> nodes = d.nodes().stream()
                    .map(n -> new DiagramNode(codes.get(n.codeId()), n.x(), n.y(), n.hidden())).toList();
            List<String> rels = d.relationIds().stream().map(relations::get).toList();
            Diagram mapped = new Diagram(d.id(), d.name(), nodes, rels, d.weighting(), d.subCodesInside());
            if (p.contains(EntityKind.DIAGRAM, d.id())) {
                count(matched, "diagrams");
                // The same diagram in both is no conflict; one changed in either is said, this one's kept.
                if (!p.diagram(d.id()).map(mapped::equals).orElse(false)) {
                    conflicts.add(conflict("conflict.diagramExists", d.name()));
                }
                continue;
            }
            plan.put(mapped);
            count(added, "diagrams");
        }
    }

    private static long range(Quotation q) {
        return ((long) q.start() << 32) | q.end();
    }

    private static String path(Project project, Code code) {
        StringBuilder path = new StringBuilder(code.name().toLowerCase(Locale.ROOT));
        String parent = code.parentId();
        while (parent != null) {
            Code c = project.code(parent).orElseThrow();
            path.insert(0, c.name().toLowerCase(Locale.ROOT) + "/");
            parent = c.parentId();
        }
        return path.toString();
    }

    private String nameOf(String codeId) {
        return p.code(codeId).map(Code::name).orElse(codeId);
    }

    private static UserText conflict(String key, Object... args) {
        return UserText.of(ProjectMerge.class, key, args);
    }

    private static UserText kind(Enum<?> type) {
        return UserText.of(Project.class, "kind." + type.name());
    }
}
