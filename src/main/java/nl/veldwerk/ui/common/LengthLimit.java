package nl.veldwerk.ui.common;

import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;

/**
 * Keeps a field within the length the model accepts ({@link nl.veldwerk.model.Limits}): typing or pasting
 * past it keeps what fits, and says so under the field. A field saved as the user pauses would otherwise be
 * refused mid-sentence, with an error popping up at every pause and the text left only in the field.
 */
public final class LengthLimit {
    private LengthLimit() {
    }

    /** The id of the note that says a text was cut, shown under the field for a few seconds. */
    public static final String NOTE_ID = "length-limit-note";

    /** Says, under the field, that what was typed or pasted was cut at {@code max} characters. */
    private static void sayCut(TextInputControl field, int max) {
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        javafx.application.Platform.runLater(() -> { // after the change is in the field
            javafx.geometry.Bounds at = field.localToScreen(field.getBoundsInLocal());
            if (at == null) {
                return;
            }
            // One note per field, its time started again: a key held at the limit stacked a note per key (review).
            Note note = (Note) field.getProperties().computeIfAbsent(NOTE_ID, k -> new Note(max));
            note.tip().show(field, at.getMinX(), at.getMaxY() + 2);
            note.hide().playFromStart();
        });
    }

    /**
     * A text field with a formatter keeps Escape to itself (JavaFX takes it to undo an edit of the formatter's value,
     * and stops it there), so a dialog's Cancel and a window's Escape did nothing while such a field had the focus
     * (QA: the name dialogs stayed open). This formatter keeps no value to go back to: for the key's time the field
     * is without it, so Escape goes on as from any other field; the field's own handlers still see it.
     */
    private static void escapeGoesOn(TextInputControl field) {
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            TextFormatter<?> formatter = field.getTextFormatter();
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && formatter != null) {
                field.setTextFormatter(null);
                javafx.application.Platform.runLater(() -> {
                    if (field.getTextFormatter() == null) {
                        field.setTextFormatter(formatter);
                    }
                });
            }
        });
    }

    /** A field's note and the pause after which it goes. */
    private record Note(javafx.scene.control.Tooltip tip, javafx.animation.PauseTransition hide) {
        Note(int max) {
            this(new javafx.scene.control.Tooltip(I18n.text("limit.cut", max)),
                    new javafx.animation.PauseTransition(javafx.util.Duration.seconds(4)));
            tip.setId(NOTE_ID);
            hide.setOnFinished(e -> tip.hide());
        }
    }

    public static void install(int max, TextInputControl... fields) {
        for (TextInputControl field : fields) {
            boolean oneLine = field instanceof javafx.scene.control.TextField;
            escapeGoesOn(field);
            field.setTextFormatter(new TextFormatter<String>(change -> {
                if (oneLine && change.getText().matches("(?s).*[\\t\\n\\r].*")) {
                    // Pasted lines become words of one line: the field would drop the breaks, joining the words.
                    change.setText(change.getText().replaceAll("[\\t\\n\\r]+", " "));
                }
                String added = change.getText();
                int kept = change.getControlNewText().length() - added.length(); // what stays around the change
                int fits = Math.max(0, max - kept);
                if (change.isContentChange() && added.length() > fits) {
                    if (fits > 0 && Character.isHighSurrogate(added.charAt(fits - 1))) {
                        fits--; // not half of a character (an emoji) at the end
                    }
                    change.setText(added.substring(0, fits)); // deleting always works, inserting only what fits
                    int caret = change.getRangeStart() + fits;
                    change.selectRange(caret, caret);
                    sayCut(field, max); // QA: a 1,100-character name was taken as 1,000 without a word
                }
                return change;
            }));
        }
    }
}
