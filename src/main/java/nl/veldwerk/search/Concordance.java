package nl.veldwerk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
        Analyzer analyzer = TranscriptAnalyzer.forLanguage(p.info().language());
        Set<String> stems = new TreeSet<>();
        for (String w : words) {
            stems.addAll(terms(analyzer, w).stream().map(t -> t.term).toList());
        }
        List<Line> lines = new ArrayList<>();
        if (stems.isEmpty()) {
            return lines;
        }
        for (Document d : p.documents().stream().sorted(Comparator.comparing(Document::name)).toList()) {
            for (Token t : terms(analyzer, d.text())) {
                String speaker = d.speakerAt(t.start);
                if (stems.contains(t.term) && (speaker == null || !leftOutSpeakers.contains(speaker))) {
                    String text = d.text();
                    String left = text.substring(Math.max(0, t.start - context), t.start).replace('\n', ' ');
                    String right = text.substring(t.end, Math.min(text.length(), t.end + context)).replace('\n', ' ');
                    lines.add(new Line(d.id(), d.name(), t.start, t.end, left, text.substring(t.start, t.end), right,
                            speaker));
                }
            }
        }
        return lines;
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
