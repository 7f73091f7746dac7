package nl.veldwerk.store;

import java.nio.file.Path;
import java.util.List;

/** For tests outside the store: the document parts a project's manifest names now, in project order. */
public final class ManifestFiles {
    private ManifestFiles() {
    }

    /** The files (relative to the project folder, "parts/d-…") of every document part, as the manifest names them. */
    public static List<String> documentParts(Path projectDirectory) throws ProjectFileException {
        return ProjectReader.readManifest(projectDirectory.resolve(StoreFormat.MANIFEST)).documents().stream()
                .map(StoreFormat.PartRef::file).toList();
    }
}
