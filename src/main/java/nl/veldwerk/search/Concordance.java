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

    /** Sorted by the words just before the keyword (nearest first), as concordancers do. */
    public static final Comparator<Line> BY_LEFT = Comparator.comparing((Line l) -> reversedWords(l.left()))
            .thenComparing(Line::documentName).thenComparingInt(Line::start);
    public static final Comparator<Line> BY_RIGHT = Comparator.comparing((Line l) -> l.right().toLowerCase())
            .thenComparing(Line::documentName).thenComparingInt(Line::start);

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
        Analyzer analyzer = TranscriptAnalyzer.forLanguage(language);
        Set<String> stems = new TreeSet<>();
        for (String w : words) {
            stems.addAll(terms(analyzer, w).stream().map(t -> t.term).toList());
        }
        List<Line> lines = new ArrayList<>();
        if (stems.isEmpty()) {
            return new Found(lines, 0);
        }
        int total = 0;
        int documentsRead = 0;
        for (Document d : documents.stream().sorted(Comparator.comparing(Document::name)).toList()) {
            if (stop.getAsBoolean()) {
                return null;
            }
            read.accept(documentsRead++);
            String text = d.text();
            try (TokenStream stream = analyzer.tokenStream(SearchIndex.TEXT, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (!isOneOf(term, stems)) {
                        continue;
                    }
                    int start = offset.startOffset();
                    int end = offset.endOffset();
                    String speaker = d.speakerAt(start);
                    if (speaker != null && leftOutSpeakers.contains(speaker)) {
                        continue;
                    }
                    total++;
                    if (lines.size() < limit) {
                        String left = text.substring(Math.max(0, start - context), start).replace('\n', ' ');
                        String right = text.substring(end, Math.min(text.length(), end + context)).replace('\n', ' ');
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

    /** Whether the token is one of the few stems looked for (without making a string of every token). */
    private static boolean isOneOf(CharTermAttribute term, Set<String> stems) {
        for (String stem : stems) {
            if (stem.contentEquals(term)) {
                return true;
            }
        }
        return false;
    }

    /** The lines in the order asked for, each line's sort key worked out once (not at every comparison). */
    public static List<Line> sorted(List<Line> lines, Comparator<Line> order) {
        if (order != BY_LEFT && order != BY_RIGHT) {
            List<Line> sorted = new ArrayList<>(lines);
            sorted.sort(order);
            return sorted;
        }
        String[] keys = new String[lines.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = order == BY_LEFT ? reversedWords(lines.get(i).left()) : lines.get(i).right().toLowerCase();
        }
        Integer[] indexes = new Integer[keys.length];
        java.util.Arrays.setAll(indexes, i -> i);
        java.util.Arrays.sort(indexes, Comparator.comparing((Integer i) -> keys[i])
                .thenComparing(i -> lines.get(i).documentName()).thenComparingInt(i -> lines.get(i).start()));
        List<Line> sorted = new ArrayList<>(keys.length);
        for (Integer i : indexes) {
            sorted.add(lines.get(i));
        }
        return sorted;
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
