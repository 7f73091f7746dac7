package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.shell.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Quotation IDs as ATLAS.ti has them ("document:quotation"), in the real window: shown in the list and the
 * inspector, kept when another quotation is deleted, not handed to a new one, back with an undone
 * delete, the same after save and reopen, and findable with Go to quotation (Ctrl+G).
 */
class QuotationIdTest extends WorkbenchTest {
    private static final String TEXT = "R01: Een. Twee. Drie. Vier.\n";

    private Path dir;

    private void open(FxRobot robot) throws Exception {
        open(robot, TEXT);
    }

    /** The project open on document 2, R01, whose text is {@code text}. */
    private void open(FxRobot robot, String text) throws Exception {
        Project p = new Project(ProjectInfo.named("ID", Fixtures.T));
        p.put(Document.of("other", "R00", "Eerder document.\n", SourceFormat.TXT, List.of(), Fixtures.T).withNumber(1));
        p.put(Document.of("d", "R01", text, SourceFormat.TXT, List.of(new nl.veldwerk.model.SpeakerTurn("Marieke", 0,
                text.length(), null)), Fixtures.T).withNumber(2));
        p.put(Code.of("c", "Tellen", "#cc3333", null));
        p.put(Code.of("n", "Noemen", "#3355cc", null));
        dir = tmp.resolve("ids-" + System.nanoTime());
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        robot.interact(() -> vm.documents().stream().filter(i -> i.document().id().equals("d")).findFirst()
                .ifPresent(vm.selectedProperty()::set));
        WindowTestSupport.idle(vm);
    }

    private void code(FxRobot robot, String word) throws Exception {
        int start = TEXT.indexOf(word);
        robot.interact(() -> {
            workbench.coding().select(start, start + word.length());
            workbench.coding().applyCode("c");
        });
        WindowTestSupport.idle(vm);
    }

    /** The project open on document 2 with "Een", "Twee" and "Drie" coded (2:1 to 2:3); its quotation list. */
    private TableView<QuotationRow> openWithThreeQuotations(FxRobot robot) throws Exception {
        open(robot);
        code(robot, "Een");
        code(robot, "Twee");
        code(robot, "Drie");
        return robot.lookup("#quotation-list").queryTableView();
    }

    private List<String> listedIds(FxRobot robot) {
        TableView<QuotationRow> list = robot.lookup("#quotation-list").queryTableView();
        return list.getItems().stream().map(QuotationRow::id).toList();
    }

    private void select(FxRobot robot, String id) throws Exception {
        dialogs.text = id;
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WindowTestSupport.idle(vm);
    }

    /** With every column of the list shown (the time too), an ID is still shown whole, not "2…". */
    private void assertIdsShownWholeBesideEveryColumn(FxRobot robot) {
        javafx.scene.control.TableView<?> table = robot.lookup("#quotation-list").queryTableView();
        java.util.Map<Object, Boolean> before = new java.util.HashMap<>();
        table.getColumns().forEach(c -> before.put(c, c.isVisible()));
        robot.interact(() -> table.getColumns().stream().filter(c -> !c.visibleProperty().isBound())
                .forEach(c -> c.setVisible(true)));
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.TableCell<?, ?>> ids = robot.from(table).lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                        && "quotation-id".equals(c.getTableColumn().getId()) && c.getText() != null
                        && !c.getText().isEmpty())
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n).toList();
        assertEquals(3, ids.size());
        for (javafx.scene.control.TableCell<?, ?> cell : ids) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.lookup(".text");
            assertEquals(cell.getText(), shown.getText(), "the ID whole, not elided");
            // Rows of one height, so the list places them without measuring each (veldwerk.css), and each still
            // as tall as its text needs.
            assertTrue(table.getFixedCellSize() > 0, "the list's rows have one height");
            assertEquals(table.getFixedCellSize(), cell.getHeight(), 0.01);
            assertTrue(cell.prefHeight(-1) <= cell.getHeight(), "the text is not cut off: " + cell.prefHeight(-1)
                    + " in " + cell.getHeight());
        }
        robot.interact(() -> table.getColumns().stream().filter(c -> !c.visibleProperty().isBound())
                .forEach(c -> c.setVisible(before.get(c))));
    }

    /** A long transcript's paragraph numbers shown whole in the list ("10000–10002", not "10…"), beside every column. */
    @Test
    void fiveDigitParagraphsAreShownWhole(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int line = 1; line <= 10_003; line++) {
            text.append("Regel ").append(line).append(".\n");
        }
        String whole = text.toString();
        open(robot, whole);
        int start = whole.indexOf("Regel 10000.");
        int end = whole.indexOf("Regel 10003.") - 1;
        int single = whole.indexOf("Regel 9.");
        robot.interact(() -> {
            workbench.coding().select(start, end);
            workbench.coding().applyCode("c");
            workbench.coding().select(single, single + "Regel 9.".length());
            workbench.coding().applyCode("c");
        });
        WindowTestSupport.idle(vm);
        javafx.scene.control.TableView<?> table = robot.lookup("#quotation-list").queryTableView();
        robot.interact(() -> table.getColumns().stream().filter(c -> !c.visibleProperty().isBound())
                .forEach(c -> c.setVisible(true)));
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.TableCell<?, ?>> cells = robot.from(table).lookup(".table-cell").queryAll()
                .stream().filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                        && "quotation-paragraphs".equals(c.getTableColumn().getId()) && c.getText() != null
                        && !c.getText().isEmpty())
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n).toList();
        assertEquals(List.of("10000–10002", "9"), cells.stream().map(javafx.scene.control.TableCell::getText).sorted()
                .toList());
        for (javafx.scene.control.TableCell<?, ?> cell : cells) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.lookup(".text");
            assertEquals(cell.getText(), shown.getText(), "the paragraphs whole, not elided");
        }
    }

    /** A time with tenths shown whole in the list ("00:00:15.1", not "00:00:1…": QA). */
    @Test
    void aTimeWithTenthsIsShownWhole(FxRobot robot) throws Exception {
        String whole = "Interviewer: [00:00:15.1] Hoe lang woont u hier?\nRespondent: [00:01:02.7] Twintig jaar.\n"
                + "Interviewer: [00:01:09.3] En bevalt het?\nRespondent: [00:01:12.0] Ja.\n";
        open(robot, whole);
        int start = whole.indexOf("Hoe lang");
        robot.interact(() -> {
            workbench.coding().select(start, start + "Hoe lang woont".length());
            workbench.coding().applyCode("c");
        });
        WindowTestSupport.idle(vm);
        javafx.scene.control.TableView<?> table = robot.lookup("#quotation-list").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.TableCell<?, ?>> cells = robot.from(table).lookup(".table-cell").queryAll()
                .stream().filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                        && "quotation-time".equals(c.getTableColumn().getId()) && c.getText() != null
                        && !c.getText().isEmpty())
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n).toList();
        assertEquals(List.of("00:00:15.1"), cells.stream().map(javafx.scene.control.TableCell::getText).toList());
        javafx.scene.text.Text shown = (javafx.scene.text.Text) cells.getFirst().lookup(".text");
        assertEquals("00:00:15.1", shown.getText(), "the time whole, not elided");
    }

    /** The quotation shown is the row selected, in the list's own order and in any order the user sorts it in. */
    @Test
    void theSelectedQuotationIsTheSelectedRowHoweverTheListIsSorted(FxRobot robot) throws Exception {
        TableView<QuotationRow> list = openWithThreeQuotations(robot);
        assertEquals("2:3", list.getSelectionModel().getSelectedItem().id(), "the quotation just coded");
        select(robot, "2:1");
        assertEquals("2:1", list.getSelectionModel().getSelectedItem().id());
        robot.interact(() -> {
            var id = list.getColumns().stream().filter(c -> "quotation-id".equals(c.getId())).findFirst().orElseThrow();
            id.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            list.getSortOrder().setAll(List.of(id));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("2:3", "2:2", "2:1"), listedIds(robot));
        for (String id : List.of("2:2", "2:3", "2:1")) {
            select(robot, id);
            assertEquals(id, list.getSelectionModel().getSelectedItem().id(), "sorted, " + id + " is the row selected");
        }
        // Filtered too: "ee" leaves Een and Twee.
        robot.interact(() -> workbench.coding().filterProperty().set("ee"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("2:2", "2:1"), listedIds(robot));
        for (String id : List.of("2:1", "2:2")) {
            select(robot, id);
            assertEquals(id, list.getSelectionModel().getSelectedItem().id(), "filtered, " + id + " is the row selected");
        }
        robot.interact(() -> workbench.coding().filterProperty().set(""));
        WaitForAsyncUtils.waitForFxEvents();
        code(robot, "Vier");
        assertEquals("2:4", list.getSelectionModel().getSelectedItem().id(), "sorted, the quotation just coded");
        assertEquals(0, list.getSelectionModel().getSelectedIndex(), "at the top, where the sort puts it");
        robot.interact(vm::undo);
        WindowTestSupport.idle(vm);
        assertEquals(null, workbench.coding().selectedQuotationProperty().get(), "undone, no quotation is shown");
        assertTrue(list.getSelectionModel().isEmpty(), "and no row selected");
        // Every row made again (a code renamed): the row of the quotation shown stays selected.
        select(robot, "2:2");
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.rename("c", "Tel")));
        WindowTestSupport.idle(vm);
        assertEquals("2:2", list.getSelectionModel().getSelectedItem().id(), "selected after the rows are made again");
        assertEquals(1, list.getSelectionModel().getSelectedIndex());
    }

    /** A second code, a comment: the row shows it where it was, the others stay, and it stays the row selected. */
    @Test
    void aQuotationCodedAgainOrCommentedStaysInItsPlaceAndSelected(FxRobot robot) throws Exception {
        TableView<QuotationRow> list = openWithThreeQuotations(robot);
        select(robot, "2:2");
        List<QuotationRow> before = List.copyOf(list.getItems());
        String id = workbench.coding().selectedQuotationProperty().get().id();
        robot.interact(() -> workbench.coding().addCodeToQuotation(id, "n"));
        WindowTestSupport.idle(vm);
        assertEquals(List.of("2:1", "2:2", "2:3"), listedIds(robot));
        assertEquals("Noemen, Tellen", list.getItems().get(1).codes(), "the row shows both codes");
        assertTrue(list.getItems().get(0) == before.get(0) && list.getItems().get(2) == before.get(2),
                "the other rows are left as they were");
        assertEquals("2:2", list.getSelectionModel().getSelectedItem().id(), "still the row selected");
        robot.interact(() -> workbench.coding().comment(id, "Telt af"));
        WindowTestSupport.idle(vm);
        assertEquals("2:2", list.getSelectionModel().getSelectedItem().id());
        assertEquals(List.of("2:1", "2:2", "2:3"), listedIds(robot));
        robot.interact(vm::undo);
        robot.interact(vm::undo);
        WindowTestSupport.idle(vm);
        assertEquals("Tellen", list.getItems().get(1).codes(), "undone, one code again");
        assertEquals("2:2", list.getSelectionModel().getSelectedItem().id());
    }

    /**
     * Taking one coder's coding off a quotation another coder coded with the same code says the code stays (QA: "taken
     * off", and the code stayed on the quotation after a merge joined two coders' codings).
     */
    @Test
    void takingOffOneCodersCodingSaysWhoseKeepsTheCode(FxRobot robot) throws Exception {
        openWithThreeQuotations(robot);
        String quotation = vm.session().project().codingsWithCode("c").getFirst().quotationId();
        robot.interact(() -> vm.run(() -> {
            vm.session().execute(nl.veldwerk.project.NoteCommands.addCoder(new nl.veldwerk.model.Coder("anna", "Anna")));
            vm.session().execute(nl.veldwerk.project.QuotationCommands.applyCode(quotation, "c", "anna", Fixtures.T));
        }));
        String mine = vm.session().project().codingsOf(quotation).stream().filter(c -> !"anna".equals(c.coderId()))
                .findFirst().orElseThrow().id();
        robot.interact(() -> workbench.coding().removeCoding(mine));
        WindowTestSupport.idle(vm);
        assertTrue(vm.statusProperty().get().startsWith("One coding of ‘Tellen’ taken off quotation 2:")
                && vm.statusProperty().get().contains("it keeps the code from Anna"), vm.statusProperty().get());
        String annas = vm.session().project().codingsOf(quotation).getFirst().id();
        robot.interact(() -> workbench.coding().removeCoding(annas));
        WindowTestSupport.idle(vm);
        assertTrue(vm.statusProperty().get().startsWith("‘Tellen’ taken off quotation 2:"), vm.statusProperty().get());
    }

    @Test
    void idsAreStableThroughDeleteUndoSaveAndReopenAndFindable(FxRobot robot) throws Exception {
        openWithThreeQuotations(robot);
        assertEquals(List.of("2:1", "2:2", "2:3"), listedIds(robot), "document 2, quotations 1 to 3");
        assertIdsShownWholeBesideEveryColumn(robot);

        select(robot, "2:2");
        assertEquals("Quotation 2:2 · R01 · Marieke", robot.lookup("#inspector-heading").queryAs(Label.class).getText(),
                "the ID, the document and who says it");
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.DocumentCommands.rename("d", "Marieke")));
        WindowTestSupport.idle(vm);
        select(robot, "2:2");
        assertEquals("Quotation 2:2 · Marieke", robot.lookup("#inspector-heading").queryAs(Label.class).getText(),
                "a speaker named as the document is said once");
        robot.interact(vm::undo);
        WindowTestSupport.idle(vm);
        TableView<QuotationRow> list = robot.lookup("#quotation-list").queryTableView();
        assertEquals(List.of("Marieke", "Marieke", "Marieke"), list.getItems().stream().map(QuotationRow::speaker).toList());
        assertTrue(list.getColumns().stream().anyMatch(c -> "quotation-speaker".equals(c.getId())),
                "a Speaker column the table's menu can show");
        javafx.scene.control.ToggleButton ofDocument = robot.lookup((javafx.scene.control.ToggleButton b) -> b.getText()
                .equals(nl.veldwerk.ui.common.I18n.text("quotations.ofDocument"))).query();
        robot.clickOn(ofDocument);
        assertTrue(ofDocument.isSelected(), "a click on the pressed scope leaves it pressed, not neither");
        robot.clickOn("#delete-quotation");
        WindowTestSupport.idle(vm);
        assertEquals(List.of("2:1", "2:3"), listedIds(robot), "the others keep their IDs");
        code(robot, "Vier");
        assertEquals(List.of("2:1", "2:3", "2:4"), listedIds(robot), "a new quotation takes the number after the highest");

        robot.interact(vm::undo);
        robot.interact(vm::undo);
        WindowTestSupport.idle(vm);
        assertEquals(List.of("2:1", "2:2", "2:3"), listedIds(robot), "the undone delete brings back 2:2");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WindowTestSupport.idle(vm);
        robot.interact(vm::close);
        WindowTestSupport.idle(vm);
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        select(robot, " 2 : 3 ");
        assertEquals(TEXT.indexOf("Drie"), workbench.coding().selectedQuotationProperty().get().start(),
                "Go to quotation opens the document and selects the quotation, after reopening too");
        assertEquals("d", vm.selectedProperty().get().document().id());
        assertEquals(List.of("2:1", "2:2", "2:3"), listedIds(robot));

        select(robot, "2:9");
        assertTrue(dialogs.errors.getLast().contains("2:9"), dialogs.errors.toString());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
