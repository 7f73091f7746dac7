package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectReader;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.ui.app.DocumentItem;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.codebook.CodeTreePane;
import nl.veldwerk.ui.coding.QuotationRow;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main workflow end to end, headless: open a project, import a .docx, select text, create and apply
 * a code, see highlight, margin, list and tree update, in-vivo and repeat coding, comment, undo, redo,
 * save, close, reopen: everything still there.
 */
class CodingWorkflowTest extends WorkbenchTest {
    private static final String INTERVIEW_A02 = "Interviewer: Waarom komen mensen niet?\n"
            + "A02: Veel bewoners schamen zich voor hun situatie.\n"
            + "Interviewer: En de wijkcoach?\n"
            + "A02: De wijkcoach verwijst door naar het buurthuis.\n";


    /**
     * The menu a right-click (or the menu key) on {@code node} shows, made only when asked for. Asked for by the event
     * both send: the node may lie below the scrolled pane's visible part, where a click would land elsewhere.
     */
    private static javafx.scene.control.ContextMenu rightClickMenu(FxRobot robot, javafx.scene.control.Control node) {
        assertEquals(null, node.getContextMenu(), "made only when asked for");
        robot.interact(() -> {
            javafx.geometry.Point2D at = node.localToScreen(2, 2);
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 2, 2, at.getX(), at.getY(), false,
                    new javafx.scene.input.PickResult(node, at.getX(), at.getY())));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ContextMenu menu = node.getContextMenu();
        assertTrue(menu != null && menu.isShowing(), "a right-click shows its menu");
        return menu;
    }

    /** Shows a tab of the explorer (0 documents, 1 codes, 2 memos); clicking by text could hit a column header. */
    private static void showExplorerTab(FxRobot robot, int index) {
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A new project in its own folder, opened, with one imported plain-text transcript. */
    private void openWithTranscript(FxRobot robot, String folder, String fileName, String text) throws Exception {
        Path dir = tmp.resolve(folder);
        ProjectStore.create(dir, ProjectInfo.named(folder, Fixtures.T)).close();
        Path txt = Files.writeString(tmp.resolve(fileName), text);
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        WindowTestSupport.importFiles(robot, vm, List.of(txt));
    }

    private Project project() {
        return vm.storeProperty().get().session().project();
    }

    @Test
    void codeATranscriptFromImportToReopen(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("workflow");
        ProjectStore.create(dir, ProjectInfo.named("Wijk Y", Fixtures.T)).close();
        Path docx = tmp.resolve("A02.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : INTERVIEW_A02.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        javafx.scene.control.ToggleButton editText = robot.lookup("#edit-text").query();
        assertTrue(editText.isDisabled(), "no document, no text to edit (QA: typing there belonged to no document)");
        assertTrue(robot.lookup("#in-vivo").query().isDisabled() && robot.lookup("#code-with").query().isDisabled(),
                "nor anything to code (QA: In-vivo did nothing, and said nothing)");
        WindowTestSupport.importFiles(robot, vm, List.of(docx));
        assertFalse(editText.isDisabled(), "a document shown");
        InlineCssTextArea area = robot.lookup("#transcript").query();
        assertEquals(INTERVIEW_A02, area.getText());

        // Select "schamen zich" and create a new code for it through the code picker (Ctrl+K).
        int start = INTERVIEW_A02.indexOf("schamen zich");
        robot.interact(() -> area.selectRange(start, start + "schamen zich".length()));
        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Schaamte");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, project().codes().size());
        assertEquals(1, project().quotations().size());
        assertTrue(area.getStyleOfChar(start + 1).contains("-rtfx-background-color"), "the coded text is highlighted");
        assertFalse(area.getStyleOfChar(start - 2).contains("-rtfx-background-color"));
        String quotationId = project().quotations().iterator().next().id();
        javafx.scene.layout.Region bracket = robot.lookup(".margin-bracket").match(n -> n.isVisible()
                && quotationId.equals(n.getUserData())).query();
        String schaamteColour = project().codes().iterator().next().color();
        assertEquals(javafx.scene.paint.Color.web(schaamteColour), bracket.getBorder().getStrokes().getFirst()
                .getRightStroke(), "the margin marks the quotation in the code's colour");
        javafx.geometry.Bounds firstLetter = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(start,
                start + 1).orElseThrow()).get();
        assertEquals(firstLetter.getMinY(), bracket.localToScreen(bracket.getBoundsInLocal()).getMinY(), 2,
                "from the quotation's line");
        int paragraph = INTERVIEW_A02.substring(0, start).split("\n", -1).length;
        javafx.scene.Node number = robot.lookup(".paragraph-number").match(n -> String.valueOf(paragraph).equals(
                ((javafx.scene.text.Text) n).getText())).query();
        assertEquals(firstLetter.getMinY(), number.localToScreen(number.getBoundsInLocal()).getMinY(), 4,
                "the paragraph is numbered as reports cite it, beside its first line");
        TableView<QuotationRow> list = robot.lookup("#quotation-list").queryTableView();
        assertEquals(1, list.getItems().size());
        assertEquals("schamen zich", list.getItems().getFirst().text());
        assertEquals(String.valueOf(paragraph), list.getColumns().stream().filter(c -> "quotation-paragraphs".equals(
                c.getId())).findFirst().orElseThrow().getCellData(0), "the list cites the same paragraph");
        // A click on the quotation's bar in the margin selects it in the list and the inspector.
        robot.clickOn(bracket);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(list.getItems().getFirst().quotation(), workbench.coding().selectedQuotationProperty().get());
        showExplorerTab(robot, 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#code-tree").queryAs(CodeTreePane.class).getRoot().getChildren().getFirst()
                .getValue().name().equals("Schaamte"));
        // Counted on a thread of the tree's own once the code is shown.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !robot.lookup(".code-count")
                .queryLabeled().getText().isEmpty());
        assertEquals("1 quot. · 1 doc.", robot.lookup(".code-count").queryLabeled().getText(), "quotations · documents");

        // In-vivo (Ctrl+Shift+K) on "buurthuis", then the last code again (Ctrl+L) on "wijkcoach".
        int b = INTERVIEW_A02.lastIndexOf("buurthuis");
        robot.interact(() -> area.selectRange(b, b + "buurthuis".length()));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(project().codes().stream().anyMatch(c -> c.name().equals("buurthuis")), "in-vivo code");
        int w = INTERVIEW_A02.lastIndexOf("wijkcoach");
        robot.interact(() -> area.selectRange(w, w + "wijkcoach".length()));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, project().quotations().size());
        assertEquals(2, project().codingsWithCode(project().codes().stream().filter(c -> c.name().equals("buurthuis"))
                .findFirst().orElseThrow().id()).size(), "coded again with the last code");

        // Comment on the first quotation through the inspector.
        robot.interact(() -> list.getSelectionModel().select(0));
        Quotation first = list.getItems().getFirst().quotation();
        robot.clickOn("#inspector-comment").write("Schaamte als drempel");
        robot.clickOn("#quotation-list");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Schaamte als drempel", project().quotation(first.id()).orElseThrow().comment());

        // Undo the comment and the last coding; redo them.
        robot.interact(vm::undo);
        robot.interact(vm::undo);
        assertEquals(2, project().quotations().size());
        assertEquals("", project().quotation(first.id()).orElseThrow().comment());
        robot.interact(vm::redo);
        robot.interact(vm::redo);
        assertEquals(3, project().quotations().size());
        assertEquals("Schaamte als drempel", project().quotation(first.id()).orElseThrow().comment(),
                vm.undoLabelProperty().get());

        robot.interact(vm::save);
        WindowTestSupport.idle(vm);
        robot.interact(vm::close);
        Project saved = ProjectReader.read(dir);
        assertEquals(3, saved.quotations().size());
        assertEquals(2, saved.codes().size());
        assertEquals("Schaamte als drempel", saved.quotation(first.id()).orElseThrow().comment());

        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        assertEquals(3, list.getItems().size(), "reopened: the quotations are all there");
        assertTrue(area.getStyleOfChar(start + 1).contains("-rtfx-background-color"));
    }

    /** Coding a selection low in the view leaves the view where it is: the user is looking there. */
    @Test
    void codingASelectionDoesNotScrollTheTranscript(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 80; i++) {
            text.append(i % 2 == 1 ? "Interviewer: Vraag " + i + "?\n" : "R01: Antwoord nummer " + i + " over de buurt.\n");
        }
        openWithTranscript(robot, "no-scroll", "R01.txt", text.toString());
        InlineCssTextArea area = robot.lookup("#transcript").query();
        WaitForAsyncUtils.waitForFxEvents();
        int[] range = new int[2];
        robot.interact(() -> {
            int paragraph = area.lastVisibleParToAllParIndex() - 2; // low in the view, in its last third
            int start = area.getAbsolutePosition(paragraph, 0);
            range[0] = start + 5;
            range[1] = start + area.getParagraphLength(paragraph);
            area.selectRange(range[0], range[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double before = area.getEstimatedScrollY();
        robot.interact(() -> workbench.coding().createAndApply("Buurt"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        var shown = workbench.coding().selectedQuotationProperty().get();
        assertTrue(shown.end() == range[1] && shown.start() >= range[0], "the new one is shown (its words, without "
                + "the label the selection started in): " + shown);
        assertEquals(before, area.getEstimatedScrollY(), 1.0, "the view stays where it was");
    }

    @Test
    void removeACodingAndDeleteAQuotationFromTheInspector(FxRobot robot) throws Exception {
        openWithTranscript(robot, "inspector", "W01.txt", "W01: Bewoners kennen het aanbod niet.\n");
        InlineCssTextArea area = robot.lookup("#transcript").query();
        // Ctrl+T puts the keyboard in the text from wherever it is (QA: no key led there, Tab went through the
        // fields); not F6, which the player takes to skip forward once a recording is linked.
        robot.interact(() -> robot.lookup("#document-properties .text-field").query().requestFocus());
        assertFalse(area.isFocused());
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(area.isFocused(), "Ctrl+T: to the text");
        assertEquals(org.fxmisc.richtext.Caret.CaretVisibility.ON, area.getShowCaret(),
                "with the keyboard in the read-only transcript its caret shows, to select with Shift and arrows");
        codeWithNew(robot, area, 5, 13, "Bekendheid");
        robot.interact(() -> workbench.coding().createAndApply("Onbekendheid bij inwoners"));
        TableView<QuotationRow> list = robot.lookup("#quotation-list").queryTableView();
        // A new selection coded: its quotation is the one shown, not the one selected before.
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.interact(() -> area.selectRange(23, 36));
        robot.interact(() -> workbench.coding().applyCode(project().codes().iterator().next().id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(23, 36), List.of(workbench.coding().selectedQuotationProperty().get().start(),
                workbench.coding().selectedQuotationProperty().get().end()));
        assertTrue(robot.lookup("#inspector-heading").queryLabeled().getText().startsWith("Quotation 1:2"),
                robot.lookup("#inspector-heading").queryLabeled().getText());
        // A memo about the quotation shows in the inspector (QA: nothing said the quotation had one).
        javafx.scene.layout.FlowPane memoLine = robot.lookup("#inspector-memos").query();
        assertFalse(memoLine.isVisible(), "no memo, no line");
        robot.interact(() -> workbench.memos().addMemo(new nl.veldwerk.model.MemoTarget(
                nl.veldwerk.model.EntityKind.QUOTATION, workbench.coding().selectedQuotationProperty().get().id()),
                "Halal en identiteit"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(memoLine.isVisible());
        assertEquals(List.of("Memo:", "‘Halal en identiteit’"), memoLine.getChildren().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList());
        // A click on it opens the memo in the Memos tab (QA: an ATLAS.ti user expects to open it from there).
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(0));
        robot.interact(() -> ((javafx.scene.control.Hyperlink) memoLine.getChildren().get(1)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, explorer.getSelectionModel().getSelectedIndex(), "the Memos tab");
        javafx.scene.control.ListView<nl.veldwerk.model.Memo> memoList = robot.lookup("#memos .list-view").query();
        assertEquals("Halal en identiteit", memoList.getSelectionModel().getSelectedItem().title());
        robot.interact(vm::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(memoLine.isVisible(), "its undo takes the line away");
        robot.interact(vm::undo);
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, project().codings().size());
        robot.clickOn(robot.lookup("#inspector .button").match(n -> ((javafx.scene.control.Button) n).getText()
                .startsWith("Bekendheid")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, project().codings().size(), "the chip removes its coding");
        // Resize it to the selected text from the inspector.
        robot.interact(() -> area.selectRange(5, 22));
        robot.clickOn("#bounds-to-selection");
        WaitForAsyncUtils.waitForFxEvents();
        Quotation resized = project().quotations().iterator().next();
        assertEquals(List.of(5, 22), List.of(resized.start(), resized.end()));
        robot.interact(vm::undo);
        assertEquals(13, project().quotations().iterator().next().end(), "the resize undoes");
        // A supervisor's review comment on the quotation, in its own thread below the inspector.
        robot.interact(() -> robot.lookup("#quotation-new-comment").query().requestFocus());
        robot.write("Is dit bekendheid?").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        nl.veldwerk.model.Memo review = project().memos().iterator().next();
        assertTrue(review.comment() && review.target().kind() == nl.veldwerk.model.EntityKind.QUOTATION);
        assertEquals(1, robot.lookup(".comment-open").queryAll().size(), "the thread shows it");
        robot.interact(vm::undo);
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        // The inspector scrolled down to keep the comment field in view: its top scrolled back to, as a user does.
        robot.interact(() -> nl.veldwerk.ui.common.Scrolling.intoView(robot.lookup("#delete-quotation").query()));
        robot.clickOn("#delete-quotation");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, project().quotations().size());
        assertEquals(0, list.getItems().size());
        robot.interact(vm::undo);
        assertEquals(1, project().quotations().size());
        assertEquals(1, project().codings().size(), "undoing the delete brings back its coding");

        // Its memo goes with it: asked first, as a code's and a document's are (QA: gone without a word).
        String withMemo = project().quotations().iterator().next().id();
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.NoteCommands.addMemo(new nl.veldwerk.model.Memo(
                "citaat-oma", new nl.veldwerk.model.MemoTarget(nl.veldwerk.model.EntityKind.QUOTATION, withMemo),
                "Citaat oma", "", null, nl.veldwerk.project.Fixtures.T, nl.veldwerk.project.Fixtures.T, false, false))));
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        int askedBefore = dialogs.questions.size();
        dialogs.answer = false;
        robot.clickOn("#delete-quotation");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(askedBefore + 1, dialogs.questions.size());
        assertTrue(dialogs.questions.getLast().contains("The memo ‘Citaat oma’ goes with it."),
                dialogs.questions.getLast());
        assertEquals(1, project().quotations().size(), "no: it stays, with its memo");
        robot.interact(vm::undo); // the memo

        // Another coder's coding on it: asked first (their work goes with it), and no keeps it.
        String quotation = project().quotations().iterator().next().id();
        robot.interact(() -> vm.run(() -> {
            vm.session().execute(nl.veldwerk.project.NoteCommands.addCoder(new nl.veldwerk.model.Coder("bram", "Bram")));
            vm.session().execute(nl.veldwerk.project.QuotationCommands.applyCode(quotation, project().codes().stream()
                    .filter(c -> project().codingsOf(quotation).stream().noneMatch(k -> k.codeId().equals(c.id())))
                    .findFirst().orElseThrow().id(), "bram", nl.veldwerk.project.Fixtures.T));
            // And one nobody is named for (as the sample's): it goes too, and is counted (QA: left out of the list).
            vm.session().execute(nl.veldwerk.project.CodeCommands.add(nl.veldwerk.model.Code.of("zonder", "Zonder codeur",
                    null, null)));
            vm.session().execute(nl.veldwerk.project.QuotationCommands.applyCode(quotation, "zonder", null,
                    nl.veldwerk.project.Fixtures.T));
        }));
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        int asked = dialogs.questions.size();
        dialogs.answer = false;
        robot.clickOn("#delete-quotation");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(asked + 1, dialogs.questions.size());
        assertTrue(dialogs.questions.getLast().contains("It holds codings by Bram, one coding without a coder: their"),
                dialogs.questions.getLast());
        assertTrue(dialogs.questions.getLast().endsWith("Undo (Ctrl+Z) brings it back."), dialogs.questions.getLast());
        assertEquals(1, project().quotations().size(), "no: it stays");
    }

    @Test
    void dragTheEdgesOfTheSelectedQuotationInTheText(FxRobot robot) throws Exception {
        String text = "W01: Bewoners kennen het aanbod niet.\n";
        openWithTranscript(robot, "drag", "W01.txt", text);
        InlineCssTextArea area = robot.lookup("#transcript").query();
        int kennen = text.indexOf("kennen");
        codeWithNew(robot, area, kennen, kennen + "kennen".length(), "Bekendheid");
        TableView<QuotationRow> list = robot.lookup("#quotation-list").queryTableView();
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();

        // Grab the last letter of "kennen" (its middle, not only its outer edge) and drop it after "aanbod".
        javafx.geometry.Bounds last = charBounds(area, kennen + 5, kennen + 6);
        javafx.geometry.Bounds target = charBounds(area, text.indexOf("aanbod") + 5,
                text.indexOf("aanbod") + 6);
        robot.moveTo(new javafx.geometry.Point2D(last.getCenterX(), last.getCenterY()));
        assertEquals(javafx.scene.Cursor.H_RESIZE, area.getCursor(), "the pointer shows the edge can be dragged");
        robot.press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(target.getMaxX() - 1, target.getCenterY()))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Quotation q = project().quotations().iterator().next();
        assertEquals("kennen het aanbod", text.substring(q.start(), q.end()));
        assertTrue(area.getStyleOfChar(text.indexOf("aanbod") + 1).contains("-rtfx-background-color"),
                "the highlight follows");

        // Then the left edge, onto the start of "Bewoners"; each drag is one undo step.
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds first = charBounds(area, q.start(), q.start() + 1);
        javafx.geometry.Bounds bewoners = charBounds(area, 5, 6);
        robot.moveTo(new javafx.geometry.Point2D(first.getCenterX(), first.getCenterY()))
                .press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(bewoners.getMinX() + 1, bewoners.getCenterY()))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        q = project().quotations().iterator().next();
        assertEquals("Bewoners kennen het aanbod", text.substring(q.start(), q.end()));
        robot.interact(vm::undo);
        q = project().quotations().iterator().next();
        assertEquals("kennen het aanbod", text.substring(q.start(), q.end()), "the second drag undoes alone");
        robot.interact(vm::undo);
        q = project().quotations().iterator().next();
        assertEquals("kennen", text.substring(q.start(), q.end()));
    }

    /** Selects the stretch in the transcript and codes it with a new code of that name, as Ctrl+K does. */
    private void codeWithNew(FxRobot robot, InlineCssTextArea area, int start, int end, String name) {
        robot.interact(() -> area.selectRange(start, end));
        robot.interact(() -> workbench.coding().createAndApply(name));
    }

    /** Where a character is on the screen (asked on the FX thread, as RichTextFX requires). */
    private static javafx.geometry.Bounds charBounds(InlineCssTextArea area, int from, int to) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(from, to).orElseThrow())
                .get(5, TimeUnit.SECONDS);
    }

    /**
     * Typing inside the selected quotation in edit mode changes only what is typed: the edit moved the quotation,
     * the moved quotation was shown again as a text selection, and the next key replaced the whole of it (a
     * Backspace took a respondent's whole answer). Entering edit mode leaves no text selected to type over.
     */
    @Test
    void typingInsideTheSelectedQuotationEditsOnlyWhereTyped(FxRobot robot) throws Exception {
        String text = "A05: Ik ga op kamp met de buren.\n";
        openWithTranscript(robot, "typen", "A05.txt", text);
        InlineCssTextArea area = robot.lookup("#transcript").query();
        int from = text.indexOf("op kamp");
        codeWithNew(robot, area, from, from + "op kamp met".length(), "Kamp");
        Quotation coded = project().quotations().iterator().next();
        robot.interact(() -> area.selectRange(0, 0));
        robot.interact(() -> workbench.coding().selectedQuotationProperty().set(null));
        robot.interact(() -> workbench.coding().selectedQuotationProperty().set(coded)); // picked in the list
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("op kamp met", area.getSelectedText(), "shown as a selection while coding");

        robot.clickOn("#edit-text");
        assertEquals(0, area.getSelection().getLength(), "edit mode begins with the caret, nothing to type over");
        int inside = text.indexOf("kamp") + 2;
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(inside);
        });
        robot.write("xy");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A05: Ik ga op kaxymp met de buren.\n", project().documents().iterator().next().text());
        Quotation moved = project().quotation(coded.id()).orElseThrow();
        assertEquals("op kaxymp met", project().documents().iterator().next().text().substring(moved.start(),
                moved.end()));
        robot.type(KeyCode.BACK_SPACE, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, project().documents().iterator().next().text(), "two Backspaces take two letters");
        assertEquals(text, area.getText());

        // A quotation picked while editing is shown, the caret at its start: still nothing selected to type over.
        robot.interact(() -> workbench.coding().selectedQuotationProperty().set(null));
        robot.interact(() -> workbench.coding().selectedQuotationProperty().set(project().quotation(coded.id())
                .orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, area.getSelection().getLength());
        assertEquals(from, area.getCaretPosition());
        robot.clickOn("#edit-text");
    }

    /**
     * A time mark typed in front of a turn's label while editing is that turn's, with the mark's time, when editing
     * ends (review: the turns were taken only when their number changed, so the mark stayed the turn before's).
     */
    @Test
    void aTimeMarkTypedBeforeALabelWhileEditingOpensThatTurn(FxRobot robot) throws Exception {
        String text = "Interviewer: Hoe vaak komt u er?\nA01: Elke week.\nInterviewer: Goed.\nA01: Ja.\n";
        openWithTranscript(robot, "markering", "A01.txt", text);
        InlineCssTextArea area = robot.lookup("#transcript").query();
        robot.clickOn("#edit-text");
        int at = text.indexOf("Interviewer: Goed.");
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(at);
        });
        robot.write("[00:00:05] ");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#edit-text");
        WindowTestSupport.idle(vm);
        nl.veldwerk.model.Document d = project().documents().iterator().next();
        nl.veldwerk.model.SpeakerTurn third = d.turns().get(2);
        assertEquals("[00:00:05] Interviewer: Goed.", d.text().substring(third.start(), third.end()).strip());
        assertEquals(5_000L, third.timestampMillis(), "the mark's time");
        assertEquals("A01: Elke week.", d.text().substring(d.turns().get(1).start(), d.turns().get(1).end()).strip(),
                "the turn before without the mark");
        assertTrue(vm.statusProperty().get().contains("time marks"), vm.statusProperty().get());
        robot.interact(vm::undo);
        assertEquals(text.indexOf("Interviewer: Goed.") + "[00:00:05] ".length(), project().documents().iterator()
                .next().turns().get(2).start(), "one undo takes it back");
    }

    /**
     * A speaker change put right by hand: a line typed with a speaker's label inside another speaker's turn starts
     * that speaker's turn when editing ends (QA: those words stayed the turn before's in search and reports); one
     * undo takes the turn back.
     */
    @Test
    void aLabelTypedWhileEditingStartsATurnWhenEditingEnds(FxRobot robot) throws Exception {
        String text = "Interviewer: Hoe vaak komt u er?\nA01: Elke week. Waarom vraagt u dat? Zomaar.\n"
                + "Interviewer: Goed.\nA01: Ja.\n";
        openWithTranscript(robot, "sprekers", "A01.txt", text);
        InlineCssTextArea area = robot.lookup("#transcript").query();
        assertEquals(4, project().documents().iterator().next().turns().size());
        robot.clickOn("#edit-text");
        // On at a glance: the button says how to stop, the status line what is being edited (QA).
        assertEquals("Stop editing", ((javafx.scene.control.ToggleButton) robot.lookup("#edit-text").query()).getText());
        assertTrue(vm.statusProperty().get().startsWith("Editing the text of A01: "), vm.statusProperty().get());
        int at = text.indexOf(" Waarom");
        breakLineAndLabel(robot, area, at, "Interviewer: ");
        assertEquals("Edit text", ((javafx.scene.control.ToggleButton) robot.lookup("#edit-text").query()).getText());
        nl.veldwerk.model.Document d = project().documents().iterator().next();
        assertEquals(List.of("Interviewer", "A01", "Interviewer", "Interviewer", "A01"), d.turns().stream()
                .map(nl.veldwerk.model.SpeakerTurn::speaker).toList());
        assertEquals(d.text().indexOf("Interviewer: Waarom"), d.turns().get(2).start());
        assertTrue(vm.undoLabelProperty().get().contains("Find one new speaker turn"), "the turns found, not all of "
                + "them (QA: 'Find 7 speaker turns' for one): " + vm.undoLabelProperty().get());
        robot.interact(vm::undo);
        assertEquals(4, project().documents().iterator().next().turns().size(), "one undo takes the turn back");

        // A label of a speaker the document has no turn of yet starts that speaker's turn too (QA: it stayed in the
        // answer without a word).
        robot.clickOn("#edit-text");
        breakLineAndLabel(robot, area, project().documents().iterator().next().text().indexOf(" Zomaar."), "Boer: ");
        nl.veldwerk.model.Document withBoer = project().documents().iterator().next();
        // The question's line was edited too (its last space deleted), so it is a label line typed anew as well.
        assertEquals(List.of("Interviewer", "A01", "Interviewer", "Boer", "Interviewer", "A01"), withBoer.turns()
                .stream().map(nl.veldwerk.model.SpeakerTurn::speaker).toList(), withBoer.text());
        assertEquals(withBoer.text().indexOf("Boer: Zomaar."), withBoer.turns().get(3).start());
        robot.interact(vm::undo);
        assertEquals(4, project().documents().iterator().next().turns().size(), "one undo takes them back");

        // Closed while editing: edit mode is left first, so the label typed is a turn in what is saved (review).
        robot.clickOn("#edit-text");
        int again = project().documents().iterator().next().text().indexOf("Elke week.") + "Elke week.".length();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(again);
        });
        robot.type(KeyCode.ENTER);
        robot.write("Interviewer: Echt?");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.letGoThen(() -> { }));
        WindowTestSupport.idle(vm);
        assertEquals(5, project().documents().iterator().next().turns().size(),
                project().documents().iterator().next().text());
    }

    /** In edit mode: the space at {@code at} becomes a line break and {@code label} is typed; then edit mode ends. */
    private void breakLineAndLabel(FxRobot robot, InlineCssTextArea area, int at, String label) throws Exception {
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(at);
        });
        robot.type(KeyCode.DELETE); // the space
        robot.type(KeyCode.ENTER);
        robot.write(label);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#edit-text");
        WindowTestSupport.idle(vm);
    }

    @Test
    void editModeShiftsQuotationsAndEveryEditUndoes(FxRobot robot) throws Exception {
        openWithTranscript(robot, "edit", "A03.txt", "A03: Mevrouw Jansen kent de buren niet.\n");
        InlineCssTextArea area = robot.lookup("#transcript").query();
        int buren = area.getText().indexOf("de buren");
        codeWithNew(robot, area, buren, buren + "de buren".length(), "Buren");
        String original = area.getText();

        // Replace the name by a pseudonym, as a researcher would before sharing the transcript.
        robot.clickOn("#edit-text");
        int name = original.indexOf("Jansen");
        robot.interact(() -> area.replaceText(name, name + "Jansen".length(), "J."));
        WaitForAsyncUtils.waitForFxEvents();
        Document edited = project().documents().iterator().next();
        assertEquals("A03: Mevrouw J. kent de buren niet.\n", edited.text());
        Quotation q = project().quotations().iterator().next();
        assertEquals("de buren", edited.text().substring(q.start(), q.end()), "the quotation moved with the edit");
        assertTrue(area.getStyleOfChar(q.start() + 1).contains("-rtfx-background-color"), "and its highlight");

        robot.interact(vm::undo);
        assertEquals(original, project().documents().iterator().next().text());
        assertEquals(original, area.getText(), "the view follows the undo");
        Quotation back = project().quotations().iterator().next();
        assertEquals("de buren", original.substring(back.start(), back.end()));
        robot.clickOn("#edit-text");
        assertFalse(area.isEditable());
    }

    @Test
    void anUndoInAnotherDocumentShowsThatDocumentAndSaysSo(FxRobot robot) throws Exception {
        openWithTranscript(robot, "elders", "A03.txt", "A03: Mevrouw Jansen kent de buren niet.\n");
        WindowTestSupport.importFiles(robot, vm, List.of(Files.writeString(tmp.resolve("A04.txt"), "A04: Ja.\n")));
        InlineCssTextArea area = robot.lookup("#transcript").query();
        robot.interact(() -> vm.selectedProperty().set(item("A03")));
        robot.clickOn("#edit-text");
        robot.interact(() -> area.replaceText(14, 20, "J."));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.selectedProperty().set(item("A04")));
        assertFalse(area.isEditable(), "another document opens for reading: edit mode was A03's");

        robot.interact(vm::undo);
        assertEquals("A03: Mevrouw Jansen kent de buren niet.\n", document("A03").text());
        assertEquals("A03", vm.selectedProperty().get().document().name(), "the document undone in is shown");
        assertEquals("Undone in A03: Edit transcript text", vm.statusProperty().get());
        assertEquals(document("A03").text(), area.getText());

        robot.interact(() -> vm.selectedProperty().set(item("A04")));
        robot.interact(vm::redo);
        assertEquals("A03", vm.selectedProperty().get().document().name(), "and the one redone in");
        assertEquals("Redone in A03: Edit transcript text", vm.statusProperty().get());
        robot.interact(vm::undo);
        assertEquals("Undone: Edit transcript text", vm.statusProperty().get(),
                "in the document shown, what was undone: no document to name");

        // A rename shows in the list as it is: undoing it leaves the document shown where it is.
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.DocumentCommands.rename(
                document("A04").id(), "A04 nieuw")));
        robot.interact(vm::undo);
        assertEquals("A04", document("A04").name());
        assertEquals("A03", vm.selectedProperty().get().document().name());
        assertTrue(vm.statusProperty().get().startsWith("Undone: "), "and said: " + vm.statusProperty().get());

        // A code deleted and brought back is a codebook change, though its codings are all in A03.
        codeWithNew(robot, area, 5, 12, "Mevrouw");
        String code = project().codes().stream().filter(c -> c.name().equals("Mevrouw")).findFirst().orElseThrow().id();
        robot.interact(() -> vm.selectedProperty().set(item("A04")));
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.delete(code)));
        robot.interact(vm::undo);
        assertEquals(1, project().codingsWithCode(code).size());
        assertEquals("A04", vm.selectedProperty().get().document().name(), "the document shown stays");
        // A passage coded with a code made for it is a coding in A03: its undo shows A03 and says so.
        robot.interact(vm::undo);
        assertTrue(project().codingsWithCode(code).isEmpty());
        assertEquals("A03", vm.selectedProperty().get().document().name(), "the document undone in is shown");
        assertTrue(vm.statusProperty().get().startsWith("Undone in A03: "), vm.statusProperty().get());
    }

    private DocumentItem item(String name) {
        return vm.documents().stream().filter(i -> i.document().name().equals(name)).findFirst().orElseThrow();
    }

    private Document document(String name) {
        return project().documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void writeAMemoAboutTheProjectAndUndoIt(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("memo");
        ProjectStore.create(dir, ProjectInfo.named("Memo", Fixtures.T)).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        showExplorerTab(robot, 2);
        javafx.scene.control.MenuButton newMemo = robot.lookup("#new-memo").query();
        assertEquals(java.util.List.of(false, true, true, true), newMemo.getItems().stream()
                .map(javafx.scene.control.MenuItem::isDisable).toList(),
                "nothing selected: a memo about the project only, not about 'the selected quotation'");
        robot.clickOn("#new-memo");
        robot.clickOn("About the project");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, project().memos().size());
        robot.clickOn("#memo-text").write("De kern: bekendheid bepaalt het gebruik.");
        robot.clickOn("#memo-title");
        WaitForAsyncUtils.waitForFxEvents();
        nl.veldwerk.model.Memo memo = project().memos().iterator().next();
        assertEquals("De kern: bekendheid bepaalt het gebruik.", memo.text());
        assertEquals(nl.veldwerk.model.MemoTarget.project(), memo.target());
        // Signed by the preferences' coder, whom the project did not know yet: added with the memo, not "?".
        assertEquals(nl.veldwerk.ui.common.Preferences.coderName(), project().coder(memo.authorId()).orElseThrow()
                .name());
        // A second memo; the first deleted and brought back keeps its place above it in the list.
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.NoteCommands.addMemo(new nl.veldwerk.model.Memo(
                "later", nl.veldwerk.model.MemoTarget.project(), "Later", "", null, memo.created().plusSeconds(60),
                memo.created().plusSeconds(60), false, false))));
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.NoteCommands.deleteMemo(memo.id())));
        robot.interact(vm::undo);
        // A review comment is the review's, not a memo of the list.
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodebookCommands.comment(nl.veldwerk.model.Memo
                .reviewComment("opmerking", nl.veldwerk.model.MemoTarget.project(), "Graag uitwerken", null,
                        memo.created().plusSeconds(90)))));
        javafx.scene.control.ListView<?> memoList = robot.lookup("#memos .list-view").queryListView();
        assertEquals(List.of(memo.id(), "later"), memoList.getItems().stream().map(m -> ((nl.veldwerk.model.Memo) m)
                .id()).toList(), "in the order they were written, as before the delete; no review comment");
        robot.interact(vm::undo);
        robot.interact(vm::undo);
        robot.interact(vm::undo);
        assertEquals("", project().memos().iterator().next().text(), "the edit undoes");
        robot.interact(vm::undo);
        assertEquals(0, project().memos().size(), "and so does the memo itself");
        assertEquals(0, project().coders().size(), "with the coder it brought");

        // A memo about a quotation names it by its ID and document, as lists and reports cite it (QA: only text).
        Document d = Document.of("d", "A03", "Er is een soort sociaal netwerk van aanbod.\n",
                nl.veldwerk.model.SourceFormat.TXT, List.of(), Fixtures.T);
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.DocumentCommands.add(d)));
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.QuotationCommands.add(new Quotation("q", "d",
                10, 31, "", null, Fixtures.T))));
        Quotation q = project().quotations().iterator().next();
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.NoteCommands.addMemo(new nl.veldwerk.model.Memo(
                "over-citaat", new nl.veldwerk.model.MemoTarget(nl.veldwerk.model.EntityKind.QUOTATION, q.id()), "Netwerk",
                "", null, Fixtures.T, Fixtures.T, false, false))));
        robot.interact(() -> ((javafx.scene.control.ListView<?>) memoList).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("About: " + q.idIn(project().document("d").orElseThrow()) + " · A03 “soort sociaal netwerk”",
                robot.lookup("#memo-about").queryLabeled().getText());
        // Typed in one memo, another clicked: the list selects the one clicked and the fields show it (QA: the
        // highlight went back to the first, the fields showed the second, and typing went into it unseen).
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.NoteCommands.addMemo(new nl.veldwerk.model.Memo(
                "tweede", nl.veldwerk.model.MemoTarget.project(), "Tweede", "", null, Fixtures.T.plusSeconds(5),
                Fixtures.T.plusSeconds(5), false, false))));
        robot.interact(() -> ((javafx.scene.control.ListView<?>) memoList).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, memoList.getItems().size());
        nl.veldwerk.model.Memo first = (nl.veldwerk.model.Memo) memoList.getItems().get(0);
        nl.veldwerk.model.Memo second = (nl.veldwerk.model.Memo) memoList.getItems().get(1);
        robot.clickOn("#memo-text").write(" Eerst.");
        robot.interact(() -> ((javafx.scene.control.ListView<?>) memoList).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second.id(), ((nl.veldwerk.model.Memo) memoList.getSelectionModel().getSelectedItem()).id(),
                "the memo clicked is the one selected");
        assertEquals(second.title(), robot.lookup("#memo-title").queryTextInputControl().getText());
        assertTrue(project().memo(first.id()).orElseThrow().text().endsWith(" Eerst."), "the first memo's text saved");
        // Filtered on words the open memo lacks (nothing typed in it): it is not listed as a hit (QA).
        robot.interact(() -> robot.lookup("#memo-filter").queryTextInputControl().setText("qqqxx"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, memoList.getItems().size(), memoList.getItems().toString());
        robot.interact(() -> robot.lookup("#memo-filter").queryTextInputControl().setText(""));
        WaitForAsyncUtils.waitForFxEvents();

    }

    /** A memo is found again by words in its title, its text or what it is about, without case or accents. */
    @Test
    void memosAreFoundByTheirWords(FxRobot robot) throws Exception {
        openWithTranscript(robot, "memos", "A03.txt", "A03: Het café is dichtbij.\n");
        robot.interact(() -> {
            String halal = workbench.memos().addMemo(nl.veldwerk.model.MemoTarget.project(), "Halal en identiteit");
            workbench.memos().saveMemo(halal, "Halal en identiteit", "Vergelijk met A03 over het Café.");
            workbench.memos().addMemo(nl.veldwerk.model.MemoTarget.project(), "Verhaallijn");
            workbench.memos().addMemo(new nl.veldwerk.model.MemoTarget(nl.veldwerk.model.EntityKind.DOCUMENT,
                    project().documents().iterator().next().id()), "Eerste indruk");
        });
        javafx.scene.control.ListView<nl.veldwerk.model.Memo> memos = robot.lookup("#memos .list-view").query();
        TextField filter = robot.lookup("#memo-filter").query();
        assertEquals(3, memos.getItems().size());
        robot.interact(() -> filter.setText("cafe"));
        assertEquals(List.of("Halal en identiteit"), memos.getItems().stream().map(nl.veldwerk.model.Memo::title)
                .toList(), "by its text, without the accent");
        robot.interact(() -> filter.setText("a03"));
        assertEquals(Set.of("Halal en identiteit", "Eerste indruk"), memos.getItems().stream()
                .map(nl.veldwerk.model.Memo::title).collect(java.util.stream.Collectors.toSet()),
                "and by the document a memo is about");
        robot.interact(() -> filter.setText("geen zulk woord"));
        assertEquals(List.of(), memos.getItems());
        assertEquals("No memo holds ‘geen zulk woord’", ((javafx.scene.control.Label) memos.getPlaceholder()).getText());
        javafx.scene.control.Label inCodes = robot.lookup("#memo-in-codes").query();
        assertEquals("", inCodes.getText());
        // A code's own memo field (Codes tab) is no memo of its own, but is found, and said where (QA).
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.add(nl.veldwerk.model.Code.of(
                "drempels", "Drempels", null, null).withMemo("Code-memo: drempels bij het café."))));
        robot.interact(() -> filter.setText("code-memo"));
        assertEquals("Also in the memo of code Drempels (Codes tab)", inCodes.getText());
        assertTrue(inCodes.isVisible());
        robot.interact(filter::clear);
        assertEquals(3, memos.getItems().size());
    }

    @Test
    void groupAndAttributesOfADocument(FxRobot robot) throws Exception {
        openWithTranscript(robot, "properties", "W02.txt", "W02: Ik verwijs door.\n");
        robot.clickOn((javafx.scene.Node) robot.lookup(".text-field").match(n -> "New group (Enter)".equals(
                ((TextField) n).getPromptText())).query()).write("Wijkcoaches").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Document doc = project().documents().iterator().next();
        assertEquals(1, project().groups().size());
        assertEquals(Set.of(project().groups().iterator().next().id()), doc.groupIds());

        // Enter in the new attribute's name adds it, as in the new group's (QA: it did nothing).
        TextField newAttribute = robot.lookup("#new-attribute").query();
        robot.interact(newAttribute::requestFocus);
        robot.write("role").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("role"), project().attributes().stream().map(nl.veldwerk.model.AttributeDefinition::name)
                .toList());
        robot.clickOn((javafx.scene.Node) robot.lookup(".text-field").match(n -> "Text".equals(
                ((TextField) n).getPromptText())).query()).write("wijkcoach").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("wijkcoach", project().documents().iterator().next().attributes().get("role"));
        robot.interact(vm::undo);
        assertEquals(null, project().documents().iterator().next().attributes().get("role"));

        // Values typed one after the other, Tab between them: each is kept (the fields were made again after
        // the first was saved, and the one Tab had moved to went, with what was typed into it).
        robot.interact(() -> workbench.documents().addAttribute("age", nl.veldwerk.model.AttributeType.NUMBER));
        WaitForAsyncUtils.waitForFxEvents();
        List<TextField> values = robot.lookup("#document-properties .text-field").queryAll().stream()
                .map(n -> (TextField) n).filter(f -> List.of("Text", "Number").contains(f.getPromptText())).toList();
        assertEquals(2, values.size());
        robot.clickOn(values.getFirst()).write("vrijwilliger").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(values.get(1).isFocused(), "Tab went to the next value");
        robot.write("47,5").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Document now = project().documents().iterator().next();
        assertEquals("vrijwilliger", now.attributes().get("role"));
        assertEquals("47.5", now.attributes().get("age"), "the second value typed after Tab is kept (a decimal "
                + "comma as the point a number is kept with, not refused)");
        // Not a number: refused with what the attribute takes, and the field shows the value kept (QA: "That change
        // is not possible" was all, and the field went on showing "abc").
        TextField age = robot.lookup("#document-properties .text-field").queryAll().stream().map(n -> (TextField) n)
                .filter(f -> "Number".equals(f.getPromptText())).findFirst().orElseThrow();
        robot.interact(() -> {
            age.requestFocus();
            age.setText("abc");
        });
        robot.interact(() -> age.getOnAction().handle(new javafx.event.ActionEvent()));
        assertEquals("47.5", project().documents().iterator().next().attributes().get("age"));
        assertEquals("'abc' is not a value for 'age' (Number): it keeps the value it had", vm.statusProperty().get());
        assertEquals("47.5", age.getText(), "the field shows the value the document keeps");
        assertEquals(List.of(), dialogs.errors, "said on the status line, not in a dialog over the field");
        // A group ticked with the keyboard keeps the focus too.
        javafx.scene.control.CheckBox group = robot.lookup("#document-properties .check-box").query();
        robot.interact(group::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(), project().documents().iterator().next().groupIds());
        assertTrue(group.isFocused() && group.getScene() != null, "the box is still there, with the focus");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, project().documents().iterator().next().groupIds().size());

        // A group and an attribute renamed and deleted from their right-click (QA: neither could be, a misspelt
        // group stayed for good); each one undoable step, a deletion asked about with what goes.
        javafx.scene.control.ContextMenu groupMenu = rightClickMenu(robot, group);
        assertEquals(List.of("Rename group…", "Delete group…"), groupMenu.getItems().stream()
                .map(javafx.scene.control.MenuItem::getText).toList());
        robot.interact(groupMenu::hide);
        // From the keyboard as well, the box having the focus: Shift+F10 (QA: nothing opened).
        robot.interact(group::requestFocus);
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(groupMenu.isShowing(), "Shift+F10 shows the same menu");
        robot.interact(groupMenu::hide);
        String groupId = project().groups().iterator().next().id();
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.NoteCommands.rewriteQueries(List.of(
                new nl.veldwerk.model.SavedQuery("Coaches", false, "group:wijkcoaches AND buurt")))));
        dialogs.text = "Buurtcoaches";
        robot.interact(() -> groupMenu.getItems().get(0).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Buurtcoaches", project().groups().iterator().next().name());
        assertEquals("group:Buurtcoaches AND buurt", project().info().savedQueries().getFirst().query(),
                "a saved search for the group follows its name (it found nothing after)");
        dialogs.answer = true;
        robot.interact(() -> workbench.documents().deleteGroupAsking(groupId));
        assertTrue(dialogs.questions.getLast().contains("Its one document stays: only the group goes."),
                dialogs.questions.getLast());
        assertEquals(0, project().groups().size());
        assertEquals(Set.of(), project().documents().iterator().next().groupIds());
        robot.interact(vm::undo);
        assertEquals(Set.of(groupId), project().documents().iterator().next().groupIds());
        assertEquals(List.of("Buurtcoaches"), project().groups().stream().map(nl.veldwerk.model.DocumentGroup::name)
                .toList(), "the group itself is back");
        String ageId = project().attributes().stream().filter(a -> a.name().equals("age")).findFirst().orElseThrow()
                .id();
        // The attribute's name label has the same menu; its Rename asks the new name.
        javafx.scene.control.Label ageLabel = robot.lookup("#document-properties .label").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Label l && "age".equals(l.getText()))
                .map(n -> (javafx.scene.control.Label) n).findFirst().orElseThrow();
        javafx.scene.control.ContextMenu ageMenu = rightClickMenu(robot, ageLabel);
        assertEquals(List.of("Rename attribute…", "Delete attribute…"), ageMenu.getItems().stream()
                .map(javafx.scene.control.MenuItem::getText).toList());
        robot.interact(ageMenu::hide);
        // From the keyboard, in the attribute's value field (its label takes no focus): the same menu.
        TextField ageNow = robot.lookup("#document-properties .text-field").queryAll().stream().map(n -> (TextField) n)
                .filter(f -> "Number".equals(f.getPromptText())).findFirst().orElseThrow();
        robot.interact(ageNow::requestFocus);
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ageMenu.isShowing(), "Shift+F10 in the value field shows the attribute's menu");
        robot.interact(ageMenu::hide);
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.NoteCommands.rewriteQueries(List.of(
                new nl.veldwerk.model.SavedQuery("Ouder", false, "age:47.5 AND buurt")))));
        dialogs.text = "leeftijd";
        robot.interact(() -> ageMenu.getItems().get(0).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("47.5", project().documents().iterator().next().attributes().get("leeftijd"), "its values too");
        assertEquals("leeftijd:47.5 AND buurt", project().info().savedQueries().getFirst().query(),
                "a saved search for the attribute follows its name (it found nothing after)");
        robot.interact(vm::undo);
        assertEquals("age:47.5 AND buurt", project().info().savedQueries().getFirst().query(), "one step undone");
        assertEquals("47.5", project().documents().iterator().next().attributes().get("age"));
        robot.interact(vm::redo);
        assertEquals("leeftijd:47.5 AND buurt", project().info().savedQueries().getFirst().query());
        assertFalse(project().documents().iterator().next().attributes().containsKey("age"), "under the new name only");
        dialogs.text = "ROLE";
        robot.interact(() -> workbench.documents().renameAttributeAsking(ageId));
        assertEquals("An attribute called 'role' is there already: the name was left as it was.",
                vm.statusProperty().get());
        robot.interact(() -> workbench.documents().deleteAttributeAsking(ageId));
        assertTrue(dialogs.questions.getLast().contains("Its value on one document goes with it."),
                dialogs.questions.getLast());
        assertEquals(null, project().documents().iterator().next().attributes().get("leeftijd"));
        robot.interact(vm::undo);
        assertEquals("47.5", project().documents().iterator().next().attributes().get("leeftijd"));
    }
}
