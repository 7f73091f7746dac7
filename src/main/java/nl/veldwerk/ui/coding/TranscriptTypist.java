package nl.veldwerk.ui.coding;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.TimeMarks;
import nl.veldwerk.ui.app.Playback;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Preferences;
import org.fxmisc.richtext.InlineCssTextArea;

/**
 * Types time marks and speaker labels at the transcript's caret while transcribing. What it types goes in
 * as the user's own typing does: through the text area, so it becomes the same undoable text edit.
 */
final class TranscriptTypist implements Playback.Typist {
    /** A label as typed or imported: a few words without sentence marks, then a colon. */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._'-]{0,40}:");

    private final TranscriptView view;
    private final Supplier<Document> document;
    private final BooleanSupplier editing;
    /** Ends the project's undo step, so what is typed here is undone by itself (see {@link #insert}). */
    private final Runnable endStep;

    /** Says something in the status bar. */
    private final java.util.function.Consumer<String> say;

    TranscriptTypist(TranscriptView view, Supplier<Document> document, BooleanSupplier editing, Runnable endStep,
                     java.util.function.Consumer<String> say) {
        this.view = view;
        this.document = document;
        this.editing = editing;
        this.endStep = endStep;
        this.say = say;
    }

    @Override
    public void insertTimeMark(long millis) {
        if (!editing.getAsBoolean() || document.get() == null) {
            return;
        }
        InlineCssTextArea area = view.area();
        int caret = area.getCaretPosition();
        String text = area.getText();
        insert(area, caret, markTyped(text, caret, millis));
        // Typed as asked (a mark put right after a slip of the player is the user's to fix), but said: the turn
        // after a mark earlier than the one above it plays from the wrong place (QA).
        laterMarkAbove(text, caret, millis).ifPresent(above -> say.accept(I18n.text("transcription.markEarlier",
                TimeMarks.clockTenths(millis), TimeMarks.clockTenths(above.millis()))));
    }

    @Override
    public java.util.OptionalLong markBeforeCaret() {
        if (!editing.getAsBoolean() || document.get() == null) {
            return java.util.OptionalLong.empty();
        }
        InlineCssTextArea area = view.area();
        java.util.List<nl.veldwerk.model.TimeMark> marks = TimeMarks.find(area.getText(0, area.getCaretPosition()));
        return marks.isEmpty() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(marks.getLast().millis());
    }

    /** The last time mark before the caret, when it is later than {@code millis}. */
    static java.util.Optional<nl.veldwerk.model.TimeMark> laterMarkAbove(String text, int caret, long millis) {
        return TimeMarks.find(text.substring(0, caret)).stream().reduce((first, second) -> second)
                .filter(above -> above.millis() > millis);
    }

    /**
     * What F9 types at the caret: the mark, with a space before it after a word, and a space after it where text
     * will follow. f4 closes a turn with its mark ("Ja. #00:00:03-2#", nothing after); but at a turn's start (after
     * its label, or on a line of its own) or inside the text the mark opens or splits text, and without a space
     * the next word was glued to it ("#00:00:03-2#Laatste"). A bracketed mark always opens what follows.
     */
    static String markTyped(String text, int caret, long millis) {
        boolean spaceBefore = caret > 0 && !Character.isWhitespace(text.charAt(caret - 1));
        boolean f4 = f4Marks(text);
        String mark = f4 ? TimeMarks.f4(millis) : bracketedAsHere(text, millis);
        boolean textAfter = caret < text.length() && !Character.isWhitespace(text.charAt(caret));
        boolean spaceNext = caret < text.length() && (text.charAt(caret) == ' ' || text.charAt(caret) == '\t');
        boolean spaceAfter = !spaceNext && (!f4 || textAfter || atTurnStart(text, caret));
        return (spaceBefore ? " " : "") + mark + (spaceAfter ? " " : "");
    }

    /** Whether the line before the caret is empty or only a speaker's label ("I: ", "Jan de Vries:"). */
    private static boolean atTurnStart(String text, int caret) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, caret - 1)) + 1;
        String before = caret <= lineStart ? "" : text.substring(lineStart, caret).strip();
        return before.isEmpty() || SPEAKER_LABEL.matcher(before).matches();
    }

    /**
     * A bracketed mark with as many digits after the second as the transcript's own first mark has ("[00:00:08.0]"
     * beside imported "[00:00:00.5]"; F9 typed "[00:00:08]" there, two kinds of mark in one text).
     */
    static String bracketedAsHere(String text, long millis) {
        for (var mark : TimeMarks.find(text)) {
            String written = text.substring(mark.start(), mark.end());
            if (written.startsWith("[")) {
                int dot = Math.max(written.indexOf('.'), written.indexOf(','));
                int digits = dot < 0 ? 0 : written.length() - 1 - dot - 1;
                return digits > 0 ? TimeMarks.bracketedExact(millis, digits) : TimeMarks.bracketed(millis);
            }
        }
        return TimeMarks.bracketed(millis);
    }

    /**
     * Whether the marks typed here are f4's ("#00:01:22-6#"): as the transcript's own marks are, so one text
     * does not mix two kinds; the preference decides in a transcript without marks.
     */
    static boolean f4Marks(String text) {
        var marks = TimeMarks.find(text);
        for (var mark : marks) {
            char first = text.charAt(mark.start());
            if (first == '#' || first == '[') {
                return first == '#';
            }
        }
        return Preferences.f4TimeMarks();
    }

    @Override
    public void insertNextSpeaker() {
        Document d = document.get();
        if (!editing.getAsBoolean() || d == null) {
            return;
        }
        InlineCssTextArea area = view.area();
        int caret = area.getCaretPosition();
        String text = area.getText();
        String speaker = NextSpeaker.after(text, caret, d.turns());
        int lineStart = text.lastIndexOf('\n', Math.max(0, caret - 1)) + 1;
        boolean onEmptyLine = caret == 0 || text.substring(lineStart, caret).isBlank();
        // On a line of its own, with no blank line before it: a blank line would be a paragraph of its own,
        // numbered in the margin and in reports (turns on ¶ 1, 3, 5…), unlike the lines of an imported transcript.
        insert(area, caret, (onEmptyLine ? "" : "\n") + speaker + ": ");
    }

    /**
     * Inserts at the caret, leaving any selected text as it is (a quotation just played stays whole). A step
     * of its own: typing merges into one undo step, and Ctrl+Z after F9 should take away the mark, not the
     * sentences typed around it.
     */
    private void insert(InlineCssTextArea area, int caret, String text) {
        endStep.run();
        area.insertText(caret, text);
        area.moveTo(caret + text.length());
        endStep.run();
    }
}
