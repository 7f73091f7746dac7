package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Fields kept within the model's lengths; a one-line field takes pasted lines as words of one line. */
@ExtendWith(ApplicationExtension.class)
class LengthLimitTest {
    @Start
    void start(Stage stage) {
        // the JavaFX toolkit, for the fields
    }

    @Test
    void pastedLinesBecomeWordsInAOneLineFieldAndStayLinesInAnArea() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            TextField name = new TextField();
            LengthLimit.install(20, name);
            name.replaceSelection("Regel een\nRegel twee en nog veel meer");
            assertEquals("Regel een Regel twee", name.getText(), "a space where the break was, then cut to 20");
            TextArea note = new TextArea();
            LengthLimit.install(100, note);
            note.replaceSelection("Regel een\nRegel twee");
            assertEquals("Regel een\nRegel twee", note.getText());
        }).get();
    }
}
