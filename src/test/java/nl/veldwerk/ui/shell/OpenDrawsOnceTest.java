package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TabPane;
import nl.veldwerk.testing.WindowTestSupport;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a project draws what it shows once (issue 24): the first document's text and its quotations' styles are
 * set once, not again when the views take in the whole project; the code entry's review choices are not made again
 * when they are the same.
 */
class OpenDrawsOnceTest extends WorkbenchTest {
    @Test
    void theFirstDocumentIsDrawnOnceAndTheReviewChoicesAreNotMadeAgain(FxRobot robot) throws Exception {
        Path dir = openCopyOfSample(robot, "draws-once");
        TabPane explorer = robot.lookup("#explorer").query();
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> review = (ChoiceBox<Object>) explorer.getTabs().get(1).getContent().lookup("#code-review");
        InlineCssTextArea area = robot.lookup("#transcript").query();
        robot.interact(vm::close); // the window without a project, as at a start
        WindowTestSupport.idle(vm);
        AtomicInteger textSet = new AtomicInteger();
        AtomicInteger stylesSet = new AtomicInteger();
        AtomicInteger choicesMade = new AtomicInteger();
        robot.interact(() -> {
            area.plainTextChanges().subscribe(c -> textSet.incrementAndGet());
            // Styles set over text: the text the same before and after (empty changes, the area cleared, left out).
            area.richChanges().filter(c -> c.getInserted().length() > 0 && c.getInserted().getText().equals(
                    c.getRemoved().getText())).subscribe(c -> stylesSet.incrementAndGet());
            review.getItems().addListener((ListChangeListener<Object>) c -> choicesMade.incrementAndGet());
        });
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(area.getLength() > 0, "a document is shown");
        assertEquals(1, textSet.get(), "its text set once");
        assertEquals(1, stylesSet.get(), "its quotations' styles set once, not again after the views took in the project");
        assertEquals(0, choicesMade.get(), "the review choices, the same, not made again");
    }
}
