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
    private long counter;
    private long persistedCounter;
    private long sequence;

    /** Starts from a manifest whose parts are on disk; {@code allDirty} after a migration. */
    PartTracker(StoreFormat.Manifest manifest, boolean allDirty) {
        sequence = manifest.sequence();
        refOf.put(PROJECT, new PartRef(PROJECT, manifest.projectPart(), 0, 0));
        manifest.documents().forEach(ref -> refOf.put(ref.id(), ref));
        if (allDirty) {
            counter = 1;
            refOf.keySet().forEach(key -> changedAt.put(key, counter));
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
        }
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
        String projectFile = refOf.get(PROJECT).file();
        if (isDirty(PROJECT)) {
            projectPart = projectPart(project);
            projectFile = StoreFormat.PARTS + "/p-" + seq + ".json";
        }
        List<PendingPart> toWrite = new ArrayList<>();
        List<PartRef> refs = new ArrayList<>(project.count(nl.veldwerk.model.EntityKind.DOCUMENT));
        for (Document d : project.documents()) {
            if (isDirty(d.id())) {
                // Named by save and position, never by id: ids from other tools need not be valid file names.
                String file = StoreFormat.PARTS + "/d-" + seq + "-" + toWrite.size() + ".json";
                DocumentPart part = documentPart(project, d);
                toWrite.add(new PendingPart(file, part));
                refs.add(ref(d.id(), file, part));
            } else {
                refs.add(refOf.get(d.id()));
            }
        }
        return new SaveSnapshot(seq, projectPart, projectFile, toWrite, refs, counter, sessionState);
    }

    /** Records that a snapshot's parts are on disk. */
    synchronized void written(SaveSnapshot snapshot) {
        if (snapshot.projectPart() != null) {
            markWritten(new PartRef(PROJECT, snapshot.projectPartFile(), 0, 0), snapshot.changeCounter());
        }
        for (PendingPart part : snapshot.documentsToWrite()) {
            markWritten(ref(part.part().document().id(), part.file(), part.part()), snapshot.changeCounter());
        }
        persistedCounter = Math.max(persistedCounter, snapshot.changeCounter());
        // Forget documents that no longer exist, so the maps do not grow with every deletion.
        java.util.Set<String> live = new java.util.HashSet<>();
        live.add(PROJECT);
        snapshot.documents().forEach(ref -> live.add(ref.id()));
        refOf.keySet().retainAll(live);
        writtenAt.keySet().retainAll(live);
        changedAt.keySet().removeIf(key -> !live.contains(key) && changedAt.get(key) <= snapshot.changeCounter());
    }

    private void markWritten(PartRef ref, long atCounter) {
        if (writtenAt.getOrDefault(ref.id(), -1L) < atCounter) {
            writtenAt.put(ref.id(), atCounter);
            refOf.put(ref.id(), ref);
        }
    }

    private boolean isDirty(String key) {
        return !refOf.containsKey(key) || changedAt.getOrDefault(key, 0L) > writtenAt.getOrDefault(key, 0L);
    }

    static PartRef ref(String documentId, String file, DocumentPart part) {
        return new PartRef(documentId, file, part.quotations().size(), part.codings().size());
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
        return new DocumentPart(d, quotations, codings);
    }
}
