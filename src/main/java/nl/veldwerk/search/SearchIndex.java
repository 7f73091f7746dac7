package nl.veldwerk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.ProjectChange;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of a project: a cache beside the project data (the folder {@code index/} inside the
 * project folder), rebuilt whenever it is missing, damaged, of another schema version or language, or
 * not stamped with the saved state the project is (the store names every saved state afresh, so any
 * change, undone or not, made anywhere, gives another name); kept up to date from the command stack's
 * change events, document by document, and searched near-real-time through a {@link SearcherManager}.
 * Each quotation is one Lucene document (its text, code names, document, groups, speaker, coders,
 * comment); each paragraph of each transcript another, with its character offsets, so any hit can become
 * a quotation.
 */
public final class SearchIndex implements AutoCloseable {
    // 3: words kept beside their stems (wildcards); 4: stop words kept (phrases); 5: Dutch stems joined (huizen, huis);
    // 6: time marks are no words ("00" found the digits of every mark); 7: Dutch singulars in -s kept ("mens" found no
    // "mensen"), "-es" plurals joined ("coaches", "coach")
    static final int SCHEMA_VERSION = 7;
    /** IndexWriter takes documents from several threads at once: analysis is the work, so a rebuild uses every core. */
    public static final int BUILD_THREADS = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
    /** The commit's key for the saved state the index holds. */
    static final String STATE = "state";
    public static final String FOLDER = "index";

    static final String KIND = "kind";
    static final String ID = "id";
    static final String DOCUMENT_ID = "documentId";
    static final String QUOTATION_ID = "quotationId";
    static final String START = "start";
    static final String END = "end";
    static final String TEXT = "text";
    static final String CODE = "code";
    static final String CODE_ID = "codeId";
    static final String DOCUMENT = "document";
    static final String GROUP = "group";
    static final String SPEAKER = "speaker";
    static final String CODER = "coder";
    static final String COMMENT = "comment";

    /** Told how far a rebuild is; answers false to stop it (the index is then left for the next rebuild). */
    public interface Progress {
        boolean at(int done, int total);
    }

    private final Directory directory;
    /** What the index writes with (and the highlighter reads with): words kept beside their stems. */
    private final Analyzer analyzer;
    /** What a query's words become: stems only (a stem finds every word that has it). */
    private final Analyzer queryAnalyzer;
    private final Analyzer phraseAnalyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Whether updates were applied that the searchers do not see yet. */
    private volatile boolean stale;
    private final String language;

    private SearchIndex(Directory directory, String language) throws IOException {
        this.directory = directory;
        this.language = language;
        this.analyzer = analyzer(language);
        this.queryAnalyzer = analyzer(language, false);
        this.phraseAnalyzer = analyzer(language, null);
        // Only our own commits (after a build, and markCurrent with the project's state) reach the disk:
        // closing must not commit updates under an older state.
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setCommitOnClose(false));
        this.searchers = new SearcherManager(writer, null);
    }


    /**
     * Opens the index in {@code projectDirectory}, rebuilding it (with progress) when it cannot be used
     * as it is. A damaged index is thrown away, never fatal.
     *
     * @param project the project as it is now
     * @param state   the saved state {@code project} is (the store's name for it), or null when it is not
     *                one saved state (opened from a recovery save, or changed since): then always rebuilt,
     *                and left unstamped
     */
    public static SearchIndex open(Path projectDirectory, Project project, String state, Progress progress)
            throws IOException {
        Path folder = projectDirectory.resolve(FOLDER);
        String language = project.info().language();
        requireNotInUse(folder);
        if (!usable(folder, language)) {
            deleteTree(folder);
        }
        SearchIndex index;
        try {
            index = new SearchIndex(FSDirectory.open(Files.createDirectories(folder)), language);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new InUse(folder);
        }
        String stamped = index.writer.getLiveCommitData() == null ? null : commitValue(index.writer, STATE);
        if (state == null || !state.equals(stamped)) {
            index.rebuild(project, state, progress);
        }
        return index;
    }

    /**
     * Opens the index in {@code projectDirectory} only if it holds the saved state {@code state} as it is;
     * else null (it must be rebuilt, by {@link #open}): an opening that needs no copy of the project.
     */
    public static SearchIndex openIfCurrent(Path projectDirectory, String language, String state) throws IOException {
        Path folder = projectDirectory.resolve(FOLDER);
        if (state == null || !usable(folder, language)) {
            return null;
        }
        SearchIndex index = new SearchIndex(FSDirectory.open(folder), language);
        String stamped = index.writer.getLiveCommitData() == null ? null : commitValue(index.writer, STATE);
        if (state.equals(stamped)) {
            return index;
        }
        index.close();
        return null;
    }

    /** An index in memory, for the command line's one-off searches and for tests. */
    public static SearchIndex inMemory(Project project) throws IOException {
        SearchIndex index = new SearchIndex(new org.apache.lucene.store.ByteBuffersDirectory(), project.info().language());
        index.rebuild(project, null, (d, t) -> true);
        return index;
    }

    /**
     * Indexes the whole project anew and commits it stamped with {@code state} (null: unstamped); false when
     * {@code progress} asked to stop.
     */
    public boolean rebuild(Project project, String state, Progress progress) throws IOException {
        writer.deleteAll();
        List<Document> documents = project.documents().stream().sorted(Comparator.comparing(Document::id)).toList();
        int threads = BUILD_THREADS;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "veldwerk-index-build");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
            for (Document d : documents) {
                work.add(pool.submit(() -> {
                    if (stop.get()) {
                        return null;
                    }
                    addDocument(project, d);
                    synchronized (progress) {
                        if (!progress.at(done.incrementAndGet(), documents.size())) {
                            stop.set(true);
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : work) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
        } finally {
            pool.shutdownNow();
        }
        if (documents.isEmpty() && !progress.at(0, 0)) {
            stop.set(true);
        }
        if (stop.get()) {
            writer.rollback(); // closes the writer: a cancelled index is rebuilt when next opened
            return false;
        }
        commit(state);
        return true;
    }

    /**
     * What one change means for the index, gathered on the thread that owns the project (it reads only what
     * the change touched, and copies no text): the documents and quotations whose entries go, and what
     * replaces them. {@link #apply} builds the Lucene documents and writes them on the index's own thread.
     */
    public static final class Update {
        private final Set<String> documentIds;
        private final Set<String> quotationIds;
        private final List<DocumentEntry> documents;
        private final List<QuotationEntry> quotations;

        public Update(Set<String> documentIds, Set<String> quotationIds, List<DocumentEntry> documents,
               List<QuotationEntry> quotations) {
            this.documentIds = Set.copyOf(documentIds);
            this.quotationIds = Set.copyOf(quotationIds);
            this.documents = List.copyOf(documents);
            this.quotations = List.copyOf(quotations);
        }

        public boolean isEmpty() {
            return documentIds.isEmpty() && quotationIds.isEmpty();
        }

        /** The documents indexed again whole (text, paragraphs and quotations). */
        public Set<String> documentIds() {
            return documentIds;
        }

        /** The quotations whose entries alone are written again. */
        public Set<String> quotationIds() {
            return quotationIds;
        }

        /** The Lucene documents that replace the dropped ones (built on the calling thread). */
        List<org.apache.lucene.document.Document> build() {
            List<org.apache.lucene.document.Document> added = new ArrayList<>();
            for (DocumentEntry d : documents) {
                added.addAll(d.build());
            }
            for (QuotationEntry q : quotations) {
                added.add(q.build());
            }
            return added;
        }
    }

    /** A quotation as the index holds it: the records it is made of (immutable), and its codes' and coders' names. */
    public record QuotationEntry(Document document, String groups, Quotation quotation, List<String> codeIds,
                          List<String> codeNames, List<String> coderNames) {
        static QuotationEntry of(Project p, Document d, String groups, Quotation q) {
            List<String> codeIds = new ArrayList<>();
            List<String> codeNames = new ArrayList<>();
            List<String> coderNames = new ArrayList<>();
            for (Coding c : p.codingsOf(q.id())) {
                codeIds.add(c.codeId());
                p.code(c.codeId()).map(Code::name).ifPresent(codeNames::add);
                if (c.coderId() != null) {
                    p.coder(c.coderId()).ifPresent(x -> coderNames.add(x.name()));
                }
            }
            return new QuotationEntry(d, groups, q, codeIds, codeNames, coderNames);
        }

        org.apache.lucene.document.Document build() {
            return quotationDocument(document, groups, quotation, codeIds, codeNames, coderNames);
        }
    }

    /** A document as the index holds it: its paragraphs and its quotations. */
    public record DocumentEntry(Document document, String groups, List<QuotationEntry> quotations) {
        static DocumentEntry of(Project p, Document d) {
            String groups = groupNames(p, d);
            List<QuotationEntry> quotations = new ArrayList<>();
            for (Quotation q : p.quotationsOf(d.id())) {
                quotations.add(QuotationEntry.of(p, d, groups, q));
            }
            return new DocumentEntry(d, groups, quotations);
        }

        List<org.apache.lucene.document.Document> build() {
            List<org.apache.lucene.document.Document> out = paragraphDocuments(document, groups);
            for (QuotationEntry q : quotations) {
                out.add(q.build());
            }
            return out;
        }
    }

    /**
     * The names of codes, coders and groups as the index holds them. The index carries names, not ids, for
     * searching; so an entity touched by a change costs re-indexing only when its name changed: a new code or
     * coder (a coder's first coding makes one), a colour, a memo, a code moved in the tree cost nothing beyond
     * the change's own quotations. Kept by the thread that prepares updates.
     */
    public static final class IndexedNames {
        private final Map<String, String> codes = new HashMap<>();
        private final Map<String, String> coders = new HashMap<>();
        private final Map<String, String> groups = new HashMap<>();

        public IndexedNames(Project p) {
            p.codes().forEach(c -> codes.put(c.id(), c.name()));
            p.coders().forEach(c -> coders.put(c.id(), c.name()));
            p.groups().forEach(g -> groups.put(g.id(), g.name()));
        }

        /**
         * The touched ids of {@code kind} whose name the index holds and that is now another (a rename);
         * remembers the names as they are now. New ones and removed ones are not renames: a new entity is in no
         * entry yet but the change's own, and a removed one is in none any more (what carried it went with it).
         */
        Set<String> renamed(Map<String, String> names, Set<String> ids,
                            java.util.function.Function<String, java.util.Optional<String>> nameNow) {
            Set<String> renamed = new HashSet<>();
            for (String id : ids) {
                java.util.Optional<String> now = nameNow.apply(id);
                String before = now.isPresent() ? names.put(id, now.get()) : names.remove(id);
                if (before != null && now.isPresent() && !before.equals(now.get())) {
                    renamed.add(id);
                }
            }
            return renamed;
        }
    }

    /**
     * Works out what {@code change} means for the index. Only the entries that carry what changed are
     * written again: a quotation's entry for a coding, a range or a comment; a whole document (its paragraphs
     * too) for its text, name, attributes, turns or groups; for a renamed code or coder the entries of the
     * quotations that carry it, for a renamed group the documents in it.
     */
    public static Update prepare(Project project, ProjectChange change, IndexedNames names) {
        Set<String> documents = new HashSet<>();
        Set<String> quotations = new HashSet<>();
        Map<nl.veldwerk.model.EntityKind, Set<String>> touched = new java.util.EnumMap<>(nl.veldwerk.model.EntityKind.class);
        for (nl.veldwerk.project.Touch t : change.touched()) {
            switch (t.kind()) {
                case DOCUMENT -> documents.add(t.id());
                case QUOTATION, CODING -> {
                    if (t.quotationId() != null) {
                        quotations.add(t.quotationId());
                    }
                }
                case CODE, CODER, GROUP -> touched.computeIfAbsent(t.kind(), k -> new HashSet<>()).add(t.id());
                default -> {
                    // memos, relations, diagrams, attributes' definitions and the project's info are not indexed
                }
            }
        }
        for (String codeId : names.renamed(names.codes, touched.getOrDefault(nl.veldwerk.model.EntityKind.CODE, Set.of()),
                id -> project.code(id).map(Code::name))) {
            quotations.addAll(project.quotationsCodedWith(codeId));
        }
        Set<String> renamedCoders = names.renamed(names.coders, touched.getOrDefault(nl.veldwerk.model.EntityKind.CODER,
                Set.of()), id -> project.coder(id).map(nl.veldwerk.model.Coder::name));
        if (!renamedCoders.isEmpty()) {
            // Rare (a coder renamed): the one walk over all codings the index's coder names need.
            project.codings().stream().filter(c -> c.coderId() != null && renamedCoders.contains(c.coderId()))
                    .forEach(c -> quotations.add(c.quotationId()));
        }
        Set<String> renamedGroups = names.renamed(names.groups, touched.getOrDefault(nl.veldwerk.model.EntityKind.GROUP,
                Set.of()), id -> project.groups().stream().filter(g -> g.id().equals(id)).map(g -> g.name()).findFirst());
        if (!renamedGroups.isEmpty()) {
            project.documents().stream().filter(d -> d.groupIds().stream().anyMatch(renamedGroups::contains))
                    .forEach(d -> documents.add(d.id()));
        }
        List<DocumentEntry> documentEntries = new ArrayList<>();
        for (String documentId : documents) {
            project.document(documentId).ifPresent(d -> documentEntries.add(DocumentEntry.of(project, d)));
        }
        List<QuotationEntry> quotationEntries = new ArrayList<>();
        Map<String, String> groupsOf = new HashMap<>();
        for (java.util.Iterator<String> ids = quotations.iterator(); ids.hasNext(); ) {
            Quotation q = project.quotation(ids.next()).orElse(null);
            if (q == null) {
                continue; // gone: its entry is only dropped
            }
            if (documents.contains(q.documentId())) {
                ids.remove(); // its document is written again whole, with it
                continue;
            }
            project.document(q.documentId()).ifPresent(d -> quotationEntries.add(QuotationEntry.of(project, d,
                    groupsOf.computeIfAbsent(d.id(), x -> groupNames(project, d)), q)));
        }
        return new Update(documents, quotations, documentEntries, quotationEntries);
    }

    /**
     * Keeps the index up to date with every change of {@code session}, preparing and applying on the session's
     * own thread (the command line, tests, benchmarks; the window prepares on the FX thread and applies on the
     * index's). Returns the listener, to remove it.
     */
    public java.util.function.Consumer<ProjectChange> follow(nl.veldwerk.project.ProjectSession session) {
        IndexedNames names = new IndexedNames(session.project());
        java.util.function.Consumer<ProjectChange> listener = change -> {
            try {
                apply(prepare(session.project(), change, names));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        session.addListener(listener);
        return listener;
    }

    public void apply(Update update) throws IOException {
        if (update.isEmpty()) {
            return;
        }
        for (String documentId : update.documentIds()) {
            writer.deleteDocuments(new Term(DOCUMENT_ID, documentId));
        }
        for (String quotationId : update.quotationIds()) {
            writer.deleteDocuments(new Term(QUOTATION_ID, quotationId));
        }
        writer.addDocuments(update.build());
        // No commit per change: a commit (a new segment, fsync) on every click cost the coding thread a third
        // of its time in CPU contention. The next search sees the change through a near-real-time reader; the
        // disk gets it with markCurrent's fingerprint. A crash before that leaves the last commit, whose
        // state then no longer names the project's, so the index is rebuilt rather than trusted.
        stale = true;
    }

    /**
     * Commits the index stamped with the saved state it holds: call only when every change up to that
     * state was applied, and none failed (else the next opening would trust a stale index).
     */
    public void markCurrent(String state) throws IOException {
        commit(state);
    }

    /** The searchers, refreshed first when updates came in since the last search (on the index's thread). */
    SearcherManager searchers() throws IOException {
        if (stale) {
            stale = false;
            searchers.maybeRefreshBlocking();
        }
        return searchers;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** How a quoted phrase is read: as a query's words, stop words kept in their places. */
    Analyzer phraseAnalyzer() {
        return phraseAnalyzer;
    }

    private void addDocument(Project p, Document d) throws IOException {
        writer.addDocuments(DocumentEntry.of(p, d).build());
    }

    private static String groupNames(Project p, Document d) {
        return String.join(" ", d.groupIds().stream().map(g -> p.groups().stream()
                .filter(x -> x.id().equals(g)).map(x -> x.name()).findFirst().orElse("")).toList());
    }

    private static List<org.apache.lucene.document.Document> paragraphDocuments(Document d, String groups) {
        List<org.apache.lucene.document.Document> out = new java.util.ArrayList<>();
        int start = 0;
        int paragraph = 0;
        String text = d.text();
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start) {
                out.add(common(d, groups, "paragraph", "p:" + d.id() + ":" + paragraph, start, end,
                        text.substring(start, end), speakerAt(d, start)));
            }
            paragraph++;
            start = end + 1;
        }
        return out;
    }

    private static org.apache.lucene.document.Document quotationDocument(Document d, String groups, Quotation q,
            List<String> codeIds, List<String> codeNames, List<String> coderNames) {
        org.apache.lucene.document.Document doc = common(d, groups, "quotation", "q:" + q.id(), q.start(), q.end(),
                d.text().substring(q.start(), q.end()), speakerAt(d, q.start()));
        doc.add(new StringField(QUOTATION_ID, q.id(), Field.Store.YES));
        codeIds.forEach(id -> doc.add(new StringField(CODE_ID, id, Field.Store.YES)));
        codeNames.forEach(n -> doc.add(new TextField(CODE, n, Field.Store.YES)));
        coderNames.forEach(n -> doc.add(new TextField(CODER, n, Field.Store.NO)));
        if (!q.comment().isBlank()) {
            doc.add(new TextField(COMMENT, q.comment(), Field.Store.YES));
        }
        return doc;
    }

    private static org.apache.lucene.document.Document common(Document d, String groups, String kind, String id,
                                                               int start, int end, String text, String speaker) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(KIND, kind, Field.Store.YES));
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new StringField(DOCUMENT_ID, d.id(), Field.Store.YES));
        doc.add(new TextField(DOCUMENT, d.name(), Field.Store.YES));
        doc.add(new StoredField(START, start));
        doc.add(new StoredField(END, end));
        doc.add(new TextField(TEXT, text, Field.Store.YES));
        if (!groups.isBlank()) {
            doc.add(new TextField(GROUP, groups, Field.Store.NO));
        }
        if (speaker != null) {
            doc.add(new TextField(SPEAKER, speaker, Field.Store.YES));
        }
        // Document attributes as fields of their own name: rol:wijkcoach, organisatie:R.
        d.attributes().forEach((name, value) -> doc.add(new TextField(attributeField(name), value, Field.Store.NO)));
        return doc;
    }

    /** The index's own fields as an attribute's field would be named: an attribute of such a name is searched mixed up. */
    static final java.util.Set<String> OWN_FIELDS = java.util.Set.of(STATE, KIND, ID, DOCUMENT_ID, QUOTATION_ID, START,
            END, TEXT, CODE, CODE_ID, DOCUMENT, GROUP, SPEAKER, CODER, COMMENT).stream()
            .map(SearchIndex::attributeField).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** An attribute's field: its name in lower case, letters and digits only (queries type it as they see it). */
    static String attributeField(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String speakerAt(Document d, int offset) {
        return d.speakerAt(offset);
    }

    private void commit(String state) throws IOException {
        writer.setLiveCommitData(Map.of("schema", String.valueOf(SCHEMA_VERSION), "language", language,
                STATE, state == null ? "" : state).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static boolean usable(Path folder, String language) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                return String.valueOf(SCHEMA_VERSION).equals(data.get("schema")) && language.equals(data.get("language"));
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(SearchIndex.class.getName()).log(System.Logger.Level.INFO,
                    "The search index in " + folder + " is damaged; it is built anew", e);
            return false; // damaged: rebuilt from the project, which is the truth
        }
    }

    private static String commitValue(IndexWriter writer, String key) {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The analyzers the index uses for a project in {@code language}: its transcripts' and its names'. */
    public static Analyzer analyzerFor(String language) {
        return analyzer(language);
    }

    private static Analyzer analyzer(String language) {
        return analyzer(language, true);
    }

    /** keepWords: true for the index, false for a query's words, null for a quoted phrase's. */
    private static Analyzer analyzer(String language, Boolean keepWords) {
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer names = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
        for (String field : List.of(CODE, DOCUMENT, GROUP, SPEAKER, CODER)) {
            perField.put(field, names);
        }
        TranscriptAnalyzer transcripts = keepWords == null ? TranscriptAnalyzer.forPhrases(language)
                : keepWords ? TranscriptAnalyzer.forIndex(language) : TranscriptAnalyzer.forLanguage(language);
        return new PerFieldAnalyzerWrapper(transcripts, perField);
    }

    /** Removes the project's index, so the next opening builds it from scratch. */
    public static void forget(Path projectDirectory) throws IOException {
        requireNotInUse(projectDirectory.resolve(FOLDER));
        deleteTree(projectDirectory.resolve(FOLDER));
    }

    /**
     * The index is open in another program (the window, on this project): it is neither opened nor deleted
     * here. The command line searches a fresh index in memory instead.
     */
    public static final class InUse extends IOException {
        InUse(Path folder) {
            super("The search index in " + folder + " is in use by another program (a window with the project open)");
        }
    }

    /** Throws {@link InUse} when another program holds the index's lock; a quick check, taken and let go. */
    private static void requireNotInUse(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Directory d = FSDirectory.open(folder);
             org.apache.lucene.store.Lock free = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            assert free != null; // taken, so no one else holds it; let go at once
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new InUse(folder);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
