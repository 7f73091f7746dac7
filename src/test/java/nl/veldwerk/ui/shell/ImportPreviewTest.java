package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import nl.veldwerk.importer.TranscriptLayoutsTest;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The import preview in the window: what was found per file, turns on or off per file, cancel, same names. */
class ImportPreviewTest extends WorkbenchTest {
    private Document document(String name) {
        return vm.session().project().documents().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow();
    }

    /** Makes a new, empty project in {@code folder}, opens it in the window and waits until the window is idle. */
    private void openNew(FxRobot robot, String folder, ProjectInfo info) throws Exception {
        Path dir = tmp.resolve(folder);
        ProjectStore.create(dir, info).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
    }

    @Test
    void showsWhatEachFileHoldsAndImportsWhatIsChosen(FxRobot robot) throws Exception {
        openNew(robot, "preview", ProjectInfo.named("Preview", Fixtures.T));
        Path teams = TranscriptLayoutsTest.fixture("teams.txt");
        Path book = TranscriptLayoutsTest.fixture("book.txt");
        Path f4 = TranscriptLayoutsTest.fixture("f4.txt");

        // Cancel: nothing comes in.
        robot.interact(() -> vm.files().importTranscripts(List.of(teams)));
        javafx.scene.control.Button importButton = WindowTestSupport.importPreviewButton();
        robot.targetWindow(importButton.getScene().getWindow());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WindowTestSupport.idle(vm);
        assertEquals(0, vm.session().project().documents().size());
        assertEquals("Import cancelled; nothing was added.", vm.statusProperty().get());

        robot.interact(() -> vm.files().importTranscripts(List.of(teams, book, f4)));
        importButton = WindowTestSupport.importPreviewButton();
        assertTrue(!vm.busyProperty().get() && vm.progressProperty().get().isEmpty(), "while the preview waits, "
                + "nothing is busy in the status bar: " + vm.progressProperty().get());
        robot.targetWindow(importButton.getScene().getWindow());
        TableView<?> table = robot.from(importButton.getScene().getRoot()).lookup("#import-preview-table")
                .queryTableView();
        assertEquals(3, table.getItems().size());
        assertEquals("teams", cell(table, 0, 1), "the document it becomes");
        assertEquals("Label and time on a line", cell(table, 0, 2));
        assertEquals("Jordan Lee (5) · Sam de Vries (5)", cell(table, 0, 3));
        assertEquals("10", cell(table, 0, 4));
        assertEquals("No speaker turns", cell(table, 1, 2));
        assertEquals("The labels are rare in the text: headers, not a conversation", cell(table, 1, 3));
        assertEquals("Label and colon (or tab)", cell(table, 2, 2));
        Label details = robot.from(importButton.getScene().getRoot()).lookup("#import-preview-details").query();
        assertEquals("10 turns of 2 speakers (Label and time on a line):", details.getText());
        assertTrue(!robot.from(importButton.getScene().getRoot()).lookup("#import-preview-same-texts").query()
                .isVisible(), "no text of these is in the project");
        TableView<?> speakers = robot.from(importButton.getScene().getRoot()).lookup("#import-preview-speakers")
                .queryTableView();
        assertEquals("Jordan Lee", cell(speakers, 0, 0));
        assertEquals("5", cell(speakers, 0, 4));
        assertEquals("Hoe lang woont u al in de wijk?", cell(speakers, 0, 5));

        // f4's "I" is ticked as interviewer already; name it "Interviewer" in the project.
        robot.interact(() -> table.getSelectionModel().select(2));
        assertEquals("I", cell(speakers, 0, 0));
        assertEquals("true", cell(speakers, 0, 2), "a label such as I is taken for the interviewer");
        nameInProject(robot, speakers, "I", "Interviewer");
        // These choices saved as a layout, for the next files.
        String layoutName = "Buurt " + System.nanoTime();
        javafx.scene.control.TextField name = robot.from(importButton.getScene().getRoot())
                .lookup("#import-preview-layout-name").query();
        robot.clickOn(name).write(layoutName);
        robot.clickOn("#import-preview-save-layout");
        assertEquals("Saved as " + layoutName, robot.from(importButton.getScene().getRoot())
                .lookup("#import-preview-layout-saved").queryAs(Label.class).getText());
        robot.interact(() -> table.getSelectionModel().select(0));

        // Teams without its turns: untick its box.
        CheckBox teamsTurns = robot.from(table).lookup(".check-box").queryAll().stream()
                .filter(CheckBox.class::isInstance).map(CheckBox.class::cast).filter(CheckBox::isSelected)
                .findFirst().orElseThrow();
        robot.clickOn(teamsTurns);
        // Enter with the box in hand imports (it toggled the box back instead).
        assertTrue(teamsTurns.isFocused());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WindowTestSupport.idle(vm);
        assertEquals(3, vm.session().project().documents().size());
        assertEquals(0, document("teams").turns().size(), "imported without its turns, as chosen");
        assertEquals(0, document("book").turns().size());
        assertEquals(10, document("f4").turns().size());
        assertEquals(11_600L, document("f4").turns().get(1).timestampMillis());
        assertEquals("Interviewer", document("f4").turns().getFirst().speaker(), "named as chosen");
        assertEquals(nl.veldwerk.model.SpeakerRole.INTERVIEWER, vm.session().project().info().roleOf("Interviewer"));
        assertTrue(workbench.search().leftOutSpeakers().contains("Interviewer"),
                "search and keyword in context leave the interviewer out");
        assertEquals("Undo Import 3 documents", vm.undoLabelProperty().get(), "one undoable step");

        // The same file again, with the saved layout: its names; and a number for the name taken.
        robot.interact(() -> vm.files().importTranscripts(List.of(f4)));
        importButton = WindowTestSupport.importPreviewButton();
        robot.targetWindow(importButton.getScene().getWindow());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<nl.veldwerk.importer.SavedLayouts.SavedLayout> layouts = robot.from(
                importButton.getScene().getRoot()).lookup("#import-preview-layouts").query();
        robot.interact(() -> layouts.getSelectionModel().select(layouts.getItems().stream()
                .filter(l -> l.name().equals(layoutName)).findFirst().orElseThrow()));
        TableView<?> again = robot.from(importButton.getScene().getRoot()).lookup("#import-preview-table")
                .queryTableView();
        assertEquals("f4 (2) ('f4' is taken) — the same text as f4, imported before", cell(again, 0, 1),
                "said before it comes in");
        Label sameTexts = robot.from(importButton.getScene().getRoot()).lookup("#import-preview-same-texts").query();
        assertTrue(sameTexts.isVisible() && sameTexts.getText().contains(f4.getFileName() + " has the same text as ‘f4’"),
                "and below the table, not cut off as in its column (QA): " + sameTexts.getText());
        WaitForAsyncUtils.asyncFx(importButton::fire);
        WindowTestSupport.idle(vm);
        assertEquals(10, document("f4 (2)").turns().size());
        assertEquals("Interviewer", document("f4 (2)").turns().getFirst().speaker(), "the saved layout's name");
        assertTrue(vm.statusProperty().get().contains("f4 → f4 (2)"), vm.statusProperty().get());
        nl.veldwerk.importer.SavedLayouts.user().delete(layoutName);

        // No layout chosen, but the project has its interviewer: f4's "I" comes in as "Interviewer" (one speaker,
        // not two), and a speaker renamed to the interviewer is ticked as one.
        robot.interact(() -> vm.files().importTranscripts(List.of(f4, teams)));
        importButton = WindowTestSupport.importPreviewButton();
        robot.targetWindow(importButton.getScene().getWindow());
        TableView<?> third = robot.from(importButton.getScene().getRoot()).lookup("#import-preview-table")
                .queryTableView();
        TableView<?> who = robot.from(importButton.getScene().getRoot()).lookup("#import-preview-speakers")
                .queryTableView();
        robot.interact(() -> third.getSelectionModel().select(0));
        assertEquals("I", cell(who, 0, 0));
        assertEquals("Interviewer", cell(who, 0, 1), "named as the project's interviewer");
        robot.interact(() -> third.getSelectionModel().select(1));
        assertEquals("Jordan Lee", cell(who, 0, 0));
        assertEquals("false", cell(who, 0, 2));
        nameInProject(robot, who, "Jordan Lee", "Interviewer");
        assertEquals("true", cell(who, 0, 2), "named as the interviewer, ticked as one");
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WindowTestSupport.idle(vm);
    }

    @Test
    void aFileImportedBeforeIsSaidToBeAndItsInterviewerMeetsTheProjectsAmongSeveral(FxRobot robot) throws Exception {
        ProjectInfo info = ProjectInfo.named("Nog eens", Fixtures.T)
                .withSpeakerRole("Interviewer", nl.veldwerk.model.SpeakerRole.INTERVIEWER)
                .withSpeakerRole("Jan de Vries", nl.veldwerk.model.SpeakerRole.INTERVIEWER);
        openNew(robot, "again", info);
        Path f4 = TranscriptLayoutsTest.fixture("f4.txt");
        WindowTestSupport.importFiles(robot, vm, List.of(f4));
        assertEquals(1, vm.session().project().documents().size());

        robot.interact(() -> vm.files().importTranscripts(List.of(f4)));
        javafx.scene.control.Button importButton = WindowTestSupport.importPreviewButton();
        TableView<?> table = robot.from(importButton.getScene().getRoot()).lookup("#import-preview-table")
                .queryTableView();
        assertEquals("f4 (2) ('f4' is taken) — the same text as f4, imported before", cell(table, 0, 1));
        TableView<?> speakers = robot.from(importButton.getScene().getRoot()).lookup("#import-preview-speakers")
                .queryTableView();
        assertEquals("I", cell(speakers, 0, 0));
        assertEquals("Interviewer", cell(speakers, 0, 1),
                "of the project's two interviewers, the one named as one (I and Interviewer are one speaker)");
        assertEquals("Already speaks in one document: the same speaker", cell(speakers, 0, 3),
                "the name is one speaker across the project: said before it comes in");
        robot.targetWindow(importButton.getScene().getWindow());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WindowTestSupport.idle(vm);
    }

    @Test
    void labelsTheUserNamesOpenTurnsTheAutomaticReadingMissed(FxRobot robot) throws Exception {
        openNew(robot, "labels", ProjectInfo.named("Labels", Fixtures.T));
        // A phone call: Zoom named the caller "marieke", in lower case, which the automatic reading takes for no name.
        Path file = tmp.resolve("telefoon.txt");
        java.nio.file.Files.writeString(file, """
                Pieter Jansen: Goedemiddag, hoort u mij goed?
                marieke: Ja hoor, ik hoor u prima.
                Pieter Jansen: Hoe lang woont u al in de wijk?
                marieke: Al twaalf jaar, eerst in een flat.
                Pieter Jansen: En bevalt het?
                marieke: Heel goed, dank u.
                """);
        robot.interact(() -> vm.files().importTranscripts(List.of(file)));
        javafx.scene.control.Button importButton = WindowTestSupport.importPreviewButton();
        javafx.scene.Parent root = importButton.getScene().getRoot();
        TableView<?> table = robot.from(root).lookup("#import-preview-table").queryTableView();
        assertEquals("No speaker turns", cell(table, 0, 2));
        Label details = robot.from(root).lookup("#import-preview-details").query();
        assertTrue(details.getText().endsWith("Name them under Speaker labels below."), details.getText());
        javafx.scene.control.TextField labels = robot.from(root).lookup("#import-preview-labels").query();
        robot.interact(() -> labels.setText("Pieter Jansen, marieke"));
        robot.interact(() -> ((javafx.scene.control.Button) robot.from(root).lookup("#import-preview-find-turns")
                .query()).fire());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !labels.isDisabled()
                && "Pieter Jansen (3) · marieke (3)".equals(cell(table, 0, 3)));
        robot.interact(importButton::fire);
        WindowTestSupport.idle(vm);
        // Its turns came along (ticked when the file was read anew and turns were found).
        assertEquals(List.of("Pieter Jansen", "marieke", "Pieter Jansen", "marieke", "Pieter Jansen", "marieke"),
                document("telefoon").turns().stream().map(nl.veldwerk.model.SpeakerTurn::speaker).toList());
    }

    /** Speakers with nearly the same name are named above the speakers table, where they can be given one name. */
    @Test
    void nearlyTheSameNamesAreSaidAboveTheSpeakers(FxRobot robot) throws Exception {
        openNew(robot, "typo", ProjectInfo.named("Typo", Fixtures.T));
        Path file = tmp.resolve("typo.txt");
        java.nio.file.Files.writeString(file, "Interviewer: Welkom.\nR1: Dag.\nInterviewer: Hoe gaat het?\nR1: Goed.\n"
                + "Interviwer: Sorry, waarom?\nR 1: Daarom.\n");
        robot.interact(() -> vm.files().importTranscripts(List.of(file)));
        javafx.scene.control.Button importButton = WindowTestSupport.importPreviewButton();
        Label details = robot.from(importButton.getScene().getRoot()).lookup("#import-preview-details").query();
        assertTrue(details.getText().startsWith("• Nearly the same name: Interviewer and Interviwer; R1 and R 1. One "
                + "person? Give them one name below to make them one speaker.\n"), details.getText());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WindowTestSupport.idle(vm);
    }

    /**
     * What reading a file had to decide is kept with the document after the import, as a memo about it (it was said
     * in the preview only); the near-duplicate names the preview settles are not; undo takes the memo with the import.
     */
    @Test
    void theNotesOfAFileAreKeptAsAMemoAboutItsDocument(FxRobot robot) throws Exception {
        openNew(robot, "kept-notes", ProjectInfo.named("Notities", Fixtures.T));
        Path old = tmp.resolve("oud.txt");
        java.nio.file.Files.write(old, ("Interviewer: Hoe gaat het?\nR1: Goed, één keer per week.\nInterviwer: En?\n"
                + "R1: Prima.\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path clean = tmp.resolve("schoon.txt");
        java.nio.file.Files.writeString(clean, "Interviewer: Hoe gaat het?\nR: Goed.\n");
        robot.interact(() -> vm.files().importTranscripts(List.of(old, clean)));
        javafx.scene.control.Button importButton = WindowTestSupport.importPreviewButton();
        robot.interact(importButton::fire);
        WindowTestSupport.idle(vm);
        assertEquals(2, vm.session().project().documents().size());
        List<nl.veldwerk.model.Memo> memos = List.copyOf(vm.session().project().memos());
        assertEquals(1, memos.size(), "a memo only where reading decided something");
        nl.veldwerk.model.Memo memo = memos.getFirst();
        assertEquals(new nl.veldwerk.model.MemoTarget(nl.veldwerk.model.EntityKind.DOCUMENT, document("oud").id()),
                memo.target());
        assertEquals("Import notes", memo.title());
        assertTrue(memo.text().matches("(?s)oud\\.txt, imported \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\. What reading "
                + "the file had to decide or left out:\n• Not UTF-8: read as Windows-1252, as older Windows editors "
                + "write\\. .*"), memo.text());
        assertTrue(!memo.text().contains("Nearly the same name"), "settled in the preview: " + memo.text());
        assertTrue(!memo.text().contains("import it again"), "no advice to make a second document (QA): " + memo.text());
        robot.interact(vm::undo);
        assertEquals(0, vm.session().project().documents().size());
        assertTrue(vm.session().project().memos().isEmpty(), "undone with the import");
        // Redone: its first document shown again, as the import showed it (QA: another one stayed shown).
        robot.interact(vm::redo);
        assertEquals("oud", vm.selectedProperty().get().document().name());
        assertEquals("Redone in oud: Import 2 documents", vm.statusProperty().get());
        robot.interact(vm::undo);

        // A Word file's comment: its words and author kept in the memo, not only counted (QA).
        Path commented = tmp.resolve("met-opmerking.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = java.nio.file.Files
                .newOutputStream(commented)) {
            doc.createParagraph().createRun().setText("Interviewer: Hoe vaak komt u in het buurthuis?");
            doc.createParagraph().createRun().setText("Respondent: Elke week, voor de koffie.");
            doc.createParagraph().createRun().setText("Interviewer: Met wie?");
            doc.createParagraph().createRun().setText("Respondent: Met de buren.");
            var comment = doc.createComments().createComment(java.math.BigInteger.ONE);
            comment.setAuthor("Begeleider");
            comment.createParagraph().createRun().setText("Check deze uitspraak met de respondent");
            doc.write(out);
        }
        robot.interact(() -> vm.files().importTranscripts(List.of(commented)));
        javafx.scene.control.Button again = WindowTestSupport.importPreviewButton();
        robot.interact(again::fire);
        WindowTestSupport.idle(vm);
        String kept = vm.session().project().memos().iterator().next().text();
        assertTrue(kept.endsWith("\n\nThe comments and notes the file held:\n– Comment by Begeleider: Check deze uitspraak "
                + "met de respondent"), kept);
    }

    /** Types a found speaker's name in the project into the speakers table, as the user does (double-click, Enter). */
    private static void nameInProject(FxRobot robot, TableView<?> speakers, String found, String name) {
        javafx.scene.control.TableCell<?, ?> cell = robot.from(speakers).lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                        && c.getTableColumn() == speakers.getColumns().get(1) && found.equals(c.getText()))
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n).findFirst().orElseThrow();
        robot.doubleClickOn(cell);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A);
        robot.write(name);
        robot.push(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String cell(TableView<?> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }
}
