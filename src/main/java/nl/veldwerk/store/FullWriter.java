package nl.veldwerk.store;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.store.StoreFormat.Manifest;
import nl.veldwerk.store.StoreFormat.PartRef;

/**
 * Writes a whole project as save number 1: into a new folder, or into a bundle. The manifest comes last and
 * holds its list of documents itself (a bundle stays one manifest and its parts; the first save of the
 * project moves the list into list parts).
 */
final class FullWriter {
    /** Where the files go: a folder or a zip. */
    interface Sink {
        void put(String name, byte[] content) throws IOException;
    }

    private FullWriter() {
    }

    static void write(Project project, Sink sink) throws IOException {
        String projectFile = StoreFormat.PARTS + "/p-1.json";
        byte[] projectBytes = StoreFormat.PRETTY.writeValueAsBytes(PartTracker.projectPart(project));
        sink.put(projectFile, projectBytes);
        List<PartRef> refs = new ArrayList<>(project.count(nl.veldwerk.model.EntityKind.DOCUMENT));
        boolean numbersGiven = false;
        for (Document d : project.documents()) {
            String file = StoreFormat.PARTS + "/d-1-" + refs.size() + ".json";
            StoreFormat.DocumentPart part = PartTracker.documentPart(project, d);
            numbersGiven |= part.quotationNumbersGiven() != null;
            byte[] bytes = StoreFormat.MAPPER.writeValueAsBytes(part);
            sink.put(file, bytes);
            refs.add(PartTracker.ref(d.id(), file, part).withChecksum(Checksums.of(bytes)));
        }
        // Version 5 so that an older Veldwerk opens it, unless it remembers a quotation or document number it would
        // drop without a word (and then give again), or who resolved a review comment: then the version that says
        // so, which an older one refuses.
        Integer documentNumbersGiven = Manifest.documentNumbersGiven(project);
        numbersGiven |= documentNumbersGiven != null;
        boolean resolversNamed = project.memos().stream().anyMatch(m -> m.resolvedBy() != null);
        int version = resolversNamed ? StoreFormat.SCHEMA_VERSION
                : numbersGiven ? StoreFormat.NUMBERS_VERSION : StoreFormat.INLINE_LIST_VERSION;
        Manifest manifest = new Manifest(StoreFormat.FORMAT, version, 1, Instant.now().toString(),
                UUID.randomUUID().toString(), projectFile, Checksums.of(projectBytes), refs, null,
                documentNumbersGiven);
        sink.put(StoreFormat.MANIFEST, StoreFormat.PRETTY.writeValueAsBytes(manifest));
    }
}
