package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A project with one garbled part opens in the window: the rest read-only, the damaged document named, and
 * on the user's word restored from the newest backup that holds an intact copy.
 */
class DamagedProjectTest extends WorkbenchTest {
    @Test
    void aGarbledPartIsNamedAndRestoredFromABackup(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("beschadigd");
        String a03 = "Interviewer: Hoe?\nA03: Via de buurvrouw, die kende de wijkcoach.\n";
        try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("Beschadigd", Fixtures.T))) {
            store.session().execute(DocumentCommands.add(Document.of("a03", "A03", a03, SourceFormat.TXT, List.of(),
                    Fixtures.T)));
            store.session().execute(DocumentCommands.add(Document.of("w01", "W01", "W01: Bekendheid.\n",
                    SourceFormat.TXT, List.of(), Fixtures.T)));
            store.session().execute(CodeCommands.add(Code.of("weak", "Weak ties", null, null)));
            store.save(); // the backup of the next save holds A03 as it is now (an older copy)
            store.session().execute(QuotationCommands.codeRange("a03", 18, 40, "weak", null, Fixtures.T));
            store.save();
        }
        Path part = currentPartOf(dir, 0);
        byte[] bytes = Files.readAllBytes(part);
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("buurvrouw");
        bytes[at] = 'B'; // one flipped character: still valid JSON, no longer what was saved
        Files.write(part, bytes);

        dialogs.answer = false;
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        assertTrue(vm.titleProperty().get().contains("(read-only)"), vm.titleProperty().get());
        assertEquals(1, vm.session().project().documents().size(), "the rest is open");
        // The status bar says so too, and does not claim "all changes saved" for what cannot be saved.
        assertTrue(vm.statusProperty().get().contains("read-only") && vm.statusProperty().get()
                .contains("1 damaged document left out"), vm.statusProperty().get());
        assertEquals(nl.veldwerk.ui.common.I18n.text("save.readOnly"), vm.saveStateProperty().get());
        String question = dialogs.questions.getLast();
        assertTrue(question.contains("A03") && question.contains("is damaged") && question.contains("backup of"),
                question);
        robot.interact(() -> vm.run(() -> vm.session().execute(CodeCommands.add(Code.of("x", "X", null, null)))));
        assertTrue(dialogs.errors.getLast().contains("read-only"), "no change while read-only: "
                + dialogs.errors);

        // Read-only, the tools that change the project are off, and what gets through is refused politely.
        assertTrue(robot.lookup("#code-with").query().isDisabled(), "the coding tool bar is off");
        assertTrue(vm.readOnlyProperty().get());
        assertFalse(vm.canUndoProperty().get());
        javafx.scene.control.TextArea comment = robot.lookup("#inspector-comment").query();
        assertFalse(comment.isEditable(), "fields can be read, not typed over");
        int errors = dialogs.errors.size();
        robot.interact(() -> {
            workbench.coding().select(0, 5);
            workbench.coding().applyCode("weak");
        });
        assertEquals(errors + 1, dialogs.errors.size(), "coding is refused with a message, not an uncaught error");
        boolean[] closed = {false};
        robot.interact(() -> vm.saveAndThen(() -> closed[0] = true));
        WindowTestSupport.idle(vm);
        assertTrue(closed[0], "quitting a read-only project is never held up by a save that cannot be");
        assertEquals(errors + 1, dialogs.errors.size(), "and says nothing failed");
        assertTrue(vm.statusProperty().get().contains("read-only"), vm.statusProperty().get());

        robot.interact(vm::close);
        dialogs.answer = true;
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        WindowTestSupport.idle(vm);
        assertFalse(vm.titleProperty().get().contains("(read-only)"), vm.titleProperty().get());
        Document restored = vm.session().project().document("a03").orElseThrow();
        assertEquals(a03, restored.text(), "the intact copy from the backups");
        assertEquals(1, vm.session().project().quotationsOf("a03").size(), "as it was last saved (its second copy)");
        assertTrue(vm.session().project().document("w01").isPresent());
    }

    /** With no backup at all (a project saved once), the dialog says so once, not after every document too. */
    @Test
    void withoutABackupTheMessageSaysSoOnce(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("zonder-kopie");
        try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("Zonder kopie", Fixtures.T))) {
            store.session().execute(DocumentCommands.add(Document.of("a03", "A03", "A03: Via de buurvrouw.\n",
                    SourceFormat.TXT, List.of(), Fixtures.T)));
            store.session().execute(DocumentCommands.add(Document.of("w01", "W01", "W01: Bekendheid.\n",
                    SourceFormat.TXT, List.of(), Fixtures.T)));
            store.save();
        }
        Path part = currentPartOf(dir, 0);
        byte[] bytes = Files.readAllBytes(part);
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("buurvrouw");
        bytes[at] = 'B';
        Files.write(part, bytes);
        Files.write(dir.resolve("backups").resolve(dir.relativize(part).toString()), bytes);

        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        String told = dialogs.errors.getLast();
        assertTrue(told.contains("is damaged"), told);
        assertEquals(1, told.split("(?i)no backup holds an intact copy", -1).length - 1, told);
        assertTrue(vm.titleProperty().get().contains("(read-only)"), vm.titleProperty().get());
    }

    /** The file of the {@code index}-th document part the manifest names now. */
    private static Path currentPartOf(Path dir, int index) throws Exception {
        return dir.resolve(nl.veldwerk.store.ManifestFiles.documentParts(dir).get(index));
    }
}
