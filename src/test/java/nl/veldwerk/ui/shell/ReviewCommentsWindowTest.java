package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.CodebookCommands;
import nl.veldwerk.ui.codebook.CodeTreePane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Codebook → Review comments: every open review comment of the project in one list, chosen ones resolved in one
 * undoable step, and Go to showing the code (whatever the tree's phase filter) or the quotation with its thread.
 */
class ReviewCommentsWindowTest extends WorkbenchTest {
    private static final Instant T = Instant.parse("2026-11-02T10:00:00Z");

    private Project project() {
        return vm.session().project();
    }

    private boolean resolved(String id) {
        return ((Memo) project().find(EntityKind.MEMO, id).orElseThrow()).resolved();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(FxRobot robot) {
        return robot.lookup("#review-comments-table").queryAs(TableView.class);
    }

    private static String cell(TableView<Object> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }

    @org.junit.jupiter.api.BeforeEach
    void rowsMadeAtOnce() {
        nl.veldwerk.ui.memos.ReviewCommentsWindow.readOn(Runnable::run); // made on the FX thread: no waiting here
    }

    @org.junit.jupiter.api.AfterEach
    void rowsMadeOnTheirThreadAgain() {
        nl.veldwerk.ui.memos.ReviewCommentsWindow.readOn(null);
    }

    /** Whether the node shows whole in the scroll pane around it. */
    private static boolean inItsScrollPane(javafx.scene.Node node) {
        javafx.scene.Parent up = node.getParent();
        while (!(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        javafx.geometry.Bounds view = up.localToScene(up.getLayoutBounds());
        javafx.geometry.Bounds at = node.localToScene(node.getLayoutBounds());
        return at.getMinY() >= view.getMinY() - 1 && at.getMaxY() <= view.getMaxY() + 1;
    }

    @Test
    void openCommentsAreListedResolvedTogetherUndoneAndGoneTo(FxRobot robot) throws Exception {
        openCopyOfSample(robot, "review-list");
        List<Code> codes = project().codes().stream().filter(c -> c.parentId() != null)
                .sorted(Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Code first = codes.getFirst();
        Code second = codes.get(1);
        Quotation quotation = project().quotations().stream().min(Comparator.comparing(Quotation::documentId)
                .thenComparing(Quotation::start)).orElseThrow();
        String author = "supervisor";
        robot.interact(() -> {
            vm.session().execute(nl.veldwerk.project.NoteCommands.addCoder(new nl.veldwerk.model.Coder(author,
                    "Begeleider")));
            vm.session().execute(CodebookCommands.comment(Memo.reviewComment("c1", new MemoTarget(EntityKind.CODE,
                    first.id()), "Definitie te breed?", author, T)));
            vm.session().execute(CodebookCommands.comment(Memo.reviewComment("c2", new MemoTarget(EntityKind.CODE,
                    second.id()), "Prima zo.", author, T.plusSeconds(60))));
            vm.session().execute(CodebookCommands.comment(Memo.reviewComment("c3", new MemoTarget(
                    EntityKind.QUOTATION, quotation.id()), "Waarom hier?", author, T.plusSeconds(120))));
            vm.session().execute(CodebookCommands.comment(Memo.reviewComment("c4", new MemoTarget(EntityKind.CODE,
                    first.id()), "Zie het verschil met trots.", author, T.plusSeconds(180))));
            vm.session().execute(CodebookCommands.resolve("c2", true, null, T.plusSeconds(240)));
        });

        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-review-comments".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Object> table = table(robot);
        Label count = robot.lookup("#review-comments-count").query();
        assertEquals("3 open of 4 review comments", count.getText());
        assertEquals(3, table.getItems().size(), "open ones only, at first");
        assertEquals("Code ‘" + first.name() + "’", cell(table, 0, 0));
        assertEquals("Definitie te breed?", cell(table, 0, 1));
        assertEquals("Zie het verschil met trots.", cell(table, 1, 1), "a thread's comments together, oldest first");
        assertTrue(cell(table, 2, 0).startsWith("Quotation " + quotation.idIn(project().document(quotation.documentId())
                .orElseThrow()) + " in ‘"), cell(table, 2, 0));
        assertEquals("Open", cell(table, 0, 4));
        assertEquals("Begeleider", cell(table, 0, 2));

        CheckBox openOnly = robot.lookup("#review-comments-open-only").query();
        robot.interact(openOnly::fire);
        assertEquals(4, table.getItems().size());
        assertTrue(cell(table, 2, 4).matches("Resolved \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"), cell(table, 2, 4));
        robot.interact(openOnly::fire);
        TextField filter = robot.lookup("#review-comments-filter").query();
        robot.interact(() -> filter.setText("waarom"));
        assertEquals(1, table.getItems().size());
        assertEquals("1 found; 3 open of 4 review comments", count.getText(), "what the list shows (QA)");
        robot.interact(() -> filter.setText("prima"));
        assertEquals("No open review comment holds ‘prima’; resolved ones do: untick “Open comments only” to see them.",
                ((Label) table.getPlaceholder()).getText(), "found among the resolved only: said so (QA)");
        robot.interact(() -> filter.setText("trots"));
        assertEquals(1, table.getItems().size());
        robot.interact(filter::clear);

        // The first and the quotation's chosen, resolved together: one step, gone from the open ones.
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(0);
            table.getSelectionModel().select(2);
        });
        Button resolve = robot.lookup("#review-comments-resolve").query();
        assertEquals("Mark resolved", resolve.getText());
        robot.interact(resolve::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(resolved("c1") && resolved("c3") && !resolved("c4"));
        assertEquals(List.of("Zie het verschil met trots."), List.of(cell(table, 0, 1)));
        assertEquals(1, table.getItems().size());
        assertEquals("1 open of 4 review comments", count.getText());
        assertTrue(vm.statusProperty().get().startsWith("Done: Resolve 2 review comments"), vm.statusProperty().get());
        assertEquals(0, table.getSelectionModel().getSelectedIndex(), "the next one is chosen, to work down the list");
        String resolver = ((Memo) project().find(EntityKind.MEMO, "c1").orElseThrow()).resolvedBy();
        String user = nl.veldwerk.ui.common.Preferences.coderName();
        assertEquals(user, project().coder(resolver).orElseThrow().name(), "resolved by the user, who is kept");
        robot.interact(openOnly::fire);
        assertEquals("Definitie te breed?", cell(table, 0, 1));
        assertTrue(cell(table, 0, 4).matches("Resolved by " + java.util.regex.Pattern.quote(user)
                + ", \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"), cell(table, 0, 4));
        robot.interact(openOnly::fire);

        // Ctrl+Z in this window undoes it in one step.
        robot.clickOn(table);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!resolved("c1") && !resolved("c3"), "both open again");
        assertEquals(3, table.getItems().size());

        // Resolved ones chosen: the button opens them again.
        robot.interact(openOnly::fire);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(2); // c2, resolved
        });
        assertEquals("Open again", resolve.getText());
        robot.interact(resolve::fire);
        assertTrue(!resolved("c2"));
        robot.interact(vm::undo);
        assertTrue(resolved("c2"));

        // Go to a code the tree's phase filter hides: the Codes tab, the whole tree, the code chosen.
        @SuppressWarnings("unchecked")
        ChoiceBox<CodeTreePane.Filter> phases = robot.lookup("#code-filter").queryAs(ChoiceBox.class);
        CodeTreePane.Filter hiding = java.util.Arrays.stream(CodeTreePane.Filter.values())
                .filter(f -> f != CodeTreePane.Filter.ALL && f != CodeTreePane.Filter.valueOf(first.phase().name()))
                .findFirst().orElseThrow();
        robot.interact(() -> phases.setValue(hiding));
        TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(0));
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(0); // c1, about the first code
        });
        robot.interact(() -> robot.lookup("#review-comments-go-to").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, explorer.getSelectionModel().getSelectedIndex(), "the Codes tab");
        assertEquals(CodeTreePane.Filter.ALL, phases.getValue(), "the whole tree, which shows the code");
        @SuppressWarnings("unchecked")
        TreeView<Code> tree = robot.lookup("#code-tree").queryAs(TreeView.class);
        assertEquals(first.id(), tree.getSelectionModel().getSelectedItem().getValue().id());
        assertEquals(first.id(), vm.selectedCodeProperty().get().id());
        javafx.scene.Node codeField = robot.lookup("#code-new-comment").query();
        assertTrue(inItsScrollPane(codeField), "its thread in view, to reply there (QA: below the pane's edge)");

        // Enter on the quotation's comment shows the quotation (its thread is in the inspector).
        int row = java.util.stream.IntStream.range(0, table.getItems().size())
                .filter(i -> cell(table, i, 0).startsWith("Quotation ")).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
            table.getScene().getWindow().requestFocus();
            table.requestFocus();
        });
        robot.clickOn(table.lookup(".table-row-cell:selected")).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(quotation.id(), vm.selectedQuotationProperty().get().id());
    }

    /** "Open comments only" and the list's size stay as the user left them, for the next start too. */
    @Test
    void theListOpensAsTheUserLeftIt(FxRobot robot) throws Exception {
        openCopyOfSample(robot, "review-list-kept");
        List<Code> codes = project().codes().stream().filter(c -> c.parentId() != null).limit(2).toList();
        robot.interact(() -> {
            vm.session().execute(CodebookCommands.comment(Memo.reviewComment("k1", new MemoTarget(EntityKind.CODE,
                    codes.get(0).id()), "Open nog", null, T)));
            vm.session().execute(CodebookCommands.comment(Memo.reviewComment("k2", new MemoTarget(EntityKind.CODE,
                    codes.get(1).id()), "Al af", null, T.plusSeconds(1))));
            vm.session().execute(CodebookCommands.resolve("k2", true, null, T.plusSeconds(2)));
        });
        robot.interact(() -> {
            nl.veldwerk.ui.common.Preferences.setReviewListOpenOnly(false); // as a start after unticking it
            nl.veldwerk.ui.common.Preferences.setReviewListSize(700, 400);
        });
        javafx.stage.Window owner = robot.listWindows().getFirst();
        robot.interact(() -> nl.veldwerk.ui.memos.ReviewCommentsWindow.open(owner, vm));
        TableView<Object> table = table(robot);
        CheckBox openOnly = robot.lookup("#review-comments-open-only").query();
        assertFalse(openOnly.isSelected(), "unticked, as left");
        assertEquals(2, table.getItems().size(), "the resolved one listed too");
        assertEquals(700, table.getScene().getWidth(), 1, "the width left");
        assertEquals(400, table.getScene().getHeight(), 1, "the height left");
        robot.interact(openOnly::fire);
        assertTrue(nl.veldwerk.ui.common.Preferences.reviewListOpenOnly(), "ticked again: kept");
        assertEquals(1, table.getItems().size());
        javafx.stage.Window list = table.getScene().getWindow();
        robot.interact(() -> list.setWidth(list.getWidth() + 60));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> Math.abs(table.getScene().getWidth() - 760) < 1);
        robot.interact(list::hide);
        assertEquals(760, nl.veldwerk.ui.common.Preferences.reviewListSize().orElseThrow()[0], 1,
                "the size it was closed at");
    }

    /** Each test's list opens as at a first start (the preferences outlive a test: the list remembers). */
    @org.junit.jupiter.api.BeforeEach
    void theListAsAtAFirstStart() {
        nl.veldwerk.ui.common.Preferences.setReviewListOpenOnly(true);
        nl.veldwerk.project.UserSettings.node().remove("reviewListWidth");
        nl.veldwerk.project.UserSettings.node().remove("reviewListHeight");
    }

    /** Resolving a run of rows chooses the comment below the run's first row, where the user works on (review). */
    @Test
    void afterResolvingTheCommentBelowTheFirstChosenIsChosen(FxRobot robot) throws Exception {
        openCopyOfSample(robot, "review-list-next");
        List<Code> codes = project().codes().stream().filter(c -> c.parentId() != null)
                .sorted(Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER)).limit(6).toList();
        robot.interact(() -> {
            for (int i = 0; i < codes.size(); i++) {
                vm.session().execute(CodebookCommands.comment(Memo.reviewComment("n" + i, new MemoTarget(
                        EntityKind.CODE, codes.get(i).id()), "Opmerking " + i, null, T.plusSeconds(i))));
            }
        });
        robot.interact(() -> nl.veldwerk.ui.memos.ReviewCommentsWindow.open(robot.listWindows().getFirst(), vm));
        TableView<Object> table = table(robot);
        assertEquals(6, table.getItems().size());
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(1);
            table.getSelectionModel().select(2); // the last one chosen
        });
        robot.interact(() -> robot.lookup("#review-comments-resolve").queryAs(Button.class).fire());
        assertEquals(4, table.getItems().size());
        assertEquals("Opmerking 3", cell(table, table.getSelectionModel().getSelectedIndex(), 1),
                "the one below the first resolved, not two below");
    }
}
