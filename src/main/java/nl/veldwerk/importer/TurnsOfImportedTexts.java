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
     * Labels that name the interviewer in most transcripts ("I", "Int.", "Interviewer 2", "Onderzoeker 2"; not "I2",
     * which may be an informant beside an "Onderzoeker", QA), with a name
     * in brackets after it too ("Interviewer (Jan)": it was taken for a respondent, its questions counted).
     */
    private static final java.util.regex.Pattern INTERVIEWER = java.util.regex.Pattern.compile(
            "(?i)(?:i\\.?|(?:int\\.?|intv\\.?|interviewer|interviewster|onderzoeker|researcher|moderator"
                    + "|gespreksleider|facilitator)(?: ?\\d{1,2})?)(?: ?\\([^()]{1,40}\\))?");

    /** Whether a speaker label names the interviewer, as most transcripts write it. */
    public static boolean namesAnInterviewer(String label) {
        return INTERVIEWER.matcher(label).matches();
    }

    /**
     * The project's interviewer a label naming an interviewer ("I") stands for: the only one, or of several the only
     * one whose name says it is one ("Interviewer" beside "Jan de Vries"); null when that is not clear.
     */
    public static String theInterviewer(java.util.Set<String> projectInterviewers) {
        if (projectInterviewers.size() == 1) {
            return projectInterviewers.iterator().next();
        }
        java.util.List<String> named = projectInterviewers.stream().filter(TurnsOfImportedTexts::namesAnInterviewer)
                .toList();
        return named.size() == 1 ? named.getFirst() : null;
    }

    /** A label with a colon ("I:", "R07:", "Interviewer 2:"), at most a few words, read where a line's talk opens. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{L}\\d]{0,24}(?: [\\p{L}\\d]{1,24}){0,2}):[ \\t]");

    /**
     * The label opening each line that is not blank, after a time mark opening it ("[00:00:04] Respondent:", as a
     * transcript typed with F9 or imported with its marks has them); null for a line with none, "" for a line that
     * is a time mark alone (F9 may put one above a label). Empty when more than 20 labels open lines: prose with
     * headings, not a talk.
     */
    private static List<String> labelsOpeningLines(String text) {
        java.util.Map<Integer, Integer> markEnds = new java.util.HashMap<>();
        nl.veldwerk.model.TimeMarks.find(text).forEach(m -> markEnds.put(m.start(), m.end()));
        // A line that is a mark alone counts only for a bracketed or f4 mark: a bare "12:30" on a line of its own is
        // as likely an answer or a header's time of day (review).
        List<String> labels = new java.util.ArrayList<>();
        java.util.Set<String> distinct = new java.util.HashSet<>();
        java.util.regex.Matcher label = LABEL.matcher(text);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int talk = lineStart;
            Integer markEnd = markEnds.get(talk);
            if (markEnd != null && markEnd <= lineEnd) {
                talk = markEnd;
                while (talk < lineEnd && (text.charAt(talk) == ' ' || text.charAt(talk) == '\t')) {
                    talk++;
                }
            }
            if (text.substring(lineStart, lineEnd).isBlank()) {
                lineStart = lineEnd + 1;
                continue;
            }
            if (markEnd != null && text.substring(talk, lineEnd).isBlank()
                    && nl.veldwerk.model.TimeMarks.bracketedAt(text, lineStart)) {
                labels.add("");
            } else if (label.region(talk, lineEnd).lookingAt()) {
                labels.add(label.group(1));
                distinct.add(label.group(1));
            } else {
                labels.add(null);
            }
            if (distinct.size() > 20) {
                return List.of();
            }
            lineStart = lineEnd + 1;
        }
        return labels;
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
            // The text must be talk alone: every line that is not blank opens with a label, after a time mark or
            // not, or is a time mark (notes headed "Onderzoeker: Jan / Locatie: buurthuis" and then prose are none).
            List<String> opening = labelsOpeningLines(d.text());
            List<String> labels = opening.stream().filter(l -> l != null && !l.isEmpty()).distinct().toList();
            if (labels.size() >= 2 && labels.stream().anyMatch(TurnsOfImportedTexts::namesAnInterviewer)
                    && !opening.contains(null)) {
                TranscriptAnalysis named = SpeakerTurnDetector.withLabels(labels).analyse(d.text());
                if (!named.turns().isEmpty() && named.text().equals(d.text())) {
                    found.put(d.id(), named.turns());
                }
            }
        }
        return found;
    }
}
