package nl.veldwerk.ui.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
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
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The code tree counts the codes it shows, off the FX thread, and a count that changes is redrawn in its cell. */
class CodeTreeCountsTest extends WorkbenchTest {
    private static final int CODES = 400;

    @Test
    void onlyTheCodesShownAreCountedAndACodingRedrawsItsCellInPlace(FxRobot robot) throws Exception {
        open(robot);
        CodeTreePane tree = robot.lookup("#code-tree").query();
        Thread.sleep(1000); // anything the tree would go on counting, it counts now
        WaitForAsyncUtils.waitForFxEvents();
        int kept = WaitForAsyncUtils.asyncFx(tree::countsKept).get();
        assertTrue(kept < CODES / 4, "the codes on screen are counted, not all " + CODES + ": " + kept);

        TreeCell<?> before = cellOf(robot, "Code 000");
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.QuotationCommands.codeRange("a", 300, 305,
                "c000", null, Fixtures.T)));
        waitForCount(robot, "Code 000", "2 quot. · 1 doc.");
        assertSame(before, cellOf(robot, "Code 000"), "the count is redrawn in its cell, the cells are not made anew");
        assertEquals(List.of(), dialogs.errors);
    }

    /**
     * A code whose cell the tree put aside (out of view) while the code was applied shows its new count when the tree
     * shows that cell again (QA: the tree showed the same cell again with its old count, until an unrelated change).
     */
    @Test
    void aCodeOutOfViewWhileAppliedShowsItsNewCountWhenBack(FxRobot robot) throws Exception {
        open(robot);
        CodeTreePane tree = robot.lookup("#code-tree").query();
        waitForCount(robot, "Code 010", "1 quot. · 1 doc.");
        robot.interact(() -> tree.setMaxHeight(60)); // the lower rows' cells put aside, as a scroll does
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#code-tree .tree-cell").queryAll().stream().map(n -> (TreeCell<?>) n)
                .noneMatch(c -> c.isVisible() && c.getItem() instanceof Code code && code.id().equals("c010")),
                "Code 010 out of view");
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.QuotationCommands.codeRange("a", 300, 305,
                "c010", null, Fixtures.T)));
        Thread.sleep(500); // counted, and the cells on screen redrawn
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> tree.setMaxHeight(Double.MAX_VALUE));
        WaitForAsyncUtils.waitForFxEvents();
        waitForCount(robot, "Code 010", "2 quot. · 1 doc.");
    }

    /** The tree's menu on a code makes a sub-code of it, whatever its phase, as MAXQDA's does (QA: at the top). */
    @Test
    void theMenuOnACodeMakesASubCodeOfIt(FxRobot robot) throws Exception {
        open(robot);
        CodeTreePane tree = robot.lookup("#code-tree").query();
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().getFirst()));
        dialogs.text = "Onderdeel";
        javafx.scene.control.MenuItem item = WaitForAsyncUtils.asyncFx(() -> {
            tree.getContextMenu().show(tree, javafx.geometry.Side.BOTTOM, 0, 0);
            return tree.getContextMenu().getItems().stream().filter(i -> i.isVisible()
                    && "New sub-code of ‘Code 000’…".equals(i.getText())).findFirst().orElseThrow();
        }).get(5, TimeUnit.SECONDS);
        robot.interact(() -> {
            tree.getContextMenu().hide();
            item.fire();
        });
        WindowTestSupport.idle(vm);
        Code made = vm.session().project().codes().stream().filter(c -> c.name().equals("Onderdeel")).findFirst()
                .orElseThrow();
        assertEquals("c000", made.parentId());
    }

    @Test
    void countsMadeBeforeAChangeAreMadeAgainNotLeftBlank(FxRobot robot) throws Exception {
        open(robot);
        CodeTreePane tree = robot.lookup("#code-tree").query();
        java.util.concurrent.BlockingQueue<Runnable> held = new java.util.concurrent.LinkedBlockingQueue<>();
        robot.interact(() -> {
            tree.countOn(held::add); // counts wait here until the test lets them run
            workbench.codebook().countSubcodesProperty().set(false); // every count forgotten, every code shown asks
        });
        Runnable before = held.poll(10, TimeUnit.SECONDS);
        assertTrue(before != null, "a count was asked for");
        // A coding while that count is under way: what it finds is older than the project.
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.QuotationCommands.codeRange("a", 300, 305,
                "c001", null, Fixtures.T)));
        before.run();
        for (int i = 0; i < 5; i++) { // and the counts asked again after it
            WaitForAsyncUtils.waitForFxEvents();
            Runnable next = held.poll(1, TimeUnit.SECONDS);
            if (next != null) {
                next.run();
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 quot. · 1 doc.", countShown(robot, "Code 000"), "counted again, not left blank");
        assertEquals("2 quot. · 1 doc.", countShown(robot, "Code 001"));
    }

    @Test
    void aCodeRenamedOrARelationKeepsTheCountsAndAMergeCountsOnlyItsTwoCodes(FxRobot robot) throws Exception {
        open(robot);
        CodeTreePane tree = robot.lookup("#code-tree").query();
        Thread.sleep(1000); // the codes on screen counted
        WaitForAsyncUtils.waitForFxEvents();
        int kept = WaitForAsyncUtils.asyncFx(tree::countsKept).get();
        java.util.concurrent.BlockingQueue<Runnable> held = new java.util.concurrent.LinkedBlockingQueue<>();
        robot.interact(() -> tree.countOn(held::add));

        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.rename("c000", "Code 000 nieuw")));
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.addRelation(
                new nl.veldwerk.model.Relation("r1", "c001", "c002", nl.veldwerk.model.RelationType.CAUSES, "", 0, ""))));
        WaitForAsyncUtils.waitForFxEvents();
        // The tree made anew may show a code or two more (to size its scroll bar), but forgets none.
        assertTrue(WaitForAsyncUtils.asyncFx(tree::countsKept).get() >= kept, "every count kept");
        assertEquals("1 quot. · 1 doc.", countShown(robot, "Code 000 nieuw"), "shown at once under its new name");
        runHeld(held);
        int counted = WaitForAsyncUtils.asyncFx(tree::countsKept).get();

        // Code 001 into Code 002: the two counted again, not every code shown.
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.merge("c001", "c002")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(counted - 2, (int) WaitForAsyncUtils.asyncFx(tree::countsKept).get(),
                "only the merged code's and its target's counts forgotten");
        runHeld(held);
        waitForCount(robot, "Code 002", "2 quot. · 1 doc.");
        assertEquals("1 quot. · 1 doc.", countShown(robot, "Code 003"), "the others as they were");
        robot.interact(() -> tree.countOn(Runnable::run));
        assertEquals(List.of(), dialogs.errors);
    }

    /**
     * A category's sum follows its sub-codes deleted, merged away or moved out, also when the tree shows the
     * categories alone (a phase filter): what it compares with is every code, not the codes it shows.
     */
    @Test
    void aCategoryCountsAgainWhenASubCodeGoesAlsoUnseen(FxRobot robot) throws Exception {
        for (CodeTreePane.Filter shown : List.of(CodeTreePane.Filter.ALL, CodeTreePane.Filter.AXIAL)) {
            Project p = new Project(ProjectInfo.named("Categorieën", Fixtures.T));
            p.put(Document.of("a", "A01", "schaamte en wantrouwen en geld", SourceFormat.TXT, List.of(), Fixtures.T)
                    .withNumber(1));
            p.put(Document.of("b", "A02", "nog meer schaamte", SourceFormat.TXT, List.of(), Fixtures.T).withNumber(2));
            p.put(Code.of("cat", "Psychische kenmerken", "#884488", null).withPhase(nl.veldwerk.model.Phase.AXIAL));
            p.put(Code.of("schaamte", "Schaamte", "#cc3333", "cat"));
            p.put(Code.of("wantrouwen", "Wantrouwen", "#3333cc", "cat"));
            p.put(Code.of("angst", "Angst", "#3333cc", "cat"));
            p.put(Code.of("geld", "Geld", "#33aa33", null).withPhase(nl.veldwerk.model.Phase.AXIAL));
            p.put(new Quotation("q1", "a", 0, 8, "", null, Fixtures.T, 1));
            p.put(new Quotation("q2", "a", 12, 22, "", null, Fixtures.T, 2));
            p.put(new Quotation("q3", "b", 9, 17, "", null, Fixtures.T, 1));
            p.put(new Quotation("q4", "a", 26, 30, "", null, Fixtures.T, 3));
            p.put(new Coding("k1", "q1", "schaamte", null, Fixtures.T));
            p.put(new Coding("k2", "q2", "wantrouwen", null, Fixtures.T));
            p.put(new Coding("k3", "q3", "schaamte", null, Fixtures.T));
            p.put(new Coding("k4", "q4", "angst", null, Fixtures.T));
            openProject(robot, p);
            javafx.scene.control.ChoiceBox<CodeTreePane.Filter> filter = robot.lookup("#code-filter").query();
            robot.interact(() -> filter.setValue(shown));
            waitForCount(robot, "Psychische kenmerken", "Σ 4 quot. · 2 doc.");

            robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.delete("wantrouwen")));
            waitForCount(robot, "Psychische kenmerken", "Σ 3 quot. · 2 doc.");
            robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.merge("angst", "geld")));
            waitForCount(robot, "Psychische kenmerken", "Σ 2 quot. · 2 doc.");
            assertEquals("1 quot. · 1 doc.", countShown(robot, "Geld"), shown + ": q4 came with Angst");
            robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.move("schaamte", "geld")));
            waitForCount(robot, "Psychische kenmerken", "0 quot. · 0 doc.");
            waitForCount(robot, "Geld", "Σ 3 quot. · 2 doc.");
            robot.interact(() -> vm.session().undo()); // the move, the merge and the deletion undone
            robot.interact(() -> vm.session().undo());
            robot.interact(() -> vm.session().undo());
            waitForCount(robot, "Psychische kenmerken", "Σ 4 quot. · 2 doc.");
            assertEquals("0 quot. · 0 doc.", countShown(robot, "Geld"), shown.toString());
        }
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aCategoryCountsAgainWhenASubCodeMovesToTheTopAndWhenAMoveIntoItIsUndone(FxRobot robot) throws Exception {
        Project p = new Project(ProjectInfo.named("Bovenaan", Fixtures.T));
        p.put(Document.of("a", "A01", "schaamte en wantrouwen en geld", SourceFormat.TXT, List.of(), Fixtures.T)
                .withNumber(1));
        p.put(Code.of("schaamte", "Schaamte", "#cc3333", null));
        p.put(Code.of("wantrouwen", "Wantrouwen", "#3333cc", null));
        p.put(new Quotation("q1", "a", 0, 8, "", null, Fixtures.T, 1));
        p.put(new Quotation("q2", "a", 12, 22, "", null, Fixtures.T, 2));
        p.put(new Coding("k1", "q1", "schaamte", null, Fixtures.T));
        p.put(new Coding("k2", "q2", "wantrouwen", null, Fixtures.T));
        openProject(robot, p);
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.add(Code.of("buurt", "Buurtrelaties",
                "#888888", null))));
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.move("schaamte", "buurt")));
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.move("wantrouwen", "buurt")));
        waitForCount(robot, "Buurtrelaties", "Σ 2 quot. · 1 doc.");
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.move("wantrouwen", null)));
        waitForCount(robot, "Buurtrelaties", "Σ 1 quot. · 1 doc.");
        robot.interact(() -> vm.session().undo());
        waitForCount(robot, "Buurtrelaties", "Σ 2 quot. · 1 doc.");
        robot.interact(() -> vm.session().undo());
        robot.interact(() -> vm.session().undo());
        waitForCount(robot, "Buurtrelaties", "0 quot. · 0 doc.");
    }

    /** Lets the counts asked for run, and those they ask for in turn, until none is asked. */
    /** The supervisor's review beside a code's name in the tree (only the code manager showed it). */
    @Test
    void theReviewIsMarkedBesideTheName(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodebookCommands.review("c001",
                nl.veldwerk.model.ReviewStatus.APPROVED)));
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodebookCommands.review("c002",
                nl.veldwerk.model.ReviewStatus.NEEDS_WORK)));
        WindowTestSupport.idle(vm);
        assertEquals("✓", reviewShown(robot, "Code 001"));
        assertEquals("Approved", ((Label) cellOf(robot, "Code 001").lookup(".code-review")).getTooltip().getText());
        assertEquals("⚑", reviewShown(robot, "Code 002"));
        assertTrue(((Label) cellOf(robot, "Code 002").lookup(".code-review")).getPseudoClassStates().stream()
                .anyMatch(c -> c.getPseudoClassName().equals("needs-work")), "drawn as needing work");
        assertEquals("", reviewShown(robot, "Code 003"), "proposed, as every new code: no mark");
        robot.interact(vm::undo);
        WindowTestSupport.idle(vm);
        assertEquals("", reviewShown(robot, "Code 002"), "undone: no mark");
        // The whole name and the definition on the name, as a name cut with "…" is read in full (QA).
        Code c3 = vm.session().project().code("c003").orElseThrow();
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.update(c3.withDefinition(
                "Wat de respondent over de buurt zegt.", c3.indicators()))));
        WindowTestSupport.idle(vm);
        Label name = (Label) cellOf(robot, "Code 003").getGraphic().lookupAll(".label").stream()
                .filter(n -> n instanceof Label l && "Code 003".equals(l.getText())).findFirst().orElseThrow();
        assertEquals("Code 003\n\nWat de respondent over de buurt zegt.", name.getTooltip().getText());
    }

    private static String reviewShown(FxRobot robot, String name) {
        Label mark = (Label) cellOf(robot, name).lookup(".code-review");
        return mark.isVisible() ? mark.getText() : "";
    }

    private static void runHeld(java.util.concurrent.BlockingQueue<Runnable> held) throws Exception {
        for (Runnable next = held.poll(500, TimeUnit.MILLISECONDS); next != null;
             next = held.poll(500, TimeUnit.MILLISECONDS)) {
            next.run();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * A project opened while the Codes tab is hidden: the tree is built when the tab shows (built at once, the
     * tree no one saw cost the open a fifth of the FX thread's time), with what changed meanwhile; and a code asked
     * for from elsewhere is found and selected before the tab shows.
     */
    @Test
    void aTreeOpenedHiddenIsBuiltWhenItShowsWithWhatChangedMeanwhile(FxRobot robot) throws Exception {
        Project p = new Project(ProjectInfo.named("Verborgen", Fixtures.T));
        p.put(Document.of("a", "A01", "tekst", SourceFormat.TXT, List.of(), Fixtures.T).withNumber(1));
        p.put(Code.of("cat", "Categorie", "#336699", null));
        p.put(Code.of("sub", "Onder", "#336699", "cat"));
        p.put(Code.of("los", "Los", "#336699", null));
        Path dir = tmp.resolve("verborgen");
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        assertEquals(0, explorer.getSelectionModel().getSelectedIndex(), "the Documents tab shows");
        // Looked up in the tab's content: the window's scene holds it only once its tab was shown.
        CodeTreePane tree = (CodeTreePane) explorer.getTabs().get(1).getContent().lookup("#code-tree");
        assertEquals(null, tree.getRoot(), "not built while its tab is hidden");
        robot.interact(() -> {
            vm.session().execute(nl.veldwerk.project.CodeCommands.rename("los", "Los hernoemd"));
            vm.session().execute(nl.veldwerk.project.CodeCommands.add(Code.of("nieuw", "Nieuw", "#336699", null)));
        });
        assertEquals(null, tree.getRoot(), "nor after changes while hidden");
        robot.interact(() -> explorer.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Categorie", "Los hernoemd", "Nieuw"), topNames(tree), "built with the changes");
        // The same project drawn whole again while hidden (after a refused edit): what the user closed and chose stays.
        robot.interact(() -> {
            tree.getRoot().getChildren().getFirst().setExpanded(false);
            tree.getSelectionModel().select(tree.getRoot().getChildren().get(1));
            explorer.getSelectionModel().select(0);
        });
        robot.interact(vm::redrawFromModel);
        assertEquals("los", vm.selectedCodeProperty().get().id(), "still chosen");
        robot.interact(() -> explorer.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("los", tree.getSelectionModel().getSelectedItem().getValue().id());
        assertTrue(!tree.getRoot().getChildren().getFirst().isExpanded(), "the closed category stays closed");

        // Opened again (another project could have been shown meanwhile) while the tab is hidden.
        robot.interact(() -> explorer.getSelectionModel().select(0));
        robot.interact(vm::close);
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        assertEquals(null, tree.getRoot());
        // A code asked for from elsewhere (a review comment's Go to): the tree is built and shows it selected.
        robot.interact(() -> vm.codeToShowProperty().set("los"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, explorer.getSelectionModel().getSelectedIndex(), "the Codes tab is shown");
        assertEquals("los", tree.getSelectionModel().getSelectedItem().getValue().id());
        assertEquals("los", vm.selectedCodeProperty().get().id(), "and the codes' pane follows it");
        assertEquals(List.of(), dialogs.errors);
    }

    private static List<String> topNames(CodeTreePane tree) {
        return tree.getRoot().getChildren().stream().map(i -> i.getValue().name()).toList();
    }

    private void openProject(FxRobot robot, Project p) throws Exception {
        Path dir = tmp.resolve("codes-" + System.nanoTime());
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot) throws Exception {
        Project p = new Project(ProjectInfo.named("Veel codes", Fixtures.T));
        p.put(Document.of("a", "A01", "x".repeat(CODES + 10), SourceFormat.TXT, List.of(), Fixtures.T).withNumber(1));
        for (int i = 0; i < CODES; i++) {
            String code = String.format("c%03d", i);
            p.put(Code.of(code, String.format("Code %03d", i), "#336699", null));
            p.put(new Quotation("q" + i, "a", i, i + 1, "", null, Fixtures.T, i + 1));
            p.put(new Coding("k" + i, "q" + i, code, null, Fixtures.T));
        }
        openProject(robot, p);
        waitForCount(robot, "Code 000", "1 quot. · 1 doc.");
    }

    /** Until the tree shows the code with these counts. */
    private static void waitForCount(FxRobot robot, String code, String shown) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.equals(countShown(robot, code)));
    }

    private static TreeCell<?> cellOf(FxRobot robot, String name) {
        return robot.lookup("#code-tree .tree-cell").queryAll().stream().map(n -> (TreeCell<?>) n)
                .filter(c -> c.isVisible() && c.getItem() instanceof Code code && code.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static String countShown(FxRobot robot, String name) {
        return ((Label) cellOf(robot, name).lookup(".code-count")).getText();
    }
}
