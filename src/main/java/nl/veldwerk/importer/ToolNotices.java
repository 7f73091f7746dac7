package nl.veldwerk.importer;

import java.util.regex.Pattern;

/**
 * Lines a transcription service writes at the end of its transcript, not said in the interview: Otter's closing
 * "Transcribed by https://otter.ai", Sonix's "Automatically transcribed by Sonix.ai", Teams' "Anna Jansen stopped
 * transcription" (in Dutch "... heeft de transcriptie gestopt"), Google Meet's "Meeting ended after 00:11:42", and a
 * typist's "[einde opname]" or "--- End of interview ---". Closing the last turn, they are left out of it, in no turn, as a header above the first label is (QA:
 * search, word counts and code-hits gave them to the last speaker).
 */
final class ToolNotices {
    /**
     * The services a credit line names without a web address ("Transcribed by Happy Scribe"); any name with one
     * ("Sonix.ai", "Rev.com") is a service's too. "Transcribed by my colleague Anna" is someone's words (review).
     */
    private static final String SERVICES = "amberscript|happy ?scribe|trint|descript|temi|rev|otter|sonix|notta"
            + "|fireflies|turboscribe|whisper|good ?tape|transkriptor|vocalmatic|speechmatics";

    /** A whole line, without a sentence's closing mark (a speaker who says such a thing ends the sentence). */
    private static final Pattern NOTICE = Pattern.compile("(?iu)(?:transcribed by (?:https?://)?[\\w-]{1,63}"
            + "(?:\\.[\\w-]{1,63}){1,4}/?"
            + "|(?:automatically |automatisch )?(?:transcribed|getranscribeerd) (?:by|with|using|door|met)"
            + " (?:[\\p{L}\\d-]{1,40}\\.[\\p{L}]{2,6}|" + SERVICES + ")"
            + "|meeting ended after \\d{1,2}:\\d{2}(?::\\d{2})?\\W{0,8}"
            + "|(?:de )?vergadering is beëindigd na \\d{1,2}:\\d{2}(?::\\d{2})?\\W{0,8}"
            + "|[-=*_ \\[(]*(?:einde|eind|end)(?: (?:van|of))?(?: (?:de|het|the))? (?:opname|interview|gesprek"
            + "|transcript|transcriptie|recording|tape|audio|bestand|file)[-=*_ \\])]*\\.?"
            + "|\\S.{0,80} (?:started|stopped) transcription"
            + "|\\S.{0,80} heeft (?:de )?transcriptie (?:gestart|gestopt|beëindigd)"
            + "|\\S.{0,80} is (?:begonnen|gestopt) met (?:het )?transcriberen)");

    /** No notice is longer: a longer line is speech, and is not copied to be looked at. */
    private static final int LONGEST = 200;

    private ToolNotices() {
    }

    /**
     * Where the last turn, whose speech begins at or after {@code from}, ends when the notice lines that close the
     * text before {@code end} are left out; {@code end} when none does. The first line of speech is the turn's own,
     * whatever it says (the label may stand on a line of its own, the speech on the next).
     */
    static int before(String text, int from, int end) {
        int speech = from;
        while (speech < end && Character.isWhitespace(text.charAt(speech))) {
            speech++;
        }
        int ownLineEnd = text.indexOf('\n', speech);
        if (ownLineEnd < 0 || ownLineEnd >= end) {
            return end;
        }
        int kept = end;
        while (true) {
            int last = SpeakerTurnDetector.trimEnd(text, ownLineEnd, kept);
            int lineStart = text.lastIndexOf('\n', last - 1) + 1;
            if (lineStart <= ownLineEnd || last - lineStart > LONGEST
                    || !NOTICE.matcher(text.substring(lineStart, last).strip()).matches()) {
                return kept;
            }
            kept = lineStart;
        }
    }
}
