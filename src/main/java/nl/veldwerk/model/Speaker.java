package nl.veldwerk.model;

/**
 * A speaker of the project's transcripts, by the name its turns carry, with its role. The project keeps a
 * speaker only once its role was set; every other name in the turns is a respondent until said otherwise.
 */
public record Speaker(String name, SpeakerRole role) {
    public Speaker {
        if (name == null || name.isBlank()) {
            throw new ModelException("turn.speaker");
        }
        Limits.name(name, EntityKind.PROJECT_INFO, "speaker");
        role = role == null ? SpeakerRole.RESPONDENT : role;
    }
}
