package nl.veldwerk.importer;

import java.util.EnumSet;

import nl.veldwerk.importer.LabelLine.Form;

/** The ways transcripts mark who speaks, each accepting some forms of a label line. */
public enum TranscriptLayout {
    /** "Interviewer: text", "I:", "B:text", "[00:01:23] Marco: text", f4's "I: text #00:01:22-6#". */
    LABEL_COLON(EnumSet.of(Form.LABEL_COLON_TEXT, Form.LABEL_COLON_ALONE)),
    /** The label in brackets, then the text ("[Interviewer] text"), as some transcription services write it. */
    LABEL_BRACKETS(EnumSet.of(Form.BRACKET_LABEL_TEXT)),
    /** The label, a dash, then the text ("I - text", "Interviewer – text"). */
    LABEL_DASH(EnumSet.of(Form.LABEL_DASH_TEXT)),
    /** The label alone on its line, the text below it ("INTERVIEWER", "Marvin:"). */
    LABEL_LINE(EnumSet.of(Form.LABEL_ALONE, Form.LABEL_COLON_ALONE)),
    /** A time mark and the label on a line, the text below (Word's Transcribe: "00:00:03 Speaker 1"). */
    TIME_LABEL_LINE(EnumSet.of(Form.TIME_LABEL_ALONE)),
    /** The label and a time mark on a line, the text below (Teams, Stream, Otter: "Jordan Lee   0:01"). */
    LABEL_TIME_LINE(EnumSet.of(Form.LABEL_TIME_ALONE)),
    /** Subtitles (.srt, .vtt) written out as "[00:01:23] Speaker: text" turns. */
    SUBTITLES(EnumSet.of(Form.LABEL_COLON_TEXT)),
    /** A table with a row per passage, its time, words and speaker in columns (NVivo's "Timespan / Content / Speaker"). */
    TIMESPAN_TABLE(EnumSet.of(Form.LABEL_COLON_TEXT)),
    /** No speaker turns: a text that is not a conversation, or one whose labels are too few to trust. */
    NONE(EnumSet.noneOf(Form.class));

    private final EnumSet<Form> forms;

    TranscriptLayout(EnumSet<Form> forms) {
        this.forms = forms;
    }

    boolean accepts(LabelLine line) {
        return forms.contains(line.form());
    }

    boolean accepts(Form form) {
        return forms.contains(form);
    }
}
