package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The paragraph numbers in the gutter: one line each, right-aligned, also in a transcript of 10,000 paragraphs. */
@ExtendWith(ApplicationExtension.class)
class ParagraphNumbersTest {
    private StackPane one;
    private StackPane five;

    @Start
    void start(Stage stage) {
        one = ParagraphNumbers.numberBox("7");
        five = ParagraphNumbers.numberBox("12345");
        Scene scene = new Scene(new VBox(one, five), 200, 100);
        scene.getStylesheets().add(ParagraphNumbers.class.getResource("/nl/veldwerk/ui/veldwerk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aFiveDigitNumberStaysOnOneLineAtTheGuttersRightEdge(FxRobot robot) {
        Text short1 = (Text) one.getChildren().getFirst();
        Text long5 = (Text) five.getChildren().getFirst();
        robot.interact(() -> { });
        assertTrue(long5.getLayoutBounds().getHeight() <= short1.getLayoutBounds().getHeight() + 0.5,
                "12345 on one line, no higher than 7: " + long5.getLayoutBounds());
        for (StackPane box : java.util.List.of(one, five)) {
            Bounds text = box.getChildren().getFirst().getBoundsInParent();
            assertEquals(ParagraphNumbers.WIDTH, box.getWidth(), 0.5);
            assertEquals(box.getWidth() - box.getPadding().getRight(), text.getMaxX(), 1.0,
                    "right-aligned at the gutter's edge, before its padding: " + text);
            assertTrue(text.getMinX() >= 0, "inside the gutter: " + text);
        }
    }

    /** An area that shows no document (an empty project) has no "1" beside nothing; a text's paragraphs are numbered. */
    @Test
    void anEmptyAreaHasNoNumberAndATextsParagraphsHaveTheirs(FxRobot robot) {
        org.fxmisc.richtext.StyleClassedTextArea area = new org.fxmisc.richtext.StyleClassedTextArea();
        java.util.function.IntFunction<javafx.scene.Node> numbers = ParagraphNumbers.factory(area);
        assertEquals("", numberOf(numbers.apply(0)), "no document shown");
        robot.interact(() -> area.replaceText("Eerste.\nTweede.\n"));
        assertEquals("1", numberOf(numbers.apply(0)));
        assertEquals("2", numberOf(numbers.apply(1)));
        assertEquals("", numberOf(numbers.apply(2)), "the empty line after the last line end");
    }

    private static String numberOf(javafx.scene.Node box) {
        return ((Text) ((StackPane) box).getChildren().getFirst()).getText();
    }
}
