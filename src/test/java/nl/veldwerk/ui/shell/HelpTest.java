package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help → Guide (F1) shows the shipped guide with its screenshots; Help → Keyboard shortcuts lists the keys. */
class HelpTest extends WorkbenchTest {
    @Test
    void theShortcutSheetIsReadFromTheMenusThemselves(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ShortcutsWindow.Shortcut> sheet = robot.lookup("#shortcuts").queryTableView();
        List<String> actions = sheet.getItems().stream().map(s -> s.keys() + " " + s.action()).toList();
        assertTrue(actions.stream().anyMatch(a -> a.startsWith("Ctrl+K") && a.contains("Coding → Code with")), actions
                .toString());
        assertTrue(actions.stream().anyMatch(a -> a.startsWith("Ctrl+G") && a.contains("Go to quotation")));
        assertTrue(actions.stream().anyMatch(a -> a.startsWith("Ctrl+Shift+C") && a.contains("Code manager")));
        assertTrue(actions.stream().anyMatch(a -> a.startsWith("Alt + drag")), "and the keys outside the menus");
        assertTrue(actions.stream().anyMatch(a -> a.startsWith("Shift + arrows") && a.contains("without the mouse")),
                "selecting in the transcript by keyboard, to code without the mouse");
        assertTrue(actions.stream().anyMatch(a -> a.startsWith("F4 Play or pause")), "and the transcription keys");
        assertTrue(actions.stream().anyMatch(a -> a.startsWith("F9 Insert a time mark")), actions.toString());
        assertTrue(actions.stream().anyMatch(a -> a.startsWith("Ctrl+T") && a.contains("To the text")));
        // Every description shown whole, wrapped in its row (QA: long ones ended in "…" with no way to read them).
        robot.interact(() -> sheet.scrollTo(sheet.getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.text.Text> shown = robot.lookup("#shortcut-cell .text").queryAllAs(javafx.scene.text.Text.class)
                .stream().filter(t -> !t.getText().isEmpty()).toList();
        assertTrue(shown.stream().anyMatch(t -> t.getText().startsWith("In the transcript")), "the long ones in view");
        for (javafx.scene.text.Text text : shown) {
            javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) text.getParent();
            assertTrue(text.getLayoutBounds().getHeight() <= cell.getHeight() + 0.5 && text.getLayoutBounds().getWidth()
                    <= cell.getWidth() + 0.5,
                    "whole in its row: " + text.getText());
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#shortcuts").tryQuery().isEmpty(), "Esc closes the sheet");
    }

    @Test
    void theGuideShowsItsSectionsAndScreenshots(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.VBox guide = robot.lookup("#guide").query();
        List<String> headings = guide.getChildren().stream().filter(n -> n.getStyleClass().contains("guide-h2"))
                .map(n -> ((Label) n).getText()).toList();
        assertTrue(headings.size() >= 7 && headings.getFirst().contains("project")
                && headings.getLast().contains("Report"), headings.toString());
        long images = guide.getChildren().stream().filter(n -> n instanceof ImageView v && v.getImage() != null
                && !v.getImage().isError() && v.getImage().getWidth() > 0).count();
        assertEquals(9, images, "the nine screenshots of the guide, shipped with it");
        assertTrue(guide.getChildren().stream().anyMatch(n -> n instanceof Label l && l.getStyleClass().contains(
                "guide-bullet") && l.getText().startsWith("•  Select text") && l.getText().contains("Ctrl+K opens")),
                "a bullet's wrapped lines stay in the bullet");
    }
}
