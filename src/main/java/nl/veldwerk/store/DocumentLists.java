package nl.veldwerk.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.veldwerk.model.Limits;
import nl.veldwerk.store.StoreFormat.DocumentList;
import nl.veldwerk.store.StoreFormat.ListRef;
import nl.veldwerk.store.StoreFormat.Manifest;
import nl.veldwerk.store.StoreFormat.PartRef;

/**
 * The manifest's list of document parts, kept in list parts of a few hundred entries each (schema version
 * 6), so that saving one document rewrites one short list and a small manifest instead of an entry for every
 * document. Where a list ends depends on the entries themselves (an entry whose document id hashes to a
 * boundary ends it), not on positions: a document added or removed in the middle changes one list, not every
 * list after it. A list part, like every part, is never changed once written; an unchanged run of entries
 * keeps the list part it had.
 */
final class DocumentLists {
    /** No list is shorter than this (except the last) nor longer than {@link #LONGEST}. */
    static final int SHORTEST = 64;
    static final int LONGEST = 512;
    /** One entry in this many ends a list once it has {@link #SHORTEST}: lists of about 190 entries. */
    private static final int SPREAD = 128;

    /**
     * A run of consecutive entries and its list part: the one already {@code written} (reused as it is), or,
     * when that is null, the new one to write under {@code file}.
     */
    record Run(String file, List<PartRef> documents, ListRef written) {
    }

    /**
     * The list parts of the manifest this store wrote last (or opened), by content: reused when a new
     * manifest has the same run of entries. Only the last manifest's: its parts are the ones sure to be on
     * disk (the garbage collector keeps what the current manifest, or a kept recovery save, refers to).
     */
    private Map<List<PartRef>, ListRef> known = new HashMap<>();
    /**
     * Numbers the list parts this store writes: names never repeat within a session, even when a write of
     * the same save number is tried again after a failure (its lists may differ from the first try's).
     */
    private long listsWritten;

    /**
     * Starts from the list parts of a manifest as read (none if it holds its list itself), except those
     * read from their second copy: the next save writes those runs anew, so the project does not go on
     * resting on a copy.
     */
    DocumentLists(Manifest opened, java.util.Set<String> readFromCopies) {
        remember(opened);
        known.values().removeIf(list -> readFromCopies.contains(list.file()));
    }

    /** Splits a manifest's documents into runs, naming the new lists by save number and writer's token. */
    List<Run> split(List<PartRef> documents, long sequence, String token) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < documents.size(); i++) {
            int length = i + 1 - start;
            if (i == documents.size() - 1 || length >= LONGEST || length >= SHORTEST && endsList(documents.get(i))) {
                List<PartRef> run = List.copyOf(documents.subList(start, i + 1));
                ListRef existing = known.get(run);
                runs.add(existing != null ? new Run(existing.file(), run, existing)
                        : new Run(StoreFormat.PARTS + "/l-" + sequence + "-" + listsWritten++ + "-" + token + ".json",
                        run, null));
                start = i + 1;
            }
        }
        return runs;
    }

    /** After a manifest was written: its lists are the ones the next write may reuse. */
    void remember(Manifest written) {
        Map<List<PartRef>, ListRef> lists = new HashMap<>();
        if (written.documentLists() != null) {
            int offset = 0;
            for (ListRef list : written.documentLists()) {
                lists.put(List.copyOf(written.documents().subList(offset, offset + list.documents())), list);
                offset += list.documents();
            }
        }
        known = lists;
    }

    /** Forgets the list parts {@code gone} says are not on disk: the next write writes their runs anew. */
    void forgetIf(java.util.function.Predicate<ListRef> gone) {
        known.values().removeIf(gone);
    }

    /** Whether {@code file} is one of {@link #liveFiles} (a few dozen lists at 10,000 documents). */
    boolean isLive(String file) {
        return known.values().stream().anyMatch(list -> list.file().equals(file));
    }

    /** The list parts the next write may refer to without writing them: the garbage collector keeps them. */
    java.util.Set<String> liveFiles() {
        java.util.Set<String> files = new java.util.HashSet<>();
        known.values().forEach(list -> files.add(list.file()));
        return files;
    }

    private static boolean endsList(PartRef ref) {
        return Math.floorMod(ref.id().hashCode(), SPREAD) == 0;
    }

    /** Where a reader finds a list part's bytes: a project folder (with its second copies), or a bundle. */
    interface Source {
        /**
         * The bytes of {@code list}'s part, matching its checksum, or an error naming what is wrong; a part
         * longer than {@code maxBytes} is refused before it is read.
         */
        Read read(ListRef list, long maxBytes) throws ProjectFileException;
    }

    /** A list part's bytes and where they were read (for messages). */
    record Read(java.nio.file.Path file, byte[] bytes) {
    }

    /**
     * Reads the documents of a manifest that keeps them in list parts; a manifest that holds its list itself
     * is returned as it is. Each list must match its checksum and the number of entries the manifest gives.
     */
    static Manifest resolve(java.nio.file.Path manifestFile, Manifest manifest, Source source)
            throws ProjectFileException {
        return resolve(manifestFile, manifest, source, new HashMap<>());
    }

    /**
     * As {@link #resolve(java.nio.file.Path, Manifest, Source)}, with the lists read before: list parts never
     * change, so manifests read one after another (the backups) share most of them.
     */
    static Manifest resolve(java.nio.file.Path manifestFile, Manifest manifest, Source source,
                            Map<ListRef, List<PartRef>> read) throws ProjectFileException {
        List<ListRef> lists = manifest.documentLists();
        if (lists == null) {
            return manifest;
        }
        if (manifest.documents() != null) {
            throw new ProjectFileException(manifestFile, "manifest.twoLists");
        }
        long declared = 0;
        for (int i = 0; i < lists.size(); i++) {
            ListRef list = lists.get(i);
            if (list == null || list.file() == null || list.checksum() == null) {
                throw new ProjectFileException(manifestFile, "manifest.missingField", "documentLists[" + i + "]");
            }
            if (!ProjectReader.isPartName(list.file())) {
                throw new ProjectFileException(manifestFile, "manifest.badPart", list.file());
            }
            if (list.documents() < 1 || list.documents() > LONGEST) {
                throw new ProjectFileException(manifestFile, "manifest.badList", list.file(), list.documents(),
                        LONGEST);
            }
            declared += list.documents();
        }
        if (declared > Limits.DOCUMENTS) { // refused before a list is read
            throw new ProjectFileException(manifestFile, "manifest.tooManyDocuments", declared, Limits.DOCUMENTS);
        }
        // The lists together may be as long as a manifest that holds its list itself, no longer.
        long budget = ProjectReader.MAX_MANIFEST_BYTES;
        List<PartRef> all = new ArrayList<>((int) declared);
        for (ListRef list : lists) {
            List<PartRef> entries = read.get(list);
            if (entries == null) {
                Read bytes = source.read(list, budget);
                budget -= bytes.bytes().length;
                entries = parse(bytes, list);
                read.put(list, entries);
            }
            all.addAll(entries);
        }
        return manifest.withDocuments(all);
    }

    private static List<PartRef> parse(Read read, ListRef list) throws ProjectFileException {
        DocumentList content = ProjectReader.bind(read.file(),
                () -> StoreFormat.MAPPER.readValue(read.bytes(), DocumentList.class));
        if (content == null || content.documents() == null || content.documents().size() != list.documents()) {
            throw new ProjectFileException(read.file(), "list.wrongLength", list.documents());
        }
        return content.documents();
    }
}
