package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A thousand speakers (a study with a respondent per interview) take a band of a few lines that scrolls, not
 * the height of a thousand boxes: laid out whole they pushed the "code the hits" dialog's buttons off the
 * screen and the word list out of the analysis window.
 */
@ExtendWith(ApplicationExtension.class)
class SpeakerBoxesTest {
    private final Set<String> leftOut = new HashSet<>();
    private Region many;
    private Region few;

    @Start
    void start(Stage stage) {
        List<String> speakers = IntStream.rangeClosed(1, 1000).mapToObj(i -> String.format("R%04d", i)).toList();
        many = SpeakerBoxes.of(speakers, leftOut, "s-", () -> { });
        few = SpeakerBoxes.of(List.of("Interviewer", "R01"), new HashSet<>(), "f-", () -> { });
        stage.setScene(new Scene(new VBox(few, many), 700, 500));
        stage.show();
    }

    @Test
    void manySpeakersScrollInABandOfAFewLines(FxRobot robot) {
        assertTrue(many.getHeight() <= 110, "the band's height: " + many.getHeight());
        assertTrue(few.getHeight() < 60, "two speakers on one line: " + few.getHeight());
        assertEquals(1000, many.lookupAll(".check-box").size(), "every speaker is there to tick");
        CheckBox r0007 = (CheckBox) many.lookup("#s-R0007");
        robot.interact(() -> r0007.setSelected(false));
        assertEquals(Set.of("R0007"), leftOut);
    }
}
