package nl.veldwerk.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.ProjectChange;
import nl.veldwerk.project.Touch;
import nl.veldwerk.store.SaveSnapshot.PendingPart;
import nl.veldwerk.store.StoreFormat.DocumentPart;
import nl.veldwerk.store.StoreFormat.PartRef;
import nl.veldwerk.store.StoreFormat.ProjectPart;

/**
 * Knows which part file holds each part and which parts changed since they were written, so a save
 * writes only those. Listens to the session's change events; thread-safe, since saves finish on a
 * background thread while the owner thread keeps changing the project.
 */
final class PartTracker implements Consumer<ProjectChange> {
    private static final String PROJECT = "";

    private final Map<String, Long> changedAt = new HashMap<>();
    private final Map<String, Long> writtenAt = new HashMap<>();
    /** The part on disk for the project (key "") and each document. */
    private final Map<String, PartRef> refOf = new HashMap<>();
    /**
     * How many entries of {@link #refOf} name each file: a save asks whether its few replaced files are still
     * live ({@link #isLive}), which at 10,000 documents was a set of every file made anew for each save.
     */
    private final Map<String, Integer> filesInUse = new HashMap<>();
    /** Documents with changes not yet written (changedAt after writtenAt): what a capture must write. */
    private final java.util.Set<String> dirtyDocuments = new java.util.HashSet<>();
    /**
     * Every document's part as of the last capture, in project order, and each document's position in it:
     * a capture copies it and replaces the few that changed, instead of walking 10,000 documents on the
     * thread that owns the project. Walked anew when a document was added or removed (the order changed).
     */
    private List<PartRef> lastRefs;
    private final Map<String, Integer> positionOf = new HashMap<>();
    /**
     * Documents whose entry in {@link #lastRefs} is a part a capture named but no write has confirmed: that
     * write may yet fail or be skipped, or another capture's write of the same state may be the one that
     * counts. The next capture takes their part from what was written ({@link #refOf}) unless they changed.
     */
    private final java.util.Set<String> unconfirmed = new java.util.HashSet<>();
    private boolean orderChanged = true;
    private long counter;
    private long persistedCounter;
    private long sequence;
    /**
     * Part names carry this writer's own random token as well as the save number, so two programs that
     * ever wrote the same folder (a lock file deleted by hand) could never overwrite each other's parts.
     */
    private final String token;

    /** Starts from a manifest whose parts are on disk; {@code allDirty} after a migration. */
    PartTracker(StoreFormat.Manifest manifest, boolean allDirty, String token) {
        this.token = token;
        sequence = manifest.sequence();
        setRef(new PartRef(PROJECT, manifest.projectPart(), 0, 0, manifest.projectPartChecksum()));
        manifest.documents().forEach(this::setRef);
        if (allDirty) {
            counter = 1;
            refOf.keySet().forEach(key -> changedAt.put(key, counter));
            dirtyDocuments.addAll(refOf.keySet());
            dirtyDocuments.remove(PROJECT);
        }
    }

    @Override
    public synchronized void accept(ProjectChange change) {
        if (change.type() == ProjectChange.Type.SAVED) {
            return;
        }
        counter++;
        for (Touch touch : change.touched()) {
            changedAt.put(touch.documentId() == null ? PROJECT : touch.documentId(), counter);
            if (touch.documentId() != null) {
                dirtyDocuments.add(touch.documentId());
            }
            if (touch.kind() == nl.veldwerk.model.EntityKind.DOCUMENT && !touch.replaced()) {
                orderChanged = true; // added or removed
            }
        }
    }

    /**
     * Marks the parts on disk that {@code gone} says are no longer there (removed by something else) as changed:
     * the next capture writes them anew from memory. Returns how many.
     */
    synchronized int rewriteIf(java.util.function.Predicate<PartRef> gone) {
        List<PartRef> lost = refOf.values().stream().filter(gone).toList();
        if (!lost.isEmpty()) {
            counter++;
            for (PartRef ref : lost) {
                changedAt.put(ref.id(), counter);
                if (!ref.id().equals(PROJECT)) {
                    dirtyDocuments.add(ref.id());
                }
            }
        }
        return lost.size();
    }

    /**
     * A document marked by {@link #rewriteIf} whose text cannot be written after all: the next capture names its
     * part as before (unchanged since its last write), so the saves of the rest go on.
     */
    synchronized void keepAsWritten(String id) {
        long written = writtenAt.getOrDefault(id, 0L); // 0: not written this session, as read at opening
        if (refOf.containsKey(id) && changedAt.getOrDefault(id, 0L) > written) {
            changedAt.put(id, written);
            dirtyDocuments.remove(id);
        }
    }

    /** The part file on disk of a document (or the project: ""), or null. */
    synchronized String fileOf(String id) {
        PartRef ref = refOf.get(id);
        return ref == null ? null : ref.file();
    }

    /** The checksum of the document's part as last named, or null. */
    synchronized String checksumOf(String id) {
        PartRef ref = refOf.get(id);
        return ref == null ? null : ref.checksum();
    }

    synchronized boolean hasUnpersistedChanges() {
        return counter > persistedCounter;
    }

    synchronized long sequence() {
        return sequence;
    }

    /** Captures what a save must write. Call on the thread that owns the project. */
    synchronized SaveSnapshot capture(Project project, long sessionState) {
        long seq = ++sequence;
        ProjectPart projectPart = null;
        PartRef projectRef = refOf.get(PROJECT);
        String projectFile = projectRef.file();
        String projectChecksum = projectRef.checksum();
        if (isDirty(PROJECT)) {
            projectPart = projectPart(project);
            projectFile = StoreFormat.PARTS + "/p-" + seq + "-" + token + ".json";
            projectChecksum = null; // known once written
        }
        List<PendingPart> toWrite = new ArrayList<>();
        List<PartRef> refs;
        if (orderChanged || lastRefs == null) {
            refs = new ArrayList<>(project.count(nl.veldwerk.model.EntityKind.DOCUMENT));
            positionOf.clear();
            unconfirmed.clear();
            for (Document d : project.documents()) {
                positionOf.put(d.id(), refs.size());
                refs.add(isDirty(d.id()) ? pending(project, d, seq, toWrite) : refOf.get(d.id()));
            }
            orderChanged = false;
        } else {
            refs = new ArrayList<>(lastRefs); // the order is as it was: only the changed documents differ
            for (String id : List.copyOf(unconfirmed)) {
                Integer position = positionOf.get(id);
                if (position != null && !isDirty(id)) {
                    refs.set(position, refOf.get(id)); // as written, with its checksum
                    unconfirmed.remove(id);
                }
            }
            for (String id : dirtyDocuments) {
                Integer position = positionOf.get(id); // none: removed before the last walk
                if (position != null && isDirty(id)) {
                    refs.set(position, pending(project, project.document(id).orElseThrow(), seq, toWrite));
                }
            }
        }
        lastRefs = refs;
        return new SaveSnapshot(seq, projectPart, projectFile, projectChecksum, toWrite, List.copyOf(refs), counter,
                sessionState, StoreFormat.Manifest.documentNumbersGiven(project));
    }

    /** A changed document's part, to be written under a new name (by save and position, never by id: ids
     * from other tools need not be valid file names). */
    private PartRef pending(Project project, Document d, long seq, List<PendingPart> toWrite) {
        String file = StoreFormat.PARTS + "/d-" + seq + "-" + toWrite.size() + "-" + token + ".json";
        DocumentPart part = documentPart(project, d);
        toWrite.add(new PendingPart(file, part));
        unconfirmed.add(d.id());
        return ref(d.id(), file, part);
    }

    /** Records that a snapshot's parts are on disk, with the checksums of those it wrote (by file). */
    synchronized void written(SaveSnapshot snapshot, Map<String, String> checksums) {
        if (snapshot.projectPart() != null) {
            markWritten(new PartRef(PROJECT, snapshot.projectPartFile(), 0, 0,
                    checksums.get(snapshot.projectPartFile())), snapshot.changeCounter());
        }
        for (PendingPart part : snapshot.documentsToWrite()) {
            markWritten(ref(part.part().document().id(), part.file(), part.part())
                    .withChecksum(checksums.get(part.file())), snapshot.changeCounter());
        }
        persistedCounter = Math.max(persistedCounter, snapshot.changeCounter());
        if (refOf.size() > snapshot.documents().size() + 1) {
            // Forget documents that no longer exist, so the maps do not grow with every deletion.
            java.util.Set<String> live = new java.util.HashSet<>();
            live.add(PROJECT);
            snapshot.documents().forEach(ref -> live.add(ref.id()));
            refOf.values().removeIf(ref -> {
                if (live.contains(ref.id())) {
                    return false;
                }
                release(ref.file());
                return true;
            });
            writtenAt.keySet().retainAll(live);
            changedAt.keySet().removeIf(key -> !live.contains(key) && changedAt.get(key) <= snapshot.changeCounter());
            dirtyDocuments.removeIf(key -> !live.contains(key) && !changedAt.containsKey(key));
        }
    }

    private void markWritten(PartRef ref, long atCounter) {
        if (writtenAt.getOrDefault(ref.id(), -1L) < atCounter) {
            writtenAt.put(ref.id(), atCounter);
            setRef(ref);
            if (!isDirty(ref.id())) {
                dirtyDocuments.remove(ref.id());
            }
            // The next capture copies the last one: it gets the written part's checksum, if it names that part.
            Integer position = positionOf.get(ref.id());
            if (lastRefs != null && position != null && position < lastRefs.size()
                    && lastRefs.get(position).file().equals(ref.file())) {
                lastRefs.set(position, ref);
                unconfirmed.remove(ref.id());
            }
        }
    }

    private boolean isDirty(String key) {
        return !refOf.containsKey(key) || changedAt.getOrDefault(key, 0L) > writtenAt.getOrDefault(key, 0L);
    }

    /** The part on disk for a document (or the project: key ""), counting the files named. */
    private void setRef(PartRef ref) {
        PartRef previous = refOf.put(ref.id(), ref);
        if (previous != null) {
            release(previous.file());
        }
        filesInUse.merge(ref.file(), 1, Integer::sum);
    }

    private void release(String file) {
        filesInUse.computeIfPresent(file, (f, uses) -> uses > 1 ? uses - 1 : null);
    }

    /** Whether the next save may refer to {@code file} without writing it (one of {@link #liveFiles}). */
    synchronized boolean isLive(String file) {
        return filesInUse.containsKey(file);
    }

    /** The part files the next save may refer to without writing them: the garbage collector keeps them. */
    synchronized java.util.Set<String> liveFiles() {
        java.util.Set<String> files = new java.util.HashSet<>();
        refOf.values().forEach(ref -> files.add(ref.file()));
        return files;
    }

    static PartRef ref(String documentId, String file, DocumentPart part) {
        return new PartRef(documentId, file, part.quotations().size(), part.codings().size(), null);
    }

    static ProjectPart projectPart(Project p) {
        return new ProjectPart(p.info(), List.copyOf(p.coders()), List.copyOf(p.attributes()),
                List.copyOf(p.groups()), List.copyOf(p.codes()), List.copyOf(p.relations()), List.copyOf(p.memos()),
                List.copyOf(p.diagrams()));
    }

    static DocumentPart documentPart(Project p, Document d) {
        List<Quotation> quotations = p.quotationsOf(d.id());
        List<Coding> codings = new ArrayList<>();
        for (Quotation q : quotations) {
            codings.addAll(p.codingsOf(q.id()));
        }
        int given = p.quotationNumberTakenOut(d.id());
        int highest = quotations.stream().mapToInt(Quotation::number).max().orElse(0);
        return new DocumentPart(d, quotations, codings, given > highest ? given : null);
    }
}
