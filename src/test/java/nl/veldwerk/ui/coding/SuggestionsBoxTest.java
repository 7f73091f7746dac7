package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The code picker keeps room for its suggestions from the start: they arrive a moment after it opens, and a
 * picker low on the screen that grew then was moved up under the pointer.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionsBoxTest {
    private SuggestionsBox reserving;
    private SuggestionsBox growing;

    @Start
    void start(Stage stage) {
        reserving = new SuggestionsBox(s -> { }, s -> { }, s -> { });
        growing = new SuggestionsBox(s -> { }, s -> { }, s -> { });
        reserving.reserveRoomFor(Suggestions.SHOWN);
        stage.setScene(new Scene(new VBox(reserving, growing), 500, 700));
        stage.show();
    }

    private static List<Suggestions.Shown> five() {
        return IntStream.range(0, Suggestions.SHOWN).mapToObj(i -> new Suggestions.Shown("c" + i, "Code " + i,
                "#cc3333", 0.5, 1, 2, List.of("q" + i), List.of("1:" + i))).toList();
    }

    @Test
    void theRoomForFiveSuggestionsIsKeptWhileTheyAreWorkedOut(FxRobot robot) {
        robot.interact(() -> {
            reserving.working();
            growing.working();
        });
        double waiting = reserving.getHeight();
        double growingWaiting = growing.getHeight();
        robot.interact(() -> {
            reserving.show(five());
            growing.show(five());
        });
        assertTrue(growing.getHeight() > growingWaiting + 60, "without the room kept, five rows grow the box: "
                + growingWaiting + " → " + growing.getHeight());
        assertEquals(waiting, reserving.getHeight(), 0.5, "the same height before and after they came");
        assertEquals(growing.getHeight(), reserving.getHeight(), 8, "no more room than five rows take");
    }
}
