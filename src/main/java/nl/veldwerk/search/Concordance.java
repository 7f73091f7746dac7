package nl.veldwerk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Keyword in context: every place a word occurs in the transcripts, in any inflection the project's
 * analyzer folds together ("voorziening" also finds "voorzieningen"), with the text on either side, to
 * be sorted by what precedes or what follows.
 */
public final class Concordance {
    /** One occurrence: where it is and what surrounds it. */
    public record Line(String documentId, String documentName, int start, int end, String left, String keyword,
                       String right, String speaker) {
    }

    /** The words just before the keyword, nearest first (as concordancers sort); the words just after. */
    private static final java.util.function.Function<Line, String> LEFT = l -> reversedWords(l.left());
    private static final java.util.function.Function<Line, String> RIGHT = l -> l.right().toLowerCase();
    /** Equal keys: by document, then place. */
    private static final Comparator<Line> TIES = Comparator.comparing(Line::documentName).thenComparingInt(Line::start);
    /** Sorted by the words just before the keyword (nearest first), as concordancers do. */
    public static final Comparator<Line> BY_LEFT = Comparator.comparing(LEFT).thenComparing(TIES);
    public static final Comparator<Line> BY_RIGHT = Comparator.comparing(RIGHT).thenComparing(TIES);

    private Concordance() {
    }

    /** Every occurrence of any of {@code words}, in document then text order; {@code context} characters a side. */
    public static List<Line> of(Project p, List<String> words, int context) {
        return of(p, words, context, Set.of());
    }

    /** As {@link #of(Project, List, int)}, without what the left-out speakers say (the interviewer, say). */
    public static List<Line> of(Project p, List<String> words, int context, Set<String> leftOutSpeakers) {
        return of(p.documents(), p.info().language(), words, context, leftOutSpeakers, Integer.MAX_VALUE, () -> false,
                read -> { }).lines();
    }

    /**
     * The words a concordance leaves out as too common to look for alone (stop words not in quotes): what a
     * window listing the words asked for says it did not look for.
     */
    public static List<String> tooCommon(String language, List<String> words) {
        Analyzer single = TranscriptAnalyzer.forLanguage(language);
        Analyzer phrases = TranscriptAnalyzer.forPhrases(language);
        return words.stream().filter(w -> !(w.length() >= 2 && w.startsWith("\"") && w.endsWith("\"")))
                .filter(w -> terms(phrases, w).size() == 1 && terms(single, w).isEmpty()).toList();
    }

    /**
     * What a concordance found: its lines (at most as many as asked for, the first in document order) and how
     * many occurrences there are in all.
     */
    public record Found(List<Line> lines, int total) {
        /** Whether there are more occurrences than lines. */
        public boolean cut() {
            return lines.size() < total;
        }
    }

    /**
     * Every occurrence of any of {@code words} in the documents (which do not change, so this may run on any
     * thread): the first {@code limit} as lines, in document then text order, and how many in all; null as
     * soon as {@code stop} says so; {@code read} hears how many documents are read so far. Reads each text once
     * and works out the speaker of an occurrence only.
     */
    public static Found of(Collection<Document> documents, String language, List<String> words, int context,
                           Set<String> leftOutSpeakers, int limit, BooleanSupplier stop,
                           java.util.function.IntConsumer read) {
        // A word is looked for by its stem (a stop word alone by nothing, as the search does); a phrase ("de
        // wijk", a quoted query's words) by its words in a row, stop words and all: its words one by one found
        // "in deze wijken" and "in onze wijk" for the phrase "de wijk", and code the hits coded those.
        Analyzer single = TranscriptAnalyzer.forLanguage(language);
        Analyzer phrases = TranscriptAnalyzer.forPhrases(language);
        Set<String> stems = new TreeSet<>();
        List<List<String>> sequences = new ArrayList<>();
        for (String w : words) {
            // In quotes ("de", "de wijk"), as written: a stop word too, as the search finds it.
            boolean quoted = w.length() >= 2 && w.startsWith("\"") && w.endsWith("\"");
            String inner = quoted ? w.substring(1, w.length() - 1) : w;
            List<Token> asPhrase = terms(phrases, inner);
            if (asPhrase.size() > 1 || quoted && !asPhrase.isEmpty()) {
                sequences.add(asPhrase.stream().map(t -> t.term).toList());
            } else {
                stems.addAll(terms(single, inner).stream().map(t -> t.term).toList());
            }
        }
        List<Line> lines = new ArrayList<>();
        if (stems.isEmpty() && sequences.isEmpty()) {
            return new Found(lines, 0);
        }
        Analyzer analyzer = sequences.isEmpty() ? single : phrases;
        int longest = sequences.stream().mapToInt(List::size).max().orElse(0);
        int total = 0;
        int documentsRead = 0;
        for (Document d : documents.stream().sorted(Comparator.comparing(Document::name)).toList()) {
            if (stop.getAsBoolean()) {
                return null;
            }
            read.accept(documentsRead++);
            String text = d.text();
            java.util.ArrayDeque<Token> recent = new java.util.ArrayDeque<>(longest + 1);
            try (TokenStream stream = analyzer.tokenStream(SearchIndex.TEXT, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    int start = -1;
                    int end = offset.endOffset();
                    if (!sequences.isEmpty()) {
                        recent.addLast(new Token(term.toString(), offset.startOffset(), end));
                        if (recent.size() > longest) {
                            recent.removeFirst();
                        }
                        start = phraseEndingHere(recent, sequences);
                    }
                    if (start < 0 && isOneOf(term, stems)) {
                        start = offset.startOffset();
                    }
                    if (start < 0) {
                        continue;
                    }
                    String speaker = d.speakerAt(start);
                    if (speaker != null && leftOutSpeakers.contains(speaker)) {
                        continue;
                    }
                    total++;
                    if (lines.size() < limit) {
                        // Within the occurrence's own paragraph (its turn): the neighbouring turns, with their
                        // speakers' labels, read as if the same person went on.
                        int paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
                        int paragraphEnd = text.indexOf('\n', end);
                        // Nor the turn's own label ("Respondent: In de wijk"): the Speaker column says who (QA).
                        int from = paragraphStart;
                        nl.veldwerk.model.SpeakerTurn turn = d.turnOf(start);
                        int[] label = turn == null ? null : turn.label(text);
                        if (label != null && label[1] > from && label[1] <= start) {
                            from = label[1];
                            while (from < start && Character.isWhitespace(text.charAt(from))) {
                                from++;
                            }
                        }
                        String left = text.substring(Math.max(from, start - context), start);
                        String right = text.substring(end, Math.min(paragraphEnd < 0 ? text.length() : paragraphEnd,
                                end + context));
                        lines.add(new Line(d.id(), d.name(), start, end, left, text.substring(start, end), right,
                                speaker));
                    }
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // reading a string cannot fail
            }
        }
        return new Found(lines, total);
    }

    /** Where a phrase that ends with the last token read begins, or -1 when none does. */
    private static int phraseEndingHere(java.util.ArrayDeque<Token> recent, List<List<String>> sequences) {
        for (List<String> sequence : sequences) {
            if (recent.size() < sequence.size()) {
                continue;
            }
            java.util.Iterator<Token> back = recent.descendingIterator();
            Token first = null;
            boolean matches = true;
            for (int i = sequence.size() - 1; i >= 0 && matches; i--) {
                first = back.next();
                matches = first.term.equals(sequence.get(i));
            }
            if (matches) {
                return first.start;
            }
        }
        return -1;
    }

    /** Whether the token is one of the few stems looked for (without making a string of every token). */
    private static boolean isOneOf(CharTermAttribute term, Set<String> stems) {
        for (String stem : stems) {
            if (stem.contentEquals(term)) {
                return true;
            }
        }
        return false;
    }

    /** The lines as {@link #BY_LEFT} sorts them, each line's key worked out once (not at every comparison). */
    public static List<Line> sortedByLeft(List<Line> lines) {
        return sortedBy(lines, LEFT);
    }

    /** The lines as {@link #BY_RIGHT} sorts them, each line's key worked out once. */
    public static List<Line> sortedByRight(List<Line> lines) {
        return sortedBy(lines, RIGHT);
    }

    private static List<Line> sortedBy(List<Line> lines, java.util.function.Function<Line, String> key) {
        record Keyed(String key, Line line) {
        }
        List<Keyed> keyed = new ArrayList<>(lines.size());
        lines.forEach(l -> keyed.add(new Keyed(key.apply(l), l)));
        keyed.sort(Comparator.comparing(Keyed::key).thenComparing(Keyed::line, TIES));
        return keyed.stream().map(Keyed::line).toList();
    }

    private record Token(String term, int start, int end) {
    }

    private static List<Token> terms(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchIndex.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a string cannot fail
        }
        return tokens;
    }

    private static String reversedWords(String left) {
        List<String> words = new ArrayList<>(List.of(left.toLowerCase().trim().split("\\s+")));
        java.util.Collections.reverse(words);
        return String.join(" ", words);
    }
}
