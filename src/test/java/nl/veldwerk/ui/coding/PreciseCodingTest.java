package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
 * Coding precisely with the mouse and the inspector, in the real window: a dragged selection takes whole
 * words (Alt keeps it exact), and the inspector stays on the quotation being edited when its bounds or
 * comment change, so the next comment lands where the user looks.
 */
class PreciseCodingTest extends WorkbenchTest {
    private static final String TEXT = "Interviewer: Komen mensen naar het buurthuis?\n"
            + "R01: Ik ken mensen die niet komen. Maar er zijn er ook die wel komen, zo'n tien.\n"
            + "R01: De wijkcoach helpt ze op weg.\n"
            + "R01: (Vroeger kende iedereen elkaar nog in de straat, en elke zaterdag stond er markt op het plein voor"
            + " de kerk) dat was mooi.\n";

    private InlineCssTextArea area;

    private void open(FxRobot robot, boolean withQuotations) throws Exception {
        Project p = new Project(ProjectInfo.named("Precies", Fixtures.T));
        p.put(Document.of("d", "R01", TEXT, SourceFormat.TXT, List.of(), Fixtures.T).withNumber(1));
        p.put(Code.of("c", "Drempel", "#cc3333", null));
        if (withQuotations) {
            int a = TEXT.indexOf("Ik ken");
            int b = TEXT.indexOf("De wijkcoach");
            p.put(new Quotation("qa", "d", a, a + "Ik ken mensen".length(), "", null, Fixtures.T, 1));
            p.put(new Coding("ka", "qa", "c", null, Fixtures.T));
            p.put(new Quotation("qb", "d", b, b + "De wijkcoach".length(), "", null, Fixtures.T, 2));
            p.put(new Coding("kb", "qb", "c", null, Fixtures.T));
        }
        Path dir = tmp.resolve("precies-" + System.nanoTime());
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        area = robot.lookup("#transcript").query();
    }

    /** The middle of the character at {@code offset}, on screen. */
    private Point2D middleOf(int offset) throws Exception {
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow())
                .get();
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    private void dragSelect(FxRobot robot, int from, int to) throws Exception {
        Point2D start = middleOf(from);
        Point2D end = middleOf(to);
        robot.moveTo(start).press(MouseButton.PRIMARY).moveTo(start.add(3, 0)).moveTo(end).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The search field of the code picker on screen (a popup, found among all windows). */
    private static javafx.scene.Node shownPickerSearch() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof CodePicker)
                .map(w -> w.getScene().getRoot().lookup("#code-picker-search")).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow(() -> new AssertionError("no code picker on screen"));
    }

    private String selected() {
        return area.getSelectedText();
    }

    private Project project() {
        return vm.storeProperty().get().session().project();
    }

    /**
     * Enter in the picker opened from the toolbar codes once: the key's release must not reach the toolbar
     * button, which would open the picker again, where a second Enter with nothing typed coded the first code
     * in the list, one the user never chose.
     */
    @Test
    void enterInThePickerOpenedByAButtonCodesOnceAndNothingElse(FxRobot robot) throws Exception {
        open(robot, false);
        robot.interact(() -> project().put(Code.of("a", "Aanbod", "#3333cc", null)));
        dragSelect(robot, TEXT.indexOf("De wijkcoach"), TEXT.indexOf("helpt") + 2);
        robot.clickOn("#code-with");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(shownPickerSearch()).write("Drempel").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WindowTestSupport.idle(vm);
        assertTrue(javafx.stage.Window.getWindows().stream().noneMatch(w -> w.isShowing() && w instanceof CodePicker),
                "the picker closed and stayed closed");
        assertEquals(List.of("c"), project().codings().stream().map(Coding::codeId).toList());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WindowTestSupport.idle(vm);
        assertEquals(List.of("c"), project().codings().stream().map(Coding::codeId).toList(),
                "a second Enter codes nothing");
        assertTrue(javafx.stage.Window.getWindows().stream().noneMatch(w -> w.isShowing() && w instanceof CodePicker),
                "nor opens the picker again: the keyboard went back to the text");
        assertTrue(area.isFocused());

        // In the picker, Enter with nothing typed and nothing chosen in the list codes nothing either.
        dragSelect(robot, TEXT.indexOf("Ik ken"), TEXT.indexOf("mensen die") + 2);
        robot.clickOn("#code-with");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(shownPickerSearch()).type(KeyCode.ENTER);
        WindowTestSupport.idle(vm);
        assertEquals(List.of("c"), project().codings().stream().map(Coding::codeId).toList());

        // Two codes of one name, in different places of the tree: the picker tells them apart by where they sit,
        // after the name (the path first cut the name off: QA).
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> {
            project().put(Code.of("cat", "Toegang", "#33cc33", null));
            project().put(Code.of("c2", "Drempel", "#cc33cc", "cat"));
        });
        robot.clickOn("#code-with");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(shownPickerSearch()).write("drempel");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> list = (javafx.scene.control.ListView<?>) shownPickerSearch().getScene()
                .lookup("#code-picker-list");
        assertEquals(java.util.Set.of("Drempel", "Drempel (Toegang)"), list.getItems().stream().map(Object::toString)
                .collect(java.util.stream.Collectors.toSet()));
        robot.type(KeyCode.ESCAPE);
    }

    /**
     * A name typed and Enter: the code of that name, else a code whose name begins with it, else a new code of
     * that name, never a code that merely holds the typed text further on ("Taal" coded "Betaalbaarheid").
     * What Enter will take is shown selected.
     */
    @Test
    void enterTakesTheCodeOfThatNameOrOneStartingWithItAndOtherwiseMakesIt(FxRobot robot) throws Exception {
        open(robot, false);
        robot.interact(() -> {
            project().put(Code.of("b", "Betaalbaarheid", "#3333cc", null));
            project().put(Code.of("v", "Veerkracht/kwetsbaarheid", "#33cc33", null));
            project().put(Code.of("t", "Taalbarrière", "#cc3333", null));
        });
        dragSelect(robot, TEXT.indexOf("De wijkcoach"), TEXT.indexOf("helpt") + 2);
        robot.clickOn("#code-with");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(shownPickerSearch()).write("kwetsbaarheid");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> list = (javafx.scene.control.ListView<?>) shownPickerSearch().getScene()
                .lookup("#code-picker-list");
        assertEquals(List.of("Create code 'kwetsbaarheid'", "Veerkracht/kwetsbaarheid"), list.getItems().stream()
                .map(Object::toString).toList());
        assertEquals(0, list.getSelectionModel().getSelectedIndex(), "what Enter takes is shown selected");
        robot.type(KeyCode.ENTER);
        WindowTestSupport.idle(vm);
        assertEquals(List.of("kwetsbaarheid"), project().codings().stream().map(c -> project().code(c.codeId())
                .orElseThrow().name()).toList(), "a new code, not the one that holds the word");

        dragSelect(robot, TEXT.indexOf("Ik ken"), TEXT.indexOf("mensen die") + 2);
        robot.clickOn("#code-with");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(shownPickerSearch()).write("taal");
        WaitForAsyncUtils.waitForFxEvents();
        list = (javafx.scene.control.ListView<?>) shownPickerSearch().getScene().lookup("#code-picker-list");
        assertEquals(List.of("Taalbarrière", "Create code 'taal'", "Betaalbaarheid"), list.getItems().stream()
                .map(Object::toString).toList());
        robot.type(KeyCode.ENTER);
        WindowTestSupport.idle(vm);
        assertTrue(project().codings().stream().anyMatch(c -> c.codeId().equals("t")), "the code that begins so");
        assertTrue(project().codings().stream().noneMatch(c -> c.codeId().equals("b")));
        assertEquals(nl.veldwerk.ui.common.I18n.text("picker.codedWithLonger", "Taalbarrière", "taal", 0L),
                vm.statusProperty().get(), "said, with the way to a new code of that name (QA: not a word)");

        // Down goes from the entry shown selected to the next one: two Downs and Enter take the third entry.
        dragSelect(robot, TEXT.indexOf("Komen"), TEXT.indexOf("buurthuis") + 2);
        robot.clickOn("#code-with");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(shownPickerSearch()).write("taal");
        WaitForAsyncUtils.waitForFxEvents();
        list = (javafx.scene.control.ListView<?>) shownPickerSearch().getScene().lookup("#code-picker-list");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, list.getSelectionModel().getSelectedIndex(), "the first Down moves off the best match");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WindowTestSupport.idle(vm);
        assertTrue(project().codings().stream().anyMatch(c -> c.codeId().equals("b")), "the third entry");
    }

    @Test
    void aDraggedSelectionTakesWholeWordsAndWithAltStaysExact(FxRobot robot) throws Exception {
        open(robot, false);
        assertEquals(List.of("1", "2", "3", "4", ""), robot.lookup(".paragraph-number").queryAllAs(javafx.scene.text.Text.class)
                .stream().sorted(java.util.Comparator.comparing(t -> t.localToScreen(0, 0).getY()))
                .map(javafx.scene.text.Text::getText).toList(),
                "four paragraphs numbered; the empty one the text's last line end leaves is not");
        int ken = TEXT.indexOf("k ken mensen");
        int zij = TEXT.indexOf("zijn er");
        // From inside "Ik" to inside "zijn": the selection widens to both whole words.
        dragSelect(robot, ken, zij + 2);
        assertEquals("Ik ken mensen die niet komen. Maar er zijn", selected());
        assertEquals(TEXT.indexOf("Ik ken"), workbench.coding().selectionStartProperty().get(),
                "the view model codes what the screen shows");
        robot.interact(() -> workbench.coding().applyCode("c"));
        WindowTestSupport.idle(vm);
        Quotation q = project().quotationsOf("d").getFirst();
        assertEquals("Ik ken mensen die niet komen. Maar er zijn", TEXT.substring(q.start(), q.end()),
                "the quotation neither starts nor ends inside a word");

        // With Alt held, exactly what was dragged.
        robot.press(KeyCode.ALT);
        try {
            dragSelect(robot, TEXT.indexOf("e wijkcoach"), TEXT.indexOf("coach helpt") + 2);
        } finally {
            robot.release(KeyCode.ALT);
        }
        assertEquals("e wijkco", selected());

        // With words not taken whole (a preference, for window managers that take Alt+drag): exact without Alt.
        boolean snapping = nl.veldwerk.ui.common.Preferences.snapToWords();
        nl.veldwerk.ui.common.Preferences.setSnapToWords(false);
        try {
            dragSelect(robot, TEXT.indexOf("e wijkcoach"), TEXT.indexOf("coach helpt") + 2);
            assertEquals("e wijkco", selected());
        } finally {
            nl.veldwerk.ui.common.Preferences.setSnapToWords(snapping);
        }

        // Dragged over the space after a word and into the next line's start: no white space taken.
        dragSelect(robot, TEXT.indexOf("tien.") + 1, TEXT.indexOf("De wijkcoach") + 1);
        assertEquals("tien.\nR01: De", selected());
    }

    /**
     * While the text is edited a dragged selection stays exact (letters to type over), but coding it codes whole
     * words (QA: "bruik van v" became a quotation); a selection changed by the keyboard after it is coded as it is.
     */
    @Test
    void aSelectionDraggedWhileEditingIsCodedAsWholeWords(FxRobot robot) throws Exception {
        open(robot, false);
        robot.clickOn("#edit-text");
        WaitForAsyncUtils.waitForFxEvents();
        dragSelect(robot, TEXT.indexOf("k ken mensen"), TEXT.indexOf("zijn er") + 2);
        assertEquals("k ken mensen die niet komen. Maar er zi", selected(), "exact while editing");
        robot.interact(() -> workbench.coding().applyCode("c"));
        WindowTestSupport.idle(vm);
        Quotation q = project().quotationsOf("d").getFirst();
        assertEquals("Ik ken mensen die niet komen. Maar er zijn", TEXT.substring(q.start(), q.end()));
        dragSelect(robot, TEXT.indexOf("e wijkcoach"), TEXT.indexOf("coach helpt") + 2);
        robot.interact(() -> area.selectRange(area.getSelection().getStart(), area.getSelection().getEnd() + 1));
        robot.interact(() -> workbench.coding().applyCode("c"));
        WindowTestSupport.idle(vm);
        assertTrue(project().quotationsOf("d").stream().anyMatch(x -> TEXT.substring(x.start(), x.end())
                .equals("e wijkcoa")), "a keyboard change after the drag: coded as selected");
    }

    /** The inspector lists a quotation's codes by name, so removing one and undoing that shows them as before. */
    @Test
    void theInspectorListsCodesByNameWhateverWasUndone(FxRobot robot) throws Exception {
        open(robot, true);
        robot.interact(() -> {
            project().put(Code.of("z", "Angst", "#3333cc", null));
            project().put(Code.of("b", "Buurt", "#33cc33", null));
        });
        robot.interact(() -> {
            workbench.coding().addCodeToQuotation("qa", "b");
            workbench.coding().addCodeToQuotation("qa", "z");
        });
        TableView<QuotationRow> list = robot.lookup("#quotation-list").queryTableView();
        robot.interact(() -> list.getSelectionModel().select(0));
        WindowTestSupport.idle(vm);
        List<String> before = chips(robot);
        assertEquals(3, before.size(), String.valueOf(before));
        assertTrue(before.get(0).startsWith("Angst") && before.get(1).startsWith("Buurt")
                && before.get(2).startsWith("Drempel"), String.valueOf(before));
        javafx.scene.layout.FlowPane chipPane = robot.lookup("#inspector-codes").query();
        Button drempel = (Button) chipPane.getChildren().get(2); // the chip of "ka", Drempel, the first put
        robot.clickOn(drempel);
        WindowTestSupport.idle(vm);
        assertTrue(project().coding("ka").isEmpty(), "the chip's click took the coding off");
        Quotation qa = project().quotation("qa").orElseThrow();
        assertEquals(nl.veldwerk.ui.common.I18n.text("status.codingRemoved", "Drempel",
                project().document(qa.documentId()).map(qa::idIn).orElseThrow()), vm.statusProperty().get(),
                "said, with the way back (QA: the chip went without a word)");
        robot.interact(vm::undo);
        robot.interact(() -> list.getSelectionModel().select(0));
        WindowTestSupport.idle(vm);
        assertEquals(before, chips(robot), "as before the removal");
        assertEquals("Angst, Buurt, Drempel", list.getItems().stream().filter(r -> r.quotation().id().equals("qa"))
                .findFirst().orElseThrow().codes(), "the list names them in the same order");

        // A very long code name is cut short inside the inspector: the pane stays as wide as before, its buttons in
        // view.
        javafx.scene.Node inspector = robot.lookup("#inspector").query();
        double width = inspector.getLayoutBounds().getWidth();
        robot.interact(() -> project().put(Code.of("lang", "Heel lange codenaam ".repeat(16).strip(), "#cccc33",
                null)));
        robot.interact(() -> workbench.coding().addCodeToQuotation("qa", "lang"));
        robot.interact(() -> list.getSelectionModel().select(0));
        WindowTestSupport.idle(vm);
        javafx.scene.layout.FlowPane codes = robot.lookup("#inspector-codes").query();
        Button longest = (Button) codes.getChildren().stream().filter(n -> ((Button) n).getText().startsWith("Heel"))
                .findFirst().orElseThrow();
        assertEquals(width, inspector.getLayoutBounds().getWidth(), 1, "the pane is not widened by the name");
        assertTrue(longest.getWidth() <= codes.getWidth() + 0.5, longest.getWidth() + " in " + codes.getWidth());
        assertTrue(longest.getTooltip().getText().startsWith("Heel lange codenaam ".repeat(16).strip()),
                "named whole in its tooltip");
    }

    private static List<String> chips(FxRobot robot) {
        javafx.scene.layout.FlowPane codes = robot.lookup("#inspector-codes").query();
        return codes.getChildren().stream().map(n -> ((Button) n).getText()).toList();
    }

    /**
     * A quotation's edge dragged into the middle of a word takes the whole word, as a selection does (QA: the end
     * stopped at "…die niet kom"); dragged past the other edge, it keeps a whole word, not a single letter.
     */
    @Test
    void aDraggedEdgeTakesWholeWords(FxRobot robot) throws Exception {
        open(robot, true);
        selectFirstListed(robot);
        assertEquals("qa", workbench.coding().selectedQuotationProperty().get().id());
        Quotation qa = project().quotation("qa").orElseThrow();
        int komen = TEXT.indexOf("komen.");
        drag(robot, middleOf(qa.end() - 1), middleOf(komen + 2));
        assertEquals("Ik ken mensen die niet komen.", text(project().quotation("qa").orElseThrow()),
                "the whole word, and the full stop that ends its sentence");
        // The start dragged past the end: the last word stays, not its last letter.
        Quotation now = project().quotation("qa").orElseThrow();
        drag(robot, middleOf(now.start()), middleOf(now.end() + 8));
        assertEquals("komen.", text(project().quotation("qa").orElseThrow()), "the last word, not its full stop alone");
    }

    /**
     * An end dragged into the last word of an aside the quotation opened long before takes the closing bracket along,
     * however far back the bracket opened (review: only within 80 characters of the pointer).
     */
    @Test
    void aDraggedEndClosesTheBracketTheQuotationOpenedFarBack(FxRobot robot) throws Exception {
        open(robot, false);
        int open = TEXT.indexOf("(Vroeger");
        int kerk = TEXT.indexOf("kerk)");
        robot.interact(() -> {
            workbench.coding().select(open, kerk - 1);
            workbench.coding().applyCode("c");
        });
        WindowTestSupport.idle(vm);
        Quotation q = project().quotationsOf("d").getFirst();
        assertEquals("(Vroeger kende iedereen elkaar nog in de straat, en elke zaterdag stond er markt op het plein"
                + " voor de", text(q));
        assertTrue(kerk - open > 100, "the bracket opened more than 80 characters back");
        selectFirstListed(robot);
        drag(robot, middleOf(q.end() - 1), middleOf(kerk + 1));
        assertEquals(TEXT.substring(open, kerk + "kerk)".length()), text(project().quotationsOf("d").getFirst()),
                "the word, and the bracket the quotation opened");
    }

    private static String text(Quotation q) {
        return TEXT.substring(q.start(), q.end());
    }

    /** Selects the quotation list's first row (the inspector and the transcript's edges follow). */
    private void selectFirstListed(FxRobot robot) {
        TableView<QuotationRow> list = robot.lookup("#quotation-list").queryTableView();
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A mouse drag from one point to another, with a first small step (as a hand makes), until the window is idle. */
    private void drag(FxRobot robot, Point2D from, Point2D to) throws Exception {
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(3, 0)).moveTo(to).release(MouseButton.PRIMARY);
        WindowTestSupport.idle(vm);
    }

    /**
     * A press in the text outside the selected quotation lets go of it, so a selection begun on its first letter
     * after that selects, not resizes (QA: selecting the quotation's own words again cut it down to its last word);
     * a press on the space after it begins a selection too.
     */
    @Test
    void aPressOutsideTheSelectedQuotationLetsGoOfItSoItsLettersSelectAgain(FxRobot robot) throws Exception {
        open(robot, true);
        selectFirstListed(robot);
        Quotation qa = project().quotation("qa").orElseThrow();
        drag(robot, middleOf(qa.end()), middleOf(qa.end() + 6)); // from the space after "mensen"
        assertEquals(qa, project().quotation("qa").orElseThrow(), "a selection begun beside it leaves it as it was");
        assertEquals(null, workbench.coding().selectedQuotationProperty().get(), "and lets go of it");
        selectFirstListed(robot);
        robot.clickOn(middleOf(TEXT.indexOf("De wijkcoach") + 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, workbench.coding().selectedQuotationProperty().get(), "a click elsewhere lets go of it");
        dragSelect(robot, qa.start(), qa.end() - 1);
        assertEquals(qa, project().quotation("qa").orElseThrow(), "its own words selected again, not resized");
        assertEquals("Ik ken mensen", selected());
    }

    /**
     * Delete in the quotation list deletes the selected quotation and says so, as its context menu does; undo brings
     * it back (QA: the inspector's button was the only way).
     */
    @Test
    void deleteInTheQuotationListDeletesTheSelectedQuotation(FxRobot robot) throws Exception {
        open(robot, true);
        TableView<QuotationRow> list = robot.lookup("#quotation-list").queryTableView();
        robot.clickOn(robot.lookup("#quotation-list .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Quotation chosen = list.getSelectionModel().getSelectedItem().quotation();
        String first = chosen.id();
        String shownId = chosen.idIn(project().document("d").orElseThrow());
        robot.type(KeyCode.DELETE);
        WindowTestSupport.idle(vm);
        assertTrue(project().quotation(first).isEmpty(), "deleted by the key");
        assertTrue(vm.statusProperty().get().toLowerCase(java.util.Locale.ROOT).contains(nl.veldwerk.ui.common.I18n
                .text("status.quotationDeleted", shownId).toLowerCase(java.util.Locale.ROOT)), vm.statusProperty().get());
        robot.interact(vm::undo);
        WindowTestSupport.idle(vm);
        assertTrue(project().quotation(first).isPresent(), "undo brings it back");
        robot.interact(() -> list.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        String second = list.getSelectionModel().getSelectedItem().quotation().id();
        robot.rightClickOn(robot.lookup("#quotation-list .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(nl.veldwerk.ui.common.I18n.text("inspector.delete"));
        WindowTestSupport.idle(vm);
        assertTrue(project().quotation(second).isEmpty(), "deleted from the context menu");
        assertEquals(1, project().quotationsOf("d").size());
    }

    /**
     * A code dropped on a quotation's text with nothing selected goes on that quotation, the shortest one there (QA:
     * refused with "Select the text to code first"); dropped where no quotation is, it codes nothing.
     */
    @Test
    void aCodeDroppedOnAQuotationWithNothingSelectedGoesOnIt(FxRobot robot) throws Exception {
        open(robot, true);
        robot.interact(() -> project().put(Code.of("n", "Nieuw", "#33cc33", null)));
        robot.interact(() -> area.selectRange(0, 0));
        TranscriptPane pane = (TranscriptPane) robot.lookup(n -> n instanceof TranscriptPane).query();
        int inside = TEXT.indexOf("ken mensen");
        Point2D local = WaitForAsyncUtils.asyncFx(() -> area.screenToLocal(middleOf(inside))).get();
        robot.interact(() -> pane.dropCode("n", local.getX(), local.getY()));
        WindowTestSupport.idle(vm);
        assertEquals(List.of("c", "n"), project().codingsOf("qa").stream().map(Coding::codeId).sorted().toList());
        assertEquals(nl.veldwerk.ui.common.I18n.text("status.codeDropped", "Nieuw", "1:1"), vm.statusProperty().get(),
                "said (QA: nothing was)");
        assertEquals(2, project().quotationsOf("d").size(), "no new quotation");
        int outside = TEXT.indexOf("tien.");
        Point2D nowhere = WaitForAsyncUtils.asyncFx(() -> area.screenToLocal(middleOf(outside))).get();
        robot.interact(() -> pane.dropCode("n", nowhere.getX(), nowhere.getY()));
        WindowTestSupport.idle(vm);
        assertEquals(3, project().codings().size(), "nothing coded where no quotation is and nothing is selected");
    }

    /**
     * The picker opens below what it codes; where the window has no room below (a selection at the window's foot),
     * above it, inside the window and clear of the text it codes (QA: it reached past the window's foot).
     */
    @Test
    void theCodePickerStaysInsideTheWindowAndClearOfWhatItCodes(FxRobot robot) throws Exception {
        open(robot, true);
        TranscriptPane pane = (TranscriptPane) robot.lookup(n -> n instanceof TranscriptPane).query();
        javafx.stage.Window window = area.getScene().getWindow();
        Quotation qa = project().quotation("qa").orElseThrow();
        double left = window.getX() + 40;
        double windowFoot = window.getY() + window.getHeight();
        Bounds high = new javafx.geometry.BoundingBox(left, window.getY() + 120, 60, 18);
        Bounds low = new javafx.geometry.BoundingBox(left, windowFoot - 40, 60, 18);
        // In the middle of a window too low for the picker on either side: it grows shorter, not over the text (QA).
        Bounds middle = new javafx.geometry.BoundingBox(left, window.getY() + window.getHeight() / 2 - 9, 60, 18);
        double wasHeight = window.getHeight();
        robot.interact(() -> window.setHeight(620));
        for (Bounds anchor : List.of(high, middle)) {
            javafx.stage.Window picker = pickerOpenedAt(robot, pane, qa, anchor);
            double top = picker.getY();
            double foot = top + picker.getHeight();
            assertTrue(top >= window.getY() && foot <= window.getY() + window.getHeight(), "inside the window: "
                    + top + "–" + foot);
            assertTrue(foot <= anchor.getMinY() || top >= anchor.getMaxY(), "clear of the text it codes: " + top
                    + "–" + foot + " around " + anchor.getMinY() + "–" + anchor.getMaxY());
            robot.interact(picker::hide);
        }
        robot.interact(() -> window.setHeight(wasHeight));
        double fullHeight = 260;
        for (Bounds anchor : List.of(high, low)) {
            javafx.stage.Window picker = pickerOpenedAt(robot, pane, qa, anchor);
            double top = picker.getY();
            double foot = top + picker.getHeight();
            assertTrue(picker.getHeight() > 100, "a picker of some height: " + picker.getHeight());
            javafx.scene.control.ListView<?> list = (javafx.scene.control.ListView<?>) picker.getScene().getRoot()
                    .lookup("#code-picker-list");
            assertEquals(fullHeight, list.getPrefHeight(), 0.5, "its list as tall as ever, once there is room again");
            assertTrue(top >= window.getY() && foot <= windowFoot, "inside the window: " + top + "–" + foot
                    + " in " + window.getY() + "–" + windowFoot);
            if (anchor == high) {
                assertTrue(top >= anchor.getMaxY(), "below the text it codes, where there is room: " + top);
            } else {
                assertTrue(foot <= anchor.getMinY(), "above the text it codes at the window's foot: " + foot
                        + " over " + anchor.getMinY());
            }
            robot.interact(picker::hide);
        }
        // The window's foot at the screen's foot: shown there first, the popup was pulled up over the text it codes
        // by the screen's edge, and stayed so (review).
        double screenFoot = javafx.stage.Screen.getPrimary().getVisualBounds().getMaxY();
        double wasY = window.getY();
        robot.interact(() -> window.setY(screenFoot - window.getHeight()));
        Bounds atFoot = new javafx.geometry.BoundingBox(left, screenFoot - 40, 60, 18);
        javafx.stage.Window picker = pickerOpenedAt(robot, pane, qa, atFoot);
        assertTrue(picker.getY() + picker.getHeight() <= atFoot.getMinY(), "above the text it codes: "
                + (picker.getY() + picker.getHeight()) + " over " + atFoot.getMinY());
        robot.interact(picker::hide);
        robot.interact(() -> window.setY(wasY));
    }

    /** The code picker opened for a quotation at an anchor's screen bounds, as it shows. */
    private static javafx.stage.Window pickerOpenedAt(FxRobot robot, TranscriptPane pane, Quotation q, Bounds anchor) {
        robot.interact(() -> pane.openPickerFor(q, anchor));
        WaitForAsyncUtils.waitForFxEvents();
        return javafx.stage.Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof CodePicker)
                .findFirst().orElseThrow();
    }

    /** A quotation's bounds in a long transcript (seven digits) are shown whole in the inspector's fields (QA). */
    @Test
    void theBoundsFieldsShowSevenDigitsWhole(FxRobot robot) throws Exception {
        open(robot, true);
        TableView<QuotationRow> list = robot.lookup("#quotation-list").queryTableView();
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#inspector-start", "#inspector-end")) {
            Spinner<Integer> field = robot.lookup(id).query();
            robot.interact(() -> field.getValueFactory().setValue(5_053_755));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.TextField editor = field.getEditor();
            double room = editor.getWidth() - editor.snappedLeftInset() - editor.snappedRightInset();
            double needed = new javafx.scene.text.Text(editor.getText()) {
                {
                    setFont(editor.getFont());
                }
            }.getLayoutBounds().getWidth();
            assertEquals("5053755", editor.getText());
            assertTrue(needed <= room, id + ": " + needed + " px of text in " + room + " px");
        }
    }

    @Test
    void theInspectorStaysOnAQuotationWhoseBoundsOrCommentChange(FxRobot robot) throws Exception {
        open(robot, true);
        TableView<QuotationRow> list = robot.lookup("#quotation-list").queryTableView();
        // The later quotation first: the one whose row a table would hand the selection to is the earlier.
        robot.interact(() -> list.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("qb", workbench.coding().selectedQuotationProperty().get().id());

        // Bounds changed with the spinners and "Set bounds".
        Spinner<Integer> end = robot.lookup("#inspector-end").query();
        int newEnd = TEXT.indexOf("De wijkcoach helpt") + "De wijkcoach helpt".length();
        robot.interact(() -> end.getValueFactory().setValue(newEnd));
        robot.clickOn((Button) robot.lookup("#inspector-set-bounds").query());
        WindowTestSupport.idle(vm);
        assertEquals("qb", workbench.coding().selectedQuotationProperty().get().id(), "still the resized quotation");
        assertEquals(newEnd, project().quotation("qb").orElseThrow().end());
        assertEquals("qb", list.getSelectionModel().getSelectedItem().quotation().id(), "and so is the list");

        // A long document name wraps in the heading; nothing of it is cut off.
        String longName = "Interview met de wijkcoach van het sociaal wijkteam, tweede gesprek";
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.DocumentCommands.rename("d", longName)));
        robot.interact(() -> list.getSelectionModel().select(1));
        WindowTestSupport.idle(vm);
        javafx.scene.control.Label heading = robot.lookup("#inspector-heading").query();
        javafx.scene.text.Text shown = (javafx.scene.text.Text) heading.lookup(".text");
        assertEquals(heading.getText(), shown.getText(), "the heading in full");
        assertTrue(heading.getText().contains(longName), "renamed, the document's new name: " + heading.getText());

        // An end before the start: said plainly, and the fields show the bounds the quotation kept.
        Spinner<Integer> start = robot.lookup("#inspector-start").query();
        int errors = dialogs.errors.size();
        robot.interact(() -> {
            start.getValueFactory().setValue(newEnd + 5);
            end.getValueFactory().setValue(newEnd - 5);
        });
        robot.clickOn((Button) robot.lookup("#inspector-set-bounds").query());
        WindowTestSupport.idle(vm);
        assertEquals(errors + 1, dialogs.errors.size());
        assertTrue(dialogs.errors.getLast().contains("must come after the start"), dialogs.errors.getLast());
        assertEquals(newEnd, project().quotation("qb").orElseThrow().end(), "unchanged");
        assertEquals(project().quotation("qb").orElseThrow().start(), start.getValue());
        assertEquals(newEnd, end.getValue());

        // An end past the text typed in the field: said in words, and the field shows the end kept, not the number.
        robot.interact(() -> {
            start.getValueFactory().setValue(project().quotation("qb").orElseThrow().start());
            end.getEditor().setText("99999");
            end.commitValue();
        });
        robot.clickOn((Button) robot.lookup("#inspector-set-bounds").query());
        WindowTestSupport.idle(vm);
        assertEquals(newEnd, project().quotation("qb").orElseThrow().end(), "unchanged");
        assertEquals(String.valueOf(newEnd), end.getEditor().getText(), "the typed number not left in the field");
        assertTrue(dialogs.errors.getLast().contains("A quotation from character ") && dialogs.errors.getLast()
                .contains(" to 99999 does not fit in"), dialogs.errors.getLast());

        // Bounds changed from a selection: "Use the selected text as its bounds", with its edges tidied as coding
        // tidies them (QA: a selection from the space before a word gave the quotation that space).
        int from = TEXT.indexOf("wijkcoach helpt ze");
        assertEquals(' ', TEXT.charAt(from - 1));
        robot.interact(() -> area.selectRange(from - 1, from + "wijkcoach helpt ze".length()));
        // Fired, not clicked: in the test's 1300-pixel window the button can lie below the inspector's fold.
        robot.interact(() -> ((Button) robot.lookup("#bounds-to-selection").query()).fire());
        WindowTestSupport.idle(vm);
        assertEquals("qb", workbench.coding().selectedQuotationProperty().get().id());
        assertEquals(from, project().quotation("qb").orElseThrow().start());
        assertEquals(from + "wijkcoach helpt ze".length(), project().quotation("qb").orElseThrow().end());

        // A comment typed and saved with Ctrl+S, then more typing: all of it on the same quotation.
        robot.clickOn("#inspector-comment").write("Eerste");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WindowTestSupport.idle(vm);
        assertEquals("qb", workbench.coding().selectedQuotationProperty().get().id(), "the save keeps the selection");
        robot.write(" en tweede");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WindowTestSupport.idle(vm);
        assertEquals("Eerste en tweede", project().quotation("qb").orElseThrow().comment());
        assertEquals("", project().quotation("qa").orElseThrow().comment(), "nothing landed on the other quotation");

        // Tab moves on to the next field; it puts no tab character in the comment.
        javafx.scene.control.TextArea comment = robot.lookup("#inspector-comment").query();
        robot.clickOn(comment).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(false, comment.isFocused(), "the focus moved on");
        assertEquals("Eerste en tweede", comment.getText());
    }

    @Test
    void ctrlKWithoutSelectedTextCodesTheSelectedQuotationOrSaysWhatToDo(FxRobot robot) throws Exception {
        open(robot, true);
        robot.interact(() -> area.selectRange(0, 0));
        robot.interact(() -> workbench.coding().selectedQuotationProperty().set(null));
        robot.interact(() -> area.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(nl.veldwerk.ui.common.I18n.text("picker.nothingSelected"), vm.statusProperty().get(),
                "with nothing selected, the status bar says what to do");

        // A quotation selected, no text: Ctrl+K adds a code to it; a new name makes the code.
        TableView<QuotationRow> list = robot.lookup("#quotation-list").queryTableView();
        robot.interact(() -> list.getSelectionModel().select(0));
        // A click elsewhere in the text (the cursor outside it): not the quotation but the place is meant; said.
        nl.veldwerk.model.Quotation qa = project().quotation("qa").orElseThrow();
        int outside = qa.start() > 0 ? 0 : area.getLength();
        robot.interact(() -> area.selectRange(outside, outside));
        robot.interact(() -> vm.showStatus(""));
        robot.interact(() -> area.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(nl.veldwerk.ui.common.I18n.text("picker.nothingSelected"), vm.statusProperty().get(),
                "the cursor outside the selected quotation: no code added to it (QA)");
        robot.interact(() -> area.selectRange(qa.end(), qa.end())); // in it, nothing selected
        robot.interact(() -> area.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node search = shownPickerSearch();
        robot.targetWindow(search.getScene().getWindow()).write("Schaamte").type(KeyCode.ENTER);
        robot.targetWindow(area.getScene().getWindow());
        WindowTestSupport.idle(vm);
        assertEquals(java.util.Set.of("Drempel", "Schaamte"), project().codingsOf("qa").stream().map(k -> project()
                .code(k.codeId()).orElseThrow().name()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(2, project().quotations().size(), "no new quotation");
        assertTrue(robot.lookup("#inspector .button").queryAll().stream().anyMatch(n -> n instanceof
                javafx.scene.control.Button b && b.getText().startsWith("Schaamte")),
                "the inspector shows the code added to its quotation at once");

        // The inspector's "Add a code…" opens the same searchable picker for its quotation.
        robot.clickOn("#inspector-add-code");
        search = shownPickerSearch();
        robot.targetWindow(search.getScene().getWindow()).write("Geld").type(KeyCode.ENTER);
        robot.targetWindow(area.getScene().getWindow());
        WindowTestSupport.idle(vm);
        assertTrue(project().codingsOf("qa").stream().anyMatch(k -> project().code(k.codeId()).orElseThrow().name()
                .equals("Geld")), "a new code made from the inspector's picker, on its quotation");
    }
}
