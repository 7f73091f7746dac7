package nl.veldwerk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.CompositeCommand;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.QuotationCommands;

/**
 * Search and code (ATLAS.ti's auto-coding): every occurrence of the words, widened to the word itself,
 * its sentence, its paragraph or its speaker turn, becomes a quotation with the chosen code, in one
 * undoable step. Overlapping stretches become one; a stretch that already has the code is left alone.
 * {@link #preview} shows what would be coded before anything is.
 */
public final class SearchAndCode {
    /** How far a hit is widened before it is coded. */
    public enum Unit { WORD, SENTENCE, PARAGRAPH, TURN }

    /** A stretch of a document that would be coded. */
    public record Stretch(String documentId, String documentName, int start, int end, String text) {
    }

    static final java.util.regex.Pattern SPEAKER_LABEL = java.util.regex.Pattern.compile("[^:\\n.!?]{1,40}:\\s");

    private SearchAndCode() {
    }

    public static List<Stretch> preview(Project p, List<String> words, Unit unit, String codeId) {
        return preview(p, words, unit, codeId, java.util.Set.of());
    }

    /** As {@link #preview(Project, List, Unit, String)}, leaving out hits in what the named speakers say. */
    public static List<Stretch> preview(Project p, List<String> words, Unit unit, String codeId,
                                        java.util.Set<String> leftOutSpeakers) {
        List<Stretch> widened = new ArrayList<>();
        for (Concordance.Line hit : Concordance.of(p, words, 0, leftOutSpeakers)) {
            Document d = p.document(hit.documentId()).orElseThrow();
            int[] range = widen(d, hit.start(), hit.end(), unit);
            widened.add(new Stretch(d.id(), d.name(), range[0], range[1], d.text().substring(range[0], range[1])));
        }
        widened.sort(Comparator.comparing(Stretch::documentName).thenComparingInt(Stretch::start));
        List<Stretch> merged = new ArrayList<>();
        for (Stretch s : widened) {
            Stretch last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && last.documentId().equals(s.documentId()) && s.start() < last.end()) {
                Document d = p.document(s.documentId()).orElseThrow();
                int end = Math.max(last.end(), s.end());
                merged.set(merged.size() - 1, new Stretch(last.documentId(), last.documentName(), last.start(), end,
                        d.text().substring(last.start(), end)));
            } else {
                merged.add(s);
            }
        }
        return merged.stream().filter(s -> !alreadyCoded(p, s, codeId)).toList();
    }

    /** One command that codes every stretch of the preview. */
    public static Command command(Project p, List<Stretch> stretches, String codeId, String coderId,
                                  java.time.Instant when) {
        return command(stretches, codeId, p.code(codeId).map(Code::name).orElse("?"), coderId, when);
    }

    /** As {@link #command(Project, List, String, String, java.time.Instant)}, for a code named {@code name}
     * (one made in the same step, not in the project yet: its undo entry named it "?"). */
    public static Command command(List<Stretch> stretches, String codeId, String name, String coderId,
                                  java.time.Instant when) {
        // A command per document, which looks its quotations up once (not once per stretch).
        java.util.Map<String, List<int[]>> byDocument = new java.util.LinkedHashMap<>();
        stretches.forEach(s -> byDocument.computeIfAbsent(s.documentId(), d -> new java.util.ArrayList<>())
                .add(new int[] {s.start(), s.end()}));
        List<Command> parts = byDocument.entrySet().stream().map(e -> QuotationCommands.codeRanges(e.getKey(),
                e.getValue(), codeId, coderId, when)).toList();
        return new CompositeCommand(Message.of("search.code", name, stretches.size()), parts);
    }

    static int[] widen(Document d, int start, int end, Unit unit) {
        String text = d.text();
        int[] range = switch (unit) {
            case WORD -> new int[] {start, end};
            case SENTENCE -> sentence(text, start, end);
            case PARAGRAPH -> new int[] {lineStart(text, start), lineEnd(text, end)};
            case TURN -> d.turns().stream().filter(t -> t.start() <= start && end <= t.end() + 1)
                    .map((SpeakerTurn t) -> new int[] {t.start(), Math.min(t.end(), text.length())}).findFirst()
                    .orElse(new int[] {lineStart(text, start), lineEnd(text, end)});
        };
        // What the speaker says, not the label before it ("A04: ") nor a time mark ("[00:01:30] Respondent 3: "),
        // as a quotation made by hand is; the label made a second quotation of a turn coded by hand already.
        int from = pastTimeMarks(text, range[0], start);
        from = pastTimeMarks(text, afterLabel(d, text, from, start), start);
        range[0] = Math.min(start, from);
        return range;
    }

    /**
     * Past the time marks (and the white space after them, a line end too) that stand at {@code from}, not past
     * {@code limit}. A mark is judged on its whole line, as the transcript's are: a clock said at a sentence's
     * start ("14:00 Dan begon het overleg.") is no mark.
     */
    private static int pastTimeMarks(String text, int from, int limit) {
        while (from < limit) {
            int lineEnd = text.indexOf('\n', from);
            List<nl.veldwerk.model.TimeMark> marks = nl.veldwerk.model.TimeMarks.find(text.substring(from,
                    lineEnd < 0 ? text.length() : lineEnd));
            if (marks.isEmpty() || marks.getFirst().start() != 0 || from + marks.getFirst().end() > limit) {
                return from;
            }
            from = pastWhiteSpace(text, from + marks.getFirst().end(), limit);
        }
        return from;
    }

    private static int pastWhiteSpace(String text, int from, int limit) {
        while (from < limit && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /**
     * Past the label of the turn that holds {@code from}, when it begins there, and the white space after it: a
     * label alone on its line ("00:00:03 Speaker 1", "Jordan Lee   0:01") is followed by a line end.
     */
    private static int afterLabel(Document d, String text, int from, int limit) {
        for (SpeakerTurn t : d.turns()) {
            int[] label = t.start() <= from && from < t.end() ? t.label(text) : null;
            if (label != null && label[0] == from && label[1] <= limit) {
                return pastWhiteSpace(text, label[1], limit);
            }
        }
        return from;
    }

    /** From after the previous . ! ? (or the line's start) to the next one, inclusive, within the line. */
    private static int[] sentence(String text, int start, int end) {
        int lineStart = lineStart(text, start);
        int lineEnd = lineEnd(text, start);
        int from = lineStart;
        for (int i = start - 1; i >= lineStart; i--) {
            int after = sentenceEndAt(text, i, lineEnd);
            if (after >= 0 && after <= start) {
                from = after;
                break;
            }
        }
        if (from == lineStart) {
            // A sentence at the start of a turn begins after its speaker label ("A01: ").
            java.util.regex.Matcher label = SPEAKER_LABEL.matcher(text).region(from, start);
            if (label.lookingAt()) {
                from = label.end();
            }
        }
        while (from < start && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int to = lineEnd(text, end);
        for (int i = end; i < to; i++) {
            int after = sentenceEndAt(text, i, to);
            if (after >= 0) {
                to = after;
                break;
            }
        }
        return new int[] {from, to};
    }

    /**
     * Where the sentence ends when a mark that may end one stands at {@code i} (. ! ? …), past closing quotes and
     * brackets; -1 when it ends none there: a sentence ends at the line's end or where white space and what opens a
     * sentence follow (a capital, a digit, a quote). Not "3.5", "dhr. de Vries", ". . . en toen" or "zo… dan"
     * (QA: ". . ." ended a sentence, and "Code the hits" coded a near copy of a quotation).
     */
    private static int sentenceEndAt(String text, int i, int lineEnd) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != '…') {
            return -1;
        }
        int after = i + 1;
        while (after < lineEnd && "\"'”’)]".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        if (after >= lineEnd) {
            return after;
        }
        if (!Character.isWhitespace(text.charAt(after))) {
            return -1;
        }
        int next = after;
        while (next < lineEnd && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= lineEnd) {
            return after;
        }
        char opening = text.charAt(next);
        return Character.isUpperCase(opening) || Character.isDigit(opening) || "\"'“‘’([#".indexOf(opening) >= 0
                ? after : -1;
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    private static int lineEnd(String text, int offset) {
        int at = text.indexOf('\n', offset);
        return at < 0 ? text.length() : at;
    }

    /** A quotation with the code holds the whole stretch already (the same one, or more): nothing to add. */
    private static boolean alreadyCoded(Project p, Stretch s, String codeId) {
        for (Quotation q : p.quotationsOf(s.documentId())) {
            if (q.start() <= s.start() && s.end() <= q.end()
                    && p.codingsOf(q.id()).stream().map(Coding::codeId).anyMatch(codeId::equals)) {
                return true;
            }
        }
        return false;
    }
}
