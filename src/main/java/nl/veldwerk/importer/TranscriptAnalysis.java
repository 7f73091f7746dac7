package nl.veldwerk.importer;

import java.util.List;

import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.model.TimeMark;

/**
 * What the importer found in a transcript's text: the layout, the speaker turns, the speakers, the time marks,
 * and why there are no turns when there are none. This is what the import preview shows.
 *
 * @param text        the text to import: the file's text, with hard-wrapped turns joined when the layout
 *                    says they are one turn ({@code wrapsJoined}); turns and marks refer to this text
 * @param verdict     why the turns are what they are
 * @param longLinesBroken how many lines longer than {@link nl.veldwerk.model.LongLines#MAX} were broken into
 *                    paragraphs at a space (the preview says so: the file's lines are not the document's)
 * @param notes       what reading the file had to decide that the file left open: time lines that could not be
 *                    read, cues put in time order, a text not in UTF-8 (the preview says each)
 * @param leftOut     a word processor's notes, comments, headers and footers, left out of the text (said)
 */
public record TranscriptAnalysis(String text, TranscriptLayout layout, List<SpeakerTurn> turns,
                                 List<Speaker> speakers, List<TimeMark> timeMarks, boolean wrapsJoined,
                                 Verdict verdict, int longLinesBroken, ReadNotes notes, LeftOut leftOut) {
    public TranscriptAnalysis {
        if (longLinesBroken < 0) { // not broken yet
            String broken = nl.veldwerk.model.LongLines.broken(text); // length kept: turns and marks stay in place
            longLinesBroken = nl.veldwerk.model.LongLines.linesBroken(text, broken);
            text = broken;
        }
        leftOut = leftOut == null ? LeftOut.NONE : leftOut;
        notes = notes == null ? ReadNotes.NONE : notes;
        turns = List.copyOf(turns);
        speakers = List.copyOf(speakers);
        timeMarks = List.copyOf(timeMarks);
    }

    /** The findings in a text whose long lines are still to be broken. */
    public TranscriptAnalysis(String text, TranscriptLayout layout, List<SpeakerTurn> turns, List<Speaker> speakers,
                              List<TimeMark> timeMarks, boolean wrapsJoined, Verdict verdict) {
        this(text, layout, turns, speakers, timeMarks, wrapsJoined, verdict, -1, ReadNotes.NONE, LeftOut.NONE);
    }

    /** The same findings, named as another layout (subtitles are read as "label: text" turns). */
    TranscriptAnalysis as(TranscriptLayout named) {
        return new TranscriptAnalysis(text, named, turns, speakers, timeMarks, wrapsJoined, verdict, longLinesBroken,
                notes, leftOut);
    }

    /** The same findings, with what reading the file had to decide. */
    TranscriptAnalysis withNotes(ReadNotes read) {
        return new TranscriptAnalysis(text, layout, turns, speakers, timeMarks, wrapsJoined, verdict, longLinesBroken,
                read, leftOut);
    }

    /** The same findings, with what the file held beside its text and was left out. */
    TranscriptAnalysis withLeftOut(LeftOut left) {
        return new TranscriptAnalysis(text, layout, turns, speakers, timeMarks, wrapsJoined, verdict, longLinesBroken,
                notes, left);
    }

    /** One speaker as found: the label as most often written, the number of turns and how the first begins. */
    public record Speaker(String name, int turns, String firstWords) {
    }

    /** Why a text got the turns it got (for the preview, and for a message when it got none). */
    public enum Verdict {
        /** Labels that repeat and alternate as in a conversation. */
        CONVERSATION,
        /** The labels the user named. */
        LABELS_GIVEN,
        /** The user chose to import without turns. */
        TURNS_OFF,
        /** No line looks like the start of a turn. */
        NO_LABELS,
        /** Fewer than two labels that each open more than one turn. */
        TOO_FEW_SPEAKERS,
        /** The same label opens turn after turn: a list or a form, not a conversation. */
        NO_ALTERNATION,
        /** The labels are rare in the text (headers in a book, not turns in a conversation). */
        TOO_RARE,
        /** What follows the labels is too short to be speech (the fields of a form). */
        TOO_SHORT
    }
}
