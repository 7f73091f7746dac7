package nl.veldwerk.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.search.Concordance;
import nl.veldwerk.search.SearchAndCode;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.shell.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyword in context and search-and-code that leave out the interviewer, in the real window: KWIC in
 * aligned columns, and a preview with a box per stretch, of which only the ticked are coded (one undo).
 */
class SpeakerAwareSearchTest extends WorkbenchTest {
    private static final String TEXT = "Interviewer: Kent u de buurtcoach?\n"
            + "R01: De buurtcoach ken ik. Een goede buurtcoach helpt.\n"
            + "Interviewer: En wat doet de buurtcoach?\n"
            + "R01: De buurtcoach helpt mij.\n";

    private void open(FxRobot robot) throws Exception {
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Sprekers", "", "nl", Fixtures.T));
        List<SpeakerTurn> turns = new java.util.ArrayList<>();
        int at = 0;
        for (String line : TEXT.split("\n")) {
            turns.add(new SpeakerTurn(line.substring(0, line.indexOf(':')), at, at + line.length(), null));
            at += line.length() + 1;
        }
        p.put(Document.of("d", "R01", TEXT, SourceFormat.TXT, turns, Fixtures.T).withNumber(1));
        p.put(Code.of("coach", "Buurtcoach", "#cc3333", null));
        Path dir = tmp.resolve("sprekers-" + System.nanoTime());
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(4));
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#search-query").query()).setText(
                "buurtcoach"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void keywordInContextLeavesOutTheInterviewerInAlignedColumns(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#search-speakers");
        robot.clickOn("Interviewer");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of("Interviewer"), workbench.search().leftOutSpeakers());
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#search-query").query()).setText(
                "buurtcoach geen"));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#kwic").query()).fire());
        // Found on the window's own thread: until it says how many.
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !robot.lookup("#kwic-count")
                .queryLabeled().getText().isEmpty());
        TableView<Concordance.Line> kwic = robot.lookup("#kwic-table").queryTableView();
        // The stop word is not looked for: not named in the title, said beside the count.
        assertEquals("Keyword in context: buurtcoach", ((javafx.stage.Stage) kwic.getScene().getWindow()).getTitle());
        assertEquals("3 occurrences, without Interviewer · “geen” not looked for: too common to look for alone; put "
                + "it in quotes to look for it too", robot.lookup("#kwic-count").queryLabeled().getText());
        assertEquals(3, kwic.getItems().size(), "the respondent's three, not the interviewer's two");
        assertTrue(kwic.getItems().stream().allMatch(l -> "R01".equals(l.speaker())));
        WaitForAsyncUtils.waitForFxEvents();
        List<TableCell<?, ?>> keywords = cells(robot, "kwic-keyword");
        List<TableCell<?, ?>> lefts = cells(robot, "kwic-left");
        assertEquals(3, keywords.size());
        double x = keywords.getFirst().localToScreen(0, 0).getX();
        assertTrue(keywords.stream().allMatch(c -> Math.abs(c.localToScreen(0, 0).getX() - x) < 0.5),
                "the keywords in one column");
        assertTrue(lefts.stream().allMatch(c -> c.getAlignment() == Pos.CENTER_RIGHT),
                "what precedes ends against the keyword");
        assertTrue(keywords.stream().allMatch(c -> c.getAlignment() == Pos.CENTER));
    }

    private static List<TableCell<?, ?>> cells(FxRobot robot, String styleClass) {
        return robot.lookup(".table-cell." + styleClass).queryAll().stream()
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).filter(c -> c.getItem() != null && !c.isEmpty())
                .toList();
    }

    /** Opens "code the hits" on the words searched and its code chooser; the dialog's preview. */
    private ListView<SearchAndCode.Stretch> codeHitsChoosingACode(FxRobot robot) throws Exception {
        open(robot);
        // "geen" is too common to look for alone: not looked for (the same hits), and said instead of named.
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#search-query").query()).setText(
                "geen buurtcoach*"));
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Button) robot.lookup("#code-hits").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        // A wildcard is not used here: said, not silently dropped (QA: "voorzien*" headed as "voorzien").
        assertEquals("Code every occurrence of: buurtcoach\n“geen” not looked for: too common to look for alone; "
                + "put it in quotes to look for it too\nWildcards and fuzzy words (*, ?, ~) are not used here: each word "
                + "is found in every inflection, as keyword in context finds it.",
                robot.lookup("#code-hits-header").queryLabeled().getText());
        ListView<SearchAndCode.Stretch> preview = robot.lookup("#code-hits-preview").query();
        // Over the main window, not in the screen's corner (its title bar was above the screen there).
        javafx.stage.Window dialog = preview.getScene().getWindow();
        javafx.stage.Window owner = ((javafx.stage.Stage) dialog).getOwner();
        assertTrue(owner != null && dialog.getX() >= owner.getX() && dialog.getY() > owner.getY()
                && dialog.getX() + dialog.getWidth() <= owner.getX() + owner.getWidth() + 1,
                dialog.getX() + "," + dialog.getY() + " over " + owner.getX() + "," + owner.getY());
        robot.targetWindow(dialog).clickOn("#code-hits-code");
        return preview;
    }

    @Test
    void searchAndCodeCodesOnlyTheTickedStretchesWithoutTheInterviewer(FxRobot robot) throws Exception {
        ListView<SearchAndCode.Stretch> preview = codeHitsChoosingACode(robot);
        javafx.stage.Window dialog = preview.getScene().getWindow();
        javafx.scene.Node search = robot.lookup("#code-chooser-search").query();
        robot.targetWindow(search.getScene().getWindow()).write("Buurt").type(KeyCode.ENTER);
        robot.targetWindow(dialog);
        WindowTestSupport.idle(vm); // the preview is found in the background
        assertEquals(5, preview.getItems().size(), "five sentences, two of them the interviewer's questions");
        robot.clickOn("#code-hits-speaker-Interviewer");
        WindowTestSupport.idle(vm);
        assertEquals(3, preview.getItems().size(), "the interviewer's questions left out");
        // Untick the first stretch: only the other two are coded.
        CheckBox first = robot.from(preview).lookup(".list-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.ListCell<?>) n).filter(c -> c.getIndex() == 0 && !c.isEmpty())
                .map(c -> (CheckBox) c.lookup(".check-box")).findFirst().orElseThrow(); // the first line's box
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 3 ticked", robot.lookup("#code-hits-count").queryLabeled().getText(), "the count follows");
        assertEquals("Code 2 passages", robot.lookup("#code-hits-apply").queryButton().getText());
        java.util.Set<String> kept = java.util.Set.of(preview.getItems().get(1).text(), preview.getItems().get(2).text());
        robot.clickOn("#code-hits-apply");
        WindowTestSupport.idle(vm);
        Project p = vm.session().project();
        assertEquals(kept, p.quotations().stream().map(q -> TEXT.substring(q.start(), q.end()))
                .collect(java.util.stream.Collectors.toSet()));
        assertTrue(vm.statusProperty().get().startsWith("2 passages coded with "), "said when done: "
                + vm.statusProperty().get());
        robot.interact(vm::undo);
        assertTrue(vm.session().project().quotations().isEmpty(), "one undo takes it back");
    }

    /** The hits coded with a code named in the chooser: made in the same step, so one undo takes both away. */
    @Test
    void searchAndCodeWithANewCodeNamedInTheChooser(FxRobot robot) throws Exception {
        ListView<SearchAndCode.Stretch> preview = codeHitsChoosingACode(robot);
        javafx.stage.Window dialog = preview.getScene().getWindow();
        javafx.scene.Node search = robot.lookup("#code-chooser-search").query();
        robot.targetWindow(search.getScene().getWindow()).write("Coaching");
        ListView<?> lines = robot.lookup("#code-chooser-list").queryListView();
        assertEquals(1, lines.getItems().size(), "no code holds the name: only the new one");
        robot.type(KeyCode.ENTER);
        robot.targetWindow(dialog);
        WindowTestSupport.idle(vm);
        assertEquals("Coaching", robot.lookup("#code-hits-code").queryButton().getText());
        assertEquals(5, preview.getItems().size(), "every sentence with the word, none coded with it yet");
        robot.clickOn("#code-hits-apply");
        WindowTestSupport.idle(vm);
        Project p = vm.session().project();
        nl.veldwerk.model.Code made = p.codes().stream().filter(c -> c.name().equals("Coaching")).findFirst()
                .orElseThrow();
        assertEquals(5, p.codingsWithCode(made.id()).size());
        assertTrue(vm.undoLabelProperty().get().contains("Coaching"), "the undo entry names the new code, not '?': "
                + vm.undoLabelProperty().get());
        robot.interact(vm::undo);
        Project after = vm.session().project();
        assertTrue(after.quotations().isEmpty() && after.code(made.id()).isEmpty(), "one undo takes both back");
    }
}
