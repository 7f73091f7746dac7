package nl.veldwerk.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.veldwerk.analysis.CodeDocumentTable;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.synthetic.SyntheticProject;
import nl.veldwerk.testing.RecordingDialogs;
import nl.veldwerk.ui.common.Background;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What is behind a cell of an analysis table is listed off the FX thread (a total of a large project is a
 * million quotations to sort): the list says it is at work meanwhile, and only the cell asked for last is shown.
 * (And the code-document table's totals, row and column, are in bold.)
 */
@ExtendWith(ApplicationExtension.class)
class DetailListingTest {
    private final Project project = SyntheticProject.generate(4, 600, 60, 6, 11);
    /** The analysis window's work, held back until the test runs it. */
    private final Queue<Runnable> held = new ArrayDeque<>();
    private CodeDocumentTab tab;
    private AnalysisViewModel vm;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        I18n.setLocale(java.util.Locale.ENGLISH);
        vm = new AnalysisViewModel(project, new Background(Platform::runLater, held::add,
                held::add), new Background(Platform::runLater, held::add, held::add));
        tab = new CodeDocumentTab(vm, dialogs, null);
        stage.setScene(new Scene(tab, 900, 600));
        stage.show();
    }

    @Test
    void aCellIsListedOffTheFxThreadAndOnlyTheLastAskedForIsShown(FxRobot robot) {
        runHeld(robot); // the table itself
        GridTable table = tab.table;
        assertTrue(table.grid() != null, "the table is shown");
        DetailList details = tab.details;
        int codes = table.grid().rowLabels().size() - 1;
        int documents = table.grid().columnLabels().size() - 1;
        // The totals column in bold, as the totals row is; the figures not.
        assertTrue(table.fontOf(0, documents).getStyle().contains("Bold"), table.fontOf(0, documents).getStyle());
        assertTrue(table.fontOf(codes, 0).getStyle().contains("Bold"));
        assertTrue(!table.fontOf(0, documents - 1).getStyle().contains("Bold"));

        // The whole table's total: nothing listed on the FX thread; the list says it is at work.
        robot.interact(() -> table.select(codes, documents));
        assertEquals(1, held.size(), "the listing waits on the work queue");
        assertTrue(details.getItems().isEmpty());
        assertEquals(I18n.text("analysis.listing"), placeholder(details));

        // A single cell asked for before the total's listing ends: the total's result is not shown.
        int row = firstRowWithQuotationsInFirstColumn();
        robot.interact(() -> table.select(row, 0));
        runHeld(robot);
        CodeDocumentTable computed = CodeDocumentTable.compute(project, new AnalysisViewModel(project).codes(),
                CodeDocumentTable.Columns.DOCUMENTS, null, true);
        assertEquals(computed.quotations(row, 0).stream().map(Quotation::start).toList(), starts(details),
                "the cell asked for last");
        assertEquals(I18n.text("analysis.pickCell"), placeholder(details));

        // The total on its own: every quotation in the table once, in document order.
        robot.interact(() -> table.select(codes, documents));
        runHeld(robot);
        assertEquals(computed.quotationsOfTotal(codes, documents).stream().map(Quotation::start).toList(),
                starts(details));

        // A row's label asked for while a cell is listed: the list stays empty, not filled by the late result.
        robot.interact(() -> table.select(row, 0));
        robot.interact(() -> table.select(row, -1));
        runHeld(robot);
        assertTrue(details.getItems().isEmpty(), "a label has nothing behind it");
        assertEquals(I18n.text("analysis.pickCell"), placeholder(details));
    }

    @Test
    void wordsAreCountedOffTheFxThreadWhenFirstAskedFor(FxRobot robot) {
        runHeld(robot);
        GridTable table = tab.table;
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<CodeDocumentTable.Measure> measure =
                (javafx.scene.control.ChoiceBox<CodeDocumentTable.Measure>) tab.lookup("#measure");
        int row = firstRowWithQuotationsInFirstColumn();
        robot.interact(() -> table.select(row, 0));
        runHeld(robot);
        List<Integer> listed = starts(tab.details);
        assertFalse(listed.isEmpty());
        String quotations = table.grid().corner();
        robot.interact(() -> measure.setValue(CodeDocumentTable.Measure.WORDS));
        assertEquals(1, held.size(), "the words are counted on the work queue (every text is read)");
        assertEquals(quotations, table.grid().corner(), "the table of quotations stays until then");
        assertTrue(tab.lookupAll(".button").stream().filter(n -> n instanceof javafx.scene.control.Button b
                && b.getText().equals(I18n.text("export.xlsx"))).allMatch(javafx.scene.Node::isDisabled),
                "nothing to export while counting (the file would count the words on the FX thread)");
        assertTrue(tab.lookupAll(".hint").stream().anyMatch(n -> n instanceof Label l && l.isVisible()
                && l.getText().equals(I18n.text("analysis.countingWords"))), "and says what is being done");
        // The measure stays open to switch back (disabled, it sent the keyboard focus to the next control), and
        // switching to and fro does not count again.
        assertFalse(measure.isDisabled());
        robot.interact(() -> measure.setValue(CodeDocumentTable.Measure.QUOTATIONS));
        robot.interact(() -> measure.setValue(CodeDocumentTable.Measure.WORDS));
        assertEquals(2, held.size(), "the count, and the selected cell listed again; no second count");
        runHeld(robot);
        assertTrue(table.grid().corner().contains("words"), table.grid().corner());
        CodeDocumentTable computed = CodeDocumentTable.compute(project, new AnalysisViewModel(project).codes(),
                CodeDocumentTable.Columns.DOCUMENTS, null, true);
        assertEquals(computed.raw(row, 0, CodeDocumentTable.Measure.WORDS), table.grid().values()[row][0], 0.001,
                "the words of the cell's quotations");
        // Another measure of the same cells: the cell chosen stays chosen, with its quotations listed.
        assertEquals(row, table.selectedRow());
        assertEquals(0, table.selectedColumn());
        assertEquals(listed, starts(tab.details));
        robot.interact(() -> measure.setValue(CodeDocumentTable.Measure.QUOTATIONS));
        runHeld(robot);
        assertEquals(row, table.selectedRow());
        assertEquals(listed, starts(tab.details));
    }

    /**
     * Work that ends after the window closed (or took a new copy) is dropped: a count of words ending then
     * re-listed its cell on the closed queue, and the researcher got "could not be computed: rejected".
     */
    @Test
    void workEndingAfterTheWindowClosedIsDropped(FxRobot robot) {
        runHeld(robot);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<CodeDocumentTable.Measure> measure =
                (javafx.scene.control.ChoiceBox<CodeDocumentTable.Measure>) tab.lookup("#measure");
        robot.interact(() -> tab.table.select(firstRowWithQuotationsInFirstColumn(), 0));
        runHeld(robot);
        robot.interact(() -> measure.setValue(CodeDocumentTable.Measure.WORDS));
        assertEquals(1, held.size(), "the count waits");
        String quotations = tab.table.grid().corner();
        robot.interact(vm::shutdown);
        runHeld(robot);
        assertEquals(List.of(), dialogs.errors);
        assertTrue(held.isEmpty(), "nothing new started");
        assertEquals(quotations, tab.table.grid().corner(), "nothing shown of it");
    }

    @Test
    void aTallerWindowGivesItsRoomToTheTableNotToTheList(FxRobot robot) {
        runHeld(robot);
        Stage[] own = new Stage[1];
        CodeDocumentTab[] other = new CodeDocumentTab[1];
        robot.interact(() -> {
            // A window of its own: the shared one is left at its size for the classes after this one.
            other[0] = new CodeDocumentTab(new AnalysisViewModel(project, new Background(Platform::runLater, held::add,
                    held::add), new Background(Platform::runLater, held::add, held::add)), new RecordingDialogs(), null);
            own[0] = new Stage();
            own[0].setScene(new Scene(other[0], 900, 600));
            own[0].show();
        });
        runHeld(robot);
        try {
            double table = other[0].table.getHeight();
            double list = other[0].details.getHeight();
            robot.interact(() -> own[0].setHeight(own[0].getHeight() + 300));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(list, other[0].details.getHeight(), 1, "the list keeps its height");
            assertEquals(table + 300, other[0].table.getHeight(), 2, "the table takes the room");
        } finally {
            robot.interact(own[0]::close);
        }
    }

    private void runHeld(FxRobot robot) {
        while (!held.isEmpty()) {
            held.poll().run();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private int firstRowWithQuotationsInFirstColumn() {
        List<nl.veldwerk.model.Code> codes = new AnalysisViewModel(project).codes();
        String first = project.documents().iterator().next().id();
        for (int r = 0; r < codes.size(); r++) {
            String code = codes.get(r).id();
            if (project.codingsWithCode(code).stream().anyMatch(c -> project.quotation(c.quotationId())
                    .orElseThrow().documentId().equals(first))) {
                return r;
            }
        }
        throw new IllegalStateException("no code in the first document");
    }

    private static List<Integer> starts(DetailList details) {
        return details.getItems().stream().map(DetailList.Item::start).toList();
    }

    private static String placeholder(DetailList details) {
        return ((Label) details.getPlaceholder()).getText();
    }
}
