package nl.veldwerk.model;

import java.time.Instant;

/**
 * The project's own properties. There is exactly one per project, under {@link #ID}.
 *
 * @param language ISO 639-1 code of the transcripts' language ("nl", "en"); drives stemming later
 */
public record ProjectInfo(String id, String name, String description, String language, Instant created)
        implements Entity {

    public static final String ID = "project";

    public ProjectInfo {
        if (!ID.equals(id)) {
            throw new ModelException("projectInfo.id", ID);
        }
        if (name == null || name.isBlank()) {
            throw new ModelException("name.missing", Project.label(EntityKind.PROJECT_INFO));
        }
        description = description == null ? "" : description;
        language = language == null || language.isBlank() ? "nl" : language;
    }

    public static ProjectInfo named(String name, Instant created) {
        return new ProjectInfo(ID, name, "", "nl", created);
    }

    public ProjectInfo withName(String newName) {
        return new ProjectInfo(id, newName, description, language, created);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.PROJECT_INFO;
    }
}
