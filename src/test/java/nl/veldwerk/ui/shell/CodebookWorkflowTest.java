package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ReviewStatus;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.codebook.CodeTreePane;
import nl.veldwerk.ui.codebook.CodebookActions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The codebook in the window: start a project with the factor codebook, edit a code's entry, set its
 * review status, comment and resolve, filter by phase, and export the codebook and its Word report.
 */
class CodebookWorkflowTest extends WorkbenchTest {
    @Override
    protected int windowHeight() {
        return 900;
    }


    private Project project() {
        return vm.session().project();
    }

    private Code code(String name) {
        return project().codes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** A new project with the factor codebook in {@code folder}, the Codes tab shown; its code tree. */
    private TreeView<Code> factorCodebookInTheCodesTab(FxRobot robot, String folder) throws Exception {
        Path dir = tmp.resolve(folder);
        robot.interact(() -> new CodebookActions(vm).newWithFactorCodebook(dir));
        WindowTestSupport.idle(vm);
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(1));
        return robot.lookup("#code-tree").query();
    }

    /** Types over the code's name in its entry, then leaves the field for {@code next} (which saves the entry). */
    private static void typeNameAndLeave(FxRobot robot, javafx.scene.control.TextField nameField, String name,
                                         javafx.scene.Node next) {
        robot.interact(() -> {
            nameField.requestFocus();
            nameField.setText(name);
        });
        robot.interact(next::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void editReviewAndExportTheFactorCodebook(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("wijk-y");
        robot.interact(() -> new CodebookActions(vm).newWithFactorCodebook(dir));
        WindowTestSupport.idle(vm);
        assertEquals(41, project().codes().size());
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(1));
        TreeView<Code> tree = robot.lookup("#code-tree").query();
        select(robot, tree, "Schaamte");
        TextArea definition = robot.lookup("#code-definition").query();
        assertTrue(definition.getText().startsWith("Mechanisme (mechanism): Zich schamen"), definition.getText());

        // Write an anchor example and leave the field: one undoable edit of the code.
        // The entry is longer than the pane: focus the fields as Tab would, rather than click them in view.
        TextArea anchorField = robot.lookup("#code-anchor").query();
        robot.interact(anchorField::requestFocus);
        robot.write("\"Mensen schamen zich om aan te kloppen.\"");
        robot.interact(() -> robot.lookup("#code-name").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\"Mensen schamen zich om aan te kloppen.\"", code("Schaamte").anchor());
        robot.interact(vm::undo);
        assertEquals("", code("Schaamte").anchor());
        TextArea anchor = robot.lookup("#code-anchor").query();
        assertEquals("", anchor.getText(), "the entry shows the undo");

        // A sibling's name is refused (said once); the anchor typed with it is kept, the field shows the name kept.
        javafx.scene.control.TextField nameField = robot.lookup("#code-name").query();
        int errors = dialogs.errors.size();
        robot.interact(anchorField::requestFocus);
        robot.write("Anker.");
        typeNameAndLeave(robot, nameField, "Angst", definition);
        assertEquals(errors + 1, dialogs.errors.size(), String.valueOf(dialogs.errors));
        assertEquals("Schaamte", nameField.getText(), "the field shows the name the code kept");
        assertEquals("Anker.", code("Schaamte").anchor(), "what else was typed is kept");
        dialogs.errors.removeLast(); // told, as it should be; the workflow goes on without errors
        robot.interact(vm::undo);
        assertEquals("", code("Schaamte").anchor());

        // An empty name is said and the field shows the name kept (it stayed blank, the tree saying otherwise).
        typeNameAndLeave(robot, nameField, "", definition);
        assertEquals("Schaamte", nameField.getText());
        assertTrue(vm.statusProperty().get().contains("needs a name"), vm.statusProperty().get());
        // A name a code elsewhere in the tree has is asked about here too, as the tree's rename asks.
        int questions = dialogs.questions.size();
        dialogs.answer = false;
        typeNameAndLeave(robot, nameField, "Bekendheid", definition);
        assertEquals(questions + 1, dialogs.questions.size(), String.valueOf(dialogs.questions));
        assertEquals(1, project().codes().stream().filter(c -> c.name().equals("Bekendheid")).count(), "declined");
        assertEquals("Schaamte", nameField.getText());

        // Renamed in its entry: saved queries that name it follow, a search's code: and a code query's name (QA:
        // the search found nothing after, without a word); one step with the rename.
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.NoteCommands.rewriteQueries(List.of(
                new nl.veldwerk.model.SavedQuery("Schaamte bij aanbieders", false, "code:Schaamte AND buurt"),
                new nl.veldwerk.model.SavedQuery("Schaamte of angst", true, "Schaamte OR Angst")))));
        typeNameAndLeave(robot, nameField, "Schaamtegevoel", definition);
        assertEquals(List.of("code:Schaamtegevoel AND buurt", "Schaamtegevoel OR Angst"), project().info()
                .savedQueries().stream().map(nl.veldwerk.model.SavedQuery::query).toList());
        robot.interact(vm::undo);
        assertEquals("code:Schaamte AND buurt", project().info().savedQueries().getFirst().query(), "one step undone");
        assertEquals(1, project().codes().stream().filter(c -> c.name().equals("Schaamte")).count());
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.NoteCommands.rewriteQueries(List.of())));
        WaitForAsyncUtils.waitForFxEvents();

        ChoiceBox<ReviewStatus> review = robot.lookup("#code-review").query();
        robot.interact(() -> review.setValue(ReviewStatus.NEEDS_WORK));
        assertEquals(ReviewStatus.NEEDS_WORK, code("Schaamte").review());

        robot.interact(() -> robot.lookup("#code-new-comment").query().requestFocus());
        robot.write("Onderscheid schaamte en trots?").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Memo comment = project().memos().stream().filter(Memo::comment).findFirst().orElseThrow();
        assertEquals("Onderscheid schaamte en trots?", comment.text());
        assertTrue(vm.statusProperty().get().startsWith("Done: Add a review comment"), "adding is said, as resolving "
                + "is (QA): " + vm.statusProperty().get());
        javafx.scene.control.CheckBox open = robot.lookup(".comment-open").query();
        robot.interact(open::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(project().memos().stream().filter(Memo::comment).findFirst().orElseThrow().resolved());
        assertTrue(vm.statusProperty().get().startsWith("Done: "), "said, as other changes are (QA): "
                + vm.statusProperty().get());
        javafx.scene.control.CheckBox done = robot.lookup(".comment-resolved").query();
        assertTrue(done.getText().matches(".*Onderscheid schaamte en trots\\? \\(resolved by "
                + java.util.regex.Pattern.quote(nl.veldwerk.ui.common.Preferences.coderName())
                + ", \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\)"), "by whom and when it was resolved (QA): " + done.getText());

        // A typed relation from Schaamte to the core category, from the code's entry.
        javafx.scene.control.Button addRelation = robot.lookup("#relation-add").query();
        WaitForAsyncUtils.asyncFx(addRelation::fire); // the chooser waits for the user: not waited for here
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node chooser = robot.lookup("#code-chooser-search").query();
        robot.targetWindow(chooser.getScene().getWindow()).write("individueel").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(project().relations().stream().anyMatch(r -> r.sourceCodeId().equals(code("Schaamte").id())
                && r.targetCodeId().equals(code("Individueel gebruik").id())
                && r.type() == nl.veldwerk.model.RelationType.IS_ASSOCIATED_WITH), "a relation claims no cause by default");

        // A change the tree does not show (a document group) leaves it as it is; a code added rebuilds it.
        javafx.scene.control.TreeItem<Code> root = tree.getRoot();
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.DocumentCommands.addGroup(
                new nl.veldwerk.model.DocumentGroup("g-nieuw", "Bewoners", ""))));
        assertTrue(tree.getRoot() == root, "not rebuilt for a document group");

        // A loose open code shows under "open codes not in a category".
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.add(Code.of("los", "Los idee",
                null, null))));
        assertTrue(tree.getRoot() != root, "rebuilt for a code");
        ChoiceBox<CodeTreePane.Filter> filter = robot.lookup("#code-filter").query();
        robot.interact(() -> filter.setValue(CodeTreePane.Filter.UNPLACED));
        assertEquals(List.of("Los idee"), tree.getRoot().getChildren().stream().map(i -> i.getValue().name()).toList());
        robot.interact(() -> filter.setValue(CodeTreePane.Filter.SELECTIVE));
        assertEquals(List.of("Individueel gebruik"), tree.getRoot().getChildren().stream().map(i -> i.getValue().name())
                .toList());
        robot.interact(() -> filter.setValue(CodeTreePane.Filter.ALL));

        CodebookActions actions = new CodebookActions(vm);
        Path csv = tmp.resolve("codeboek.csv");
        robot.interact(() -> actions.exportCodebook(csv));
        WindowTestSupport.idle(vm);
        assertTrue(Files.readString(csv).contains("Schaamte,Factoren uit het theoretisch kader > Psychische kenmerken,open"));
        Path docx = tmp.resolve("codeboek.docx");
        robot.interact(() -> actions.report(docx));
        WindowTestSupport.idle(vm);
        assertTrue(Files.size(docx) > 5000);
        assertEquals(List.of(), dialogs.errors);

        // And a new project that starts from the exported codebook file.
        Path fromCsv = tmp.resolve("uit-csv");
        robot.interact(() -> actions.newFromCodebookFile(csv, fromCsv));
        WindowTestSupport.idle(vm);
        assertEquals(42, project().codes().size(), "the 41 codes of the factor codebook and the loose one");
        assertEquals("uit-csv", project().info().name());
    }

    /**
     * A definition typed into one code, then a click on another code in the tree: the definition goes to the
     * first code, and neither code's name changes (the first code was renamed after the second, QA found).
     */
    @Test
    void typingADefinitionThenClickingAnotherCodeChangesOnlyTheDefinition(FxRobot robot) throws Exception {
        TreeView<Code> tree = factorCodebookInTheCodesTab(robot, "klikken");
        select(robot, tree, "Schaamte");
        String schaamte = code("Schaamte").id();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        project().codes().forEach(c -> names.put(c.id(), c.name()));
        TextArea definition = robot.lookup("#code-definition").query();
        robot.clickOn(definition);
        robot.write(" Ook: gene.");
        String typed = definition.getText();
        // A code in view in the tree, another than the one shown, clicked as a user would (a cell wholly inside the
        // tree: one laid out below its visible part would take the click elsewhere).
        javafx.geometry.Bounds inView = tree.localToScreen(tree.getBoundsInLocal());
        javafx.scene.control.TreeCell<?> other = robot.lookup(".tree-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TreeCell<?>) n)
                .filter(c -> c.getItem() instanceof Code k && !k.id().equals(schaamte) && c.isVisible())
                .filter(c -> c.localToScreen(c.getBoundsInLocal()) != null
                        && inView.contains(c.localToScreen(c.getBoundsInLocal())))
                .findFirst().orElseThrow();
        String otherId = ((Code) other.getItem()).id();
        robot.clickOn(other);
        WindowTestSupport.idle(vm);
        assertEquals(otherId, tree.getSelectionModel().getSelectedItem().getValue().id(), "the other code is shown");
        assertEquals(typed.strip(), project().code(schaamte).orElseThrow().definition(), "the definition was saved");
        project().codes().forEach(c -> assertEquals(names.get(c.id()), c.name(), "no code renamed"));
        assertEquals(project().code(otherId).orElseThrow().definition(), definition.getText(),
                "the entry shows the other code's definition");
    }

    /**
     * Ctrl+Z in a definition being typed undoes the typing as the project's step, and the next Ctrl+Z goes on into
     * the project's earlier steps: the field's own undo brought back, after its own history, text undone a moment
     * before (QA). Ctrl+Shift+Z brings the typing back.
     */
    @Test
    void undoInADefinitionUndoesTheTypingAsTheProjectDoesAndNeverBringsItBack(FxRobot robot) throws Exception {
        TreeView<Code> tree = factorCodebookInTheCodesTab(robot, "ongedaan");
        robot.interact(() -> vm.run(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.add(
                Code.of("eerder", "Eerder", null, null)))));
        select(robot, tree, "Schaamte");
        String original = code("Schaamte").definition();
        TextArea definition = robot.lookup("#code-definition").query();
        robot.clickOn(definition);
        robot.interact(definition::end);
        robot.write(" extra");
        Thread.sleep(1500); // a pause: saved as a step
        robot.write(" tekst");
        KeyCode[] undo = {KeyCode.CONTROL, KeyCode.Z};
        KeyCode[] redo = {KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z};
        robot.press(undo).release(undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original + " extra", definition.getText(), "the typing since the pause undone");
        assertEquals(original + " extra", code("Schaamte").definition());
        robot.press(undo).release(undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, definition.getText());
        assertEquals(original, code("Schaamte").definition());
        robot.press(undo).release(undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(project().code("eerder").isEmpty(), "on into the project's step before the typing");
        assertEquals(original, definition.getText(), "never the typing undone brought back");
        robot.press(redo).release(redo);
        robot.press(redo).release(redo);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(project().code("eerder").isPresent());
        assertEquals(original + " extra", definition.getText());
        robot.press(redo).release(redo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original + " extra tekst", code("Schaamte").definition());
        assertEquals(original + " extra tekst", definition.getText());
        // Undo from the menu while typing, before any pause: the typing is what is undone, not the step before it.
        robot.interact(definition::end);
        robot.write(" nog");
        robot.interact(vm::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original + " extra tekst", definition.getText());
        assertEquals(original + " extra tekst", code("Schaamte").definition());
        Thread.sleep(1500);
        assertEquals(original + " extra tekst", code("Schaamte").definition(), "no pause saves it back over the undo");
        // A name being typed is no step: Undo from the menu leaves it as typed, unsaved (review: the half-typed name
        // was saved, and a clash asked about mid-word).
        String id = code("Schaamte").id();
        javafx.scene.control.TextField nameField = robot.lookup("#code-name").query();
        robot.interact(() -> {
            nameField.requestFocus();
            nameField.setText("Schaam");
        });
        robot.interact(vm::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Schaamte", project().code(id).orElseThrow().name(), "the name typed is not saved by an undo");
        assertEquals(original + " extra", code("Schaamte").definition(), "the undo undid the step before");
    }

    /** A category deleted and brought back by Undo shows its sub-codes again; one the user closed stays closed. */
    @Test
    void aCategoryBroughtBackByUndoIsOpenAndAClosedOneStaysClosed(FxRobot robot) throws Exception {
        robot.interact(() -> new CodebookActions(vm).newWithFactorCodebook(tmp.resolve("open-dicht")));
        WindowTestSupport.idle(vm);
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(1));
        TreeView<Code> tree = robot.lookup("#code-tree").query();
        java.util.List<Code> categories = project().codes().stream()
                .filter(c -> !project().childrenOf(c.id()).isEmpty()).toList();
        Code closed = categories.get(0);
        Code deleted = categories.get(categories.size() - 1);
        robot.interact(() -> find(tree.getRoot(), closed.name()).setExpanded(false));
        robot.interact(() -> vm.run(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.delete(deleted.id()))));
        WindowTestSupport.idle(vm);
        robot.interact(vm::undo);
        WindowTestSupport.idle(vm);
        assertTrue(project().code(deleted.id()).isPresent());
        assertTrue(find(tree.getRoot(), deleted.name()).isExpanded(), "the category brought back shows its sub-codes");
        assertTrue(!find(tree.getRoot(), closed.name()).isExpanded(), "the category closed by the user stays closed");
    }

    private static void select(FxRobot robot, TreeView<Code> tree, String name) {
        robot.interact(() -> {
            TreeItem<Code> item = find(tree.getRoot(), name);
            for (TreeItem<Code> up = item.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TreeItem<Code> find(TreeItem<Code> from, String name) {
        if (from.getValue() != null && from.getValue().name().equals(name)) {
            return from;
        }
        for (TreeItem<Code> child : from.getChildren()) {
            TreeItem<Code> found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
    /**
     * Codebook → Export codebook says what each file leaves out, in a message: a .qdc the relations and memos
     * (written without a word from this menu), a .json the memos about codes (QA).
     */
    @Test
    void exportingTheCodebookSaysWhatTheFileLeavesOut(FxRobot robot) throws Exception {
        openCopyOfSample(robot, "export-cb");
        javafx.scene.control.MenuItem export = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "Export the codebook…".equals(i.getText())).findFirst().orElseThrow();
        for (String file : java.util.List.of("cb.qdc", "cb.json")) {
            dialogs.saveAs = tmp.resolve("export-" + System.nanoTime() + "-" + file);
            int before = dialogs.infos.size();
            robot.interact(export::fire);
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> java.nio.file.Files.exists(dialogs.saveAs) && dialogs.infos.size() > before);
            String said = dialogs.infos.getLast();
            assertTrue(said.contains(file.endsWith(".qdc") ? "relations between codes" : "about codes"), said);
        }
    }
}
