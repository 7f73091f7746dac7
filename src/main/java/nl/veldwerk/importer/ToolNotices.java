package nl.veldwerk.importer;

import java.util.regex.Pattern;

/**
 * Lines a transcription service writes about its transcript, not said in the interview: Otter's closing "Transcribed
 * by https://otter.ai", and Teams' "Anna Jansen started transcription", "... stopped transcription" (in Dutch "... is
 * begonnen met transcriberen", "... heeft de transcriptie gestopt"). At the end of a turn they are left out of it, in
 * no turn, as a header above the first label is (QA: search, word counts and code-hits gave them to the last
 * speaker).
 */
final class ToolNotices {
    /** A whole line, without a sentence's closing mark (a speaker who says such a thing ends the sentence). */
    private static final Pattern NOTICE = Pattern.compile("(?iu)(?:transcribed by (?:https?://)?[\\w-]+(?:\\.[\\w-]+)+/?"
            + "|\\S.{0,80} (?:started|stopped) transcription"
            + "|\\S.{0,80} heeft (?:de )?transcriptie (?:gestart|gestopt|beëindigd)"
            + "|\\S.{0,80} is (?:begonnen|gestopt) met (?:het )?transcriberen)");

    private ToolNotices() {
    }

    /**
     * Where a turn whose speech begins at {@code from} ends when the lines closing it before {@code end} that are
     * such notices are left out; {@code end} when none is. The turn's first line is its own, whatever it says.
     */
    static int before(String text, int from, int end) {
        int kept = end;
        while (true) {
            int last = trimEnd(text, from, kept);
            int lineStart = text.lastIndexOf('\n', last - 1) + 1;
            if (last <= from || lineStart <= from || !NOTICE.matcher(text.substring(lineStart, last).strip()).matches()) {
                return kept;
            }
            kept = lineStart;
        }
    }

    private static int trimEnd(String text, int start, int end) {
        int i = end;
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
