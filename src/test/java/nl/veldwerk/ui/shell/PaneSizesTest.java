package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import nl.veldwerk.ui.common.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sizes panes were dragged to come back at the next start; sizes that make no sense are not given back. */
@ExtendWith(ApplicationExtension.class)
class PaneSizesTest {
    private static final String PANE = "test-pane";
    private SplitPane shown;

    @Start
    void start(Stage stage) {
        shown = new SplitPane(new Label("a"), new Label("b"), new Label("c"));
        stage.setScene(new Scene(shown, 600, 300));
        stage.show();
    }

    @AfterEach
    void forget() {
        Preferences.forgetPaneDividers(PANE);
    }

    @Test
    void theSizesAPaneWasDraggedToComeBack(FxRobot robot) {
        PaneSizes before = new PaneSizes();
        robot.interact(() -> {
            before.follow(PANE, shown);
            shown.setDividerPositions(0.2, 0.6); // as a drag leaves them
            before.keep();
        });
        SplitPane next = new SplitPane(new Label("a"), new Label("b"), new Label("c"));
        next.setDividerPositions(0.33, 0.66);
        new PaneSizes().follow(PANE, next);
        assertArrayEquals(new double[] {0.2, 0.6}, next.getDividerPositions(), 0.001);
    }

    @Test
    void aPaneSqueezedShutGetsItsFirstSizeAndTheOthersKeepTheirs() {
        double[][][] keptAndGiven = {
                {{0.0, 0.5}, {0.33, 0.5}}, {{0.2, 1.0}, {0.2, 0.66}}, {{0.5, 0.505}, {0.5, 0.66}},
                {{0.2, Double.NaN}, {0.2, 0.66}}};
        for (double[][] pair : keptAndGiven) {
            Preferences.setPaneDividers(PANE, pair[0]);
            SplitPane next = new SplitPane(new Label("a"), new Label("b"), new Label("c"));
            next.setDividerPositions(0.33, 0.66);
            new PaneSizes().follow(PANE, next);
            assertArrayEquals(pair[1], next.getDividerPositions(), 0.001, java.util.Arrays.toString(pair[0]));
        }
    }

    @Test
    void sizesThatMakeNoSenseAreNotGivenBack() {
        for (double[] kept : new double[][] {{0.6, 0.2}, {0.7, 1.0}, {0.5}}) {
            Preferences.setPaneDividers(PANE, kept);
            SplitPane next = new SplitPane(new Label("a"), new Label("b"), new Label("c"));
            next.setDividerPositions(0.33, 0.66);
            new PaneSizes().follow(PANE, next);
            assertArrayEquals(new double[] {0.33, 0.66}, next.getDividerPositions(), 0.001, java.util.Arrays
                    .toString(kept));
        }
    }
}
