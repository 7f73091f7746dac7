package nl.veldwerk.importer;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;

/**
 * Speaker turns for the texts of a project read from another tool's file: REFI-QDA carries no turns, so the
 * labels written in a transcript ("I:", "R07:") are all that is left of them, as our own export says. Each
 * text is read as a transcript import reads it; it gets turns only when the evidence says it is a
 * conversation, and only when the text stays exactly as it is (the quotations point into it).
 */
public final class TurnsOfImportedTexts {
    private TurnsOfImportedTexts() {
    }

    /** How many documents got turns, and how many turns they got. */
    public record Found(int documents, int turns) {
    }

    /** Gives the documents without turns the turns found in their text; before the project is stored. */
    public static Found addTo(Project project) {
        SpeakerTurnDetector detector = SpeakerTurnDetector.automatic();
        int documents = 0;
        int turns = 0;
        for (Document d : java.util.List.copyOf(project.documents())) {
            if (!d.turns().isEmpty() || d.text().isEmpty()) {
                continue;
            }
            TranscriptAnalysis analysis = detector.analyse(d.text());
            if (analysis.verdict() == TranscriptAnalysis.Verdict.CONVERSATION && !analysis.turns().isEmpty()
                    && analysis.text().equals(d.text())) {
                project.put(d.withTurns(analysis.turns()));
                documents++;
                turns += analysis.turns().size();
            }
        }
        return new Found(documents, turns);
    }
}
