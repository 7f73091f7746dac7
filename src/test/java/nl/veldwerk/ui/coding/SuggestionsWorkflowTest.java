package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.shell.WorkbenchTest;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Code suggestions in the real window: select text, Ctrl+K, and the picker shows the codes of the coded
 * quotations most like it, each with the quotations behind it; accepting one codes the selection (undone by
 * one undo); turning one down keeps it in the project and off the list; the inspector suggests on request.
 */
class SuggestionsWorkflowTest extends WorkbenchTest {
    private static final String[] LINES = {
        "A01: Mensen schamen zich om hulp te vragen, die schaamte is groot.",
        "A01: Uit schaamte vragen ze niets, ze schamen zich voor de buren.",
        "A01: Het kost geld en dat geld hebben ze niet, de kosten zijn te hoog.",
        "A01: De eigen bijdrage kost te veel geld, zulke kosten betalen ze niet.",
        "A01: Ze schamen zich diep voor hun situatie."};
    private static final String TEXT = String.join("\n", LINES) + "\n";

    private Project project() {
        return vm.storeProperty().get().session().project();
    }

    private void open(FxRobot robot) throws Exception {
        Project p = new Project(ProjectInfo.named("Voorstellen", Fixtures.T));
        p.put(Document.of("d", "A01", TEXT, SourceFormat.TXT, List.of(), Fixtures.T).withNumber(1));
        p.put(Code.of("schaamte", "Schaamte", "#cc3333", null));
        p.put(Code.of("geld", "Geld", "#3333cc", null));
        for (int i = 0; i < 4; i++) {
            int at = TEXT.indexOf(LINES[i]) + 5;
            p.put(new Quotation("q" + i, "d", at, TEXT.indexOf(LINES[i]) + LINES[i].length(), "", null, Fixtures.T,
                    i + 1));
            p.put(new Coding("c" + i, "q" + i, i < 2 ? "schaamte" : "geld", null, Fixtures.T));
        }
        int last = TEXT.indexOf(LINES[4]) + 5;
        p.put(new Quotation("q4", "d", last, TEXT.indexOf(LINES[4]) + LINES[4].length(), "", null, Fixtures.T, 5));
        Path dir = tmp.resolve("voorstellen-" + System.nanoTime());
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
    }

    /** A node of the code picker on screen (a popup, found among all windows). */
    private static Node inPicker(String id) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof CodePicker)
                .map(w -> w.getScene().getRoot().lookup(id)).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in a code picker on screen"));
    }

    private void pickerOnSelection(FxRobot robot, InlineCssTextArea area, int start, int end) throws Exception {
        robot.interact(() -> area.selectRange(start, end));
        robot.interact(area::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WindowTestSupport.idle(vm);
    }

    @Test
    void selectTextSeeSuggestionsWithTheirSupportAcceptOneAndUndo(FxRobot robot) throws Exception {
        open(robot);
        InlineCssTextArea area = robot.lookup("#transcript").query();
        int start = TEXT.indexOf("Ze schamen zich diep");
        int end = TEXT.indexOf("diep voor") + "diep".length();
        pickerOnSelection(robot, area, start, end);

        Hyperlink schaamte = (Hyperlink) inPicker("#suggestion-schaamte");
        assertEquals("Schaamte", schaamte.getText(), "the codes of the shame quotations, suggested first");
        Set<String> support = Set.of(((Hyperlink) inPicker("#suggestion-support-schaamte-0")).getText(),
                ((Hyperlink) inPicker("#suggestion-support-schaamte-1")).getText());
        assertEquals(Set.of("1:1", "1:2"), support, "the quotations behind it, by their IDs");
        // The share is shown with the votes it rests on (a share alone said "100%" for one weakly alike quotation).
        javafx.scene.control.Label score = (javafx.scene.control.Label) inPicker("#suggestion-score-schaamte");
        assertTrue(score.getText().matches("\\d+% \\(2 votes\\)"), score.getText());
        assertTrue(score.getTooltip().getText().startsWith("2 of the "), score.getTooltip().getText());
        // Below the field and the list: suggestions that come later do not push what is under the pointer away.
        double listBottom = inPicker("#code-picker-list").localToScene(inPicker("#code-picker-list")
                .getLayoutBounds()).getMaxY();
        assertTrue(schaamte.localToScene(schaamte.getLayoutBounds()).getMinY() >= listBottom,
                "the suggestions under the list");

        robot.interact(schaamte::fire);
        WindowTestSupport.idle(vm);
        Quotation coded = project().quotationsOf("d").stream().filter(q -> q.start() == start && q.end() == end)
                .findFirst().orElseThrow(() -> new AssertionError("the selection was not coded"));
        assertEquals(List.of("schaamte"), project().codingsOf(coded.id()).stream().map(Coding::codeId).toList());
        robot.interact(vm::undo);
        assertTrue(project().quotationsOf("d").stream().noneMatch(q -> q.start() == start && q.end() == end),
                "one undo takes the accepted suggestion back");

        // Turned down: kept in the project, and not offered for this passage again (until undone).
        pickerOnSelection(robot, area, start, end);
        robot.interact(((ButtonBase) inPicker("#suggestion-reject-schaamte"))::fire);
        WindowTestSupport.idle(vm);
        assertEquals(Set.of("schaamte"), project().info().rejectedAt("d", start, end));
        assertTrue(javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof CodePicker)
                .allMatch(w -> w.getScene().getRoot().lookup("#suggestion-schaamte") == null),
                "no longer suggested here");
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof CodePicker)
                .forEach(w -> w.hide()));
        robot.interact(vm::undo);
        assertEquals(Set.of(), project().info().rejectedAt("d", start, end));
    }

    /**
     * The picker grows to the suggestions that come a moment after it opened: a long code's row and its ✕ were cut
     * off at the picker's right edge, with the search field, until something was typed (QA).
     */
    @Test
    void thePickerIsWideEnoughForSuggestionsThatComeLater(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> project().put(Code.of("schaamte",
                "Schaamte en angst om hulp te vragen bij instanties in de wijk", "#cc3333", null)));
        InlineCssTextArea area = robot.lookup("#transcript").query();
        int start = TEXT.indexOf("Ze schamen zich diep");
        pickerOnSelection(robot, area, start, TEXT.indexOf("diep voor") + "diep".length());
        Node reject = inPicker("#suggestion-reject-schaamte");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window picker = reject.getScene().getWindow();
        double right = reject.localToScreen(reject.getLayoutBounds()).getMaxX();
        assertTrue(right <= picker.getX() + picker.getWidth(), "the ✕ inside the picker: " + right + " in "
                + picker.getX() + "+" + picker.getWidth());
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof CodePicker).forEach(javafx.stage.Window::hide));
    }

    @Test
    void theInspectorSuggestsForTheSelectedQuotationOnRequest(FxRobot robot) throws Exception {
        open(robot);
        TableView<QuotationRow> list = robot.lookup("#quotation-list").queryTableView();
        int row = list.getItems().stream().map(r -> r.quotation().id()).toList().indexOf("q4");
        robot.interact(() -> list.getSelectionModel().select(row));
        assertTrue(robot.lookup("#inspector #suggestion-schaamte").tryQuery().isEmpty(), "not before asked");
        robot.interact(() -> robot.lookup("#inspector-suggest").queryButton().fire());
        WindowTestSupport.idle(vm);
        Hyperlink schaamte = robot.lookup("#inspector #suggestion-schaamte").query();
        robot.interact(schaamte::fire);
        WindowTestSupport.idle(vm);
        assertEquals(List.of("schaamte"), project().codingsOf("q4").stream().map(Coding::codeId).toList());
        robot.interact(vm::undo);
        assertEquals(List.of(), project().codingsOf("q4"));
    }
}
