package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ListView;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectReader;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.app.DocumentItem;
import nl.veldwerk.ui.common.I18n;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, headless: open a project, import transcripts, read one, undo, save, bad input. */
class MainWindowTest extends WorkbenchTest {
    /** A short conversation: two labels that each open two turns, so the importer finds turns. */
    private static final String W01_TEXT = "Interviewer: Kennen bewoners het aanbod?\nW01: Bewoners kennen het aanbod "
            + "niet.\nInterviewer: Hoe komt dat, denkt u?\nW01: Niemand vertelt het ze, denk ik.\n";


    @Test
    void openImportReadUndoAndSave(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("window");
        ProjectStore.create(dir, ProjectInfo.named("Wijk Y", Fixtures.T)).close();
        Path a01 = tmp.resolve("A01.txt");
        Files.writeString(a01, Fixtures.A01_TEXT, StandardCharsets.UTF_8);
        Path w01 = tmp.resolve("W01.txt");
        Files.writeString(w01, W01_TEXT, StandardCharsets.UTF_8);

        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        ListView<DocumentItem> list = robot.lookup("#documents").queryListView();
        assertEquals(0, list.getItems().size());
        assertEquals("Wijk Y [window] — Veldwerk", vm.titleProperty().get(),
                "the folder beside the name: copies of one project have the same name");

        WindowTestSupport.importFiles(robot, vm, List.of(a01, w01));
        assertEquals(List.of("A01", "W01"), list.getItems().stream().map(DocumentItem::label).toList());
        assertTrue(vm.titleProperty().get().startsWith("• "), "unsaved mark: " + vm.titleProperty().get());
        assertEquals("Undo Import 2 documents", vm.undoLabelProperty().get());

        robot.clickOn("W01");
        WaitForAsyncUtils.waitForFxEvents();
        InlineCssTextArea area = robot.lookup("#transcript").query();
        assertEquals(W01_TEXT, area.getText());
        int label = W01_TEXT.indexOf("W01:");
        assertTrue(area.getStyleOfChar(label + 1).contains("font-weight: bold"), "the speaker label is set off");
        assertFalse(area.getStyleOfChar(label + 10).contains("font-weight: bold"));

        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, list.getItems().size(), "Ctrl+Z undoes the import");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, list.getItems().size(), "Ctrl+Y redoes it, as in Word");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, list.getItems().size(), "and so does the Edit menu's Ctrl+Shift+Z");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, list.getItems().size(), "Ctrl+Y with nothing to redo does nothing");
        assertEquals("A01", vm.selectedProperty().get().document().name(), "the import redone shows its first document");
        robot.clickOn("W01");
        WaitForAsyncUtils.waitForFxEvents();

        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.S);
        WindowTestSupport.idle(vm);
        assertEquals("Wijk Y [window] — Veldwerk", vm.titleProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Saved at"), vm.statusProperty().get());
        robot.interact(vm::close);
        assertEquals(2, ProjectReader.read(dir).documents().size(), "the import is on disk");

        // Opened again, the project shows the document last shown in it, not its first (QA).
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        assertEquals("W01", vm.selectedProperty().get().document().name());
        robot.clickOn("A01");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(vm::close);
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        assertEquals("A01", vm.selectedProperty().get().document().name());
        robot.interact(vm::close);
    }

    @Test
    void aBadFileAmongGoodOnesIsNamedAndTheGoodOnesStillComeIn(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("bad");
        ProjectStore.create(dir, ProjectInfo.named("Bad input", Fixtures.T)).close();
        Path good = tmp.resolve("good.txt");
        Files.writeString(good, "R: goed\n");
        Path broken = tmp.resolve("broken.docx");
        Files.writeString(broken, "not a word file");
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n");
        WindowTestSupport.importFiles(robot, vm, List.of(good, broken, empty));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.getFirst().startsWith("Some files cannot be imported: These 2 files are left out;"
                + " the others are shown next:") && dialogs.errors.getFirst().contains("broken.docx")
                && dialogs.errors.getFirst().contains("empty.txt"), "each named: " + dialogs.errors.getFirst());
        assertEquals(List.of("good"), vm.documents().stream().map(i -> i.document().name()).toList(),
                "the good one came in (one bad file cancelled the whole batch)");

        // Only bad files: nothing comes in, each is named, and the project is as it was.
        dialogs.errors.clear();
        robot.interact(() -> vm.files().importTranscripts(List.of(broken, empty)));
        WindowTestSupport.idle(vm);
        assertEquals(1, vm.documents().size());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.getFirst().contains("broken.docx") && dialogs.errors.getFirst().contains("empty.txt"),
                dialogs.errors.getFirst());
    }

    @Test
    void aDamagedProjectGetsAClearMessage(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("damaged"));
        Files.writeString(dir.resolve("veldwerk.json"), "{ \"format\": \"veldwerk-project\", ");
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.getFirst().contains("veldwerk.json") && dialogs.errors.getFirst().contains("damaged"),
                dialogs.errors.getFirst());
        assertEquals(null, vm.storeProperty().get());
    }

    @Test
    void theCoresMessagesReachADutchUserInDutch(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("beschadigd"));
        Files.writeString(dir.resolve("veldwerk.json"), "{ \"format\": \"veldwerk-project\", ");
        I18n.setLocale(java.util.Locale.of("nl"));
        try {
            robot.interact(() -> vm.open(dir));
            WindowTestSupport.idle(vm);
        } finally {
            I18n.setLocale(java.util.Locale.ENGLISH);
        }
        String error = dialogs.errors.getFirst();
        assertTrue(error.contains("veldwerk.json: is beschadigd: geen geldige JSON (regel 1, kolom"), error);
    }

    /** The window's menu shortcuts, as the preferences check the transcription keys against them; the defaults pass. */
    @Test
    void theTranscriptionKeysAreCheckedAgainstTheMenusShortcuts(FxRobot robot) {
        javafx.stage.Window window = robot.lookup(".menu-bar").query().getScene().getWindow();
        var shortcuts = nl.veldwerk.ui.settings.PreferencesDialog.menuShortcuts(window);
        assertEquals("File → Quit", shortcuts.get(javafx.scene.input.KeyCombination.valueOf("Shortcut+Q")), shortcuts
                .toString());
        assertEquals(null, nl.veldwerk.ui.common.TranscriptionKey.problem(java.util.Map.of(), shortcuts),
                "the default keys are no menu's");
        assertTrue(nl.veldwerk.ui.common.TranscriptionKey.problem(java.util.Map.of(
                nl.veldwerk.ui.common.TranscriptionKey.FORWARD, "Ctrl+S"), shortcuts).contains("File → Save"));
    }

    @Test
    void helpAboutNamesTheVersionAndTheBundledLibraries(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Veldwerk");
        WaitForAsyncUtils.waitForFxEvents();
        String about = dialogs.infos.getFirst();
        assertTrue(about.contains("Veldwerk " + About.load().version()), about);
        assertFalse(About.load().version().contains("${"), "Maven filled in the version");
        assertTrue(about.contains("RichTextFX 0.11.6 — BSD-2-Clause") && about.contains("Apache POI 5.5.1"), about);
    }

    @Test
    void importARefiProjectAndExportItAgain(FxRobot robot) throws Exception {
        nl.veldwerk.model.Project source = nl.veldwerk.project.synthetic.SyntheticProject.generate(2, 300, 12, 5, 3);
        Path qdpx = tmp.resolve("from-atlas.qdpx");
        nl.veldwerk.interop.RefiExport.exportProject(source, qdpx, "ATLAS.ti 23");
        Path target = tmp.resolve("from-atlas");
        robot.interact(() -> workbench.exchange().importQdpx(qdpx, new nl.veldwerk.ui.common.NewProject("Uit ATLAS",
                target), "nl"));
        WindowTestSupport.idle(vm);
        WindowTestSupport.idle(vm);
        assertEquals(List.of(), dialogs.errors);
        assertEquals(2, vm.documents().size());
        assertEquals("Uit ATLAS", vm.session().project().info().name(), "the name given at import, not the file's");
        assertTrue(dialogs.infos.getFirst().contains("Imported from ATLAS.ti 23: 2 documents, 12 quotations"),
                dialogs.infos.getFirst());
        int turns = source.documents().stream().mapToInt(d -> d.turns().size()).sum();
        assertTrue(dialogs.infos.getFirst().contains("Speaker turns found in the labels of the text: " + turns
                + " in 2 documents."), dialogs.infos.getFirst());
        assertEquals(turns, vm.session().project().documents().stream().mapToInt(d -> d.turns().size()).sum());
        // What the message said can be read again: kept as a memo about the project (QA: gone once closed).
        assertTrue(dialogs.infos.getFirst().endsWith("This summary is kept among the project's memos (the Memos tab), "
                + "to read again later."), dialogs.infos.getFirst());
        nl.veldwerk.model.Memo kept = vm.session().project().memos().stream()
                .filter(m -> m.title().equals("Import of from-atlas.qdpx")).findFirst().orElseThrow();
        assertEquals(nl.veldwerk.model.MemoTarget.project(), kept.target());
        assertTrue(kept.text().startsWith("Made from from-atlas.qdpx on ") && kept.text().contains(
                "Imported from ATLAS.ti 23: 2 documents, 12 quotations"), kept.text());
        assertTrue(kept.text().contains("Speaker turns found in the labels of the text: " + turns), kept.text());
        Path back = tmp.resolve("back.qdpx");
        robot.interact(() -> workbench.exchange().exportQdpx(back));
        WindowTestSupport.idle(vm);
        assertEquals(12, nl.veldwerk.interop.RefiImport.readProject(back, ProjectInfo.named("x", Fixtures.T))
                .project().quotations().size());
        assertTrue(dialogs.infos.getLast().startsWith("What the file leaves out or writes differently: Wrote "
                + "back.qdpx. The format cannot carry everything; the file leaves out, or writes in another form:\n\n"
                + "• speaker turns ("), "said in a message, not only in "
                + "the status line, which cuts it off: " + dialogs.infos.getLast());

        robot.interact(() -> workbench.exchange().importQdpx(qdpx, new nl.veldwerk.ui.common.NewProject("Nog eens",
                target), "nl"));
        WindowTestSupport.idle(vm);
        assertTrue(dialogs.errors.getFirst().contains("already holds a Veldwerk project"), dialogs.errors.toString());
    }

    /** A menu item by its text's key, in a menu or a submenu of the menu bar. */
    private static javafx.scene.control.MenuItem menuItem(FxRobot robot, String key) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream()
                        : java.util.stream.Stream.of(i))
                .filter(i -> nl.veldwerk.ui.common.I18n.text(key).equals(i.getText()))
                .findFirst().orElseThrow();
    }

    /** While a new project is made, the status line says so ("No project open. Choose File → Open" stood there). */
    @Test
    void aNewProjectIsSaidWhileItIsMade(FxRobot robot) throws Exception {
        String[] seen = new String[1];
        robot.interact(() -> {
            vm.create(new nl.veldwerk.ui.common.NewProject("Werkdruk en steun", tmp.resolve("werkdruk")));
            seen[0] = vm.statusProperty().get();
        });
        WindowTestSupport.idle(vm);
        assertEquals("Making the project Werkdruk en steun…", seen[0]);
        assertEquals("Werkdruk en steun", vm.session().project().info().name());
        assertEquals("en", vm.session().project().info().language(),
                "its transcripts in the window's language, English here (every new project was Dutch: QA)");
        robot.interact(() -> vm.create(new nl.veldwerk.ui.common.NewProject("Buurtonderzoek", tmp.resolve("buurt"),
                "nl")));
        WindowTestSupport.idle(vm);
        assertEquals("nl", vm.session().project().info().language(), "or the one chosen in the dialog");
    }

    /** A message longer than the window is cut with "…", whole in its tooltip; the save state keeps its room. */
    @Test
    void aLongStatusIsCutAndTheSaveStateStaysInView(FxRobot robot) throws Exception {
        openCopyOfSample(robot, "status");
        String name = "Een code met een heel lange naam, ".repeat(12).strip();
        robot.interact(() -> vm.executeSaid(nl.veldwerk.project.CodeCommands.add(nl.veldwerk.model.Code.of("lang", name,
                null, null))));
        WindowTestSupport.idle(vm);
        javafx.scene.control.Label status = robot.lookup("#status").queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.Label saveState = robot.lookup("#save-state").queryAs(javafx.scene.control.Label.class);
        assertTrue(status.getText().contains(name), status.getText());
        assertFalse(saveState.getText().isBlank(), "unsaved changes are said");
        double sceneWidth = saveState.getScene().getWidth();
        javafx.geometry.Bounds state = saveState.localToScene(saveState.getLayoutBounds());
        assertTrue(state.getMaxX() <= sceneWidth + 0.5 && saveState.getWidth() >= saveState.prefWidth(-1) - 0.5,
                "the save state whole, in the window: " + state + " of " + sceneWidth);
        assertEquals(status.getText(), status.getTooltip().getText(), "the whole message in the tooltip");
    }

    /**
     * File → Earlier saves…: a save made over a mistake is not the end. The saves kept are offered by time and
     * size, the chosen one becomes a project beside this one, and opens in the window when the user says so.
     */
    @Test
    void anEarlierSaveComesBackAsAProjectOfItsOwn(FxRobot robot) throws Exception {
        Path copy = openCopyOfSample(robot, "earlier");
        int before = vm.session().project().quotations().size();
        javafx.scene.control.MenuItem item = menuItem(robot, "menu.earlierSaves");
        robot.interact(item::fire);
        WindowTestSupport.idle(vm);
        assertTrue(dialogs.infos.getLast().contains("This project keeps no earlier saves yet"), dialogs.infos.toString());

        robot.interact(() -> vm.session().execute(nl.veldwerk.project.QuotationCommands.delete(
                vm.session().project().quotations().iterator().next().id())));
        robot.interact(vm::save);
        WindowTestSupport.idle(vm);
        dialogs.choice = 0;
        dialogs.answer = true;
        robot.interact(item::fire);
        WindowTestSupport.idle(vm);
        WindowTestSupport.idle(vm);
        List<String> offered = dialogs.choicesOffered.getLast();
        assertEquals(1, offered.size(), offered.toString());
        assertTrue(offered.getFirst().contains(before + " quotations"), "the save before the deletion: " + offered);
        assertEquals(List.of(), dialogs.errors);
        assertEquals(before, vm.session().project().quotations().size(), "the earlier save is open, as it was");
        assertTrue(vm.storeProperty().get().directory().getFileName().toString().startsWith("earlier (earlier save "),
                vm.storeProperty().get().directory().toString());
        assertEquals(before - 1, nl.veldwerk.store.ProjectReader.read(copy).quotations().size(),
                "the project itself as it was saved");
    }

    /** Opening a bundle asks for the study's name: the name given is the study's, not only its folder's. */
    @Test
    void aBundleOpensUnderTheStudyNameGiven(FxRobot robot) throws Exception {
        Path bundle = tmp.resolve("van-lisa.vwz");
        nl.veldwerk.store.Bundles.export(nl.veldwerk.project.synthetic.SyntheticProject.generate(2, 200, 4, 3, 5),
                bundle);
        dialogs.toOpen = bundle;
        dialogs.newProject = new nl.veldwerk.ui.common.NewProject("Scriptie Lisa", tmp.resolve("scriptie-lisa"));
        robot.interact(menuItem(robot, "menu.openBundle")::fire);
        WindowTestSupport.idle(vm);
        WindowTestSupport.idle(vm);
        assertEquals(List.of(), dialogs.errors);
        assertEquals(nl.veldwerk.store.Bundles.studyName(bundle).orElseThrow(), dialogs.newProjectNameGiven,
                "the question starts with the study's own name (it was empty, and a folder's name renamed the study)");
        assertEquals("Scriptie Lisa", vm.session().project().info().name());
        assertEquals(tmp.resolve("scriptie-lisa"), vm.storeProperty().get().directory());

        // A file that is no bundle is refused before the question where to unpack it (QA).
        byte[] bytes = java.nio.file.Files.readAllBytes(bundle);
        Path cut = java.nio.file.Files.write(tmp.resolve("kapot.vwz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path other = tmp.resolve("foto's.vwz");
        try (var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(other))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("Z01.txt"));
            zip.write("tekst".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (Path notABundle : List.of(cut, other)) {
            dialogs.errors.clear();
            dialogs.newProjectNameGiven = null;
            dialogs.toOpen = notABundle;
            dialogs.newProject = new nl.veldwerk.ui.common.NewProject("Niets", tmp.resolve("niets"));
            robot.interact(menuItem(robot, "menu.openBundle")::fire);
            WindowTestSupport.idle(vm);
            assertEquals(null, dialogs.newProjectNameGiven, "not asked where to unpack " + notABundle);
            assertTrue(dialogs.errors.size() == 1 && dialogs.errors.getFirst().contains(notABundle.getFileName()
                    + ": is not a Veldwerk bundle (.vwz): "), dialogs.errors.toString());
            assertFalse(java.nio.file.Files.exists(tmp.resolve("niets")));
        }
    }

    @Test
    void anIncompleteQdpxIsRefusedBeforeTheUserIsAskedWhereToPutIt(FxRobot robot) throws Exception {
        Path whole = tmp.resolve("whole.qdpx");
        nl.veldwerk.interop.RefiExport.exportProject(
                nl.veldwerk.project.synthetic.SyntheticProject.generate(2, 300, 12, 5, 3), whole, "ATLAS.ti 23");
        byte[] bytes = java.nio.file.Files.readAllBytes(whole);
        dialogs.toOpen = java.nio.file.Files.write(tmp.resolve("half.qdpx"), java.util.Arrays.copyOf(bytes,
                bytes.length / 2));
        dialogs.newProject = new nl.veldwerk.ui.common.NewProject("Half", tmp.resolve("half"));
        javafx.scene.control.MenuItem item = menuItem(robot, "menu.importQdpx");
        robot.interact(item::fire);
        WindowTestSupport.idle(vm);
        assertEquals(List.of(), dialogs.questions, "no question asked about a file that cannot be imported");
        assertTrue(dialogs.errors.getFirst().contains("half.qdpx: ends before its last file does"),
                dialogs.errors.toString());
        assertFalse(java.nio.file.Files.exists(tmp.resolve("half")));

        dialogs.errors.clear();
        dialogs.toOpen = whole;
        dialogs.newProject = null; // the user cancels the question where to put it
        robot.interact(item::fire);
        WindowTestSupport.idle(vm);
        assertEquals(1, dialogs.questions.size(), "a whole archive goes on to the question: " + dialogs.questions);
        assertEquals(List.of(), dialogs.errors);
        assertEquals("Synthetic 2x300", dialogs.newProjectNameGiven, "the study's name the file gives, filled in");

        // Where to put it answered, the transcripts' language is asked, starting at the one their words suggest
        // (the generated texts are Dutch-like; the window speaks English here).
        dialogs.questions.clear();
        dialogs.newProject = new nl.veldwerk.ui.common.NewProject("Heel", tmp.resolve("heel"));
        dialogs.text = null; // cancelled
        robot.interact(item::fire);
        WindowTestSupport.idle(vm);
        assertEquals(List.of("nl"), dialogs.textsOffered, dialogs.questions.toString());
        assertFalse(java.nio.file.Files.exists(tmp.resolve("heel")), "cancelled: nothing made");
    }

    @Test
    void aCodebookImportSaysWhatItLeftOutInAMessage(FxRobot robot) throws Exception {
        openCopyOfSample(robot, "wijk-y-qdc");
        Path qdc = java.nio.file.Files.writeString(tmp.resolve("dubbel.qdc"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"handmade\"><Codes>"
                + "<Code guid=\"11111111-2222-3333-4444-555555555555\" name=\"Eerste\" isCodable=\"true\"/>"
                + "<Code guid=\"11111111-2222-3333-4444-555555555555\" name=\"Tweede\" isCodable=\"true\"/>"
                + "<Code guid=\"11111111-2222-3333-4444-666666666666\" name=\"Kop\" isCodable=\"false\"/>"
                + "</Codes></CodeBook>");
        int codes = vm.session().project().codes().size();
        robot.interact(() -> workbench.exchange().importQdc(qdc));
        WindowTestSupport.idle(vm);
        assertEquals(codes + 2, vm.session().project().codes().size());
        assertTrue(dialogs.infos.getLast().contains("1 code marked as not for coding (Kop): Veldwerk keeps no such mark,"
                + " so it can be applied like any code"), dialogs.infos.getLast());
        assertTrue(dialogs.infos.getLast().contains("code 'Tweede': its GUID appears twice in the file"),
                "each thing left out, in a message (the status line held the headline only): " + dialogs.infos);
    }

    @Test
    void mergeAnotherCodersProjectAndUndoIt(FxRobot robot) throws Exception {
        nl.veldwerk.model.Project mine = openedAsMine(robot, "merge-a");
        // The other coder's copy: the same documents, one more coding by a new coder.
        nl.veldwerk.model.Project theirs = withOneCodingBy(mine, new nl.veldwerk.model.Coder("coder-3", "Derde"));
        // A code made here since: the merge keeps it, and says so (one they merged away or deleted looks the same).
        nl.veldwerk.model.Code unused = nl.veldwerk.model.Code.of("alleen-hier", "Alleen hier", null, null);
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.add(unused)));
        robot.interact(vm::save);
        WindowTestSupport.idle(vm);
        Path b = tmp.resolve("merge-b");
        ProjectStore.create(b, theirs).close();
        int before = vm.storeProperty().get().session().project().codings().size();
        // First said and asked: a wrong folder picked would add its every document.
        dialogs.answer = false;
        robot.interact(() -> workbench.exchange().mergeProject(b));
        WindowTestSupport.idle(vm);
        assertTrue(dialogs.questions.getLast().contains("Codings: 1 added"), dialogs.questions.getLast());
        assertTrue(dialogs.questions.getLast().contains("Codes only you have: ‘" + unused.name() + "’."),
                dialogs.questions.getLast());
        assertTrue(dialogs.questions.getLast().startsWith("Merge '" + theirs.info().name() + "'?"),
                dialogs.questions.getLast());
        assertEquals(before, vm.storeProperty().get().session().project().codings().size(), "no: nothing merged");
        assertFalse(dialogs.questions.getLast().contains("another project"), "a copy of this project");
        assertFalse(dialogs.questions.getLast().contains("unsaved work"), dialogs.questions.getLast());
        assertFalse(vm.hasUnsavedChanges(), "and nothing changed by working it out");
        dialogs.answer = true;
        robot.interact(() -> workbench.exchange().mergeProject(b));
        WindowTestSupport.idle(vm);
        assertEquals(before + 1, vm.storeProperty().get().session().project().codings().size());
        // Merged once, there is nothing left to merge: said, not asked; the other coder's crash is said too.
        try (ProjectStore other = ProjectStore.open(b)) {
            addCode(other, "na-crash", "Na de crash");
            other.write(other.capture(), ProjectStore.Target.RECOVERY);
        }
        int asked = dialogs.questions.size();
        robot.interact(() -> workbench.exchange().mergeProject(b));
        WindowTestSupport.idle(vm);
        assertEquals(asked, dialogs.questions.size());
        assertTrue(dialogs.infos.getLast().contains("Nothing to merge"), dialogs.infos.getLast());
        assertTrue(dialogs.infos.getLast().contains("also holds unsaved work from "), dialogs.infos.getLast());
        robot.interact(vm::undo);
        assertEquals(before, vm.storeProperty().get().session().project().codings().size());
    }

    /** A small generated project saved as {@code folder} and open in the window: this coder's; returns it as saved. */
    private nl.veldwerk.model.Project openedAsMine(FxRobot robot, String folder) throws Exception {
        nl.veldwerk.model.Project mine = nl.veldwerk.project.synthetic.SyntheticProject.generate(2, 300, 10, 4, 8);
        Path dir = tmp.resolve(folder);
        ProjectStore.create(dir, mine).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        return mine;
    }

    /** A copy of {@code mine} with {@code coder} in it and one coding by them that {@code mine} does not have. */
    private static nl.veldwerk.model.Project withOneCodingBy(nl.veldwerk.model.Project mine,
                                                            nl.veldwerk.model.Coder coder) {
        nl.veldwerk.model.Project theirs = mine.copy();
        nl.veldwerk.project.ProjectSession session = new nl.veldwerk.project.ProjectSession(theirs);
        session.execute(nl.veldwerk.project.NoteCommands.addCoder(coder));
        String quotation = theirs.quotations().iterator().next().id();
        String code = theirs.codes().stream().filter(c -> theirs.codingsOf(quotation).stream()
                .noneMatch(k -> k.codeId().equals(c.id()))).findFirst().orElseThrow().id();
        session.execute(nl.veldwerk.project.QuotationCommands.applyCode(quotation, code, coder.id(), Fixtures.T));
        return theirs;
    }

    /** A fellow coder's bundle as mailed merges as their folder does, without being opened first. */
    @Test
    void aCodersBundleMergesWithoutOpeningItFirst(FxRobot robot) throws Exception {
        nl.veldwerk.model.Project mine = openedAsMine(robot, "bundel-a");
        nl.veldwerk.model.Project theirs = withOneCodingBy(mine, new nl.veldwerk.model.Coder("coder-9", "Negen"));
        Path bundle = tmp.resolve("van-negen.vwz");
        nl.veldwerk.store.Bundles.export(theirs, bundle);
        int before = vm.storeProperty().get().session().project().codings().size();
        dialogs.answer = true;
        robot.interact(() -> workbench.exchange().mergeProject(bundle));
        WindowTestSupport.idle(vm);
        assertTrue(dialogs.questions.getLast().contains("Codings: 1 added"), dialogs.questions.getLast());
        assertEquals(before + 1, vm.storeProperty().get().session().project().codings().size());
    }

    /** Another computer's save synced into the manifest's place while the project is open: said at the next save. */
    @Test
    void aSaveThatFindsAnotherComputersSaveKeepsItAndSaysSo(FxRobot robot) throws Exception {
        Path here = tmp.resolve("tegelijk");
        ProjectStore.create(here, nl.veldwerk.project.synthetic.SyntheticProject.generate(1, 200, 5, 2, 3)).close();
        Path laptop = nl.veldwerk.testing.ProjectFolders.copyWithoutLock(here, tmp.resolve("tegelijk-laptop"));
        robot.interact(() -> vm.open(here));
        WindowTestSupport.idle(vm);
        try (ProjectStore other = ProjectStore.open(laptop)) {
            addCode(other, "laptop", "Laptop");
            other.save();
        }
        try (var parts = java.nio.file.Files.list(laptop.resolve("parts"))) {
            for (Path part : parts.toList()) {
                if (!java.nio.file.Files.exists(here.resolve("parts").resolve(part.getFileName()))) {
                    java.nio.file.Files.copy(part, here.resolve("parts").resolve(part.getFileName()));
                }
            }
        }
        java.nio.file.Files.copy(laptop.resolve("veldwerk.json"), here.resolve("veldwerk.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        dialogs.answer = false;
        robot.interact(() -> vm.run(() -> vm.session().execute(nl.veldwerk.project.CodeCommands.add(
                nl.veldwerk.model.Code.of("hier", "Hier", null, null)))));
        robot.interact(vm::save);
        WindowTestSupport.idle(vm);
        WindowTestSupport.idle(vm);
        assertTrue(dialogs.questions.stream().anyMatch(q -> q.contains("While this project was open, another computer "
                + "saved it too") && q.contains("veldwerk (saved elsewhere ")), dialogs.questions.toString());
        try (var files = java.nio.file.Files.list(here)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("veldwerk (saved elsewhere "))
                    .count(), "the laptop's save is kept beside");
        }
    }

    @Test
    void afterACrashTheWindowOffersTheRecoverySave(FxRobot robot) throws Exception {
        Path dir = crashedWithRecoverySave("crashed", "Crashed");
        dialogs.answer = true;
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        WindowTestSupport.idle(vm);
        assertEquals(1, dialogs.questions.size(), dialogs.questions.toString());
        assertTrue(dialogs.questions.getFirst().startsWith("Recover unsaved work?"), dialogs.questions.getFirst());
        assertTrue(dialogs.questions.getFirst().contains("The project 'Crashed' was not closed properly"),
                "the question names the project by its name, not its folder's (QA): " + dialogs.questions.getFirst());
        assertTrue(vm.storeProperty().get().session().project().code("c").isPresent(), "the recovered work is there");
        assertTrue(vm.hasUnsavedChanges(), "and waits to be saved");
        robot.interact(vm::save);
        WindowTestSupport.idle(vm);
        robot.interact(vm::close);
        assertTrue(ProjectReader.read(dir).code("c").isPresent());
    }

    @Test
    void declinedRecoveryOpensTheLastSaveAndForgetsTheRecovery(FxRobot robot) throws Exception {
        Path dir = crashedWithRecoverySave("declined", "Declined");
        dialogs.answer = false;
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        WindowTestSupport.idle(vm);
        assertTrue(vm.storeProperty().get().session().project().code("c").isEmpty());
        assertTrue(ProjectStore.recoverableSince(dir).isEmpty(), "the recovery save is forgotten");
    }

    /**
     * A recovery save whose manifest is damaged is said at open, and its parts stay while the project is open, a
     * save included (QA: passed over without a word, its parts collected within seconds).
     */
    @Test
    void aDamagedRecoverySaveIsSaidAndItsPartsKept(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("damaged-recovery");
        java.util.Set<Path> partsBefore;
        try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("Beschadigd", Fixtures.T))) {
            try (var files = java.nio.file.Files.list(dir.resolve("parts"))) {
                partsBefore = files.collect(java.util.stream.Collectors.toSet());
            }
            addCode(store, "c", "Schaamte");
            store.write(store.capture(), ProjectStore.Target.RECOVERY);
        }
        java.util.List<Path> recoveryParts;
        try (var files = java.nio.file.Files.list(dir.resolve("parts"))) {
            recoveryParts = files.filter(f -> !partsBefore.contains(f)).toList();
        }
        assertTrue(!recoveryParts.isEmpty(), "the recovery save wrote parts of its own");
        Path recovery = dir.resolve("autosave.json");
        cutShort(recovery, 40);
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        WindowTestSupport.idle(vm);
        assertTrue(dialogs.errors.stream().anyMatch(e -> e.contains("cannot be read back")), dialogs.errors.toString());
        robot.interact(() -> addCode(vm, "d", "Angst"));
        robot.interact(vm::save);
        WindowTestSupport.idle(vm);
        recoveryParts.forEach(f -> assertTrue(java.nio.file.Files.exists(f), "kept: " + f));
    }

    /**
     * A project whose manifest is damaged offers its newest earlier save as a project of its own beside it, and
     * opens that (QA: a dead end, though a backup held all but the last save's work).
     */
    @Test
    void aDamagedManifestOffersTheNewestEarlierSave(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("kapot");
        try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("Kapot", Fixtures.T))) {
            addCode(store, "c", "Schaamte");
            store.save();
            addCode(store, "d", "Angst");
            store.save();
        }
        Path manifest = dir.resolve("veldwerk.json");
        cutShort(manifest, 60);
        dialogs.answer = true;
        robot.interact(() -> vm.open(dir));
        idle(4);
        assertTrue(dialogs.questions.stream().anyMatch(q -> q.contains("Make a project of the newest")
                && q.contains("This project's folder")), dialogs.questions.toString());
        var opened = vm.storeProperty().get();
        assertTrue(opened != null && !opened.directory().equals(dir), "the earlier save opened as a project of its own");
        assertTrue(opened.session().project().code("c").isPresent(), "with the work of the save before the last");
    }

    /** A project whose manifest is gone, its earlier saves still in backups/, offers the newest too (QA). */
    @Test
    void aManifestGoneOffersTheNewestEarlierSave(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("weg");
        try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("Weg", Fixtures.T))) {
            addCode(store, "c", "Schaamte");
            store.save();
            store.save();
        }
        java.nio.file.Files.delete(dir.resolve("veldwerk.json"));
        dialogs.answer = true;
        robot.interact(() -> vm.open(dir));
        idle(4);
        assertTrue(dialogs.questions.stream().anyMatch(q -> q.contains("Make a project of the newest")),
                dialogs.questions.toString());
        assertTrue(vm.storeProperty().get() != null && vm.storeProperty().get().session().project().code("c")
                .isPresent(), "opened from the earlier save");
    }

    /** A damaged manifest with a readable recovery save offers the crash's work first, newer than any backup (review). */
    @Test
    void aDamagedManifestWithARecoverySaveOffersTheRecoveredWork(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("kapot-herstel");
        try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("Herstel", Fixtures.T))) {
            addCode(store, "c", "Schaamte");
            store.save();
            addCode(store, "d", "Angst");
            store.write(store.capture(), ProjectStore.Target.RECOVERY); // then the machine goes down
        }
        Path manifest = dir.resolve("veldwerk.json");
        cutShort(manifest, 60);
        dialogs.answer = true;
        robot.interact(() -> vm.open(dir));
        idle(4);
        assertTrue(dialogs.questions.stream().anyMatch(q -> q.contains("Work saved automatically at")),
                dialogs.questions.toString());
        assertTrue(vm.storeProperty().get().session().project().code("d").isPresent(), "the crash's work");
        robot.interact(vm::save);
        WindowTestSupport.idle(vm);
        robot.interact(vm::close);
        assertTrue(ProjectReader.read(dir).code("d").isPresent(), "saved as the project again");
    }

    /**
     * Escape or closing the recovery question is "not now": nothing opens and the crash's work stays for the next
     * time (QA: Escape opened the last save and threw the recovery save away for good).
     */
    @Test
    void recoveryNotNowOpensNothingAndKeepsTheWork(FxRobot robot) throws Exception {
        Path dir = crashedWithRecoverySave("later", "Later");
        dialogs.recoverChoice = nl.veldwerk.ui.common.Dialogs.RecoverChoice.NOT_NOW;
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        WindowTestSupport.idle(vm);
        assertEquals(1, dialogs.questions.size(), dialogs.questions.toString());
        assertEquals(null, vm.storeProperty().get(), "nothing opened");
        assertEquals("'Later' not opened; the work saved automatically is kept for the next time",
                vm.statusProperty().get(), "not 'Opening …' on (QA)");
        assertTrue(ProjectStore.recoverableSince(dir).isPresent(), "the recovery save is kept");
        dialogs.recoverChoice = nl.veldwerk.ui.common.Dialogs.RecoverChoice.RECOVER;
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        WindowTestSupport.idle(vm);
        assertTrue(vm.storeProperty().get().session().project().code("c").isPresent(), "recovered the next time");
        assertTrue(vm.statusProperty().get().startsWith("Recovered the work saved automatically at "),
                "said as recovered, not as opened (QA): " + vm.statusProperty().get());
    }

    /**
     * A lock file another computer left in a synced folder (the file travels, its lock does not): asked before the
     * project opens here, since that computer may have it open now (QA: opened without a word).
     */
    @Test
    void aLockFileFromAnotherComputerIsAskedAboutBeforeOpening(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("andere-computer");
        ProjectStore.create(dir, ProjectInfo.named("Gedeeld", Fixtures.T)).close();
        java.nio.file.Files.writeString(dir.resolve(".lock"), "{\"program\":\"window\",\"user\":\"anna\","
                + "\"host\":\"laptop-anna\",\"pid\":4242,\"since\":\"2026-12-07T19:00:00Z\",\"nonce\":\"x\"}");
        dialogs.answer = false;
        robot.interact(() -> vm.open(dir));
        idle(2);
        assertEquals(null, vm.storeProperty().get(), "not opened when the user says no");
        assertTrue(dialogs.questions.getLast().contains("opened by anna on the computer ‘laptop-anna’ at 2026-12-07 "),
                dialogs.questions.toString());
        assertEquals("‘andere-computer’ not opened: it may be open on ‘laptop-anna’", vm.statusProperty().get());
        int asked = dialogs.questions.size();
        dialogs.answer = true;
        robot.interact(() -> vm.open(dir));
        idle(2);
        assertTrue(vm.storeProperty().get() != null, "opened here when the user says so");
        assertEquals(asked + 1, dialogs.questions.size(), "asked once");
        robot.interact(vm::close);
        robot.interact(() -> vm.open(dir));
        idle(2);
        assertEquals(asked + 1, dialogs.questions.size(), "this computer's own lock file is not asked about");
    }

    /** A project part read from its second copy at opening is said, not repaired in silence (QA re-run). */
    @Test
    void aProjectPartRestoredFromItsCopyIsSaid(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("hersteld");
        try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("Hersteld", Fixtures.T))) {
            addCode(store, "c", "Schaamte");
            store.save();
        }
        Path part = dir.resolve(nl.veldwerk.testing.ProjectFolders.projectPartOf(dir));
        java.nio.file.Files.write(part, new byte[0]);
        robot.interact(() -> vm.open(dir));
        idle(2);
        assertTrue(vm.storeProperty().get().session().project().code("c").isPresent(), "opened whole");
        assertTrue(dialogs.infos.stream().anyMatch(i -> i.startsWith("Part of the project restored: ")
                && i.contains("nothing is lost")), dialogs.infos.toString());
    }

    /**
     * A recovery question left open while another window recovered that work, added to it and crashed again: "Throw it
     * away" then asks about the newer work instead of deleting it unseen (QA).
     */
    @Test
    void throwingAwayAskedAboutOlderWorkAsksAgainAboutNewer(FxRobot robot) throws Exception {
        Path dir = crashedWithRecoverySave("twee-vensters", "Twee");
        dialogs.recoverChoice = nl.veldwerk.ui.common.Dialogs.RecoverChoice.DISCARD;
        dialogs.whileRecoveryAsked = () -> {
            try (ProjectStore other = ProjectStore.openRecovered(dir)) {
                addCode(other, "d", "Angst");
                other.write(other.capture(), ProjectStore.Target.RECOVERY);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        robot.interact(() -> vm.open(dir));
        idle(4);
        assertEquals(2, dialogs.questions.size(), "asked again, about the newer work: " + dialogs.questions);
        assertTrue(vm.storeProperty().get() != null, "opened once the newer work was chosen about");
        assertTrue(ProjectStore.recoverableSince(dir).isEmpty(), "thrown away when asked about it");
    }

    /**
     * A sync service's other version of the save beside the manifest (saved on two computers at once): the
     * window says so on opening and, asked, makes a project of it beside this one, ready to open or merge.
     */
    @Test
    void anotherVersionLeftByASyncServiceIsOfferedAsACopy(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("gedeeld");
        Path laptop = tmp.resolve("laptop");
        ProjectStore.create(dir, ProjectInfo.named("Gedeeld", Fixtures.T)).close();
        try (ProjectStore store = ProjectStore.create(laptop, ProjectInfo.named("Gedeeld", Fixtures.T))) {
            addCode(store, "l", "Van de laptop");
            store.save();
        }
        try (var parts = java.nio.file.Files.list(laptop.resolve("parts"))) {
            for (Path part : parts.toList()) {
                java.nio.file.Files.copy(part, dir.resolve("parts").resolve(part.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        java.nio.file.Files.copy(laptop.resolve("veldwerk.json"), dir.resolve("veldwerk-LAPTOP.json"));
        dialogs.answer = true;
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        WindowTestSupport.idle(vm);
        assertEquals(1, dialogs.questions.size(), dialogs.questions.toString());
        assertTrue(dialogs.questions.getFirst().startsWith("Another version of this project")
                && dialogs.questions.getFirst().contains("veldwerk-LAPTOP.json"), dialogs.questions.getFirst());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !dialogs.infos.isEmpty());
        String said = dialogs.infos.getFirst();
        Path copy = java.nio.file.Files.list(tmp).filter(p -> p.getFileName().toString().startsWith("gedeeld (other"))
                .findFirst().orElseThrow();
        assertTrue(said.contains(copy.toString()), said);
        assertTrue(ProjectReader.read(copy).code("l").isPresent(), "the copy holds the laptop's work");
        assertTrue(vm.storeProperty().get().session().project().code("l").isEmpty(), "the open project is as it was");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    /** Comparing with a bundle of another project is refused with a reason; with its own copy, it compares. */
    @Test
    void theSupervisorsCopyMustBeOfThisProject(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("eigen");
        Path other = tmp.resolve("ander");
        ProjectStore.create(dir, ProjectInfo.named("Eigen", Fixtures.T)).close();
        try (ProjectStore store = ProjectStore.create(other, ProjectInfo.named("Ander", Fixtures.T.plusSeconds(60)))) {
            addCode(store, "x", "Vreemd");
            store.save();
        }
        Path otherBundle = tmp.resolve("ander.vwz");
        nl.veldwerk.store.Bundles.export(ProjectReader.read(other), otherBundle);
        Path ownBundle = tmp.resolve("eigen.vwz");
        nl.veldwerk.store.Bundles.export(ProjectReader.read(dir), ownBundle);
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        robot.interact(() -> workbench.codebookActions().compareWithReviewedCopy(otherBundle));
        WindowTestSupport.idle(vm);
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.getFirst().contains("is of another project ('Ander'), not of 'Eigen'"),
                dialogs.errors.getFirst());
        assertTrue(dialogs.questions.isEmpty());
        Path notABundle = java.nio.file.Files.writeString(tmp.resolve("kapot.vwz"), "geen zip");
        robot.interact(() -> workbench.codebookActions().compareWithReviewedCopy(notABundle));
        WindowTestSupport.idle(vm);
        assertEquals("Their copy could not be read", vm.statusProperty().get());
        robot.interact(() -> workbench.codebookActions().compareWithReviewedCopy(ownBundle));
        WindowTestSupport.idle(vm);
        assertEquals("Read their copy eigen.vwz", vm.statusProperty().get(),
                "not the failure of the try before, under this answer");
        assertEquals(2, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.infos.getLast().contains("same codebook"), dialogs.infos.toString());
    }

    /** A code added to a project's session (a store's, or the window's). */
    private static void addCode(ProjectStore store, String id, String name) {
        store.session().execute(nl.veldwerk.project.CodeCommands.add(nl.veldwerk.model.Code.of(id, name, null, null)));
    }

    private static void addCode(nl.veldwerk.ui.app.MainViewModel vm, String id, String name) {
        vm.session().execute(nl.veldwerk.project.CodeCommands.add(nl.veldwerk.model.Code.of(id, name, null, null)));
    }

    /** A file cut short after {@code bytes}, as a crash or a full disk leaves one. */
    private static void cutShort(Path file, int bytes) throws java.io.IOException {
        java.nio.file.Files.write(file, java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(file), bytes));
    }

    /** A project whose code 'Schaamte' is only in a recovery save: the program went down before saving. */
    private Path crashedWithRecoverySave(String folder, String name) throws Exception {
        Path dir = tmp.resolve(folder);
        try (ProjectStore store = ProjectStore.create(dir, ProjectInfo.named(name, Fixtures.T))) {
            addCode(store, "c", "Schaamte");
            store.write(store.capture(), ProjectStore.Target.RECOVERY); // then the machine goes down
        }
        return dir;
    }

    /** The window's background work and what it hands back, {@code rounds} times over. */
    private void idle(int rounds) throws Exception {
        for (int i = 0; i < rounds; i++) {
            WindowTestSupport.idle(vm);
        }
    }
}
