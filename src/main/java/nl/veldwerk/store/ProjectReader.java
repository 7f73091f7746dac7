package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.veldwerk.model.CodeOrder;
import nl.veldwerk.model.Entity;
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
import tools.jackson.databind.node.ObjectNode;

/** Reads a project folder (or one of its manifests) into a {@link Project}; never writes anything. */
public final class ProjectReader {
    private ProjectReader() {
    }

    /** A project as read, with the manifest it came from. */
    record Loaded(Project project, Manifest manifest, boolean migrated) {
    }

    /** Reads the last saved state of the project in {@code directory}. */
    public static Project read(Path directory) throws ProjectFileException {
        return load(manifestOf(directory)).project();
    }

    /** The manifest of a project folder, or an error that says what the folder is instead. */
    static Path manifestOf(Path directory) throws ProjectFileException {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(StoreFormat.MANIFEST))) {
            throw Files.isDirectory(dir) ? new ProjectFileException(dir, "folder.notProject", StoreFormat.MANIFEST)
                    : new ProjectFileException(dir, "file.notExists");
        }
        return dir.resolve(StoreFormat.MANIFEST);
    }

    static Manifest readManifest(Path manifestFile) throws ProjectFileException {
        JsonNode tree = parse(manifestFile, readBytes(manifestFile));
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
        return bind(manifestFile, () -> StoreFormat.MAPPER.treeToValue(tree, Manifest.class));
    }

    static Loaded load(Path manifestFile) throws ProjectFileException {
        Manifest manifest = readManifest(manifestFile);
        Path folder = manifestFile.toAbsolutePath().getParent();
        boolean migrate = manifest.schemaVersion() < StoreFormat.SCHEMA_VERSION;
        Path projectFile = folder.resolve(manifest.projectPart());
        ProjectPart pp = readProjectPart(projectFile, manifest.schemaVersion());
        int quotations = manifest.documents().stream().mapToInt(PartRef::quotations).sum();
        int codings = manifest.documents().stream().mapToInt(PartRef::codings).sum();
        Project project = new Project(pp.info(), manifest.documents().size(), quotations, codings);
        putAll(project, projectFile, pp.coders());
        putAll(project, projectFile, pp.attributes());
        putAll(project, projectFile, pp.groups());
        putAll(project, projectFile, pp.codes() == null ? List.of() : CodeOrder.parentsFirst(pp.codes()));
        putAll(project, projectFile, pp.relations());
        readDocumentParts(folder, manifest, project);
        putAll(project, projectFile, pp.memos());
        putAll(project, projectFile, pp.diagrams());
        return new Loaded(project, manifest, migrate);
    }

    private static ProjectPart readProjectPart(Path file, int version) throws ProjectFileException {
        JsonNode tree = parse(file, readBytes(file));
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

    /**
     * Parses the document parts on all cores while this thread adds each one to the project as soon as it
     * is parsed, in manifest order: parsing and building the indexes overlap, which is most of the time it
     * takes to open a project.
     */
    private static void readDocumentParts(Path folder, Manifest manifest, Project project)
            throws ProjectFileException {
        ExecutorService parsers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread thread = new Thread(r, "veldwerk-open");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<DocumentPart>> parsed = new ArrayList<>(manifest.documents().size());
            for (PartRef ref : manifest.documents()) {
                parsed.add(parsers.submit(() -> readDocumentPart(folder.resolve(ref.file()), ref,
                        manifest.schemaVersion())));
            }
            for (int i = 0; i < parsed.size(); i++) {
                DocumentPart part = await(parsed.get(i));
                Path file = folder.resolve(manifest.documents().get(i).file());
                putAll(project, file, List.of(part.document()));
                putAll(project, file, part.quotations());
                putAll(project, file, part.codings());
            }
        } finally {
            parsers.shutdownNow();
        }
    }

    private static DocumentPart await(Future<DocumentPart> future) throws ProjectFileException {
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

    private static DocumentPart readDocumentPart(Path file, PartRef ref, int version) throws ProjectFileException {
        byte[] bytes = readBytes(file);
        DocumentPart part;
        if (version < StoreFormat.SCHEMA_VERSION) {
            JsonNode tree = parse(file, bytes);
            Migrations.migrateDocumentPart((ObjectNode) tree, version);
            part = bind(file, () -> StoreFormat.MAPPER.treeToValue(tree, DocumentPart.class));
        } else {
            part = bind(file, () -> StoreFormat.MAPPER.readValue(bytes, DocumentPart.class));
        }
        if (part.document() == null || !part.document().id().equals(ref.id())) {
            throw new ProjectFileException(file, "part.noDocument", ref.id());
        }
        return part;
    }

    private static void putAll(Project project, Path file, List<? extends Entity> entities)
            throws ProjectFileException {
        if (entities == null) {
            return;
        }
        try {
            for (Entity entity : entities) {
                project.put(entity);
            }
        } catch (ModelException e) {
            throw new ProjectFileException(file, e, "file.inconsistent", e.userText());
        }
    }

    static byte[] readBytes(Path file) throws ProjectFileException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, "file.missing");
        } catch (IOException e) {
            throw new ProjectFileException(file, e, "file.unreadable", ProjectFileException.detail(e));
        }
    }

    private static JsonNode parse(Path file, byte[] bytes) throws ProjectFileException {
        if (bytes.length == 0) {
            throw new ProjectFileException(file, "file.empty");
        }
        return bind(file, () -> StoreFormat.MAPPER.readTree(bytes));
    }

    private interface Binding<T> {
        T get();
    }

    private static <T> T bind(Path file, Binding<T> binding) throws ProjectFileException {
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
