package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.ReviewStatus;
import nl.veldwerk.project.CodebookCommands;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review comment field below a code: redo retraces the undo keys (the project's change undone from the field
 * comes back before the field's typing), and a comment begun stays with its code, the field's undo its own.
 */
class ReviewThreadKeysTest extends WorkbenchTest {
    private void show(FxRobot robot, Code code) {
        robot.interact(() -> vm.codeToShowProperty().set(code.id()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ReviewStatus status(Code code) {
        return vm.session().project().code(code.id()).orElseThrow().review();
    }

    @Test
    void redoBringsBackTheProjectsChangeBeforeTheTypingAndADraftStaysWithItsCode(FxRobot robot) throws Exception {
        openCopyOfSample(robot, "thread-keys");
        List<Code> codes = vm.session().project().codes().stream().filter(c -> c.parentId() != null)
                .sorted(Comparator.comparing(Code::name)).toList();
        Code first = codes.getFirst();
        Code second = codes.get(1);
        show(robot, first);
        robot.interact(() -> vm.session().execute(CodebookCommands.review(first.id(), ReviewStatus.NEEDS_WORK)));
        TextField field = robot.lookup("#code-new-comment").query();
        robot.interact(field::requestFocus);
        robot.write("abc");
        robot.push(KeyCode.CONTROL, KeyCode.Z); // the typing
        assertEquals("", field.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z); // nothing left in the field: the project's last change
        assertEquals(ReviewStatus.PROPOSED, status(first));
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(ReviewStatus.NEEDS_WORK, status(first), "the project's change comes back first");
        assertEquals("", field.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals("abc", field.getText(), "then the typing");

        // Begun on one code, not added: another code's field is empty and has nothing of it to undo.
        show(robot, second);
        TextField secondField = robot.lookup("#code-new-comment").query();
        assertEquals("", secondField.getText());
        robot.interact(secondField::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", secondField.getText(), "no words of the other code's comment");
        show(robot, first);
        assertEquals("abc", robot.lookup("#code-new-comment").queryAs(TextField.class).getText(), "still begun there");
    }
}
