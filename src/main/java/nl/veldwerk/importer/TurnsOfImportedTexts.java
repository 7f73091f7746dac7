package nl.veldwerk.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.SpeakerTurn;

/**
 * Speaker turns for the texts of a project read from another tool's file: REFI-QDA carries no turns, so the
 * labels written in a transcript ("I:", "R07:") are all that is left of them, as our own export says. Each
 * text is read as a transcript import reads it; it gets turns only when the evidence says it is a
 * conversation, and only when the text stays exactly as it is (the quotations point into it).
 */
public final class TurnsOfImportedTexts {
    private TurnsOfImportedTexts() {
    }

    /**
     * Labels that name the interviewer in most transcripts ("I", "Int", "Interviewer 2", "Onderzoeker"), with a name
     * in brackets after it too ("Interviewer (Jan)": it was taken for a respondent, its questions counted).
     */
    private static final java.util.regex.Pattern INTERVIEWER = java.util.regex.Pattern.compile(
            "(?i)(?:i|int|interviewer ?\\d*|interviewster|onderzoeker|researcher|moderator)(?: ?\\([^()]{1,40}\\))?");

    /** Whether a speaker label names the interviewer, as most transcripts write it. */
    public static boolean namesAnInterviewer(String label) {
        return INTERVIEWER.matcher(label).matches();
    }

    /** A label with a colon opening a line ("I:", "R07:", "Interviewer 2:"), each once, at most a few words. */
    private static final java.util.regex.Pattern LINE_LABEL = java.util.regex.Pattern.compile(
            "(?m)^(\\p{Lu}[\\p{L}\\d]{0,24}(?: [\\p{L}\\d]{1,24}){0,2}):[ \\t]");

    /**
     * Whether the text is talk alone: every line that is not blank opens with a label (notes headed
     * "Onderzoeker: Jan / Locatie: buurthuis" and then prose are no conversation).
     */
    private static boolean everyLineOpensWithOneOf(String text, List<String> labels) {
        return text.lines().filter(line -> !line.isBlank())
                .allMatch(line -> labels.stream().anyMatch(label -> line.startsWith(label + ":")));
    }

    private static List<String> labelsOpeningLines(String text) {
        java.util.Set<String> labels = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = LINE_LABEL.matcher(text);
        while (m.find() && labels.size() <= 20) {
            labels.add(m.group(1));
        }
        return labels.size() > 20 ? List.of() : List.copyOf(labels); // many: prose with headings, not a talk
    }

    /** The turns found for each document without turns, by document id, in the project's order. */
    public static Map<String, List<SpeakerTurn>> find(Project project) {
        SpeakerTurnDetector detector = SpeakerTurnDetector.automatic();
        Map<String, List<SpeakerTurn>> found = new LinkedHashMap<>();
        for (Document d : project.documents()) {
            if (!d.turns().isEmpty() || d.text().isEmpty()) {
                continue;
            }
            TranscriptAnalysis analysis = detector.analyse(d.text());
            if (analysis.verdict() == TranscriptAnalysis.Verdict.CONVERSATION && !analysis.turns().isEmpty()
                    && analysis.text().equals(d.text())) {
                found.put(d.id(), analysis.turns());
                continue;
            }
            // A short one ("I: …", "R: …", "I: …", typed with F12 and sent out without its turns) has too little
            // for the evidence: its labels are taken when one of them names the interviewer.
            List<String> labels = labelsOpeningLines(d.text());
            if (labels.size() >= 2 && labels.stream().anyMatch(TurnsOfImportedTexts::namesAnInterviewer)
                    && everyLineOpensWithOneOf(d.text(), labels)) {
                TranscriptAnalysis named = SpeakerTurnDetector.withLabels(labels).analyse(d.text());
                if (!named.turns().isEmpty() && named.text().equals(d.text())) {
                    found.put(d.id(), named.turns());
                }
            }
        }
        return found;
    }
}
