package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.shell.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The quotation manager in the real window: all quotations, each filter, sorting by ID, open in context. */
class QuotationManagerTest extends WorkbenchTest {
    private static final String A = "Interviewer: Waarom?\nA01: Omdat schaamte groot is.\nA01: En geld.\n";
    private static final String B = "Interviewer: En u?\nW01: Schaamte zie ik niet.\n";

    private TableView<QuotationManagerRow> table;
    private QuotationManagerWindow manager;

    private void open(FxRobot robot) throws Exception {
        Project p = new Project(ProjectInfo.named("Citaten", Fixtures.T));
        p.put(new DocumentGroup("g", "Aanbieders", ""));
        p.put(new nl.veldwerk.model.AttributeDefinition("age", "Leeftijd", nl.veldwerk.model.AttributeType.NUMBER));
        int a1 = A.indexOf("A01:");
        int a2 = A.indexOf("A01: En");
        p.put(new Document("a", "A01", "", A, SourceFormat.TXT, List.of(new SpeakerTurn("Interviewer", 0, a1 - 1, null),
                new SpeakerTurn("A01", a1, A.length() - 1, null)), Set.of("g"), java.util.Map.of("Leeftijd", "34.5"), Fixtures.T,
                1));
        int w = B.indexOf("W01:");
        p.put(new Document("b", "W01", "", B, SourceFormat.TXT, List.of(new SpeakerTurn("Interviewer", 0, w - 1, null),
                new SpeakerTurn("W01", w, B.length() - 1, null)), Set.of(), java.util.Map.of("Leeftijd", "9"), Fixtures.T, 2));
        p.put(Code.of("psy", "Psychisch", null, null));
        p.put(Code.of("schaamte", "Schaamte", null, "psy"));
        p.put(Code.of("geld", "Geld", null, null));
        quotation(p, "q1", "a", A, "schaamte groot", 1, "schaamte");
        quotation(p, "q2", "a", A, "geld", 2, "geld");
        quotation(p, "q3", "a", A, "Waarom", 3, "geld");
        quotation(p, "q4", "b", B, "Schaamte zie", 1, "schaamte");
        openManagerOf(robot, p);
    }

    /** Saves {@code p}, opens it in the window and opens its quotation manager (Ctrl+Shift+Q), its lines made. */
    private void openManagerOf(FxRobot robot, Project p) throws Exception {
        Path dir = tmp.resolve("qm-" + System.nanoTime());
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        table = robot.lookup("#qmanager-table").queryTableView();
        manager = (QuotationManagerWindow) robot.window(win -> win.getProperties().get(QuotationManagerWindow.class)
                != null).getProperties().get(QuotationManagerWindow.class);
        settle(robot);
    }

    /** Until the manager's lines are made, filtered and sorted (on its own thread). */
    private void settle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(() -> !manager.workingProperty().get()).get();
        });
    }

    private static void quotation(Project p, String id, String doc, String text, String words, int number, String code) {
        int start = text.indexOf(words);
        p.put(new Quotation(id, doc, start, start + words.length(), id.equals("q2") ? "let op" : "", null, Fixtures.T,
                number));
        p.put(new Coding("k" + id, id, code, null, Fixtures.T));
    }

    private List<String> shown() {
        return table.getItems().stream().map(QuotationManagerRow::id).toList();
    }

    private void choose(FxRobot robot, String boxId, String value) throws Exception {
        ComboBox<String> box = robot.lookup(boxId).query();
        robot.interact(() -> box.setValue(value));
        settle(robot);
    }

    @Test
    void allQuotationsFilteredByEveryCriterionSortedAndOpenedInContext(FxRobot robot) throws Exception {
        open(robot);
        assertEquals(List.of("1:1", "1:2", "1:3", "2:1"), shown().stream().sorted(QuotationIds.ORDER).toList());

        choose(robot, "#qmanager-document", "W01");
        assertEquals(List.of("2:1"), shown());
        choose(robot, "#qmanager-document", "");
        // A document attribute's values, numbers in numeric order, as a filter (as MAXQDA's document variables).
        ComboBox<String> attribute = robot.lookup("#qmanager-attribute").query();
        assertEquals(List.of("", "Leeftijd = 9", "Leeftijd = 34.5"), attribute.getItems());
        choose(robot, "#qmanager-attribute", "Leeftijd = 9");
        assertEquals(List.of("2:1"), shown());
        choose(robot, "#qmanager-attribute", "Leeftijd = 34.5");
        assertEquals(Set.of("1:1", "1:2", "1:3"), Set.copyOf(shown()));
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.DocumentCommands.setAttribute("b", "Leeftijd",
                "34.5")));
        settle(robot);
        assertEquals(List.of("", "Leeftijd = 34.5"), attribute.getItems(), "the choices follow the documents");
        assertEquals(Set.of("1:1", "1:2", "1:3", "2:1"), Set.copyOf(shown()), "and the chosen value stays chosen");
        robot.interact(() -> vm.undo());
        settle(robot);
        choose(robot, "#qmanager-attribute", "");
        choose(robot, "#qmanager-group", "Aanbieders");
        assertEquals(Set.of("1:1", "1:2", "1:3"), Set.copyOf(shown()));
        choose(robot, "#qmanager-speaker", "Interviewer");
        assertEquals(List.of("1:3"), shown(), "the interviewer's question only");
        // Every line shown, for a spreadsheet: the columns as shown, the words whole; asked with the keyboard still
        // in a filter (where it is right after choosing one).
        robot.interact(() -> robot.lookup("#qmanager-text").query().requestFocus());
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        String[] copied = new String[1];
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
            robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
            return copied[0] != null; // the whole words are read off the FX thread
        });
        List<String> lines = List.of(copied[0].split("\n"));
        assertEquals(2, lines.size(), copied[0]);
        assertTrue(lines.get(0).startsWith(table.getColumns().getFirst().getText() + "\t"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1:3\t") && lines.get(1).contains("Interviewer"), lines.get(1));
        assertEquals(nl.veldwerk.ui.common.I18n.text("qmanager.copied", 1), robot.lookup("#qmanager-copied")
                .queryAs(javafx.scene.control.Label.class).getText(), "said in this window, not behind it");
        choose(robot, "#qmanager-speaker", "");
        choose(robot, "#qmanager-group", "");

        // A code takes in its sub-codes: Psychisch finds the Schaamte quotations of both documents.
        robot.clickOn("#qmanager-code");
        javafx.scene.Node search = robot.lookup("#code-chooser-search").query();
        robot.targetWindow(search.getScene().getWindow()).write("Psychisch").type(KeyCode.ENTER);
        robot.targetWindow(table.getScene().getWindow());
        settle(robot);
        assertEquals(Set.of("1:1", "2:1"), Set.copyOf(shown()));
        robot.clickOn("#qmanager-text").write("zie");
        settle(robot);
        assertEquals(List.of("2:1"), shown());
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#qmanager-text").query()).setText("let op"));
        robot.clickOn("#qmanager-code");
        search = robot.lookup("#code-chooser-search").query();
        robot.targetWindow(search.getScene().getWindow()).type(KeyCode.ENTER); // "any code", the first line
        robot.targetWindow(table.getScene().getWindow());
        settle(robot);
        assertEquals(List.of("1:2"), shown(), "the comment is searched too");
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#qmanager-text").query()).setText(""));
        settle(robot);

        // Sorted by ID, descending, as numbers.
        TableColumn<QuotationManagerRow, ?> id = table.getColumns().getFirst();
        robot.interact(() -> {
            id.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(id));
        });
        settle(robot);
        assertEquals(List.of("2:1", "1:3", "1:2", "1:1"), shown());
        int asked = manager.questionsAsked();
        Thread.sleep(400);
        settle(robot);
        assertEquals(asked, manager.questionsAsked(), "a sorted table asks nothing more while nothing changes");

        // Two codes of one name are told apart in the Codes column, as in the inspector (QA: "Angst" twice).
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.rename("geld", "Schaamte")));
        settle(robot);
        TableColumn<QuotationManagerRow, ?> codes = table.getColumns().stream()
                .filter(c -> c.getUserData() == QuotationManagerQuery.Column.CODES).findFirst().orElseThrow();
        java.util.Map<String, Object> codesById = new java.util.HashMap<>();
        robot.interact(() -> table.getItems().forEach(r -> codesById.put(r.id(), codes.getCellData(r))));
        assertEquals("Schaamte (Psychisch)", codesById.get("1:1"));
        assertEquals("Schaamte", codesById.get("1:2"));
        robot.interact(() -> vm.undo());
        settle(robot);

        // Open in context: the main window selects the quotation in its document.
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("q4", workbench.coding().selectedQuotationProperty().get().id());
        assertEquals("b", vm.selectedProperty().get().document().id());
    }

    /** Delete on a line deletes its quotation, as the coding screen deletes one; undo brings it back (QA). */
    @Test
    void deleteOnALineDeletesItsQuotation(FxRobot robot) throws Exception {
        open(robot);
        QuotationManagerRow line = table.getItems().stream().filter(r -> r.id().equals("1:2")).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(line);
            table.requestFocus();
        });
        robot.type(KeyCode.DELETE);
        WindowTestSupport.idle(vm);
        settle(robot);
        Project p = vm.storeProperty().get().session().project();
        assertTrue(p.quotation("q2").isEmpty(), "deleted");
        assertEquals(List.of("1:1", "1:3", "2:1"), shown().stream().sorted(QuotationIds.ORDER).toList());
        robot.interact(vm::undo);
        WindowTestSupport.idle(vm);
        assertTrue(p.quotation("q2").isPresent(), "undo brings it back");
    }

    @Test
    void followsACodingDocumentByDocumentAndNothingOnceClosed(FxRobot robot) throws Exception {
        open(robot);
        QuotationManagerRow[] linesOfB = manager.rows().of("b");
        int made = manager.rows().documentsMade();
        robot.interact(() -> vm.documents().stream().filter(i -> i.document().id().equals("a")).findFirst()
                .ifPresent(vm.selectedProperty()::set));
        WindowTestSupport.idle(vm);
        robot.interact(() -> table.getSelectionModel().select(3));
        assertEquals("2:1", table.getSelectionModel().getSelectedItem().id());
        int omdat = A.indexOf("Omdat");
        robot.interact(() -> {
            workbench.coding().select(omdat, omdat + 5);
            workbench.coding().applyCode("geld");
        });
        WindowTestSupport.idle(vm);
        settle(robot);

        assertEquals(List.of("1:3", "1:4", "1:1", "1:2", "2:1"), shown(), "the new quotation, in reading order");
        assertEquals("2:1", table.getSelectionModel().getSelectedItem().id(),
                "the selected line stays selected, one place further down");
        QuotationManagerRow added = table.getItems().get(1);
        assertEquals("Omdat", added.text());
        assertEquals(List.of("geld"), added.codeIds());
        assertEquals(1, manager.rows().documentsMade() - made, "only the coded document's lines are made anew");
        org.junit.jupiter.api.Assertions.assertSame(linesOfB, manager.rows().of("b"));
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#qmanager-text").query()).setText("geld"));
        settle(robot);
        assertEquals(List.of("1:3", "1:4", "1:2"), shown(), "a code's name is searched too");

        robot.interact(vm::undo);
        WindowTestSupport.idle(vm);
        settle(robot);
        assertEquals(List.of("1:3", "1:2"), shown(), "the undone quotation is gone");

        // Closed, the manager holds no lines and makes none when the project changes.
        robot.interact(() -> ((javafx.stage.Stage) table.getScene().getWindow()).close());
        made = manager.rows().documentsMade();
        assertEquals(0, manager.rows().count());
        robot.interact(vm::redo);
        WindowTestSupport.idle(vm);
        assertEquals(made, manager.rows().documentsMade());
        assertEquals(0, manager.rows().count());

        // Opened again, it reads the project afresh, the redone quotation included.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        settle(robot);
        assertEquals(5, manager.rows().count());
    }

    @Test
    void theTimeBeforeEachQuotationIsAColumnShownWhereARecordingIsLinked(FxRobot robot) throws Exception {
        String text = "Interviewer: Begin.\n[00:00:05] A01: Eerst dit.\n[00:02:10] A01: Later dat.\n";
        Project p = new Project(ProjectInfo.named("Tijden", Fixtures.T));
        p.put(new Document("a", "A01", "", text, SourceFormat.TXT, List.of(), Set.of(), java.util.Map.of(), Fixtures.T, 1,
                new nl.veldwerk.model.Recording("media/a01.wav")));
        p.put(new Quotation("q1", "a", text.indexOf("Begin"), text.indexOf("Begin") + 5, "", null, Fixtures.T, 1));
        p.put(new Quotation("q2", "a", text.indexOf("Later"), text.indexOf("Later") + 9, "", null, Fixtures.T, 2));
        openManagerOf(robot, p);

        TableColumn<QuotationManagerRow, ?> time = table.getColumns().stream()
                .filter(c -> "qmanager-time".equals(c.getId())).findFirst().orElseThrow();
        assertEquals(true, time.isVisible(), "a document has a recording");
        assertEquals(List.of("1:1", "1:2"), shown());
        assertEquals("", time.getCellData(0), "before the first time mark");
        assertEquals("00:02:10", time.getCellData(1));
        assertEquals(true, table.isTableMenuButtonVisible(), "columns can be hidden and shown");
        // Hidden by the user, it stays hidden when the manager is opened again.
        robot.interact(() -> time.setVisible(false));
        robot.interact(() -> ((javafx.stage.Stage) table.getScene().getWindow()).close());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        settle(robot);
        assertEquals(false, time.isVisible(), "the user's choice kept");
    }
}
