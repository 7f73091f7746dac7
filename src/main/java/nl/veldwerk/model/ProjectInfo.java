package nl.veldwerk.model;

import java.time.Instant;

/**
 * The project's own properties. There is exactly one per project, under {@link #ID}.
 *
 * @param language ISO 639-1 code of the transcripts' language ("nl", "en"); drives stemming later
 */
public record ProjectInfo(String id, String name, String description, String language, Instant created,
                          java.util.List<SavedQuery> savedQueries) implements Entity {

    public static final String ID = "project";

    public ProjectInfo {
        if (!ID.equals(id)) {
            throw new ModelException("projectInfo.id", ID);
        }
        if (name == null || name.isBlank()) {
            throw new ModelException("name.missing", Project.label(EntityKind.PROJECT_INFO));
        }
        Limits.name(name, EntityKind.PROJECT_INFO, "name");
        Limits.name(language, EntityKind.PROJECT_INFO, "language");
        description = Limits.note(description == null ? "" : description, EntityKind.PROJECT_INFO, "description");
        language = language == null || language.isBlank() ? "nl" : language;
        savedQueries = savedQueries == null ? java.util.List.of() : java.util.List.copyOf(savedQueries);
    }

    public ProjectInfo(String id, String name, String description, String language, Instant created) {
        this(id, name, description, language, created, java.util.List.of());
    }

    /** With {@code query} kept (replacing one of the same name). */
    public ProjectInfo withSavedQuery(SavedQuery query) {
        java.util.List<SavedQuery> kept = new java.util.ArrayList<>(savedQueries.stream()
                .filter(q -> !q.name().equals(query.name())).toList());
        kept.add(query);
        return new ProjectInfo(id, name, description, language, created, kept);
    }

    public ProjectInfo withoutSavedQuery(String queryName) {
        return new ProjectInfo(id, name, description, language, created, savedQueries.stream()
                .filter(q -> !q.name().equals(queryName)).toList());
    }

    public static ProjectInfo named(String name, Instant created) {
        return new ProjectInfo(ID, name, "", "nl", created);
    }

    public ProjectInfo withName(String newName) {
        return new ProjectInfo(id, newName, description, language, created, savedQueries);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.PROJECT_INFO;
    }
}
