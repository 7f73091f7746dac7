package nl.veldwerk.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.veldwerk.model.SpeakerTurn;

/**
 * The turns of a text edited by hand, with a turn added where a line typed or pasted since the edit began opens
 * with the label of one of the document's speakers, or of another speaker the caller names ("Interviewer: Waarom?",
 * "Pieter Bakker  0:14" alone on its line as Otter writes it), inside another speaker's turn or in no turn: a
 * speaker change put right by hand.
 */
public final class EditedTurns {
    /** A time mark before a label ("[00:01:02] ", "#00:01:22-6# "), as transcripts write one. */
    private static final Pattern MARK_BEFORE = Pattern.compile("[\\[(#]?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,-]\\d{1,3})?"
            + "[\\])#]?[ \\t]+");

    private EditedTurns() {
    }

    /** A time after a label, alone on its line or before a colon: "Pieter Bakker  0:14", "Anna (00:01:02): ...". */
    private static final Pattern TIME_AFTER = Pattern.compile("[ \\t]+[\\[(]?(\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?)"
            + "[\\])]?[ \\t]*(?::.*)?");

    /** {@code turns} over {@code text}, with such turns added; the same list when no line asks for one. */
    public static List<SpeakerTurn> split(List<SpeakerTurn> turns, String before, String text) {
        return split(turns, before, text, Set.of());
    }

    /**
     * As {@link #split(List, String, String)}, {@code alsoSpeakers} taken as speakers too (labels typed for a speaker
     * the document does not have yet: QA, "Boer: ..." became no turn without a word).
     */
    public static List<SpeakerTurn> split(List<SpeakerTurn> turns, String before, String text,
                                          java.util.Collection<String> alsoSpeakers) {
        // Only what changed: the text between what the two have in common at their start and at their end (review:
        // a label line repeated word for word elsewhere, or one the import left inside a turn, is no new one).
        int prefix = 0;
        int most = Math.min(before.length(), text.length());
        while (prefix < most && before.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < most - prefix
                && before.charAt(before.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        int changedTo = text.length() - suffix;
        Set<String> speakers = new LinkedHashSet<>();
        turns.forEach(t -> speakers.add(t.speaker()));
        speakers.addAll(alsoSpeakers);
        // The label lines of what changed, before and after, from the line the change begins in: a line there
        // before, word for word, is no new one (one the import left inside a turn, a line repeated elsewhere).
        int from = prefix == 0 ? 0 : text.lastIndexOf('\n', prefix - 1) + 1;
        java.util.Map<String, Integer> there = new java.util.HashMap<>();
        forEachLabelLine(before, from, before.length() - suffix, speakers,
                (line, start, speaker) -> there.merge(line, 1, Integer::sum));
        List<SpeakerTurn> result = new ArrayList<>(turns);
        boolean[] changed = {false};
        forEachLabelLine(text, from, changedTo, speakers, (line, start, speaker) -> {
            Integer had = there.get(line);
            if (had != null && had > 0) {
                there.put(line, had - 1);
            } else {
                changed[0] |= startTurn(result, speaker, start, text);
            }
        });
        return changed[0] ? result : turns;
    }

    /**
     * Starts a turn of {@code speaker} at {@code at}: the turn around it (another speaker's) ends there, or, in no
     * turn, it runs to the next turn's start. False when a turn starts there already or is the speaker's own.
     */
    private static boolean startTurn(List<SpeakerTurn> turns, String speaker, int at, String text) {
        for (int i = 0; i < turns.size(); i++) {
            SpeakerTurn t = turns.get(i);
            if (t.start() == at) {
                return false;
            }
            if (t.start() < at && at < t.end()) {
                if (t.speaker().equals(speaker)) {
                    return false;
                }
                SpeakerTurn next = i + 1 < turns.size() ? turns.get(i + 1) : null;
                if (next != null && next.speaker().equals(speaker) && next.start() == t.end()
                        && next.start() <= lineEnd(text, at)) { // a time mark typed before its label, in the turn before
                    turns.set(i, t.withRange(t.start(), at));
                    turns.set(i + 1, new SpeakerTurn(speaker, at, next.end(), timeAt(text, at, next, speaker)));
                    return true;
                }
                turns.set(i, t.withRange(t.start(), at));
                turns.add(i + 1, new SpeakerTurn(speaker, at, t.end(), timeAt(text, at, null, speaker)));
                return true;
            }
            if (t.start() > at) { // in no turn: up to the next one, or that one begun earlier on its own line
                if (t.speaker().equals(speaker) && t.start() <= lineEnd(text, at)) {
                    turns.set(i, new SpeakerTurn(speaker, at, t.end(), timeAt(text, at, t, speaker))); // a mark typed before it
                } else {
                    turns.add(i, new SpeakerTurn(speaker, at, t.start(), timeAt(text, at, null, speaker)));
                }
                return true;
            }
        }
        turns.add(new SpeakerTurn(speaker, at, text.length(), timeAt(text, at, null, speaker)));
        return true;
    }

    /**
     * The time of the mark that opens the line at {@code at} ("[00:01:02] Interviewer: ..."), as the importer reads
     * a turn's time; else the time {@code had} had (null for none). The player highlights and follows a turn by it.
     */
    private static Long timeAt(String text, int at, SpeakerTurn had, String speaker) {
        Matcher mark = MARK_BEFORE.matcher(text).region(at, lineEnd(text, at));
        if (mark.lookingAt()) {
            java.util.List<nl.veldwerk.model.TimeMark> found = nl.veldwerk.model.TimeMarks.find(
                    text.substring(at, mark.end()));
            if (!found.isEmpty() && found.getFirst().start() == 0) {
                return found.getFirst().millis();
            }
        }
        String line = text.substring(at, lineEnd(text, at)).toLowerCase(Locale.ROOT);
        String label = speaker.toLowerCase(Locale.ROOT);
        String after = line.startsWith(label) ? timeAfter(line, label) : null;
        if (after != null) { // "Pieter Bakker  0:14": the time after the label, as the importer reads it
            java.util.List<nl.veldwerk.model.TimeMark> found = nl.veldwerk.model.TimeMarks.find(after);
            if (!found.isEmpty()) {
                return found.getFirst().millis();
            }
        }
        return had == null ? null : had.timestampMillis();
    }

    private static int lineEnd(String text, int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end;
    }

    private interface LabelLine {
        void found(String line, int start, String speaker);
    }

    /** Each line beginning in {@code [from, to]} of the text that opens with a speaker's label. */
    private static void forEachLabelLine(String text, int from, int to, Set<String> speakers, LabelLine found) {
        int lineStart = from;
        while (lineStart < text.length() && lineStart <= to) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String speaker = speakerOf(text, lineStart, lineEnd, speakers);
            if (speaker != null) {
                found.found(text.substring(lineStart, lineEnd), lineStart, speaker);
            }
            lineStart = lineEnd + 1;
        }
    }

    /** The speaker whose label ("Name:", after a time mark, in any case) opens the line; the longest; or null. */
    private static String speakerOf(String text, int lineStart, int lineEnd, Set<String> speakers) {
        int at = lineStart;
        Matcher mark = MARK_BEFORE.matcher(text).region(lineStart, lineEnd);
        if (mark.lookingAt()) {
            at = mark.end();
        }
        String line = text.substring(at, lineEnd).toLowerCase(Locale.ROOT);
        String found = null;
        for (String s : speakers) {
            String label = s.toLowerCase(Locale.ROOT);
            if (line.startsWith(label) && (line.startsWith(label + ":") || timeAfter(line, label) != null)
                    && (found == null || s.length() > found.length())) {
                found = s;
            }
        }
        return found;
    }

    /** The time written right after {@code label} at the start of {@code line} ("Pieter Bakker  0:14"), or null. */
    private static String timeAfter(String line, String label) {
        Matcher after = TIME_AFTER.matcher(line).region(label.length(), line.length());
        return after.matches() ? after.group(1) : null;
    }
}
