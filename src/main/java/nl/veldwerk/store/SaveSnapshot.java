package nl.veldwerk.store;

import java.util.List;

import nl.veldwerk.store.StoreFormat.DocumentPart;
import nl.veldwerk.store.StoreFormat.PartRef;
import nl.veldwerk.store.StoreFormat.ProjectPart;

/**
 * The parts of a project that a save must write, captured on the thread that owns the project. Entities
 * are immutable, so the snapshot holds references, not copies, and can be written on any thread.
 *
 * @param projectPart        null when the project-wide part is unchanged since it was last written
 * @param projectPartChecksum the checksum of the unchanged project part on disk (null when it is written
 *                           now, or was written before checksums were kept)
 * @param documentsToWrite   the document parts that changed, with the file names they get
 * @param documents          every document's part file, in project order: the new manifest's list
 * @param changeCounter      the store's change counter when captured
 * @param sessionState       the command stack state when captured, to mark the session saved
 * @param documentNumbersGiven the manifest's {@code documentNumbersGiven}: null unless a document numbered above
 *                           every one there now was deleted
 */
public record SaveSnapshot(long sequence, ProjectPart projectPart, String projectPartFile,
                           String projectPartChecksum, List<PendingPart> documentsToWrite, List<PartRef> documents, long changeCounter,
                           long sessionState, Integer documentNumbersGiven) {

    record PendingPart(String file, DocumentPart part) {
    }

    /** The document part files this snapshot writes (the others it names are on disk already). */
    java.util.Set<String> filesWritten() {
        java.util.Set<String> files = new java.util.HashSet<>();
        documentsToWrite.forEach(p -> files.add(p.file()));
        return files;
    }
}
