package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long header (a merge says which code goes and what moves) wraps at the list's width: on one line it made the
 * chooser wider than the screen and was cut off; held to no width it ran down the window a letter per line.
 */
@ExtendWith(ApplicationExtension.class)
class CodeChooserHeaderTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void aLongHeaderWrapsAtTheListsWidth(FxRobot robot) throws Exception {
        Project p = new Project(ProjectInfo.named("P", Instant.EPOCH));
        p.put(Code.of("a", "Onbekendheid bij inwoners", null, null));
        String header = ("‘Onbekendheid bij wijkcoaches’ samenvoegen met de code die u hier kiest. ‘Onbekendheid bij "
                + "wijkcoaches’ verdwijnt; de coderingen, subcodes, memo’s, relaties en definitie gaan naar die code.");
        Platform.runLater(() -> CodeChooser.choose(owner, "Samenvoegen met…", header, p, c -> true, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w != owner && w.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        Window chooser = robot.listWindows().stream().filter(w -> w != owner && w.isShowing()).findFirst().orElseThrow();
        try {
            Label heading = robot.from(chooser.getScene().getRoot()).lookup((Label l) -> header.equals(l.getText()))
                    .query();
            assertTrue(chooser.getWidth() < 700, "the chooser as wide as its list, not its header: " + chooser.getWidth());
            assertTrue(heading.getWidth() >= 400, "the header as wide as the list: " + heading.getWidth());
            assertTrue(heading.getHeight() > 2 * heading.getFont().getSize() && heading.getHeight() < 160,
                    "wrapped over a few lines: " + heading.getHeight());
        } finally {
            robot.interact(() -> ((Stage) chooser).close());
        }
    }

    /**
     * Opened over its owner each time, wherever the owner is (QA: opened a second time, it stood at the screen's top
     * left corner, its title bar above the top).
     */
    @Test
    void itOpensOverItsOwnerEachTime(FxRobot robot) throws Exception {
        Project p = new Project(ProjectInfo.named("P", Instant.EPOCH));
        p.put(Code.of("a", "Angst", null, null));
        // A window of its own to move about: the test's primary stage is shared with the test classes after this
        // one, and moved and shrunk here it broke their layouts.
        Stage[] mover = new Stage[1];
        robot.interact(() -> {
            mover[0] = new Stage();
            mover[0].setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 700, 500));
            mover[0].show();
        });
        Stage moved = mover[0];
        try {
            for (double[] at : new double[][] {{420, 260}, {120, 90}}) {
                robot.interact(() -> {
                    moved.setX(at[0]);
                    moved.setY(at[1]);
                });
                Platform.runLater(() -> CodeChooser.choose(moved, "Kies", "Kies een code", p, c -> true, false));
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                        .anyMatch(w -> w != owner && w != moved && w.isShowing()));
                WaitForAsyncUtils.waitForFxEvents();
                Window chooser = robot.listWindows().stream().filter(w -> w != owner && w != moved && w.isShowing())
                        .findFirst().orElseThrow();
                try {
                    assertTrue(chooser.getX() >= moved.getX() && chooser.getX() < moved.getX() + moved.getWidth()
                            && chooser.getY() >= moved.getY() && chooser.getY() < moved.getY() + moved.getHeight(),
                            "over its owner at " + moved.getX() + "," + moved.getY() + ": " + chooser.getX() + ","
                                    + chooser.getY());
                } finally {
                    robot.interact(() -> ((Stage) chooser).close());
                }
            }
        } finally {
            robot.interact(moved::close);
        }
    }

    /** OK and Cancel for the mouse, inside the window (Enter, a double-click and Escape were the only ways out). */
    @Test
    void okTakesTheChosenCodeAndCancelTakesNone(FxRobot robot) throws Exception {
        Project p = new Project(ProjectInfo.named("P", Instant.EPOCH));
        p.put(Code.of("a", "Angst", null, null));
        p.put(Code.of("b", "Bekendheid", null, null));
        for (boolean pressOk : new boolean[] {true, false}) {
            java.util.concurrent.CompletableFuture<java.util.Optional<CodeChooser.Choice>> chosen =
                    new java.util.concurrent.CompletableFuture<>();
            Platform.runLater(() -> chosen.complete(CodeChooser.choose(owner, "Kies", "Kies een code", p, c -> true,
                    false)));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                    .anyMatch(w -> w != owner && w.isShowing()));
            WaitForAsyncUtils.waitForFxEvents();
            Window chooser = robot.listWindows().stream().filter(w -> w != owner && w.isShowing()).findFirst()
                    .orElseThrow();
            javafx.scene.control.Button ok = robot.from(chooser.getScene().getRoot()).lookup("#code-chooser-ok")
                    .queryButton();
            javafx.scene.control.Button cancel = robot.from(chooser.getScene().getRoot()).lookup("#code-chooser-cancel")
                    .queryButton();
            javafx.geometry.Bounds inWindow = ok.localToScene(ok.getBoundsInLocal());
            assertTrue(inWindow.getMaxY() <= chooser.getScene().getHeight() && ok.getHeight() > 10,
                    "the buttons show in the window: " + inWindow + " in " + chooser.getScene().getHeight());
            // In the order of every other dialog (a ButtonBar's, the system's): OK stood before Cancel here only.
            javafx.scene.control.ButtonBar bar = new javafx.scene.control.ButtonBar();
            boolean cancelFirst = bar.getButtonOrder().indexOf('C') < bar.getButtonOrder().indexOf('O');
            assertEquals(cancelFirst, cancel.localToScene(0, 0).getX() < ok.localToScene(0, 0).getX(),
                    "Cancel and OK as in the system's dialogs (" + bar.getButtonOrder() + ")");
            javafx.scene.control.ListView<?> list = robot.from(chooser.getScene().getRoot())
                    .lookup("#code-chooser-list").queryListView();
            robot.interact(() -> list.getSelectionModel().select(1));
            robot.interact(() -> (pressOk ? ok : cancel).fire());
            java.util.Optional<CodeChooser.Choice> answer = chosen.get(5, TimeUnit.SECONDS);
            org.junit.jupiter.api.Assertions.assertEquals(pressOk ? java.util.Optional.of("b") : java.util.Optional.empty(),
                    answer.map(c -> c.code().id()));
        }
    }
}
