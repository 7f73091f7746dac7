package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A Word table's row comes in as its cells with a tab between them; on screen they must stand apart. */
@ExtendWith(ApplicationExtension.class)
class TranscriptTabsTest {
    private static final String ROW = "Taak\tUren per week\n";
    private InlineCssTextArea area;

    @Start
    void start(Stage stage) {
        area = new InlineCssTextArea(ROW);
        area.getStyleClass().add("transcript");
        Scene scene = new Scene(area, 500, 200);
        scene.getStylesheets().add(TranscriptTabsTest.class.getResource("/nl/veldwerk/ui/veldwerk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void cellsSeparatedByATabStandAWordsWidthApart(FxRobot robot) {
        double[] gap = new double[2];
        robot.interact(() -> {
            Bounds k = area.getCharacterBoundsOnScreen(3, 4).orElseThrow();
            Bounds u = area.getCharacterBoundsOnScreen(5, 6).orElseThrow();
            Bounds space = area.getCharacterBoundsOnScreen(9, 10).orElseThrow(); // the space in "Uren per"
            gap[0] = u.getMinX() - k.getMaxX();
            gap[1] = space.getWidth();
        });
        assertTrue(gap[0] > 2 * gap[1], "between \"Taak\" and \"Uren\" more than two spaces: " + gap[0] + " px, a space "
                + gap[1] + " px");
    }
}
