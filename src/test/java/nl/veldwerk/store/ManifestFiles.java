package nl.veldwerk.store;

import java.nio.file.Path;
import java.util.List;

/**
 * For tests outside the store: the document parts a project's manifest names now, in project order; and
 * forgetting the texts read from a project, so the next reading of one goes to its part.
 */
public final class ManifestFiles {
    private ManifestFiles() {
    }

    /** The files (relative to the project folder, "parts/d-…") of every document part, as the manifest names them. */
    public static List<String> documentParts(Path projectDirectory) throws ProjectFileException {
        return ProjectReader.readManifest(projectDirectory.resolve(StoreFormat.MANIFEST)).documents().stream()
                .map(StoreFormat.PartRef::file).toList();
    }

    /** Forgets the texts kept in memory that were read from the project in {@code projectDirectory}. */
    public static void forgetTexts(Path projectDirectory) {
        StoredText.forgetTextsOf(projectDirectory);
    }
}
