package nl.veldwerk.model;

/** What a speaker is in the interviews: the speaker-aware tools can leave interviewers out. */
public enum SpeakerRole {
    INTERVIEWER, RESPONDENT
}
