package nl.veldwerk.model;

import java.time.Instant;

/**
 * The project's own properties. There is exactly one per project, under {@link #ID}.
 *
 * @param language ISO 639-1 code of the transcripts' language ("nl", "en"); drives stemming later
 * @param speakers the speakers whose role was set (interviewers, mostly), by the name their turns carry
 * @param rejectedSuggestions codes the user turned down as suggestions for passages (not offered again)
 */
public record ProjectInfo(String id, String name, String description, String language, Instant created,
                          java.util.List<SavedQuery> savedQueries, java.util.List<Speaker> speakers,
                          java.util.List<RejectedSuggestion> rejectedSuggestions)
        implements Entity {

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
        speakers = speakers == null ? java.util.List.of() : java.util.List.copyOf(speakers);
        Limits.list(speakers, EntityKind.PROJECT_INFO, "speakers");
        rejectedSuggestions = rejectedSuggestions == null ? java.util.List.of()
                : java.util.List.copyOf(rejectedSuggestions);
        Limits.list(rejectedSuggestions, EntityKind.PROJECT_INFO, "rejectedSuggestions");
    }

    public ProjectInfo(String id, String name, String description, String language, Instant created,
                       java.util.List<SavedQuery> savedQueries, java.util.List<Speaker> speakers) {
        this(id, name, description, language, created, savedQueries, speakers, java.util.List.of());
    }

    /** With a code turned down as a suggestion for a passage. */
    public ProjectInfo withRejected(RejectedSuggestion rejected) {
        java.util.List<RejectedSuggestion> all = new java.util.ArrayList<>(rejectedSuggestions);
        if (!all.contains(rejected)) {
            all.add(rejected);
        }
        return new ProjectInfo(id, name, description, language, created, savedQueries, speakers, all);
    }

    /** The codes turned down for exactly this passage. */
    public java.util.Set<String> rejectedAt(String documentId, int start, int end) {
        return java.util.Set.copyOf(rejectedSuggestions.stream().filter(r -> r.at(documentId, start, end))
                .map(RejectedSuggestion::codeId).toList());
    }

    public ProjectInfo(String id, String name, String description, String language, Instant created) {
        this(id, name, description, language, created, java.util.List.of(), java.util.List.of());
    }

    public ProjectInfo(String id, String name, String description, String language, Instant created,
                       java.util.List<SavedQuery> savedQueries) {
        this(id, name, description, language, created, savedQueries, java.util.List.of());
    }

    public ProjectInfo withSpeakers(java.util.List<Speaker> newSpeakers) {
        return new ProjectInfo(id, name, description, language, created, savedQueries, newSpeakers,
                rejectedSuggestions);
    }

    /** The role of a speaker by name: respondent unless set. */
    public SpeakerRole roleOf(String speaker) {
        return speakers.stream().filter(s -> s.name().equals(speaker)).map(Speaker::role).findFirst()
                .orElse(SpeakerRole.RESPONDENT);
    }

    /** With a speaker's role set (a respondent is not kept: it is what every speaker is by default). */
    public ProjectInfo withSpeakerRole(String speaker, SpeakerRole role) {
        java.util.List<Speaker> kept = new java.util.ArrayList<>(speakers.stream()
                .filter(s -> !s.name().equals(speaker)).toList());
        if (role != SpeakerRole.RESPONDENT) {
            kept.add(new Speaker(speaker, role));
        }
        return new ProjectInfo(id, name, description, language, created, savedQueries, kept, rejectedSuggestions);
    }

    /** With {@code query} kept (replacing one of the same name). */
    public ProjectInfo withSavedQuery(SavedQuery query) {
        java.util.List<SavedQuery> kept = new java.util.ArrayList<>(savedQueries.stream()
                .filter(q -> !q.name().equals(query.name())).toList());
        kept.add(query);
        return new ProjectInfo(id, name, description, language, created, kept, speakers, rejectedSuggestions);
    }

    /** With these queries kept, in this order. */
    public ProjectInfo withSavedQueries(java.util.List<SavedQuery> queries) {
        return new ProjectInfo(id, name, description, language, created, queries, speakers, rejectedSuggestions);
    }

    public ProjectInfo withoutSavedQuery(String queryName) {
        return new ProjectInfo(id, name, description, language, created, savedQueries.stream()
                .filter(q -> !q.name().equals(queryName)).toList(), speakers, rejectedSuggestions);
    }

    public static ProjectInfo named(String name, Instant created) {
        return new ProjectInfo(ID, name, "", "nl", created);
    }

    public ProjectInfo withName(String newName) {
        return new ProjectInfo(id, newName, description, language, created, savedQueries, speakers,
                rejectedSuggestions);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.PROJECT_INFO;
    }
}
