package nl.veldwerk.ui.common;

import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;

/**
 * Keeps a field within the length the model accepts ({@link nl.veldwerk.model.Limits}): typing or pasting
 * past it keeps what fits. A field saved as the user pauses would otherwise be refused mid-sentence, with an
 * error popping up at every pause and the text left only in the field.
 */
public final class LengthLimit {
    private LengthLimit() {
    }

    public static void install(int max, TextInputControl... fields) {
        for (TextInputControl field : fields) {
            boolean oneLine = field instanceof javafx.scene.control.TextField;
            field.setTextFormatter(new TextFormatter<String>(change -> {
                if (oneLine && change.getText().matches("(?s).*[\\t\\n\\r].*")) {
                    // Pasted lines become words of one line: the field would drop the breaks, joining the words.
                    change.setText(change.getText().replaceAll("[\\t\\n\\r]+", " "));
                }
                String added = change.getText();
                int kept = change.getControlNewText().length() - added.length(); // what stays around the change
                int fits = Math.max(0, max - kept);
                if (change.isContentChange() && added.length() > fits) {
                    change.setText(added.substring(0, fits)); // deleting always works, inserting only what fits
                    int caret = change.getRangeStart() + fits;
                    change.selectRange(caret, caret);
                }
                return change;
            }));
        }
    }
}
