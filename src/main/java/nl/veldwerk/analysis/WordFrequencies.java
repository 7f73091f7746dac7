package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;

/**
 * Word frequencies over documents or over the quotations of a code, without stop words, speaker labels
 * ("A01:") and time marks ("[00:01:23]"): those would otherwise top every list.
 */
public final class WordFrequencies {
    public record WordCount(String word, int count) {
    }

    private WordFrequencies() {
    }

    /** Over whole documents (one, a group's, or all). */
    public static List<WordCount> ofDocuments(Project p, Set<String> documentIds, Set<String> stopWords) {
        return ofDocuments(p, documentIds, stopWords, Set.of());
    }

    /** Over whole documents, leaving out what the named speakers say (the interviewer's questions, say). */
    public static List<WordCount> ofDocuments(Project p, Set<String> documentIds, Set<String> stopWords,
                                              Set<String> leftOutSpeakers) {
        Map<String, Integer> counts = new HashMap<>();
        for (Document d : p.documents()) {
            if (documentIds.contains(d.id())) {
                countInto(counts, contentOnly(d, leftOutSpeakers), stopWords);
            }
        }
        return sorted(counts);
    }

    /** Over the quotations that carry a code (each quotation once). */
    public static List<WordCount> ofCode(Project p, String codeId, Set<String> stopWords) {
        return ofCode(p, codeId, stopWords, Set.of());
    }

    /** Over the quotations that carry a code, leaving out what the named speakers say in them. */
    public static List<WordCount> ofCode(Project p, String codeId, Set<String> stopWords, Set<String> leftOutSpeakers) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> masked = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Coding c : p.codingsWithCode(codeId)) {
            if (!seen.add(c.quotationId())) {
                continue;
            }
            Quotation q = p.quotation(c.quotationId()).orElseThrow();
            String text = masked.computeIfAbsent(q.documentId(), id -> contentOnly(p.document(id).orElseThrow(),
                    leftOutSpeakers));
            countInto(counts, text.substring(q.start(), q.end()), stopWords);
        }
        return sorted(counts);
    }

    /** The document text with speaker labels and time marks blanked out (same length, so ranges still fit). */
    static String contentOnly(Document d) {
        return contentOnly(d, Set.of());
    }

    /** As {@link #contentOnly(Document)}, with the turns of the left-out speakers blanked out whole. */
    static String contentOnly(Document d, Set<String> leftOutSpeakers) {
        char[] text = d.text().toCharArray();
        for (SpeakerTurn turn : d.turns()) {
            if (leftOutSpeakers.contains(turn.speaker())) {
                blank(text, turn.start(), Math.min(turn.end() + 1, text.length));
                continue;
            }
            int[] label = turn.label(d.text());
            if (label != null) {
                blank(text, label[0], label[1]);
            }
        }
        for (TimeMark mark : TimeMarks.find(d.text())) {
            blank(text, mark.start(), mark.end());
        }
        return new String(text);
    }

    private static void blank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            text[i] = ' ';
        }
    }

    private static void countInto(Map<String, Integer> counts, String text, Set<String> stopWords) {
        for (String word : Words.of(text)) {
            if (!stopWords.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
    }

    private static List<WordCount> sorted(Map<String, Integer> counts) {
        List<WordCount> list = new ArrayList<>();
        counts.forEach((w, n) -> list.add(new WordCount(w, n)));
        list.sort(Comparator.comparingInt(WordCount::count).reversed().thenComparing(WordCount::word));
        return list;
    }
}
