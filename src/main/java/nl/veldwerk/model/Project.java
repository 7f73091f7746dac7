package nl.veldwerk.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * All data of one project, held by kind and id, with lookup indexes. {@link #put} and {@link #remove}
 * are the only mutators and they refuse any change that would leave a dangling id or a range outside a
 * document's text. Only the {@code project} layer's commands (and the store, when loading) call them, so
 * every change is undoable.
 */
public final class Project {
    private ProjectInfo info;
    private final Map<EntityKind, CompactLinkedMap<String, Entity>> entities = new EnumMap<>(EntityKind.class);
    private final Map<String, IdSet> quotationsByDocument;
    /** The codings, by id, by quotation and by code: not in {@link #entities}, in columns (two million at most). */
    private CodingTable codingTable;
    /**
     * Each code's sub-codes (key null: the top codes), in project order; null until asked after a code changed.
     * Volatile: a reader on another thread (under {@link #whileUnchanged}) may build it or find it built.
     */
    private volatile Map<String, List<Code>> children;
    /**
     * Each code's label ({@link #labelOf}), by id; null until asked after a code changed. A report names the codes
     * of a million quotations: worked out once, not per quotation.
     */
    private volatile Map<String, String> codeLabels;
    /**
     * How many codings, quotations and memos each coder made: an undo of a new coder's first coding removes
     * the coder, and looking through three million entities for a reference took 50-100 ms on the FX thread.
     */
    private final Map<String, int[]> coderUses = new HashMap<>();
    /**
     * The highest number a quotation taken out of each document had, and a document taken out of the project: the
     * next one gets a higher one, so an ID once given ("14:4") never names another passage in this session (the
     * highest was given again, and a memo or report citing it then pointed elsewhere). Kept on removal only, which
     * is rare: opening a project puts and never removes. Not saved: after reopening, the highest number deleted
     * before can come back.
     */
    private final Map<String, Integer> quotationNumbersTakenOut = new HashMap<>();
    private int documentNumberTakenOut;
    private final List<ProjectListener> listeners = new CopyOnWriteArrayList<>();
    /**
     * Lets {@link #copy} run on another thread than the one that changes the project (the FX thread): a copy of
     * a million quotations takes a second, which the window should not stand still for. A change (one put, or
     * a whole command: {@link #change}) waits while a copy is being made, and only then; reads need no lock, as
     * only one thread changes a project.
     */
    private final ReentrantReadWriteLock changing = new ReentrantReadWriteLock();

    public Project(ProjectInfo info) {
        this(info, 0, 0, 0);
    }

    /**
     * A project sized for the given numbers of entities, so loading a large project does not keep
     * growing and rehashing its maps (that was a sixth of the time to open one).
     */
    public Project(ProjectInfo info, int documents, int quotations, int codings) {
        this.info = Objects.requireNonNull(info, "info");
        for (EntityKind kind : EntityKind.values()) {
            int expected = switch (kind) {
                case DOCUMENT -> documents;
                case QUOTATION -> quotations;
                default -> 0;
            };
            if (kind != EntityKind.CODING) {
                entities.put(kind, new CompactLinkedMap<>(expected));
            }
        }
        quotationsByDocument = HashMap.newHashMap(documents);
        codingTable = new CodingTable(codings, quotations);
    }

    // ---- queries -------------------------------------------------------------------------------

    public ProjectInfo info() {
        return info;
    }

    public Optional<Entity> find(EntityKind kind, String id) {
        if (kind == EntityKind.PROJECT_INFO) {
            return ProjectInfo.ID.equals(id) ? Optional.of(info) : Optional.empty();
        }
        return kind == EntityKind.CODING ? Optional.ofNullable(codingTable.get(id))
                : Optional.ofNullable(entities.get(kind).get(id));
    }

    public boolean contains(EntityKind kind, String id) {
        return switch (kind) {
            case PROJECT_INFO -> ProjectInfo.ID.equals(id);
            case CODING -> codingTable.contains(id);
            default -> entities.get(kind).containsKey(id);
        };
    }

    public Collection<Document> documents() {
        return values(EntityKind.DOCUMENT);
    }

    public Collection<Quotation> quotations() {
        return values(EntityKind.QUOTATION);
    }

    public Collection<Code> codes() {
        return values(EntityKind.CODE);
    }

    /** Every coding, in project order; each one made when the iteration reaches it. */
    public Collection<Coding> codings() {
        return Collections.unmodifiableCollection(codingTable.values());
    }

    public Collection<Memo> memos() {
        return values(EntityKind.MEMO);
    }

    public Collection<Relation> relations() {
        return values(EntityKind.RELATION);
    }

    public Collection<Coder> coders() {
        return values(EntityKind.CODER);
    }

    public Collection<DocumentGroup> groups() {
        return values(EntityKind.GROUP);
    }

    public Collection<AttributeDefinition> attributes() {
        return values(EntityKind.ATTRIBUTE);
    }

    public Collection<Diagram> diagrams() {
        return values(EntityKind.DIAGRAM);
    }

    public Optional<Document> document(String id) {
        return get(EntityKind.DOCUMENT, id);
    }

    public Optional<Quotation> quotation(String id) {
        return get(EntityKind.QUOTATION, id);
    }

    public Optional<Code> code(String id) {
        return get(EntityKind.CODE, id);
    }

    public Optional<Coding> coding(String id) {
        return Optional.ofNullable(codingTable.get(id));
    }

    public Optional<Coder> coder(String id) {
        return get(EntityKind.CODER, id);
    }

    public Optional<Relation> relation(String id) {
        return get(EntityKind.RELATION, id);
    }

    public Optional<Memo> memo(String id) {
        return get(EntityKind.MEMO, id);
    }

    public Optional<Diagram> diagram(String id) {
        return get(EntityKind.DIAGRAM, id);
    }

    /** The quotations of a document, in the order they were added. */
    public List<Quotation> quotationsOf(String documentId) {
        return resolve(quotationsByDocument.get(documentId), EntityKind.QUOTATION);
    }

    /** How many quotations the document has, without looking each up (the document list counts all 10,000). */
    public int quotationCountOf(String documentId) {
        IdSet ids = quotationsByDocument.get(documentId);
        return ids == null ? 0 : ids.size();
    }

    /** The quotation's codings, in the order they were put (one put again last). */
    public List<Coding> codingsOf(String quotationId) {
        return codingTable.ofQuotation(quotationId);
    }

    /** The code's codings, in the order they were put (one put again last). */
    public List<Coding> codingsWithCode(String codeId) {
        return codingTable.withCode(codeId);
    }

    /**
     * The quotation ids of the code's codings, in their order, a quotation as often as it is coded with the code
     * (by two coders: twice). Cheaper than {@link #codingsWithCode} when only the quotations count.
     */
    public List<String> quotationsCodedWith(String codeId) {
        return codingTable.quotationsCodedWith(codeId);
    }

    /** Whether {@code ancestorId} is above {@code codeId} in the code tree (a code is not below itself). */
    public boolean isBelow(String codeId, String ancestorId) {
        for (String p = code(codeId).map(Code::parentId).orElse(null); p != null;
             p = code(p).map(Code::parentId).orElse(null)) {
            if (p.equals(ancestorId)) {
                return true;
            }
        }
        return false;
    }

    public List<Code> childrenOf(String codeId) {
        Map<String, List<Code>> tree = children;
        if (tree == null) {
            // Asked for every code of a tree (the code tree, counts, reports): walking every code each time
            // made a tree of n codes cost n² steps. Built in project order, anew after any code changed.
            tree = new HashMap<>();
            for (Code c : codes()) {
                tree.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
            tree.replaceAll((parent, list) -> Collections.unmodifiableList(list));
            children = tree;
        }
        return tree.getOrDefault(codeId, List.of());
    }

    /** "Psychische kenmerken > Schaamte": the code's name after those of the codes above it ("?" if unknown). */
    public String pathOf(String codeId) {
        List<String> steps = pathStepsOf(codeId);
        return steps.isEmpty() ? "?" : String.join(" > ", steps);
    }

    /** The names of the codes from the top down to the code itself; empty if there is no such code. */
    public List<String> pathStepsOf(String codeId) {
        java.util.LinkedList<String> steps = new java.util.LinkedList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Code at = code(codeId).orElse(null); at != null && seen.add(at.id());
             at = at.parentId() == null ? null : code(at.parentId()).orElse(null)) {
            steps.addFirst(at.name());
        }
        return List.copyOf(steps);
    }

    /**
     * How a code is named where its place in the tree is not shown (a list of a quotation's codes, a margin label,
     * a table's column): its name, and when another code has that name too, the codes above it after it,
     * "Positief (Werk)": the name first, so a label cut short still shows it (a path first was cut to "Werk…").
     */
    public String labelOf(String codeId) {
        Map<String, String> labels = codeLabels;
        if (labels == null) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.Set<String> shared = new java.util.HashSet<>();
            for (Code c : codes()) {
                String name = c.name().toLowerCase(java.util.Locale.ROOT);
                if (!seen.add(name)) {
                    shared.add(name);
                }
            }
            labels = new HashMap<>();
            Map<String, List<Code>> alike = new HashMap<>();
            for (Code c : codes()) {
                String name = c.name().toLowerCase(java.util.Locale.ROOT);
                if (shared.contains(name) && c.parentId() != null) {
                    alike.computeIfAbsent(name, k -> new ArrayList<>()).add(c);
                } else {
                    labels.put(c.id(), c.name());
                }
            }
            for (List<Code> group : alike.values()) {
                labelsTellingApart(group, labels);
            }
            codeLabels = labels;
        }
        return labels.getOrDefault(codeId, "?");
    }

    /**
     * Codes of one name, each named with as few of the codes above it as tell it from the others: "Angst
     * (Psychisch)" rather than its whole path from the top, which a margin cut to "Angst (Factoren uit…" (QA).
     */
    private void labelsTellingApart(List<Code> group, Map<String, String> labels) {
        Map<String, List<String>> above = new HashMap<>();
        for (Code c : group) {
            List<String> steps = pathStepsOf(c.id());
            above.put(c.id(), steps.subList(0, steps.size() - 1));
        }
        for (Code c : group) {
            List<String> mine = above.get(c.id());
            int k = 1;
            while (k < mine.size() && sharesLast(k, c.id(), mine, group, above)) {
                k++;
            }
            labels.put(c.id(), c.name() + " (" + String.join(" > ", mine.subList(mine.size() - k, mine.size())) + ")");
        }
    }

    /** Whether another code of the group has the same last {@code k} codes above it (case aside). */
    private static boolean sharesLast(int k, String id, List<String> mine, List<Code> group,
                                      Map<String, List<String>> above) {
        String suffix = String.join(" > ", mine.subList(mine.size() - k, mine.size())).toLowerCase(java.util.Locale.ROOT);
        for (Code other : group) {
            List<String> theirs = above.get(other.id());
            if (!other.id().equals(id) && theirs.size() >= k && String.join(" > ", theirs.subList(theirs.size() - k,
                    theirs.size())).toLowerCase(java.util.Locale.ROOT).equals(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The number the next document added gets: one more than the highest so far (one taken out included). */
    public int nextDocumentNumber() {
        int max = documentNumberTakenOut;
        for (Document d : documents()) {
            max = Math.max(max, d.number());
        }
        return max + 1;
    }

    /**
     * The highest number a document had that is no longer there (deleted), 0 if none: saved with the project, so
     * that a document's number cited once (the "3" of "3:12") is not given to another document after it is
     * opened again.
     */
    public int documentNumberTakenOut() {
        return documentNumberTakenOut;
    }

    /** As saved: numbers up to {@code highest} were given to documents once (see {@link #documentNumberTakenOut}). */
    public void rememberDocumentNumbersGiven(int highest) {
        documentNumberTakenOut = Math.max(documentNumberTakenOut, highest);
    }

    /**
     * Quotations as a researcher lists them: by their documents' numbers (the "3" of "3:12"), then where they
     * start and end in the text, then their own numbers (two of one stretch in one order everywhere).
     */
    public Comparator<Quotation> documentOrder() {
        // Each document's number looked up once per sort, not twice per comparison (a code query at a million
        // quotations compares some twenty million times); one comparator per sort, on one thread.
        Map<String, Integer> numbers = new HashMap<>();
        return Comparator.<Quotation>comparingInt(q -> numbers.computeIfAbsent(q.documentId(), id -> document(id)
                        .map(Document::number).orElse(Integer.MAX_VALUE))).thenComparing(Quotation::documentId)
                .thenComparingInt(Quotation::start).thenComparingInt(Quotation::end).thenComparingInt(Quotation::number);
    }

    /**
     * The number the next quotation added to a document gets: one more than its highest so far (one taken out
     * included).
     */
    public int nextQuotationNumber(String documentId) {
        int max = quotationNumbersTakenOut.getOrDefault(documentId, 0);
        for (Quotation q : quotationsOf(documentId)) {
            max = Math.max(max, q.number());
        }
        return max + 1;
    }

    /**
     * The highest number a quotation of the document had that is no longer there (deleted, or its document
     * re-imported), 0 if none: saved with the document, so that a number cited once ("3:12" in a supervisor's
     * comment) is not given to another quotation after the project is opened again.
     */
    public int quotationNumberTakenOut(String documentId) {
        return quotationNumbersTakenOut.getOrDefault(documentId, 0);
    }

    /** As saved: numbers up to {@code highest} were given in the document once (see {@link #quotationNumberTakenOut}). */
    public void rememberQuotationNumbersGiven(String documentId, int highest) {
        if (highest > 0) {
            quotationNumbersTakenOut.merge(documentId, highest, Math::max);
        }
    }

    /** The quotation with an ID as {@link Quotation#idIn} writes it ("3:12"), if there is one. */
    public Optional<Quotation> quotationById(String displayId) {
        String[] parts = displayId == null ? new String[0] : displayId.strip().split(":");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            int documentNumber = Integer.parseInt(parts[0].strip());
            int quotationNumber = Integer.parseInt(parts[1].strip());
            return documents().stream().filter(d -> d.number() == documentNumber).findFirst()
                    .flatMap(d -> quotationsOf(d.id()).stream().filter(q -> q.number() == quotationNumber).findFirst());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The memos about one target, in the order they were added. */
    public List<Memo> memosAbout(MemoTarget target) {
        return memos().stream().filter(m -> m.target().equals(target)).toList();
    }

    /** The document an entity's data belongs to (for documents, quotations and codings), else null. */
    public String owningDocument(Entity entity) {
        return switch (entity) {
            case Document d -> d.id();
            case Quotation q -> q.documentId();
            case Coding c -> quotation(c.quotationId()).map(Quotation::documentId).orElse(null);
            default -> null;
        };
    }

    public int count(EntityKind kind) {
        return switch (kind) {
            case PROJECT_INFO -> 1;
            case CODING -> codingTable.size();
            default -> entities.get(kind).size();
        };
    }

    /**
     * A copy holding the same (immutable) entities, without listeners: a value to compare against later
     * or to hand to another thread. May be made on any thread, also while the thread that changes the
     * project goes on (its next change waits until the copy is made).
     */
    public Project copy() {
        return whileUnchanged(this::copyUnchanging);
    }

    /** What {@code read} returns, worked out while no change is under way (from any thread). */
    public <T> T whileUnchanged(java.util.function.Supplier<T> read) {
        changing.readLock().lock();
        try {
            return read.get();
        } finally {
            changing.readLock().unlock();
        }
    }

    private Project copyUnchanging() {
        Project copy = new Project(info);
        entities.forEach((kind, byId) -> copy.entities.get(kind).putAll(byId));
        // The indexes copied as they are, not rebuilt from the entities: an entity put again goes last in its
        // index but keeps its place among the entities, and a copy (reports, search, analysis) must list
        // quotations and codings in the order the project itself does (and saves them in).
        quotationsByDocument.forEach((document, ids) -> copy.quotationsByDocument.put(document, ids.copy()));
        copy.codingTable = codingTable.copy();
        coderUses.forEach((coder, uses) -> copy.coderUses.put(coder, uses.clone()));
        copy.quotationNumbersTakenOut.putAll(quotationNumbersTakenOut);
        copy.documentNumberTakenOut = documentNumberTakenOut;
        return copy;
    }

    // ---- mutation ------------------------------------------------------------------------------

    /** Adds the entity, or replaces the one with the same kind and id. */
    public void put(Entity entity) {
        Objects.requireNonNull(entity, "entity");
        checkReferences(entity);
        boolean replaced = true;
        Entity previous = null;
        changing.writeLock().lock();
        try {
            if (entity instanceof ProjectInfo newInfo) {
                info = newInfo;
            } else {
                if (entity.kind() == EntityKind.DOCUMENT && !entities.get(EntityKind.DOCUMENT).containsKey(entity.id())
                        && entities.get(EntityKind.DOCUMENT).size() >= Limits.DOCUMENTS) {
                    throw new ModelException("limit.documents", Limits.DOCUMENTS);
                }
                previous = store(entity);
                replaced = previous != null;
            }
        } finally {
            changing.writeLock().unlock();
        }
        fire(entity, replaced);
        if (previous instanceof Coding was && entity instanceof Coding now && !listeners.isEmpty()
                && (!was.codeId().equals(now.codeId()) || !was.quotationId().equals(now.quotationId()))) {
            // Put over one on another code or quotation: that code and quotation lost it, and are told so too.
            fireTouched(EntityKind.CODING, was.id(), owningDocument(was), was.quotationId(), was.codeId(), true);
        }
    }

    /**
     * Puts a document's quotations, then their codings, as read from its part (the document put before): each
     * checked and indexed as {@link #put} does it, under one lock. With listeners, each is simply put.
     *
     * <p>Opening a project puts three million entities, and each put looks its id up in a table of millions, a
     * cache miss: the part's ids are looked ahead first, all at once ({@link CodingTable#lookAhead}), so that the
     * processor waits for those places side by side rather than one after another (a third off the opening thread).
     */
    public void putPart(List<Quotation> quotations, List<Coding> codings) {
        if (!listeners.isEmpty()) {
            quotations.forEach(this::put);
            codings.forEach(this::put);
            return;
        }
        CompactLinkedMap<String, Entity> quotationMap = entities.get(EntityKind.QUOTATION);
        for (Quotation q : quotations) {
            if (q != null) {
                quotationMap.lookAhead(q.id());
                codingTable.lookAheadQuotation(q.id());
            }
        }
        if (!codingTable.appending()) { // appended codings are not looked up
            for (Coding c : codings) {
                if (c != null) {
                    codingTable.lookAhead(c.id());
                }
            }
        }
        changing.writeLock().lock();
        try {
            for (Quotation q : quotations) {
                checkQuotation(Objects.requireNonNull(q, "entity"));
                store(q);
            }
            if (codings instanceof CodingRows rows && codingTable.appending()) {
                for (int i = 0; i < rows.size(); i++) {
                    appendCoding(rows, i);
                }
                return;
            }
            for (Coding c : codings) {
                checkCoding(Objects.requireNonNull(c, "entity"));
                store(c);
            }
        } finally {
            changing.writeLock().unlock();
        }
    }

    /**
     * Opening a project: from now until {@link #stopAppendingCodings}, a coding put is added without looking its id
     * up among the project's codings (see {@link CodingTable#startAppending}), and no coding can be found by id.
     */
    public void startAppendingCodings() {
        changing.writeLock().lock();
        try {
            codingTable.startAppending();
        } finally {
            changing.writeLock().unlock();
        }
    }

    /**
     * Ends {@link #startAppendingCodings}: the codings can be found by id again. False when a coding's id came twice:
     * the project is then not as putting each coding would have made it (a second put of an id replaces the first),
     * and must be dropped and read again without appending.
     */
    public boolean stopAppendingCodings() {
        changing.writeLock().lock();
        try {
            return codingTable.finishAppending();
        } finally {
            changing.writeLock().unlock();
        }
    }

    /** Removes the entity; refused while other entities still refer to it. Returns the removed entity. */
    public Entity remove(EntityKind kind, String id) {
        if (kind == EntityKind.PROJECT_INFO) {
            throw new ModelException("projectInfo.remove");
        }
        Entity existing = find(kind, id).orElse(null);
        if (existing == null) {
            throw new ModelException("entity.missing", label(kind), id);
        }
        checkNoDependents(existing);
        String documentId = owningDocument(existing);
        changing.writeLock().lock();
        try {
            if (kind == EntityKind.CODING) {
                codingTable.remove(id);
            } else {
                entities.get(kind).remove(id);
            }
            unindex(existing);
        } finally {
            changing.writeLock().unlock();
        }
        fireTouched(kind, id, documentId, quotationOf(existing), codeOf(existing), false);
        return existing;
    }

    /**
     * Runs the puts and removes of one change (a command, its undo, its rollback) as one: a {@link #copy} made
     * meanwhile on another thread holds all of it or none of it.
     */
    public void change(Runnable change) {
        changing.writeLock().lock();
        try {
            change.run();
        } finally {
            changing.writeLock().unlock();
        }
    }

    public void addListener(ProjectListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ProjectListener listener) {
        listeners.remove(listener);
    }

    // ---- invariants ----------------------------------------------------------------------------

    private void checkReferences(Entity entity) {
        switch (entity) {
            case ProjectInfo ignored -> { }
            case Coder ignored -> { }
            case AttributeDefinition a -> checkUniqueAttributeName(a);
            case DocumentGroup ignored -> { }
            case Document d -> checkDocument(d);
            case Quotation q -> checkQuotation(q);
            case Code c -> checkCode(c);
            case Coding c -> checkCoding(c);
            case Memo m -> {
                requireExists(m.target().kind(), m.target().id(), () -> named(EntityKind.MEMO, m.title()));
                requireCoderOrNull(m.authorId(), () -> named(EntityKind.MEMO, m.title()));
                requireCoderOrNull(m.resolvedBy(), () -> named(EntityKind.MEMO, m.title()));
            }
            case Relation r -> {
                requireExists(EntityKind.CODE, r.sourceCodeId(), () -> identified(EntityKind.RELATION, r.id()));
                requireExists(EntityKind.CODE, r.targetCodeId(), () -> identified(EntityKind.RELATION, r.id()));
            }
            case Diagram d -> {
                d.nodes().forEach(n -> requireExists(EntityKind.CODE, n.codeId(),
                        () -> named(EntityKind.DIAGRAM, d.name())));
                d.relationIds().forEach(r -> requireExists(EntityKind.RELATION, r,
                        () -> named(EntityKind.DIAGRAM, d.name())));
            }
        }
    }

    private void checkUniqueAttributeName(AttributeDefinition a) {
        for (AttributeDefinition other : attributes()) {
            if (!other.id().equals(a.id()) && other.name().equals(a.name())) {
                throw new ModelException("attribute.duplicate", a.name());
            }
        }
        Entity previous = entities.get(EntityKind.ATTRIBUTE).get(a.id());
        if (previous instanceof AttributeDefinition old && !old.name().equals(a.name()) && attributeInUse(old.name())) {
            throw new ModelException("attribute.inUse", old.name());
        }
    }

    private void checkDocument(Document d) {
        d.groupIds().forEach(g -> requireExists(EntityKind.GROUP, g, () -> named(EntityKind.DOCUMENT, d.name())));
        Set<String> attributeNames = new java.util.HashSet<>();
        Map<String, AttributeType> types = new HashMap<>();
        for (AttributeDefinition a : attributes()) {
            attributeNames.add(a.name());
            types.put(a.name(), a.type());
        }
        d.attributes().forEach((name, value) -> {
            if (!attributeNames.contains(name)) {
                throw new ModelException("attribute.undefined", d.name(), name);
            }
            if (!types.get(name).accepts(value)) {
                throw new ModelException("attribute.invalidValue", value, label(types.get(name)), name);
            }
        });
        for (Quotation q : quotationsOf(d.id())) {
            if (q.end() > d.textLength()) {
                throw new ModelException("quotation.outsideNewText", q.id(), range(q.start(), q.end()), d.name());
            }
        }
    }

    private void checkQuotation(Quotation q) {
        Document d = document(q.documentId()).orElseThrow(() ->
                new ModelException("entity.refersToMissing", identified(EntityKind.QUOTATION, q.id()),
                        label(EntityKind.DOCUMENT), q.documentId()));
        if (q.end() > d.textLength()) {
            // Plain digits (MessageFormat would group them): "from character 365 to 99999".
            throw new ModelException("quotation.outsideText", String.valueOf(q.start()), String.valueOf(q.end()),
                    d.name(), String.valueOf(d.textLength()));
        }
        Entity previous = entities.get(EntityKind.QUOTATION).get(q.id());
        if (previous instanceof Quotation old && !old.documentId().equals(q.documentId())) {
            throw new ModelException("quotation.moveDocument");
        }
        requireCoderOrNull(q.creatorId(), () -> identified(EntityKind.QUOTATION, q.id()));
    }

    private void checkCode(Code c) {
        String parent = c.parentId();
        Set<String> seen = new java.util.HashSet<>();
        while (parent != null) {
            if (parent.equals(c.id()) || !seen.add(parent)) {
                throw new ModelException("code.cycle", c.name());
            }
            Code p = code(parent).orElseThrow(() ->
                    new ModelException("code.missingParent", c.name()));
            parent = p.parentId();
        }
        // Depth = the code's ancestors, itself, and the deepest chain of codes below it (which move with it).
        // A new code has no children yet (a child needs its parent first), so only a moved one is walked.
        int depth = seen.size() + (entities.get(EntityKind.CODE).containsKey(c.id()) ? levelsBelow(c.id()) : 1);
        if (depth > Limits.CODE_DEPTH) {
            throw new ModelException("code.tooDeep", c.name(), depth, Limits.CODE_DEPTH);
        }
    }

    /** How many levels of codes hang below a code, counting itself (1 for a leaf); breadth first, no recursion. */
    private int levelsBelow(String codeId) {
        int levels = 0;
        List<String> level = List.of(codeId);
        while (!level.isEmpty() && levels <= Limits.CODE_DEPTH) {
            levels++;
            List<String> next = new ArrayList<>();
            for (String id : level) {
                childrenOf(id).forEach(child -> next.add(child.id()));
            }
            level = next;
        }
        return levels;
    }

    private void checkCoding(Coding c) {
        checkCoding(() -> identified(EntityKind.CODING, c.id()), c.quotationId(), c.codeId(), c.coderId(),
                codingTable.codedAlike(c));
    }

    /**
     * Checks and appends row {@code i} of a part's codings as {@link #checkCoding} and {@link #store} would. The
     * checks' messages are made only for a row refused: two lambdas per row were a tenth of the opening thread.
     */
    private void appendCoding(CodingRows rows, int i) {
        String quotationId = rows.quotationId(i);
        String codeId = rows.codeId(i);
        String coderId = rows.coderId(i);
        boolean alike = codingTable.codedAlike(rows, i);
        if (alike || !contains(EntityKind.QUOTATION, quotationId) || !contains(EntityKind.CODE, codeId)
                || coderId != null && !contains(EntityKind.CODER, coderId)) {
            checkCoding(() -> identified(EntityKind.CODING, rows.get(i).id()), quotationId, codeId, coderId, alike);
        }
        codingTable.append(rows, i);
        countUse(coderId, 1);
    }

    /** A coding's quotation, code and coder are there, and another coding {@code alike} (so) is not. */
    private void checkCoding(java.util.function.Supplier<UserText> who, String quotationId, String codeId,
                             String coderId, boolean alike) {
        requireExists(EntityKind.QUOTATION, quotationId, who);
        requireExists(EntityKind.CODE, codeId, who);
        requireCoderOrNull(coderId, who);
        if (alike) {
            throw new ModelException("coding.duplicate");
        }
    }

    private void checkNoDependents(Entity entity) {
        UserText what = identified(entity.kind(), entity.id());
        switch (entity) {
            case Document d -> {
                refuseIf(!quotationsOf(d.id()).isEmpty(), what, "remove.hasQuotations");
                refuseIf(hasMemoAbout(EntityKind.DOCUMENT, d.id()), what, "remove.hasMemos");
            }
            case Quotation q -> {
                refuseIf(codingTable.quotationHasCodings(q.id()), what, "remove.hasCodings");
                refuseIf(hasMemoAbout(EntityKind.QUOTATION, q.id()), what, "remove.hasMemos");
            }
            case Code c -> {
                refuseIf(codingTable.codeHasCodings(c.id()), what, "remove.applied");
                refuseIf(!childrenOf(c.id()).isEmpty(), what, "remove.hasChildren");
                refuseIf(hasMemoAbout(EntityKind.CODE, c.id()), what, "remove.hasMemos");
                refuseIf(relations().stream().anyMatch(r -> r.sourceCodeId().equals(c.id())
                        || r.targetCodeId().equals(c.id())), what, "remove.hasRelations");
                refuseIf(diagrams().stream().anyMatch(dg -> dg.showsCode(c.id())), what, "remove.onDiagram");
            }
            case Relation r -> refuseIf(diagrams().stream().anyMatch(dg -> dg.relationIds().contains(r.id())),
                    what, "remove.onDiagram");
            case DocumentGroup g -> refuseIf(documents().stream().anyMatch(d -> d.groupIds().contains(g.id())),
                    what, "remove.hasDocuments");
            case AttributeDefinition a -> refuseIf(attributeInUse(a.name()), what, "remove.attributeSet");
            case Coder c -> refuseIf(coderUses.containsKey(c.id()), what, "remove.referredTo");
            default -> { }
        }
    }

    private boolean attributeInUse(String name) {
        return documents().stream().anyMatch(d -> d.attributes().containsKey(name));
    }

    private boolean hasMemoAbout(EntityKind kind, String id) {
        return memos().stream().anyMatch(m -> m.target().kind() == kind && m.target().id().equals(id));
    }

    /** {@code who} is only worked out when the reference is missing: opening checks millions of them. */
    private void requireExists(EntityKind kind, String id, java.util.function.Supplier<UserText> who) {
        if (!contains(kind, id)) {
            throw new ModelException("entity.refersToMissing", who.get(), label(kind), id);
        }
    }

    private void requireCoderOrNull(String coderId, java.util.function.Supplier<UserText> who) {
        if (coderId != null) {
            requireExists(EntityKind.CODER, coderId, who);
        }
    }

    private static void refuseIf(boolean condition, UserText what, String reasonKey) {
        if (condition) {
            throw new ModelException(reasonKey, what);
        }
    }

    /** The kind's name for a message, e.g. "document" or "document group". */
    static UserText label(Enum<?> kind) {
        return UserText.of(Project.class, "kind." + kind.name());
    }

    private static UserText identified(EntityKind kind, String id) {
        return UserText.of(Project.class, "entity.identified", label(kind), id);
    }

    private static UserText named(EntityKind kind, String name) {
        return UserText.of(Project.class, "entity.named", label(kind), name);
    }

    private static String range(int start, int end) {
        return "[" + start + ", " + end + ")"; // plain digits: MessageFormat would group them
    }

    // ---- indexes -------------------------------------------------------------------------------

    /** Puts it in its map and its indexes (the write lock held); the entity it replaced, or null. */
    private Entity store(Entity entity) {
        Entity previous = entity instanceof Coding c ? codingTable.put(c) // its indexes are the table's own
                : entities.get(entity.kind()).put(entity.id(), entity);
        if (previous != null) {
            unindex(previous);
        }
        index(entity);
        return previous;
    }

    private void index(Entity entity) {
        if (entity.kind() == EntityKind.CODE) {
            children = null;
            codeLabels = null;
        }
        switch (entity) {
            case Quotation q -> {
                quotationsByDocument.computeIfAbsent(q.documentId(), k -> new IdSet()).add(q.id());
                countUse(q.creatorId(), 1);
            }
            case Coding c -> countUse(c.coderId(), 1);
            case Memo m -> {
                countUse(m.authorId(), 1);
                countUse(m.resolvedBy(), 1);
            }
            default -> { }
        }
    }

    /**
     * The documents in the order of their numbers, as the window lists them: the project lists a document in the
     * order it was put, so one whose deletion was undone comes last. Sorted only when out of order.
     */
    public List<Document> documentsByNumber() {
        List<Document> all = List.copyOf(documents());
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).number() < all.get(i - 1).number()) {
                return all.stream().sorted(java.util.Comparator.comparingInt(Document::number)).toList();
            }
        }
        return all;
    }

    /**
     * How many codings, quotations and memos the coder made, and review comments they resolved (kept as the project
     * changes: no scan).
     */
    public int usesOf(String coderId) {
        int[] uses = coderUses.get(coderId);
        return uses == null ? 0 : uses[0];
    }

    /** One use of a coder more or less (none: no entry, so a removal checks one key). */
    private void countUse(String coderId, int more) {
        if (coderId == null) {
            return;
        }
        int[] uses = coderUses.get(coderId);
        if (uses == null) {
            uses = new int[1];
            coderUses.put(coderId, uses);
        }
        uses[0] += more;
        if (uses[0] <= 0) {
            coderUses.remove(coderId);
        }
    }

    private void unindex(Entity entity) {
        if (entity.kind() == EntityKind.CODE) {
            children = null;
            codeLabels = null;
        }
        switch (entity) {
            case Quotation q -> {
                removeFromIndex(quotationsByDocument, q.documentId(), q.id());
                countUse(q.creatorId(), -1);
                quotationNumbersTakenOut.merge(q.documentId(), q.number(), Math::max);
            }
            case Document d -> documentNumberTakenOut = Math.max(documentNumberTakenOut, d.number());
            case Coding c -> countUse(c.coderId(), -1);
            case Memo m -> {
                countUse(m.authorId(), -1);
                countUse(m.resolvedBy(), -1);
            }
            default -> { }
        }
    }

    private static void removeFromIndex(Map<String, IdSet> index, String key, String id) {
        IdSet ids = index.get(key);
        if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
                index.remove(key);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends Entity> Collection<T> values(EntityKind kind) {
        return Collections.unmodifiableCollection((Collection<T>) entities.get(kind).values());
    }

    @SuppressWarnings("unchecked")
    private <T extends Entity> Optional<T> get(EntityKind kind, String id) {
        return Optional.ofNullable((T) entities.get(kind).get(id));
    }

    @SuppressWarnings("unchecked")
    private <T extends Entity> List<T> resolve(Collection<String> ids, EntityKind kind) {
        if (ids == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>(ids.size());
        Map<String, Entity> byId = entities.get(kind);
        for (String id : ids) {
            result.add((T) byId.get(id));
        }
        return result;
    }

    private void fire(Entity entity, boolean replaced) {
        if (!listeners.isEmpty()) { // working out the owning document costs lookups; loading has no listeners
            fireTouched(entity.kind(), entity.id(), owningDocument(entity), quotationOf(entity), codeOf(entity), replaced);
        }
    }

    private void fireTouched(EntityKind kind, String id, String documentId, String quotationId, String codeId,
                             boolean replaced) {
        for (ProjectListener listener : listeners) {
            listener.touched(kind, id, documentId, quotationId, codeId, replaced);
        }
    }

    private static String codeOf(Entity entity) {
        return switch (entity) {
            case Coding c -> c.codeId();
            case Code c -> c.id();
            default -> null;
        };
    }

    private static String quotationOf(Entity entity) {
        return switch (entity) {
            case Quotation q -> q.id();
            case Coding c -> c.quotationId();
            default -> null;
        };
    }

    // ---- value equality ------------------------------------------------------------------------

    /** Two projects are equal when they hold equal entities under the same ids (order aside). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Project other && info.equals(other.info) && entities.equals(other.entities)
                && codingTable.sameCodings(other.codingTable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, entities, codingTable.codingsHash());
    }

    @Override
    public String toString() {
        return "Project[" + info.name() + ": " + count(EntityKind.DOCUMENT) + " documents, "
                + count(EntityKind.QUOTATION) + " quotations, " + count(EntityKind.CODE) + " codes, "
                + count(EntityKind.CODING) + " codings]";
    }
}
