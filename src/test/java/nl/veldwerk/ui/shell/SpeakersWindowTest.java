package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.TableView;
import javafx.stage.Window;
import nl.veldwerk.analysis.Speakers;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SpeakerRole;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Coding → Speakers: the project's speakers with turns and role; rename (merge) and role, each undone exactly. */
class SpeakersWindowTest extends WorkbenchTest {
    private static final String A = "I: Hoe gaat het met u vandaag?\nR: Goed, dank u wel voor de vraag.\n"
            + "I: Komt u vaak in het buurthuis?\nR: Elke week, op dinsdag voor de koffie.\n";
    private static final String B = "Interviewer: Wat doet u in de wijk?\nR: Ik help in het buurthuis, al jaren.\n"
            + "Interviewer: Waarom doet u dat?\nR: Omdat ik de mensen ken en graag help.\n";

    @Test
    void renameMergesAndRolesAreSetAndUndone(FxRobot robot) throws Exception {
        openWithTranscripts(robot, "speakers", A, B);

        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> nl.veldwerk.ui.common.I18n.text("menu.speakers").equals(i.getText())).findFirst()
                .orElseThrow();
        robot.interact(item::fire);
        waitForNames(List.of("I", "Interviewer", "R"));
        TableView<Speakers.Row> table = speakersTable();
        assertEquals(4, table.getItems().get(2).turns());
        assertEquals(2, table.getItems().get(2).documents());

        // Rename I into Interviewer: a merge.
        dialogs.text = "Interviewer";
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(table);
        robot.push(javafx.scene.input.KeyCode.F2);
        waitForNames(List.of("Interviewer", "R"));
        assertEquals(4, speakersTable().getItems().getFirst().turns());
        assertTrue(vm.session().project().documents().stream().flatMap(d -> d.turns().stream())
                .map(SpeakerTurn::speaker).noneMatch("I"::equals));

        // The role of the selected speaker.
        robot.interact(() -> speakersTable().getSelectionModel().select(0));
        javafx.scene.control.ComboBox<SpeakerRole> role = robot.lookup("#speakers-role").query();
        robot.interact(() -> role.setValue(SpeakerRole.INTERVIEWER));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SpeakerRole.INTERVIEWER, vm.session().project().info().roleOf("Interviewer"));
        waitFor("the role shown", () -> speakersTable().getItems().getFirst().role() == SpeakerRole.INTERVIEWER);
        assertTrue(workbench.search().leftOutSpeakers().contains("Interviewer"), "search leaves interviewers out");

        // Each step undone exactly.
        robot.interact(vm::undo);
        assertEquals(SpeakerRole.RESPONDENT, vm.session().project().info().roleOf("Interviewer"));
        assertTrue(!workbench.search().leftOutSpeakers().contains("Interviewer"), "and takes them back in");
        robot.interact(vm::undo);
        waitForNames(List.of("I", "Interviewer", "R"));

        // Esc with the table in hand closes the window (the table took every Esc, so it stayed open).
        robot.clickOn(speakersTable());
        Window speakers = speakersTable().getScene().getWindow();
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!speakers.isShowing(), "Esc closes it, as it closes a dialog");
    }

    @Test
    void theWindowShowsAtOnceAndSaysItIsCountingUntilTheCountComes(FxRobot robot) throws Exception {
        openWithTranscripts(robot, "speakers-counting", A);
        java.util.concurrent.BlockingQueue<Runnable> held = new java.util.concurrent.LinkedBlockingQueue<>();
        nl.veldwerk.ui.documents.SpeakersWindow.countOn(held::add);
        try {
            robot.interact(() -> nl.veldwerk.ui.documents.SpeakersWindow.open(stage(), vm));
            WaitForAsyncUtils.waitForFxEvents();
            TableView<Speakers.Row> table = speakersTable();
            assertTrue(table.getItems().isEmpty(), "no rows before the count");
            assertEquals(nl.veldwerk.ui.common.I18n.text("speakers.counting"),
                    ((javafx.scene.control.Label) table.getPlaceholder()).getText());

            Runnable first = next(held);
            // Asked again before the first count ran (the window opened again): the first is overtaken.
            robot.interact(() -> nl.veldwerk.ui.documents.SpeakersWindow.open(stage(), vm));
            Runnable second = next(held);
            second.run(); // the count, on this (test) thread: not the FX thread
            waitForNames(List.of("I", "R"));
            assertEquals(nl.veldwerk.ui.common.I18n.text("speakers.none"),
                    ((javafx.scene.control.Label) table.getPlaceholder()).getText());
            robot.interact(() -> table.getSelectionModel().select(1));
            first.run(); // overtaken: it counts nothing and changes nothing shown
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("I", "R"), table.getItems().stream().map(Speakers.Row::name).toList());
            assertEquals("R", table.getSelectionModel().getSelectedItem().name());

            // Closed while a count is under way: nothing comes back into the closed window.
            robot.interact(() -> vm.session().execute(nl.veldwerk.project.SpeakerCommands.rename("R", "Resp")));
            Runnable late = next(held);
            robot.interact(() -> table.getScene().getWindow().hide());
            late.run();
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(table.getItems().isEmpty(), "a closed window is not filled by a count begun before");
        } finally {
            nl.veldwerk.ui.documents.SpeakersWindow.countOn(null);
            robot.interact(() -> Window.getWindows().stream().filter(w -> w.getScene().lookup("#speakers-table")
                    != null).toList().forEach(w -> ((javafx.stage.Stage) w).close()));
        }
    }

    /** A new project in {@code name}, open, with these transcripts imported (A.txt, B.txt, ...). */
    private void openWithTranscripts(FxRobot robot, String name, String... transcripts) throws Exception {
        Path dir = tmp.resolve(name);
        ProjectStore.create(dir, ProjectInfo.named("Sprekers", Fixtures.T)).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        vm.files().setReview((found, known) -> java.util.Optional.of(found)); // these tests are about the speaker list, not the preview
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < transcripts.length; i++) {
            files.add(Files.writeString(tmp.resolve(name + "-" + (char) ('A' + i) + ".txt"), transcripts[i]));
        }
        robot.interact(() -> vm.files().importTranscripts(files));
        WindowTestSupport.idle(vm);
    }

    private static Runnable next(java.util.concurrent.BlockingQueue<Runnable> held) throws InterruptedException {
        Runnable count = held.poll(10, java.util.concurrent.TimeUnit.SECONDS);
        if (count == null) {
            throw new AssertionError("no count was asked for");
        }
        return count;
    }

    private static javafx.stage.Window stage() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene().lookup("#speakers-table") == null).findFirst().orElseThrow();
    }

    private static void waitForNames(List<String> names) throws Exception {
        waitFor("the speakers " + names, () -> speakersTable().getItems().stream().map(Speakers.Row::name).toList()
                .equals(names));
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
                java.util.concurrent.atomic.AtomicBoolean met = new java.util.concurrent.atomic.AtomicBoolean();
                WaitForAsyncUtils.asyncFx(() -> met.set(condition.getAsBoolean())).get();
                return met.get();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited in vain for " + what, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<Speakers.Row> speakersTable() {
        return (TableView<Speakers.Row>) Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().lookup("#speakers-table")).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow();
    }
}
