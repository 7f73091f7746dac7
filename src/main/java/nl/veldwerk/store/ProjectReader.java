package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import nl.veldwerk.model.CodeOrder;
import nl.veldwerk.model.Entity;
import nl.veldwerk.model.Limits;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.UserText;
import nl.veldwerk.store.StoreFormat.DocumentPart;
import nl.veldwerk.store.StoreFormat.Manifest;
import nl.veldwerk.store.StoreFormat.PartRef;
import nl.veldwerk.store.StoreFormat.ProjectPart;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a project folder (or one of its manifests) into a {@link Project}; never writes anything. A manifest
 * comes from anywhere (a bundle someone mailed), so every part it names must be a plain file of ours in the
 * folder's {@code parts/}: no other folder, no link, no device, no size beyond what the writer can write.
 */
public final class ProjectReader {
    /** Made once: its reader of parts (and of their documents) is found once, not for each part. */
    private static final ObjectReader PART_READER = StoreFormat.MAPPER.readerFor(DocumentPart.class);
    private static final String PART_PREFIX = StoreFormat.PARTS + "/";
    private static final String PART_SUFFIX = ".json";

    /**
     * Whether the name is one the writer gives parts ("parts/" + 1 to 200 of {@code A-Za-z0-9_.-} + ".json");
     * anything else in a manifest is refused before it is opened. Checked by hand, not by a regular expression:
     * 10,000 parts made the expression's matcher one of the first things compiled while a large project opened.
     */
    static boolean isPartName(String name) {
        int middle = name.length() - PART_PREFIX.length() - PART_SUFFIX.length();
        if (middle < 1 || middle > 200 || !name.startsWith(PART_PREFIX) || !name.endsWith(PART_SUFFIX)) {
            return false;
        }
        for (int i = PART_PREFIX.length(), end = PART_PREFIX.length() + middle; i < end; i++) {
            char c = name.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_' || c == '.' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * The largest part the writer can produce: a document of {@link Limits#TEXT} characters, each escaped
     * as six bytes in the worst case, plus its quotations. A manifest file is far smaller.
     */
    static final long MAX_PART_BYTES = 6L * Limits.TEXT + (256L << 20);
    static final long MAX_MANIFEST_BYTES = 64L << 20;

    private ProjectReader() {
    }

    /**
     * A project as read, with the manifest it came from (checksums filled in where it had none) and, when
     * read salvaging, the document parts that could not be read and were left out; whether the project part was
     * read from its second copy (its own file missing or damaged).
     */
    record Loaded(Project project, Manifest manifest, boolean needsRewrite, List<Damage> damaged,
                  java.util.Set<String> listsFromCopies, boolean projectPartFromCopy) {
    }

    /** A document part that could not be read: which document, which file, and what is wrong with it. */
    public record Damage(String documentId, String file, UserText problem) {
    }

    /** A project as read, with the name of the saved state it is: what caches such as the search index hold. */
    public record Snapshot(Project project, String state) {
    }

    /** Reads the last saved state of the project in {@code directory}. */
    public static Project read(Path directory) throws ProjectFileException {
        return load(manifestOf(directory)).project();
    }

    /**
     * As {@link #read}, leaving each document's text in its part, read when asked for (see {@link StoredText}):
     * for a command that reads a large project, uses it and ends while the folder stays where it is. A text
     * whose part another program's saves have collected meanwhile fails with a message naming the file.
     */
    public static Project readLeavingTexts(Path directory) throws ProjectFileException {
        return load(manifestOf(directory), false, true).project();
    }

    /** As {@link #read}, with the state's name (null for a project saved before states were named). */
    public static Snapshot readSnapshot(Path directory) throws ProjectFileException {
        Loaded loaded = load(manifestOf(directory));
        return new Snapshot(loaded.project(), loaded.manifest().state());
    }

    /**
     * The project's name as its last save gives it, read from the manifest and the project part alone; empty when
     * they cannot be read (the caller names the folder instead). The recovery question named the folder (QA).
     */
    public static java.util.Optional<String> nameOf(Path directory) {
        try {
            Manifest manifest = readManifest(manifestOf(directory));
            if (manifest.projectPart() == null) {
                return java.util.Optional.empty();
            }
            return nameIn(readBytes(directory.resolve(manifest.projectPart()), MAX_PART_BYTES));
        } catch (ProjectFileException | RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }

    /** The project's name in the bytes of its project part; empty when it has none (or they do not read). */
    static java.util.Optional<String> nameIn(byte[] projectPart) {
        var name = StoreFormat.MAPPER.readTree(projectPart).path("info").path("name");
        return name.isString() && !name.asString().isBlank() ? java.util.Optional.of(name.asString())
                : java.util.Optional.empty();
    }

    /** The manifest of a project folder, or an error that says what the folder is instead. */
    static Path manifestOf(Path directory) throws ProjectFileException {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(StoreFormat.MANIFEST))) {
            if (Files.isDirectory(dir)) {
                throw new ProjectFileException(dir, "folder.notProject", StoreFormat.MANIFEST);
            }
            // A file given for the folder (its veldwerk.json, say) was called missing, though it is there.
            throw Files.exists(dir) ? new ProjectFileException(dir, "folder.isFile", StoreFormat.MANIFEST)
                    : new ProjectFileException(dir, "file.notExists");
        }
        return dir.resolve(StoreFormat.MANIFEST);
    }

    /** Reads the manifest of a project folder ({@code veldwerk.json}, {@code autosave.json}) in it. */
    static Manifest readManifest(Path manifestFile) throws ProjectFileException {
        return readManifest(manifestFile, manifestFile.toAbsolutePath().getParent());
    }

    /** Reads a manifest of the project in {@code folder} (a backup's lives in a folder of its own). */
    static Manifest readManifest(Path manifestFile, Path folder) throws ProjectFileException {
        return readManifest(manifestFile, readBytes(manifestFile, MAX_MANIFEST_BYTES), listsIn(folder, null));
    }

    /** As {@link #readManifest(Path, Path)}, from its bytes, reusing (and adding to) list parts read before. */
    static Manifest readManifest(Path manifestFile, byte[] bytes, Path folder,
                                 java.util.Map<StoreFormat.ListRef, List<PartRef>> listsRead)
            throws ProjectFileException {
        return readManifest(manifestFile, bytes, listsIn(folder, null), listsRead);
    }

    /**
     * Where the list parts of a project folder's manifests are read: from parts/, or, when that copy is
     * missing or damaged, from its second copy in backups/parts/ (named in {@code readFromCopies}, if given).
     */
    static DocumentLists.Source listsIn(Path folder, java.util.Set<String> readFromCopies) {
        return (list, maxBytes) -> {
            try {
                return readList(partFile(folder, list.file()), list, maxBytes);
            } catch (ProjectFileException damaged) {
                try {
                    DocumentLists.Read copy = readList(partFile(folder.resolve(StoreFormat.BACKUPS), list.file()),
                            list, maxBytes);
                    if (readFromCopies != null) {
                        readFromCopies.add(list.file());
                    }
                    return copy;
                } catch (ProjectFileException alsoDamaged) {
                    throw damaged;
                }
            }
        };
    }

    private static DocumentLists.Read readList(Path file, StoreFormat.ListRef list, long maxBytes)
            throws ProjectFileException {
        byte[] bytes = readPart(file, maxBytes);
        checkSum(file, list.checksum(), Checksums.of(bytes));
        return new DocumentLists.Read(file, bytes);
    }

    /**
     * A manifest as it is in its file, its list parts not read (its documents are null when it has them):
     * for what the manifest itself says, such as its save number and time.
     */
    static Manifest readRoot(Path manifestFile) throws ProjectFileException {
        return readManifest(manifestFile, readBytes(manifestFile, MAX_MANIFEST_BYTES), null);
    }

    /**
     * A manifest from its bytes ({@code manifestFile} names where they came from, for messages), with its
     * documents read from its list parts when it keeps them there.
     */
    static Manifest readManifest(Path manifestFile, byte[] bytes, DocumentLists.Source lists)
            throws ProjectFileException {
        return readManifest(manifestFile, bytes, lists, new java.util.HashMap<>());
    }

    private static Manifest readManifest(Path manifestFile, byte[] bytes, DocumentLists.Source lists,
                                         java.util.Map<StoreFormat.ListRef, List<PartRef>> listsRead)
            throws ProjectFileException {
        JsonNode tree = parse(manifestFile, bytes);
        if (!tree.isObject() || !StoreFormat.FORMAT.equals(tree.path("format").asString(""))) {
            throw new ProjectFileException(manifestFile, "manifest.notProject");
        }
        int version = tree.path("schemaVersion").asInt(-1);
        if (version > StoreFormat.SCHEMA_VERSION) {
            throw new ProjectFileException(manifestFile, "format.newer", String.valueOf(version),
                    String.valueOf(StoreFormat.SCHEMA_VERSION));
        }
        if (version < 1) {
            throw new ProjectFileException(manifestFile, "format.missing");
        }
        Manifest root = bind(manifestFile, () -> StoreFormat.MAPPER.treeToValue(tree, Manifest.class));
        if (lists == null) {
            return root;
        }
        Manifest manifest = DocumentLists.resolve(manifestFile, root, lists, listsRead);
        checkShape(manifestFile, manifest);
        return manifest;
    }

    /** Refuses a manifest with a missing field or a part name the writer never gives, naming what is wrong. */
    private static void checkShape(Path file, Manifest manifest) throws ProjectFileException {
        if (manifest.projectPart() == null) {
            throw new ProjectFileException(file, "manifest.missingField", "projectPart");
        }
        if (manifest.documents() == null) {
            throw new ProjectFileException(file, "manifest.missingField", "documents");
        }
        if (manifest.documents().size() > Limits.DOCUMENTS) {
            throw new ProjectFileException(file, "manifest.tooManyDocuments", manifest.documents().size(),
                    Limits.DOCUMENTS);
        }
        checkPartName(file, manifest.projectPart());
        for (int i = 0; i < manifest.documents().size(); i++) {
            PartRef ref = manifest.documents().get(i);
            if (ref == null || ref.id() == null || ref.file() == null) {
                throw new ProjectFileException(file, "manifest.missingField", "documents[" + i + "]"
                        + (ref == null ? "" : ref.id() == null ? ".id" : ".file"));
            }
            checkPartName(file, ref.file());
        }
    }

    private static void checkPartName(Path manifestFile, String name) throws ProjectFileException {
        if (!isPartName(name)) {
            throw new ProjectFileException(manifestFile, "manifest.badPart", name);
        }
    }

    static Loaded load(Path manifestFile) throws ProjectFileException {
        return load(manifestFile, false, false);
    }

    /**
     * Reads a project; when {@code salvage}, a document part that cannot be read (missing, cut off,
     * inconsistent, not matching its checksum) is left out and listed instead of failing the whole project.
     * The project part and the manifest must be readable either way. With {@code textsOnDemand} the documents'
     * texts stay in their parts and are read when asked for ({@link StoredText}): for a project whose folder
     * outlives what is read from it (an open project, whose lock keeps other writers out; a command that ends
     * soon, see {@link #readLeavingTexts}).
     */
    static Loaded load(Path manifestFile, boolean salvage, boolean textsOnDemand) throws ProjectFileException {
        if (salvage) {
            return load(manifestFile, true, textsOnDemand, false);
        }
        try {
            Loaded appended = load(manifestFile, false, textsOnDemand, true);
            if (appended != null) {
                return appended;
            }
        } catch (ProjectFileException e) {
            if (!(e.getCause() instanceof ModelException)) {
                throw e; // not about how the entities fit together: reading again would fail the same way
            }
        }
        // A coding id came twice, or the entities do not fit together: read again putting each coding as such,
        // so that what is read, or the message given, is exactly what putting them one by one makes of them.
        return load(manifestFile, false, textsOnDemand, false);
    }

    /**
     * As {@link #load(Path, boolean, boolean)}; with {@code appendCodings} the codings are appended
     * ({@link Project#startAppendingCodings}), and null is returned when an id came twice.
     */
    private static Loaded load(Path manifestFile, boolean salvage, boolean textsOnDemand, boolean appendCodings)
            throws ProjectFileException {
        Path folder = manifestFile.toAbsolutePath().getParent();
        java.util.Set<String> listsFromCopies = new java.util.HashSet<>();
        Manifest manifest = readManifest(manifestFile, readBytes(manifestFile, MAX_MANIFEST_BYTES),
                listsIn(folder, listsFromCopies));
        Path projectFile = partFile(folder, manifest.projectPart());
        ProjectPartRead read;
        boolean projectPartFromCopy = false;
        try {
            read = checkedProjectPart(projectFile, manifest);
        } catch (ProjectFileException damaged) {
            // Its second copy, when the manifest's checksum says it is the same save's (QA: a cut-off project part
            // made the project unopenable, its codebook and memos lost, while backups/parts/ held it intact).
            Path copy = partFile(folder.resolve(StoreFormat.BACKUPS), manifest.projectPart());
            try {
                read = manifest.projectPartChecksum() == null ? null : checkedProjectPart(copy, manifest);
            } catch (ProjectFileException alsoDamaged) {
                read = null;
            }
            if (read == null) {
                throw damaged;
            }
            projectPartFromCopy = true;
        }
        byte[] projectBytes = read.bytes();
        ProjectPart pp = read.part();
        int quotations = manifest.documents().stream().mapToInt(PartRef::quotations).sum();
        int codings = manifest.documents().stream().mapToInt(PartRef::codings).sum();
        Project project = new Project(pp.info(), manifest.documents().size(), quotations, codings);
        putAll(project, projectFile, pp.coders());
        putAll(project, projectFile, pp.attributes());
        putAll(project, projectFile, pp.groups());
        putAll(project, projectFile, pp.codes() == null ? List.of() : CodeOrder.parentsFirst(pp.codes()));
        putAll(project, projectFile, pp.relations());
        List<Damage> damaged = salvage ? new ArrayList<>() : null;
        if (appendCodings) {
            project.startAppendingCodings();
        }
        List<PartRef> refs = readDocumentParts(folder, manifest, project, damaged, new SharedStrings(pp),
                textsOnDemand);
        if (appendCodings && !project.stopAppendingCodings()) {
            return null;
        }
        if (manifest.documentNumbersGiven() != null) { // before numbering: a number given once is not given again
            project.rememberDocumentNumbersGiven(manifest.documentNumbersGiven());
        }
        boolean numbered = numberUnnumbered(project);
        // Memos about a document left out (salvaging) wait for it: they come back with it when it is restored.
        putAll(project, projectFile, pp.memos() == null || damaged == null || damaged.isEmpty() ? pp.memos()
                : pp.memos().stream().filter(m -> m == null || m.target() == null
                        || project.find(m.target().kind(), m.target().id()).isPresent()).toList());
        putAll(project, projectFile, pp.diagrams());
        Manifest checked = new Manifest(manifest.format(), manifest.schemaVersion(), manifest.sequence(),
                manifest.savedAt(), manifest.state(), manifest.projectPart(), Checksums.of(projectBytes), refs,
                manifest.documentLists(), manifest.documentNumbersGiven());
        // Numbers given at load are written by the next save, all at once: a save writes only the parts that
        // changed, and numbers given again to the rest after it could differ, and with them the IDs ("3:12").
        // Not while parts are damaged: that project opens read-only, and a save it cannot make would be asked for.
        boolean numbersToWrite = numbered && (damaged == null || damaged.isEmpty());
        return new Loaded(project, checked, manifest.schemaVersion() <= StoreFormat.LAST_PART_MIGRATION || numbersToWrite,
                damaged == null ? List.of() : List.copyOf(damaged), listsFromCopies, projectPartFromCopy);
    }

    /** Reads a project folder, leaving out the document parts that cannot be read (see {@link #load}). */
    public static Salvaged readSalvaging(Path directory) throws ProjectFileException {
        Loaded loaded = load(manifestOf(directory), true, false);
        return new Salvaged(loaded.project(), loaded.damaged(),
                loaded.projectPartFromCopy() ? loaded.manifest().projectPart() : null);
    }

    /**
     * What {@link #readSalvaging} could read, and what it left out; and the project part's file when it was damaged
     * or missing and read from its second copy (else null).
     */
    public record Salvaged(Project project, List<Damage> damaged, String projectPartFromCopy) {
    }

    /** A project part as read, and its bytes. */
    private record ProjectPartRead(byte[] bytes, ProjectPart part) {
    }

    /** A project part, once it is known to read as one and to match the manifest's checksum. */
    private static ProjectPartRead checkedProjectPart(Path file, Manifest manifest) throws ProjectFileException {
        byte[] bytes = readPart(file);
        ProjectPart part = readProjectPart(file, bytes, manifest.schemaVersion());
        checkSum(file, manifest.projectPartChecksum(), Checksums.of(bytes));
        return new ProjectPartRead(bytes, part);
    }

    /** A part's path inside the folder; a link or anything but a plain file is refused. */
    static Path partFile(Path folder, String name) throws ProjectFileException {
        Path parts = folder.resolve(StoreFormat.PARTS);
        if (Files.isSymbolicLink(parts)) {
            throw new ProjectFileException(parts, "part.notPlainFile");
        }
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(parts)) {
            throw new ProjectFileException(file, "part.notPlainFile");
        }
        return file;
    }

    /** Reads a part, a plain file of bounded size. */
    private static byte[] readPart(Path file) throws ProjectFileException {
        return readPart(file, MAX_PART_BYTES);
    }

    /** As {@link #readPart(Path)}, with a smaller limit (a list part is read within the manifest's). */
    private static byte[] readPart(Path file, long maxBytes) throws ProjectFileException {
        PartBuffer buffer = new PartBuffer();
        readPart(file, maxBytes, buffer);
        return buffer.copy();
    }

    /** As {@link #readPart(Path, long)}, into the reading thread's buffer. */
    private static void readPart(Path file, long maxBytes, PartBuffer buffer) throws ProjectFileException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProjectFileException(file, "part.notPlainFile");
        }
        readBytes(file, maxBytes, buffer);
    }

    /**
     * Checks a part against the checksum the manifest recorded (none before version 4). Done after the part
     * was parsed and added, so a part cut off or inconsistent is reported as that, which says more.
     */
    static void checkSum(Path file, String recorded, String actual) throws ProjectFileException {
        if (recorded != null && !recorded.equals(actual)) {
            throw new ProjectFileException(file, "part.damaged");
        }
    }

    private static ProjectPart readProjectPart(Path file, byte[] bytes, int version) throws ProjectFileException {
        JsonNode tree = parse(file, bytes);
        if (!(tree instanceof ObjectNode object)) {
            throw new ProjectFileException(file, "part.noProject");
        }
        Migrations.migrateProjectPart(object, version, file);
        ProjectPart part = bind(file, () -> StoreFormat.MAPPER.treeToValue(object, ProjectPart.class));
        if (part.info() == null) {
            throw new ProjectFileException(file, "part.noInfo");
        }
        return part;
    }

    /** One document part as read, with the checksum of its bytes. */
    record ReadPart(DocumentPart part, String checksum) {
    }

    /** How many parts are parsed ahead of the one being put into the project (see {@link #readDocumentParts}). */
    private static final int PARSED_AHEAD = 64;

    /**
     * Parts that together hold fewer bytes than this are parsed on the opening thread: starting the parsing threads
     * took longer than parsing them (a ten-document project's 0.5 MB parses in under a millisecond on one thread;
     * two threads started and ended cost 0.5 to 1 ms on this machine).
     */
    static final long ONE_THREAD_BELOW_BYTES = 2L << 20;

    /**
     * How many threads parse these document parts at open: one when they are few and small together, else one
     * per core. The storage benchmark's yardstick parses on as many (like for like).
     */
    public static int parsingThreads(List<Path> documentParts) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores == 1 || documentParts.size() > 2 * PARSED_AHEAD) {
            return cores;
        }
        long bytes = 0;
        for (Path part : documentParts) {
            try {
                bytes += Files.size(part);
            } catch (IOException | SecurityException e) {
                return cores; // what is wrong with it is said when it is read
            }
            if (bytes >= ONE_THREAD_BELOW_BYTES) {
                return cores;
            }
        }
        return 1;
    }

    /** The next document part, in manifest order, as read. */
    private interface PartSource {
        ReadPart read(int index) throws ProjectFileException;
    }

    /**
     * Parses the document parts on all cores while this thread adds each one to the project as soon as it
     * is parsed, in manifest order: parsing and building the indexes overlap, which is most of the time it
     * takes to open a project. A few small parts are parsed on this thread ({@link #parsingThreads}). Returns the
     * manifest's references with each part's checksum.
     */
    private static List<PartRef> readDocumentParts(Path folder, Manifest manifest, Project project,
                                                   List<Damage> damaged, SharedStrings shared,
                                                   boolean textsOnDemand) throws ProjectFileException {
        List<PartRef> all = manifest.documents();
        if (parsingThreads(all.stream().map(ref -> folder.resolve(ref.file())).toList()) == 1) {
            PartBuffer buffer = new PartBuffer();
            return putParts(folder, all, project, damaged, i -> readDocumentPart(partFile(folder, all.get(i).file()),
                    all.get(i), manifest.schemaVersion(), shared, textsOnDemand, buffer));
        }
        ExecutorService parsers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread thread = new Thread(r, "veldwerk-open");
            thread.setDaemon(true);
            return thread;
        });
        ThreadLocal<PartBuffer> buffers = ThreadLocal.withInitial(PartBuffer::new); // gone with the threads
        IntFunction<Future<ReadPart>> parse = i -> parsers.submit(() -> readDocumentPart(
                partFile(folder, all.get(i).file()), all.get(i), manifest.schemaVersion(), shared, textsOnDemand,
                buffers.get()));
        try {
            // At most PARSED_AHEAD parts are parsed ahead of the one being put: the parsers are faster than the
            // opening thread, and parts parsed long before they are put wait on the heap (every part at once at
            // 10,000 documents), which the collector copies while it waits.
            List<Future<ReadPart>> parsed = new ArrayList<>(java.util.Collections.nCopies(all.size(), null));
            for (int i = 0; i < Math.min(PARSED_AHEAD, all.size()); i++) {
                parsed.set(i, parse.apply(i));
            }
            return putParts(folder, all, project, damaged, i -> {
                if (i + PARSED_AHEAD < all.size()) {
                    parsed.set(i + PARSED_AHEAD, parse.apply(i + PARSED_AHEAD));
                }
                // Let go of the part once added (the list would keep every part's lists to the end).
                return await(parsed.set(i, null));
            });
        } finally {
            parsers.shutdownNow();
        }
    }

    /**
     * Adds each document part to the project in manifest order; with {@code damaged}, a part that cannot be read
     * is left out and listed there.
     */
    private static List<PartRef> putParts(Path folder, List<PartRef> all, Project project, List<Damage> damaged,
                                          PartSource source) throws ProjectFileException {
        List<PartRef> refs = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            PartRef ref = all.get(i);
            try {
                ReadPart read = source.read(i);
                addPart(project, folder.resolve(ref.file()), read.part());
                checkSum(folder.resolve(ref.file()), ref.checksum(), read.checksum());
                refs.add(ref.withChecksum(read.checksum()));
            } catch (ProjectFileException e) {
                if (damaged == null) {
                    throw e;
                }
                removePart(project, ref.id());
                damaged.add(new Damage(ref.id(), ref.file(), e.problem()));
                refs.add(ref);
            }
        }
        return refs;
    }

    /**
     * Numbers the documents and quotations that have none (files from before numbers, generated projects):
     * documents take the lowest numbers free, in the project's order, so that the documents still without a
     * number get the same numbers every time whatever others were saved with theirs meanwhile; a document's
     * quotations follow its highest number, in text order. True when anything was numbered.
     */
    static boolean numberUnnumbered(Project project) {
        boolean numbered = false;
        List<nl.veldwerk.model.Document> documents = List.copyOf(project.documents());
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        documents.forEach(d -> taken.add(d.number()));
        int free = project.documentNumberTakenOut() + 1;
        for (nl.veldwerk.model.Document d : documents) {
            if (d.number() == 0) {
                while (taken.contains(free)) {
                    free++;
                }
                taken.add(free);
                project.put(d.withNumber(free));
                numbered = true;
            }
        }
        // One pass over the quotations finds the documents to number (none, once a project was saved).
        java.util.Set<String> withUnnumbered = new java.util.HashSet<>();
        for (nl.veldwerk.model.Quotation q : project.quotations()) {
            if (q.number() == 0) {
                withUnnumbered.add(q.documentId());
            }
        }
        for (nl.veldwerk.model.Document d : documents) {
            if (!withUnnumbered.contains(d.id())) {
                continue;
            }
            List<nl.veldwerk.model.Quotation> unnumbered = project.quotationsOf(d.id()).stream()
                    .filter(q -> q.number() == 0)
                    .sorted(java.util.Comparator.comparingInt(nl.veldwerk.model.Quotation::start)
                            .thenComparingInt(nl.veldwerk.model.Quotation::end)
                            .thenComparing(nl.veldwerk.model.Quotation::id))
                    .toList();
            int next = project.nextQuotationNumber(d.id());
            for (nl.veldwerk.model.Quotation q : unnumbered) {
                project.put(q.withNumber(next++));
                numbered = true;
            }
        }
        return numbered;
    }

    /** Adds a document with its quotations and codings. */
    static void addPart(Project project, Path file, DocumentPart part) throws ProjectFileException {
        putAll(project, file, List.of(part.document()));
        List<nl.veldwerk.model.Quotation> quotations = part.quotations() == null ? List.of() : part.quotations();
        List<nl.veldwerk.model.Coding> codings = part.codings() == null ? List.of() : part.codings();
        if (quotations.contains(null) || codings.contains(null)) {
            throw new ProjectFileException(file, "file.nullEntry");
        }
        try {
            project.putPart(quotations, codings);
        } catch (ModelException e) {
            throw new ProjectFileException(file, e, "file.inconsistent", e.userText());
        }
        if (part.quotationNumbersGiven() != null) {
            project.rememberQuotationNumbersGiven(part.document().id(), part.quotationNumbersGiven());
        }
    }

    /** Takes out whatever of a document a damaged part had added before it failed. */
    private static void removePart(Project project, String documentId) {
        if (project.document(documentId).isEmpty()) {
            return;
        }
        for (var q : List.copyOf(project.quotationsOf(documentId))) {
            for (var c : List.copyOf(project.codingsOf(q.id()))) {
                project.remove(nl.veldwerk.model.EntityKind.CODING, c.id());
            }
            project.remove(nl.veldwerk.model.EntityKind.QUOTATION, q.id());
        }
        project.remove(nl.veldwerk.model.EntityKind.DOCUMENT, documentId);
    }

    private static ReadPart await(Future<ReadPart> future) throws ProjectFileException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProjectFileException original) {
                throw original;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the project", e);
        }
    }

    static ReadPart readDocumentPart(Path file, PartRef ref, int version) throws ProjectFileException {
        return readDocumentPart(file, ref, version, SharedStrings.NONE, false, new PartBuffer());
    }

    /**
     * Reads a document part, its repeated ids given the instances {@code shared} holds; with
     * {@code textOnDemand} its text stays in the file (see {@link #load}).
     */
    static ReadPart readDocumentPart(Path file, PartRef ref, int version, SharedStrings shared,
                                     boolean textOnDemand, PartBuffer buffer) throws ProjectFileException {
        readPart(file, MAX_PART_BYTES, buffer);
        byte[] bytes = buffer.bytes();
        int length = buffer.length();
        if (length == 0) {
            throw new ProjectFileException(file, "file.empty"); // said so, not in the parser's words (QA)
        }
        String checksum = Checksums.of(bytes, length);
        TextCodec.Source source = textOnDemand ? new TextCodec.Source(file, checksum, bytes, length) : null;
        DocumentPart part;
        if (version <= StoreFormat.LAST_PART_MIGRATION) {
            JsonNode tree = parse(file, buffer.copy());
            if (!(tree instanceof ObjectNode object)) {
                throw new ProjectFileException(file, "part.noDocument", ref.id());
            }
            Migrations.migrateDocumentPart(object, version);
            part = bind(file, () -> StoreFormat.MAPPER.treeToValue(tree, DocumentPart.class));
        } else {
            var reader = PART_READER.withAttribute(PartDeserializers.SHARED, shared);
            part = source == null ? null : readElided(reader, source);
            if (part == null) {
                var read = source == null ? reader : reader.withAttribute(TextCodec.SOURCE, source);
                part = bind(file, () -> read.readValue(bytes, 0, length));
            }
        }
        if (part == null || part.document() == null || !part.document().id().equals(ref.id())) {
            throw new ProjectFileException(file, "part.noDocument", ref.id());
        }
        return new ReadPart(part, checksum);
    }

    /**
     * The part read with its text elided ({@link TextElision}); null when it is not in the shape for that, or when
     * that read fails: the caller then reads it as before, so that what is refused is refused with the same message.
     */
    private static DocumentPart readElided(ObjectReader reader, TextCodec.Source source) {
        TextElision elision = TextElision.of(source.bytes(), source.length());
        if (elision == null) {
            return null;
        }
        try {
            return reader.withAttribute(TextCodec.SOURCE, source.with(elision))
                    .readValue(source.bytes(), elision.start(), source.length() - elision.start());
        } catch (RuntimeException e) {
            return null;
        } finally {
            elision.undo(source.bytes());
        }
    }

    private static void putAll(Project project, Path file, List<? extends Entity> entities)
            throws ProjectFileException {
        if (entities == null) {
            return;
        }
        try {
            for (Entity entity : entities) {
                if (entity == null) {
                    throw new ProjectFileException(file, "file.nullEntry");
                }
                project.put(entity);
            }
        } catch (ModelException e) {
            throw new ProjectFileException(file, e, "file.inconsistent", e.userText());
        }
    }

    /** Reads a whole file of at most {@code maxBytes}; a larger file is refused before it is read. */
    static byte[] readBytes(Path file, long maxBytes) throws ProjectFileException {
        PartBuffer buffer = new PartBuffer();
        readBytes(file, maxBytes, buffer);
        return buffer.copy();
    }

    /** As {@link #readBytes(Path, long)}, into the reading thread's buffer. */
    private static void readBytes(Path file, long maxBytes, PartBuffer buffer) throws ProjectFileException {
        try {
            requirePlainFile(file);
            if (!buffer.read(file, maxBytes)) {
                throw new ProjectFileException(file, "file.tooLarge", Files.size(file), maxBytes);
            }
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, "file.missing");
        } catch (IOException e) {
            throw new ProjectFileException(file, e, "file.unreadable", ProjectFileException.detail(e));
        }
    }

    private static void requirePlainFile(Path file) throws IOException, ProjectFileException {
        if (!Files.isRegularFile(file)) {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            throw new ProjectFileException(file, "part.notPlainFile");
        }
    }

    private static JsonNode parse(Path file, byte[] bytes) throws ProjectFileException {
        if (bytes.length == 0) {
            throw new ProjectFileException(file, "file.empty");
        }
        return bind(file, () -> StoreFormat.MAPPER.readTree(bytes));
    }

    interface Binding<T> {
        T get();
    }

    static <T> T bind(Path file, Binding<T> binding) throws ProjectFileException {
        try {
            return binding.get();
        } catch (StreamReadException e) {
            throw new ProjectFileException(file, e, "file.notJson", location(e));
        } catch (JacksonException e) {
            throw new ProjectFileException(file, e, "file.unknownContent", e.getOriginalMessage());
        } catch (ModelException e) {
            throw new ProjectFileException(file, e, "file.inconsistent", e.userText());
        }
    }

    private static UserText location(JacksonException e) {
        return e.getLocation() == null ? UserText.of(ProjectReader.class, "location.unknown")
                : UserText.of(ProjectReader.class, "location.at", String.valueOf(e.getLocation().getLineNr()),
                        String.valueOf(e.getLocation().getColumnNr()));
    }
}
