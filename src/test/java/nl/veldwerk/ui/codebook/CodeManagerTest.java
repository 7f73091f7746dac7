package nl.veldwerk.ui.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.shell.WorkbenchTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The code manager in the real window: counts as the tree shows them (a category sums its sub-codes, or
 * not, in both), and every action, on one code or several, undone exactly by one Undo.
 */
class CodeManagerTest extends WorkbenchTest {
    private TableView<CodeRow> table;
    private CodeManagerWindow manager;

    private void open(FxRobot robot) throws Exception {
        Project p = new Project(ProjectInfo.named("Codebeheer", Fixtures.T));
        p.put(Document.of("a", "A01", "schaamte en wantrouwen en geld", SourceFormat.TXT, List.of(), Fixtures.T)
                .withNumber(1));
        p.put(Document.of("b", "A02", "nog meer schaamte", SourceFormat.TXT, List.of(), Fixtures.T).withNumber(2));
        p.put(Code.of("cat", "Psychische kenmerken", "#884488", null).withPhase(Phase.AXIAL));
        p.put(Code.of("schaamte", "Schaamte", "#cc3333", "cat"));
        p.put(Code.of("wantrouwen", "Wantrouwen", "#3333cc", "cat"));
        p.put(Code.of("geld", "Geld", "#33aa33", null));
        p.put(Code.of("taal", "Taal", "#aaaa33", null));
        p.put(new Quotation("q1", "a", 0, 8, "", null, Fixtures.T, 1));
        p.put(new Quotation("q2", "a", 12, 22, "", null, Fixtures.T, 2));
        p.put(new Quotation("q3", "b", 9, 17, "", null, Fixtures.T, 1));
        p.put(new Coding("k1", "q1", "schaamte", null, Fixtures.T));
        p.put(new Coding("k2", "q2", "wantrouwen", null, Fixtures.T));
        p.put(new Coding("k3", "q3", "schaamte", null, Fixtures.T));
        p.put(new Coding("k4", "q1", "geld", null, Fixtures.T));
        Path dir = tmp.resolve("manager-" + System.nanoTime());
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        idle();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        table = robot.lookup("#code-manager-table").queryTableView();
        manager = (CodeManagerWindow) robot.window(w -> w.getProperties().get(CodeManagerWindow.class) != null)
                .getProperties().get(CodeManagerWindow.class);
        idle();
    }

    /** Until the window's background work and the manager's count (on a thread of its own) are done. */
    private void idle() throws Exception {
        WindowTestSupport.idle(vm);
        if (manager == null) {
            return; // not open yet
        }
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(() -> !manager.countingProperty().get()).get();
        });
    }

    /** Runs the command as the window would, and waits until the manager has counted what it changed. */
    private void execute(FxRobot robot, nl.veldwerk.project.Command command) throws Exception {
        robot.interact(() -> vm.session().execute(command));
        idle();
    }

    private void undo(FxRobot robot) throws Exception {
        robot.interact(() -> vm.session().undo());
        idle();
    }

    private Project project() {
        return vm.storeProperty().get().session().project();
    }

    private CodeRow row(String codeId) {
        return table.getItems().stream().filter(r -> r.code().id().equals(codeId)).findFirst().orElseThrow();
    }

    private void select(FxRobot robot, String... codeIds) {
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (String id : codeIds) {
                table.getSelectionModel().select(row(id));
            }
            table.requestFocus();
        });
    }

    private void keys(FxRobot robot, KeyCode... combination) {
        robot.press(combination);
        for (int i = combination.length - 1; i >= 0; i--) {
            robot.release(combination[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types in the code chooser that just opened (the robot types into the window it last worked in). */
    private void chooser(FxRobot robot, String typed) {
        javafx.scene.Node search = robot.lookup("#code-chooser-search").query();
        assertTrue(search.isFocused(), "the chooser opens ready to type");
        robot.targetWindow(search.getScene().getWindow()).write(typed);
    }

    /** Undoes once and checks the project is exactly as it was before the action. */
    private void undoneExactly(FxRobot robot, Project before, String what) throws Exception {
        assertFalse(before.equals(project()), what + " changed the project");
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        idle();
        assertEquals(before, project(), what + " is undone exactly by one Undo");
    }

    /** The count label the code tree shows for a code, once counted (on the tree's own thread). */
    private String treeCount(FxRobot robot, String name) throws Exception {
        java.util.function.Supplier<String> shown = () -> robot.lookup("#code-tree .tree-cell").queryAll().stream()
                .map(n -> (TreeCell<?>) n).filter(c -> c.getItem() instanceof Code code && code.name().equals(name))
                .findFirst().map(c -> ((Label) c.lookup(".code-count")).getText()).orElseThrow();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !shown.get().isEmpty());
        return shown.get();
    }

    /** The widths the columns were dragged to come back at the next start, as the quotation list's do. */
    @Test
    void columnWidthsAreKeptForTheNextStart(FxRobot robot) throws Exception {
        open(robot);
        javafx.stage.Window owner = robot.window(w -> w.getProperties().get(CodeManagerWindow.class) != null);
        javafx.scene.control.TableColumn<CodeRow, ?> name = table.getColumns().getFirst();
        double width = name.getWidth();
        try {
            robot.interact(() -> {
                table.resizeColumn(name, 60); // as a drag of its edge does
                CodeManagerWindow.keepColumnsOf(owner); // as the main window closes
            });
            assertTrue(nl.veldwerk.ui.common.Preferences.tableColumns("codeManager").contains("manager-name="
                    + Math.round(width + 60)), nl.veldwerk.ui.common.Preferences.tableColumns("codeManager"));
            robot.interact(() -> { // the next start: a new manager
                table.getScene().getWindow().hide();
                owner.getProperties().remove(CodeManagerWindow.class);
            });
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            TableView<CodeRow> next = robot.lookup("#code-manager-table").queryTableView();
            assertTrue(next != table, "a new manager");
            assertEquals(width + 60, next.getColumns().getFirst().getWidth(), 1);
        } finally {
            nl.veldwerk.ui.common.Preferences.forgetTableColumns("codeManager");
        }
    }

    @Test
    void countsAreTheTreesAndACategorySumsItsSubCodesOrNot(FxRobot robot) throws Exception {
        open(robot);
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        CodeRow category = row("cat");
        assertEquals(3, category.count().quotations(), "q1, q2 and q3 through Schaamte and Wantrouwen");
        assertEquals(2, category.count().documents());
        assertTrue(category.count().withSubcodes());
        assertEquals("Σ 3 quot. · 2 doc.", treeCount(robot, "Psychische kenmerken"), "the tree shows the same");
        assertEquals(CountLabels.short_(row("schaamte").count()), treeCount(robot, "Schaamte"));

        int before = manager.codesCounted();
        robot.clickOn("#code-manager-sums");
        idle();
        assertEquals(0, row("cat").count().quotations(), "switched off: only what the category codes itself");
        assertFalse(row("cat").count().withSubcodes());
        assertEquals(2, row("schaamte").count().quotations(), "kept, not left blank");
        assertEquals(1, manager.codesCounted() - before, "only the category counted again");
        assertEquals("0 quot. · 0 doc.", treeCount(robot, "Psychische kenmerken"));

        robot.clickOn("#code-manager-filter").write("taal");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("taal"), table.getItems().stream().map(r -> r.code().id()).toList());
        // A sub-code that matches comes with its category, so it is never shown under another one.
        robot.interact(() -> filter().setText("wantrouw"));
        assertEquals(List.of("cat", "wantrouwen"), table.getItems().stream().map(r -> r.code().id()).toList());
        robot.interact(() -> filter().setText("xyz"));
        assertEquals("No code matches the filter.", ((javafx.scene.control.Label) table.getPlaceholder()).getText(),
                "not 'The codebook has no codes yet'");

        // A rename that takes the code out of the filter leaves nothing selected: F2 then renames no other code.
        robot.interact(() -> filter().setText("aa"));
        assertEquals(List.of("cat", "schaamte", "taal"), table.getItems().stream().map(r -> r.code().id()).toList());
        select(robot, "taal");
        dialogs.text = "Drempel";
        keys(robot, KeyCode.F2);
        idle();
        assertEquals(List.of("cat", "schaamte"), table.getItems().stream().map(r -> r.code().id()).toList());
        assertEquals(List.of(), table.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull)
                .toList(), "the renamed code went out of view; no row took its place");
        List<String> names = project().codes().stream().map(Code::name).sorted().toList();
        dialogs.text = "Anders";
        keys(robot, KeyCode.F2);
        idle();
        assertEquals(names, project().codes().stream().map(Code::name).sorted().toList());
        robot.interact(() -> filter().setText(""));
    }

    private TextField filter() {
        return (TextField) table.getScene().lookup("#code-manager-filter");
    }

    /** Every shown count as {@link CodeCounts#all} makes it from scratch. */
    private void assertCountsAsFromScratch(String when) {
        java.util.Map<String, nl.veldwerk.analysis.CodeCounts.Count> all = nl.veldwerk.analysis.CodeCounts.all(project(),
                true);
        for (CodeRow r : table.getItems()) {
            assertEquals(all.get(r.code().id()), r.count(), when + ": " + r.code().name());
        }
        assertEquals(all.size(), table.getItems().size(), when);
    }

    /** A second selective code is said when it is made one: the model draws to one core category (QA). */
    @Test
    void aSecondSelectiveCodeIsSaid(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> workbench.codebook().setPhase("schaamte", nl.veldwerk.model.Phase.SELECTIVE));
        idle();
        robot.interact(() -> workbench.codebook().setPhase("taal", nl.veldwerk.model.Phase.SELECTIVE));
        idle();
        assertTrue(vm.statusProperty().get().startsWith("2 codes are now selective (‘Schaamte’, ‘Taal"),
                vm.statusProperty().get());
        robot.interact(() -> workbench.codebook().setPhase("taal", nl.veldwerk.model.Phase.AXIAL));
        idle();
        assertTrue(vm.statusProperty().get().startsWith("Done: "), "back to one: " + vm.statusProperty().get());
    }

    /** The tree's Delete asks first when the code codes anything, as the manager does; an unused code just goes. */
    @Test
    void theTreeAsksBeforeDeletingACodeInUse(FxRobot robot) throws Exception {
        open(robot);
        int asked = dialogs.questions.size();
        dialogs.answer = false;
        robot.interact(() -> CodeTreeMenu.deleteAsking(workbench.codebook(), project().code("schaamte").orElseThrow()));
        assertTrue(project().code("schaamte").isPresent(), "no: the code stays");
        assertEquals(asked + 1, dialogs.questions.size());
        assertTrue(dialogs.questions.getLast().endsWith("Delete “Schaamte”? 2 codings go with it; the quotations stay, with "
                + "their other codes or none. Undo brings everything back."), "only what is there is named: " + dialogs.questions.getLast());
        dialogs.answer = true;
        robot.interact(() -> CodeTreeMenu.deleteAsking(workbench.codebook(), project().code("schaamte").orElseThrow()));
        idle();
        assertTrue(project().code("schaamte").isEmpty());
        assertTrue(vm.statusProperty().get().startsWith("Done: ") && vm.statusProperty().get().contains("Schaamte")
                && vm.statusProperty().get().contains("Undo"), "said, with the way back: " + vm.statusProperty().get());
        robot.interact(() -> CodeTreeMenu.deleteAsking(workbench.codebook(), project().code("taal").orElseThrow()));
        idle();
        assertEquals(asked + 2, dialogs.questions.size(), "a code that codes nothing goes without a question");
        assertTrue(project().code("taal").isEmpty());
        dialogs.answer = false;
        robot.interact(() -> CodeTreeMenu.deleteAsking(workbench.codebook(), project().code("cat").orElseThrow()));
        assertEquals(asked + 3, dialogs.questions.size(), "a category codes nothing itself, but its sub-codes move up");
        assertTrue(dialogs.questions.getLast().contains("Nothing is coded with it.")
                && dialogs.questions.getLast().contains("Also: its sub-code moves up a level, with its codings."),
                dialogs.questions.getLast());
        assertTrue(project().code("cat").isPresent());
        execute(robot, nl.veldwerk.project.CodeCommands.add(Code.of("los", "Los", null, null)
                .withDefinition("Wat nergens anders past.", List.of())));
        robot.interact(() -> CodeTreeMenu.deleteAsking(workbench.codebook(), project().code("los").orElseThrow()));
        assertEquals(asked + 4, dialogs.questions.size(), "nor does a code with a definition go unasked");
        assertTrue(project().code("los").isPresent());
        assertTrue(dialogs.questions.getLast().endsWith("Nothing is coded with it. Also: what is written in its "
                + "definition, rules and memo goes. Undo brings everything back."), dialogs.questions.getLast());
        // A relation and a diagram are named with their numbers (a diagram was not named at all).
        execute(robot, nl.veldwerk.project.CodeCommands.addRelation(new nl.veldwerk.model.Relation("r-los", "los",
                "geld", nl.veldwerk.model.RelationType.values()[0], "", 1, "")));
        execute(robot, nl.veldwerk.project.NoteCommands.putDiagram(new nl.veldwerk.model.Diagram("d-los", "Model",
                List.of(new nl.veldwerk.model.DiagramNode("los", 0, 0, false)), List.of())));
        robot.interact(() -> CodeTreeMenu.deleteAsking(workbench.codebook(), project().code("los").orElseThrow()));
        assertTrue(dialogs.questions.getLast().endsWith("Also: what is written in its definition, rules and memo "
                + "goes; one relation goes; one diagram loses it, with its arrows. Undo brings everything back."),
                dialogs.questions.getLast());
        // Its review comments are named as such, not as memos (QA).
        execute(robot, nl.veldwerk.project.CodebookCommands.comment(nl.veldwerk.model.Memo.reviewComment("rc-los",
                new nl.veldwerk.model.MemoTarget(nl.veldwerk.model.EntityKind.CODE, "los"), "Nodig?", null,
                java.time.Instant.parse("2026-03-01T09:00:00Z"))));
        robot.interact(() -> CodeTreeMenu.deleteAsking(workbench.codebook(), project().code("los").orElseThrow()));
        assertTrue(dialogs.questions.getLast().contains("rules and memo goes; one review comment goes; one relation "
                + "goes"), dialogs.questions.getLast());
    }

    /** Ctrl+N with a category selected makes the new code under it, as the Codes tab does (it went to the top). */
    @Test
    void aNewCodeGoesUnderTheSelectedCategory(FxRobot robot) throws Exception {
        open(robot);
        select(robot, "cat");
        dialogs.text = "Onzekerheid";
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        idle();
        Code made = project().codes().stream().filter(c -> c.name().equals("Onzekerheid")).findFirst().orElseThrow();
        assertEquals("cat", made.parentId());
        select(robot, "schaamte"); // a code, not a category: the new one goes to the top level
        dialogs.text = "Los";
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        idle();
        assertEquals(null, project().codes().stream().filter(c -> c.name().equals("Los")).findFirst().orElseThrow()
                .parentId());
    }

    /** A saved query naming a code would say "no such code" after it is deleted: the question names the query. */
    @Test
    void deletingACodeASavedQueryNamesSaysWhichQueries(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> workbench.codebook().newCode("Ongebruikt", null, false));
        idle();
        String unused = project().codes().stream().filter(c -> c.name().equals("Ongebruikt")).findFirst()
                .orElseThrow().id();
        execute(robot, nl.veldwerk.project.NoteCommands.saveQuery(new nl.veldwerk.model.SavedQuery("nog te doen", true,
                "Ongebruikt OR Schaamte")));
        int asked = dialogs.questions.size();
        dialogs.answer = false;
        robot.interact(() -> CodeTreeMenu.deleteAsking(workbench.codebook(), project().code(unused).orElseThrow()));
        assertEquals(asked + 1, dialogs.questions.size(), "asked, though it codes nothing");
        assertTrue(dialogs.questions.getLast().endsWith("The saved query “nog te doen” names it: afterwards it says "
                + "there is no such code."), dialogs.questions.getLast());
        assertTrue(project().code(unused).isPresent(), "no: the code stays");

        // The Delete key in the tree asks the same (it did nothing; the menu was the only way).
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(1));
        javafx.scene.control.TreeView<nl.veldwerk.model.Code> tree = robot.lookup("#code-tree").query();
        robot.interact(() -> {
            tree.getSelectionModel().select(tree.getRoot().getChildren().stream()
                    .filter(i -> i.getValue().id().equals(unused)).findFirst().orElseThrow());
            tree.requestFocus();
        });
        dialogs.answer = true;
        // Sent to the tree (the code manager's window has the keyboard in this test).
        robot.interact(() -> tree.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "",
                "", KeyCode.DELETE, false, false, false, false)));
        idle();
        assertEquals(asked + 2, dialogs.questions.size());
        assertTrue(project().code(unused).isEmpty(), "yes: deleted");
    }

    @Test
    void escapeClosesTheManager(FxRobot robot) throws Exception {
        open(robot);
        javafx.stage.Window window = table.getScene().getWindow();
        robot.clickOn(table);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isShowing(), "Esc closes it, as it closes a dialog");
    }

    @Test
    void aCodeSplitOffIsMadeByTheCurrentCoderNow(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> workbench.codebook().split(project().code("schaamte").orElseThrow(), java.util.Set.of("q3"),
                "Schaamte elders"));
        idle();
        Code made = project().codes().stream().filter(c -> c.name().equals("Schaamte elders")).findFirst().orElseThrow();
        assertEquals(nl.veldwerk.ui.common.Preferences.coderName(), project().coder(made.creatorId()).orElseThrow().name(),
                "its Coder column, as for a code made with New code…");
        assertTrue(made.created() != null && made.created().isAfter(Fixtures.T), "its Created column");
        assertEquals(1, project().codingsWithCode(made.id()).size());
        assertTrue(vm.statusProperty().get().startsWith("Done: ") && vm.statusProperty().get().contains("Undo"),
                "said, as the tree's other changes are (QA: the status line stayed empty): " + vm.statusProperty().get());
        undo(robot);
        assertTrue(project().codes().stream().noneMatch(c -> c.name().equals("Schaamte elders")));
        assertEquals(0, project().coders().size(), "the coder it brought goes with it");
    }

    @Test
    void aMergeADeletionAndARelationCountOnlyWhatTheyChanged(FxRobot robot) throws Exception {
        open(robot);
        int before = manager.codesCounted();
        execute(robot, nl.veldwerk.project.CodeCommands.merge("wantrouwen", "geld"));
        assertEquals(3, manager.codesCounted() - before, "the two codes and the category Wantrouwen left");
        assertEquals(2, row("geld").count().quotations(), "q1 of its own and q2 of Wantrouwen");
        assertEquals(2, row("cat").count().quotations(), "q1 and q3 through Schaamte, no longer q2");
        assertCountsAsFromScratch("after the merge");
        undo(robot);
        assertEquals(3 + 3, manager.codesCounted() - before, "its undo the same three");
        assertCountsAsFromScratch("after the merge's undo");
        assertEquals(3, row("cat").count().quotations());

        execute(robot, nl.veldwerk.project.CodeCommands.delete("cat"));
        assertEquals(3 + 3 + 1, manager.codesCounted() - before,
                "a category deleted: itself; its sub-codes moved up keep their counts");
        assertCountsAsFromScratch("after the deletion");
        undo(robot);
        assertCountsAsFromScratch("after the deletion's undo");
        int afterCodes = manager.codesCounted();

        execute(robot, nl.veldwerk.project.CodeCommands.addRelation(
                new nl.veldwerk.model.Relation("r1", "geld", "taal", nl.veldwerk.model.RelationType.CAUSES, "", 0, "")));
        assertEquals(afterCodes, manager.codesCounted(), "a relation counts no code's quotations");
        assertEquals(1, row("geld").count().relations());
        assertEquals(1, row("taal").count().relations());
        assertEquals(1, row("geld").count().quotations(), "the rest of the count kept");
        assertCountsAsFromScratch("after a relation");
        undo(robot);
        assertEquals(0, row("geld").count().relations(), "undone: gone from both ends");
        assertCountsAsFromScratch("after the relation's undo");
    }

    /** A coding put over with another code (no command does it in one step yet) counts the code it left too. */
    @Test
    void aCodingPutOverWithAnotherCodeCountsTheCodeItLeft(FxRobot robot) throws Exception {
        open(robot);
        execute(robot, new nl.veldwerk.project.PlannedCommand(
                nl.veldwerk.project.Message.of("coding.add", "Taal"),
                (plan, p) -> plan.put(p.coding("k4").orElseThrow().withCode("taal"))));
        assertEquals(0, row("geld").count().quotations(), "Geld lost q1");
        assertCountsAsFromScratch("after the coding moved from Geld to Taal");
        undo(robot);
        assertEquals(0, row("taal").count().quotations(), "and back");
        assertCountsAsFromScratch("after its undo");
    }

    @Test
    void closedItNeitherCountsNorHoldsRowsAndOpenedAgainItCountsAnew(FxRobot robot) throws Exception {
        open(robot);
        assertEquals(0, row("taal").count().quotations());
        robot.interact(() -> table.getScene().getWindow().hide());
        assertTrue(table.getItems().isEmpty(), "closed, it holds no rows");
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.QuotationCommands.codeRange("b", 0, 3, "taal",
                null, Fixtures.T)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(manager.countingProperty().get(), "closed, a change starts no count");
        assertTrue(table.getItems().isEmpty());
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        idle();
        assertEquals(1, row("taal").count().quotations(), "opened again: counted anew, the new coding in it");
    }

    @Test
    void aCodingCountsItsCodeAndTheCategoriesAboveItAlone(FxRobot robot) throws Exception {
        open(robot);
        int before = manager.codesCounted();
        execute(robot, nl.veldwerk.project.QuotationCommands.codeRange("b", 0, 3,
                "wantrouwen", null, Fixtures.T));
        assertEquals(2, manager.codesCounted() - before, "Wantrouwen and its category, not all five codes");
        assertEquals(2, row("wantrouwen").count().quotations());
        assertEquals(4, row("cat").count().quotations(), "the category sums the new quotation too");
        assertEquals(2, row("cat").count().documents());
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        idle();
        assertEquals(1, row("wantrouwen").count().quotations(), "the undo counted again too");
        execute(robot, nl.veldwerk.project.CodeCommands.rename("taal", "Taalbarrière"));
        assertEquals(4, manager.codesCounted() - before, "a code renamed: nothing counted again");
        assertEquals("Taalbarrière", row("taal").code().name(), "but the row shows the new name");
        assertEquals(0, row("taal").count().quotations(), "with its count");
        // Ctrl+S in the manager saves the project (it did nothing there).
        assertTrue(vm.hasUnsavedChanges());
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        idle();
        assertFalse(vm.hasUnsavedChanges(), "saved from the code manager's window");
        execute(robot, nl.veldwerk.project.CodeCommands.move("wantrouwen", "geld"));
        assertEquals(2 + 4, manager.codesCounted() - before, "a code moved: the category it left and the new one");
        assertEquals(2, row("cat").count().quotations(), "q1 and q3 through Schaamte, no longer q2");
        assertEquals(2, row("geld").count().quotations(), "q1 of its own, q2 through Wantrouwen");
        assertTrue(row("geld").count().withSubcodes());
        undo(robot);
        assertEquals(2 + 2 + 4, manager.codesCounted() - before, "and moved back");
        assertEquals(3, row("cat").count().quotations());
        assertEquals(1, row("geld").count().quotations());
        execute(robot, nl.veldwerk.project.DocumentCommands.rename("a", "A01-nieuw"));
        assertEquals(2 + 2 + 4, manager.codesCounted() - before, "a document renamed: nothing counted again");
        assertEquals("Taalbarrière", row("taal").code().name());
        keys(robot, KeyCode.CONTROL, KeyCode.Z); // the document's rename
        keys(robot, KeyCode.CONTROL, KeyCode.Z); // the code's rename
        idle();
        assertEquals("Taal", row("taal").code().name());
        keys(robot, KeyCode.CONTROL, KeyCode.Y); // redo's second key, as in the main window
        idle();
        assertEquals("Taalbarrière", row("taal").code().name(), "Ctrl+Y redid the rename");
        // In the filter, whose words are no work, the keys undo and redo the project (QA: Ctrl+Z there undid
        // the typing, and a merge the user meant to undo was saved).
        robot.clickOn("#code-manager-filter").write("taal");
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        TextField filter = robot.lookup("#code-manager-filter").query();
        idle();
        assertEquals("taal", filter.getText(), "the filter stays");
        assertEquals("Taal", row("taal").code().name(), "Ctrl+Z undid the rename");
        keys(robot, KeyCode.CONTROL, KeyCode.Y);
        idle();
        assertEquals("taal", filter.getText());
        assertEquals("Taalbarrière", row("taal").code().name(), "Ctrl+Y redid it");
        assertEquals("A01", project().document("a").orElseThrow().name(), "and not the document's rename");
    }

    @Test
    void everyActionOnOneOrManyCodesIsUndoneExactly(FxRobot robot) throws Exception {
        open(robot);

        // New code and new category, without coding anything.
        Project before = project().copy();
        dialogs.text = "Drempel";
        select(robot);
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        idle();
        Code made = project().codes().stream().filter(c -> c.name().equals("Drempel")).findFirst().orElseThrow();
        assertNull(made.parentId());
        assertNotNull(made.created());
        assertEquals(row(made.id()).coder(), project().coder(made.creatorId()).orElseThrow().name(), "and who made it");
        assertEquals(List.of(made.id()), table.getSelectionModel().getSelectedItems().stream()
                .map(r -> r.code().id()).toList(), "the new code is selected");
        undoneExactly(robot, before, "New code");
        dialogs.text = "Sociale kenmerken";
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        idle();
        assertEquals(Phase.AXIAL, project().codes().stream().filter(c -> c.name().equals("Sociale kenmerken"))
                .findFirst().orElseThrow().phase(), "a category is axial");
        undoneExactly(robot, before, "New category");

        // Rename with F2: a saved query that names the code follows it, in the same step.
        execute(robot, nl.veldwerk.project.NoteCommands.saveQuery(new nl.veldwerk.model.SavedQuery("drempels", true,
                "Taal OR (Geld AND NOT taal)")));
        // A saved search's code: follows too (QA: it found nothing after the rename, and its report was empty).
        execute(robot, nl.veldwerk.project.NoteCommands.saveQuery(new nl.veldwerk.model.SavedQuery("woorden", false,
                "buurt AND code:taal NOT code:\"Geld\"")));
        Project withQuery = project().copy();
        select(robot, "taal");
        dialogs.text = "Taalbarrière";
        keys(robot, KeyCode.F2);
        idle();
        assertEquals("Taalbarrière", project().code("taal").orElseThrow().name());
        assertEquals("Taalbarrière OR (Geld AND NOT Taalbarrière)", project().info().savedQueries().getFirst().query());
        assertEquals("buurt AND code:Taalbarrière NOT code:\"Geld\"", project().info().savedQueries().get(1).query());
        assertTrue(vm.statusProperty().get().startsWith("Done: Rename code to 'Taalbarrière'"),
                "said, as a colour or a move is: " + vm.statusProperty().get());
        undoneExactly(robot, withQuery, "Rename");
        undo(robot);
        undo(robot);
        assertEquals(before, project());

        // The name of a code elsewhere in the tree: asked first; no, and nothing changes.
        int asked = dialogs.questions.size();
        dialogs.text = "schaamte";
        dialogs.answer = false;
        keys(robot, KeyCode.F2);
        idle();
        assertEquals("Taal", project().code("taal").orElseThrow().name());
        assertTrue(dialogs.questions.getLast().contains("There is already a code called ‘schaamte’ (Psychische "
                + "kenmerken > Schaamte)"), dialogs.questions.getLast());
        // Yes: both keep it, and a list of a quotation's codes names each with its place.
        dialogs.answer = true;
        keys(robot, KeyCode.F2);
        idle();
        assertEquals(asked + 2 + 2, dialogs.questions.size(), "two names typed, two questions asked");
        assertEquals("schaamte", project().code("taal").orElseThrow().name());
        assertEquals("Schaamte (Psychische kenmerken)", project().labelOf("schaamte"));
        assertEquals("schaamte", project().labelOf("taal"), "a code at the top: its name is its place");
        assertEquals("Geld", project().labelOf("geld"), "a name of its own stays as it is");
        undoneExactly(robot, before, "Rename");

        // Move two codes under the category with the searchable chooser: one step.
        select(robot, "geld", "taal");
        keys(robot, KeyCode.CONTROL, KeyCode.M);
        chooser(robot, "psych");
        keys(robot, KeyCode.ENTER);
        idle();
        assertEquals("cat", project().code("geld").orElseThrow().parentId());
        assertEquals("cat", project().code("taal").orElseThrow().parentId());
        undoneExactly(robot, before, "Moving two codes");

        // Phase and colour of two codes at once.
        select(robot, "geld", "taal");
        MenuButton phase = robot.lookup("#code-manager-phase").query();
        robot.interact(() -> phase.getItems().get(Phase.SELECTIVE.ordinal()).fire());
        idle();
        assertEquals(Phase.SELECTIVE, project().code("geld").orElseThrow().phase());
        assertEquals(Phase.SELECTIVE, project().code("taal").orElseThrow().phase());
        undoneExactly(robot, before, "Setting the phase of two codes");
        select(robot, "geld", "taal");
        ColorPicker colour = robot.lookup("#code-manager-colour").query();
        robot.interact(() -> {
            colour.setValue(Color.web("#123456"));
            colour.getOnAction().handle(new javafx.event.ActionEvent());
        });
        idle();
        assertEquals("#123456", project().code("geld").orElseThrow().color());
        assertEquals("#123456", project().code("taal").orElseThrow().color());
        assertTrue(vm.statusProperty().get().startsWith("Done: Set the colour of 2 codes")
                && vm.statusProperty().get().contains("Undo"), "said, as a rename is: " + vm.statusProperty().get());
        undoneExactly(robot, before, "Setting the colour of two codes");
        select(robot, "geld");
        robot.interact(() -> {
            colour.setValue(Color.web("#654321"));
            colour.getOnAction().handle(new javafx.event.ActionEvent());
        });
        idle();
        assertTrue(vm.statusProperty().get().startsWith("Done: Set the colour of '"), vm.statusProperty().get());
        undoneExactly(robot, before, "Setting the colour of one code");
        // The supervisor's verdict on two codes at once, from the toolbar.
        select(robot, "geld", "taal");
        MenuButton review = robot.lookup("#code-manager-review").query();
        robot.interact(() -> review.getItems().getFirst().fire());
        idle();
        assertEquals(nl.veldwerk.model.ReviewStatus.APPROVED, project().code("geld").orElseThrow().review());
        assertEquals(nl.veldwerk.model.ReviewStatus.APPROVED, project().code("taal").orElseThrow().review());
        assertTrue(vm.statusProperty().get().startsWith("Done: Set the review of 2 codes"), vm.statusProperty().get());
        undoneExactly(robot, before, "Reviewing two codes");

        // Merge Wantrouwen into Schaamte: its quotation comes along, and a saved query naming it names Schaamte.
        execute(robot, nl.veldwerk.project.NoteCommands.saveQuery(new nl.veldwerk.model.SavedQuery("twijfel", true,
                "Wantrouwen OR Geld")));
        execute(robot, nl.veldwerk.project.NoteCommands.saveQuery(new nl.veldwerk.model.SavedQuery("twijfelwoorden",
                false, "code:wantrouwen")));
        Project withTwijfel = project().copy();
        select(robot, "wantrouwen");
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        chooser(robot, "Schaamte");
        keys(robot, KeyCode.ENTER);
        idle();
        assertTrue(project().code("wantrouwen").isEmpty());
        assertEquals(3, project().codingsWithCode("schaamte").size());
        assertEquals("Schaamte OR Geld", project().info().savedQueries().getFirst().query());
        assertEquals("code:Schaamte", project().info().savedQueries().get(1).query());
        undoneExactly(robot, withTwijfel, "Merge");

        // Two codes chosen, merged into one of them: the other goes into it (QA: "no code fits" for either name).
        select(robot, "wantrouwen", "schaamte");
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        chooser(robot, "Schaamte");
        keys(robot, KeyCode.ENTER);
        idle();
        assertTrue(project().code("wantrouwen").isEmpty());
        assertTrue(project().code("schaamte").isPresent(), "the one chosen stays");
        assertEquals(3, project().codingsWithCode("schaamte").size());
        assertFalse(vm.undoLabelProperty().get().contains("2 codes"), "one code merged: " + vm.undoLabelProperty().get());
        undoneExactly(robot, withTwijfel, "Merging into one of the chosen codes");
        undo(robot);
        undo(robot);
        assertEquals(before, project());

        // Delete two codes, after the question.
        select(robot, "geld", "schaamte");
        dialogs.answer = true;
        int codings = project().codingsWithCode("geld").size() + project().codingsWithCode("schaamte").size();
        keys(robot, KeyCode.DELETE);
        idle();
        assertTrue(dialogs.questions.getLast().contains(codings + " codings go with them; the quotations stay"),
                "the question says how much coding goes: " + dialogs.questions.getLast());
        assertTrue(project().code("geld").isEmpty() && project().code("schaamte").isEmpty());
        assertTrue(project().codings().stream().noneMatch(c -> c.codeId().equals("schaamte")));
        undoneExactly(robot, before, "Deleting two codes");
        select(robot, "geld");
        int ofOne = project().codingsWithCode("geld").size();
        keys(robot, KeyCode.DELETE);
        idle();
        assertTrue(dialogs.questions.getLast().contains((ofOne == 1 ? "One coding goes" : ofOne + " codings go")
                + " with it; " + (ofOne == 1 ? "its quotation stays" : "the quotations stay")),
                "one code: " + dialogs.questions.getLast());
        assertTrue(dialogs.questions.getLast().contains(": Delete “Geld”?"), "the name quoted: "
                + dialogs.questions.getLast());
        undoneExactly(robot, before, "Deleting one code");
        assertEquals(2, project().codingsWithCode("schaamte").size(), "their codings are back");
    }

    @Test
    void theTreeMakesCodesAndCategoriesWithoutCodingAndRenamesWithF2(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> table.getScene().getWindow().hide()); // the manager would cover the tree's buttons
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        CodeTreePane tree = robot.lookup("#code-tree").query();
        // With the category selected, "+ Code" puts the new code in it.
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().stream()
                .filter(i -> i.getValue().id().equals("cat")).findFirst().orElseThrow()));
        dialogs.text = "Trots";
        robot.clickOn("#tree-new-code");
        idle();
        Code trots = project().codes().stream().filter(c -> c.name().equals("Trots")).findFirst().orElseThrow();
        assertEquals("cat", trots.parentId());
        assertTrue(project().codingsWithCode(trots.id()).isEmpty(), "made without coding any text");
        assertEquals(trots.id(), tree.getSelectionModel().getSelectedItem().getValue().id(),
                "the new code is selected, its properties shown, ready to describe");
        dialogs.text = "Omgeving";
        robot.clickOn("#tree-new-category");
        idle();
        Code omgeving = project().codes().stream().filter(c -> c.name().equals("Omgeving")).findFirst()
                .orElseThrow();
        assertEquals(Phase.AXIAL, omgeving.phase());
        assertEquals(omgeving.id(), tree.getSelectionModel().getSelectedItem().getValue().id());
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().stream()
                .filter(i -> i.getValue().id().equals("geld")).findFirst().orElseThrow()));
        robot.interact(tree::requestFocus);
        dialogs.text = "Geldzorgen";
        keys(robot, KeyCode.F2);
        idle();
        assertEquals("Geldzorgen", project().code("geld").orElseThrow().name());
    }

    /**
     * Codes merged together in the manager: Ctrl+L codes with the code they went into, as after one merge
     * (review: a merge of several was not followed), and the undo item names it.
     */
    @Test
    void codingWithTheLastCodeFollowsSeveralCodesMergedIntoOne(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> {
            vm.selectedProperty().set(vm.documents().getFirst());
            workbench.coding().select(0, 8);
            workbench.coding().applyCode("wantrouwen");
        });
        idle();
        robot.interact(() -> workbench.codebook().mergeAll(List.of("wantrouwen", "schaamte"), "geld"));
        idle();
        assertEquals("geld", workbench.coding().lastCodeIdProperty().get());
        assertEquals("Merge 2 codes into 'Geld'", vm.session().stack().undoDescription().orElseThrow()
                .text(java.util.Locale.ENGLISH));
    }
}
