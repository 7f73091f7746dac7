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
        // Typed after the project's undo: redo is the field's again (review: the project went first still).
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        robot.push(KeyCode.CONTROL, KeyCode.Z); // the deletion
        robot.push(KeyCode.CONTROL, KeyCode.Z); // the typing
        robot.push(KeyCode.CONTROL, KeyCode.Z); // nothing left: the project's review status again
        assertEquals(ReviewStatus.PROPOSED, status(first));
        robot.write("x");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals("x", field.getText(), "the typing since comes back, not the project's change");
        assertEquals(ReviewStatus.PROPOSED, status(first));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("abc");

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

    private String commentText() {
        return vm.session().project().memos().stream().filter(nl.veldwerk.model.Memo::comment).findFirst()
                .orElseThrow().text();
    }

    /** A comment's menu puts its words right or deletes it, each one undoable step (a typo could only be undone). */
    @Test
    void aCommentIsEditedAndDeletedFromItsMenu(FxRobot robot) throws Exception {
        openCopyOfSample(robot, "thread-menu");
        Code code = vm.session().project().codes().stream().filter(c -> c.parentId() != null).findFirst().orElseThrow();
        show(robot, code);
        TextField field = robot.lookup("#code-new-comment").query();
        robot.interact(field::requestFocus);
        robot.write("Defintie te breed?").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.CheckBox comment = robot.lookup(".comment-open").query();
        dialogs.text = "Definitie te breed?";
        robot.interact(() -> comment.getContextMenu().getItems().get(0).fire());
        nl.veldwerk.model.Memo edited = vm.session().project().memos().stream().filter(nl.veldwerk.model.Memo::comment)
                .findFirst().orElseThrow();
        assertEquals("Definitie te breed?", edited.text());
        assertEquals("Done: Edit a review comment (Edit → Undo takes it back)", vm.statusProperty().get());
        robot.interact(vm::undo);
        assertEquals("Defintie te breed?", commentText());
        robot.interact(vm::redo);

        javafx.scene.control.CheckBox again = robot.lookup(".comment-open").query();
        robot.interact(() -> again.getContextMenu().getItems().get(1).fire());
        assertEquals(0, vm.session().project().memos().stream().filter(nl.veldwerk.model.Memo::comment).count());
        robot.interact(vm::undo);
        assertEquals("Definitie te breed?", commentText(), "back as it was");

        // A resolved comment is settled: its words are not edited (when it was resolved is its last change).
        javafx.scene.control.CheckBox open = robot.lookup(".comment-open").query();
        robot.interact(open::fire);
        javafx.scene.control.CheckBox resolved = robot.lookup(".comment-resolved").query();
        org.junit.jupiter.api.Assertions.assertTrue(resolved.getContextMenu().getItems().get(0).isDisable());
    }
}
