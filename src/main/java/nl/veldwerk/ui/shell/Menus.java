package nl.veldwerk.ui.shell;

import java.nio.file.Path;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import nl.veldwerk.ui.analysis.AnalysisWindow;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.codebook.CodebookActions;
import nl.veldwerk.ui.coding.CodingViewModel;
import nl.veldwerk.ui.coding.TranscriptPane;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.FileType;
import nl.veldwerk.ui.common.FxDialogs;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Preferences;
import nl.veldwerk.ui.exchange.ExchangeActions;
import nl.veldwerk.ui.exchange.PseudonymiseDialog;
import nl.veldwerk.ui.exchange.ReportDialog;
import nl.veldwerk.ui.settings.PreferencesDialog;

/** The window's menus: each item asks what it needs (a file, a folder) and hands it to a view model. */
final class Menus {
    private final Workbench workbench;
    private final MainViewModel vm;
    private final Dialogs dialogs;
    private final TranscriptPane transcript;
    private final javafx.scene.Node window;
    private final MenuBar bar;
    private Runnable onQuit;
    /** The analysis window open on this project, if any. */
    private javafx.stage.Stage analysisWindow;

    Menus(Workbench workbench, TranscriptPane transcript, javafx.scene.Node window) {
        this.workbench = workbench;
        this.vm = workbench.main();
        this.dialogs = vm.dialogs();
        this.transcript = transcript;
        this.window = window;
        this.onQuit = () -> window.getScene().getWindow().hide();
        var noProject = vm.storeProperty().isNull();
        Menu file = file();
        Menu edit = edit();
        Menu code = coding();
        Menu codebook = codebook();
        Menu analysis = analysis();
        Menu help = new Menu(I18n.text("menu.help"), null,
                item("help.guide", "F1", () -> GuideWindow.open(owner())),
                item("help.shortcuts", "Shortcut+Slash", () -> ShortcutsWindow.open(owner(), bar())),
                item("help.sample", null, lettingGo(() -> vm.files().openSampleAsking())),
                new SeparatorMenuItem(),
                item("menu.about", null, () -> dialogs.showInfo(I18n.text("about.title"), About.load().text())));
        for (Menu menu : new Menu[] {file, edit, code, codebook, analysis}) {
            disableWithoutProject(menu, noProject);
        }
        this.bar = new MenuBar(file, edit, code, codebook, analysis, help);
    }

    private static final String NEEDS_PROJECT = "needsProject";

    MenuBar bar() {
        return bar;
    }

    void setOnQuit(Runnable action) {
        this.onQuit = action;
    }

    private Window owner() {
        return window.getScene().getWindow();
    }

    private String projectName() {
        return vm.session().project().info().name();
    }

    private Menu file() {
        ExchangeActions exchange = workbench.exchange();
        CodebookActions codebook = workbench.codebookActions();
        MenuItem newProject = item("menu.new", "Shortcut+N", lettingGo(() ->
                dialogs.askNewProject(I18n.text("dialog.newProject")).ifPresent(vm::create)));
        MenuItem newFromTemplate = item("menu.newFromTemplate", null, lettingGo(() -> newProjectFolder()
                .ifPresent(codebook::newWithFactorCodebook)));
        MenuItem newFromCodebook = item("menu.newFromCodebook", null, lettingGo(() -> dialogs.chooseFileToOpen(
                I18n.text("dialog.chooseCodebook"), FileType.CODEBOOK).ifPresent(f -> newProjectFolder()
                .ifPresent(folder -> codebook.newFromCodebookFile(f, folder)))));
        MenuItem open = item("menu.open", "Shortcut+O", lettingGo(() ->
                dialogs.chooseProjectFolder(I18n.text("dialog.openProject")).ifPresent(vm::open)));
        Menu recent = new Menu(I18n.text("menu.recent"));
        recent.setOnShowing(e -> recent.getItems().setAll(Preferences.recentProjects().stream().map(path -> {
            MenuItem entry = new MenuItem(path);
            entry.setMnemonicParsing(false); // a name's "_" is shown, not taken for a shortcut
            entry.setMnemonicParsing(false); // a path is shown as it is: "_" is no mnemonic marker in it
            // The project open already: nothing to let go of (open says so).
            Runnable reopen = () -> vm.open(Path.of(path));
            entry.setOnAction(x -> (vm.isOpen(Path.of(path)) ? reopen : lettingGo(reopen)).run());
            return entry;
        }).toList()));
        recent.getItems().add(new MenuItem("…"));
        MenuItem importFiles = needsProject(item("menu.import", "Shortcut+I", () ->
                vm.files().importTranscripts(dialogs.chooseTranscripts(I18n.text("dialog.import")))));
        MenuItem newTranscript = needsProject(item("menu.newTranscript", null, () -> dialogs.chooseFileToOpen(
                I18n.text("menu.newTranscript"), FileType.RECORDING).ifPresent(vm.recordings()::newTranscriptAsking)));
        MenuItem save = needsProject(item("menu.save", "Shortcut+S", vm::save));
        MenuItem earlierSaves = needsProject(item("menu.earlierSaves", null, vm.files()::offerEarlierSaves));
        MenuItem bundle = needsProject(item("menu.bundle", null, () -> dialogs.chooseFileToSave(
                I18n.text("dialog.bundle"), projectName() + ".vwz", FileType.BUNDLE).ifPresent(vm.files()::exportBundle)));
        MenuItem openBundle = item("menu.openBundle", null, lettingGo(() -> dialogs.chooseFileToOpen(
                I18n.text("dialog.openBundle"), FileType.BUNDLE_TO_OPEN).ifPresent(vm.files()::openBundleAsking)));
        MenuItem importQdpx = item("menu.importQdpx", null, lettingGo(() -> dialogs.chooseFileToOpen(
                I18n.text("dialog.importQdpx"), FileType.QDPX).ifPresent(qdpx -> exchange.whenImportable(qdpx,
                found -> dialogs.askNewProjectPlace(I18n.text("dialog.newProject"), found.name()).ifPresent(target ->
                        transcriptLanguage(found.language()).ifPresent(language -> exchange.importQdpx(qdpx, target,
                                language)))))));
        MenuItem importQdc = needsProject(item("menu.importQdc", null, () -> dialogs.chooseFileToOpen(
                I18n.text("dialog.importQdc"), FileType.QDC).ifPresent(exchange::importQdc)));
        MenuItem exportQdpx = needsProject(item("menu.exportQdpx", null, () -> dialogs.chooseFileToSave(
                I18n.text("dialog.exportQdpx"), projectName() + ".qdpx", FileType.QDPX).ifPresent(exchange::exportQdpx)));
        MenuItem exportQdc = needsProject(item("menu.exportQdc", null, () -> dialogs.chooseFileToSave(
                I18n.text("dialog.exportQdc"), projectName() + ".qdc", FileType.QDC).ifPresent(exchange::exportQdc)));
        Menu exchangeMenu = new Menu(I18n.text("menu.exchange"), null, importQdpx, importQdc, new SeparatorMenuItem(),
                exportQdpx, exportQdc);
        MenuItem preferences = item("menu.preferences", "Shortcut+Comma", () -> PreferencesDialog.show(owner()));
        MenuItem close = needsProject(item("menu.close", "Shortcut+W", lettingGo(vm::close)));
        MenuItem quit = item("menu.quit", "Shortcut+Q", () -> onQuit.run());
        return new Menu(I18n.text("menu.file"), null, newProject, newFromTemplate, newFromCodebook, open, recent,
                new SeparatorMenuItem(), importFiles, newTranscript, new SeparatorMenuItem(), save, earlierSaves, bundle,
                openBundle,
                new SeparatorMenuItem(), exchangeMenu, new SeparatorMenuItem(), preferences, close,
                new SeparatorMenuItem(), quit);
    }

    /** An action that lets go of the open project, run after asking about its unsaved changes. */
    private Runnable lettingGo(Runnable action) {
        return () -> vm.letGoThen(action);
    }

    /**
     * Asks the transcripts' language (REFI-QDA does not say; search stems by it), a two-letter ISO code, starting at
     * the one their words suggest.
     */
    private java.util.Optional<String> transcriptLanguage(String suggested) {
        java.util.Optional<String> answer = dialogs.askText(I18n.text("dialog.qdpxLanguage"),
                I18n.text("dialog.qdpxLanguagePrompt"), suggested)
                .map(a -> a.strip().toLowerCase(java.util.Locale.ROOT));
        if (answer.isPresent() && !answer.get().matches("[a-z]{2}")) {
            dialogs.showError(I18n.text("dialog.qdpxLanguage"), I18n.text("dialog.qdpxLanguageBad", answer.get()));
            return java.util.Optional.empty();
        }
        return answer;
    }

    /** The folder for a project made from something (a template, a bundle, a .qdpx): named and empty. */
    private java.util.Optional<Path> newProjectFolder() {
        return dialogs.askNewProject(I18n.text("dialog.newProject")).map(nl.veldwerk.ui.common.NewProject::folder);
    }

    private Menu edit() {
        MenuItem undo = item("menu.undo", "Shortcut+Z", vm::undo);
        undo.textProperty().bind(vm.undoLabelProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.getProperties().put(ShortcutsWindow.SHEET_TEXT, I18n.text("menu.undo"));
        MenuItem redo = item("menu.redo", "Shortcut+Shift+Z", vm::redo);
        redo.textProperty().bind(vm.redoLabelProperty());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.getProperties().put(ShortcutsWindow.SHEET_TEXT, I18n.text("menu.redo"));
        MenuItem find = needsProject(item("menu.find", "Shortcut+F", () -> transcript.showFind(true)));
        MenuItem pseudonymise = needsProject(item("menu.pseudonymise", null, () -> PseudonymiseDialog.ask(owner(),
                workbench.pseudonyms(), dialogs).ifPresent(workbench.pseudonyms()::apply)));
        return new Menu(I18n.text("menu.edit"), null, undo, redo, new SeparatorMenuItem(), find,
                new SeparatorMenuItem(), pseudonymise);
    }

    private Menu coding() {
        CodingViewModel coding = workbench.coding();
        MenuItem codeWith = needsProject(item("coding.codeWith", "Shortcut+K", transcript::openPicker));
        MenuItem inVivo = needsProject(item("coding.inVivo", "Shortcut+Shift+K", () -> vm.run(coding::inVivo)));
        MenuItem again = needsProject(item("coding.again", "Shortcut+L", () -> vm.run(coding::reapplyLast)));
        MenuItem next = needsProject(item("quotations.next", "Alt+Down", () -> coding.step(1)
                .ifPresent(coding.selectedQuotationProperty()::set)));
        MenuItem previous = needsProject(item("quotations.previous", "Alt+Up", () -> coding.step(-1)
                .ifPresent(coding.selectedQuotationProperty()::set)));
        MenuItem goTo = needsProject(item("coding.goTo", "Shortcut+G", () -> dialogs.askText(I18n.text("coding.goTo"),
                I18n.text("coding.goToPrompt"), "").ifPresent(id -> {
                    if (!coding.goTo(id)) {
                        dialogs.showError(I18n.text("coding.goTo"), I18n.text("coding.goToNone", id));
                    }
                })));
        MenuItem toText = needsProject(item("coding.toText", "Shortcut+T", transcript::focusText));
        // Another document without the mouse: the list takes the keyboard, its arrows open documents (QA).
        MenuItem toDocuments = needsProject(item("coding.toDocuments", "Shortcut+D", this::focusDocuments));
        toDocuments.setId("menu-to-documents");
        MenuItem quotations = needsProject(item("menu.quotationManager", "Shortcut+Shift+Q", () ->
                nl.veldwerk.ui.coding.QuotationManagerWindow.open(owner(), vm)));
        MenuItem speakers = needsProject(item("menu.speakers", null, () ->
                nl.veldwerk.ui.documents.SpeakersWindow.open(owner(), vm)));
        return new Menu(I18n.text("menu.coding"), null, codeWith, inVivo, again, new SeparatorMenuItem(), toText,
                toDocuments, next,
                previous, goTo, new SeparatorMenuItem(), quotations, speakers);
    }

    private Menu codebook() {
        CodebookActions codebook = workbench.codebookActions();
        MenuItem importCodebook = needsProject(item("menu.importCodebook", null, () -> dialogs.chooseFileToOpen(
                I18n.text("dialog.importCodebook"), FileType.CODEBOOK).ifPresent(codebook::importCodebook)));
        MenuItem exportCodebook = needsProject(item("menu.exportCodebook", null, () -> dialogs.chooseFileToSave(
                I18n.text("dialog.exportCodebook"), projectName() + I18n.text("file.codebookSuffix") + ".json", FileType.CODEBOOK)
                // A .qdc as the REFI-QDA menu writes it, saying what it leaves out (it was written without a word).
                .ifPresent(file -> {
                    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qdc")) {
                        workbench.exchange().exportQdc(file);
                    } else {
                        codebook.exportCodebook(file);
                    }
                })));
        MenuItem report = needsProject(item("menu.codebookReport", null, () -> dialogs.chooseFileToSave(
                I18n.text("dialog.codebookReport"), projectName() + I18n.text("file.codebookSuffix") + ".docx", FileType.DOCX)
                .ifPresent(codebook::report)));
        MenuItem compare = needsProject(item("menu.compareReview", null, () -> dialogs.chooseFileToOpen(
                I18n.text("dialog.compareReview"), FileType.BUNDLE_TO_OPEN).ifPresent(codebook::compareWithReviewedCopy)));
        MenuItem manager = needsProject(item("menu.codeManager", "Shortcut+Shift+C", () ->
                nl.veldwerk.ui.codebook.CodeManagerWindow.open(owner(), workbench.codebook())));
        MenuItem comments = needsProject(item("reviewList.menu", null, () ->
                nl.veldwerk.ui.memos.ReviewCommentsWindow.open(owner(), vm)));
        comments.setId("menu-review-comments");
        return new Menu(I18n.text("menu.codebook"), null, manager, new SeparatorMenuItem(), importCodebook,
                exportCodebook, new SeparatorMenuItem(), report, comments, compare);
    }

    private Menu analysis() {
        MenuItem tools = needsProject(item("menu.analysisTools", "Shortcut+Shift+A", this::analysisTools));
        MenuItem quotationReport = needsProject(item("menu.quotationReport", "Shortcut+Shift+R", () ->
                ReportDialog.ask(owner(), vm.session().project(), java.util.Optional.ofNullable(vm.selectedCodeProperty()
                        .get()).map(nl.veldwerk.model.Code::id).orElse(null)).ifPresent(r -> dialogs.chooseFileToSave(
                        I18n.text("menu.quotationReport"), projectName() + ".docx", FileType.REPORT)
                        .ifPresent(target -> workbench.reports().write(r, target)))));
        MenuItem memoReport = needsProject(item("menu.memoReport", null, () -> dialogs.chooseFileToSave(
                I18n.text("menu.memoReport"), projectName() + "-memos.docx", FileType.DOCX)
                .ifPresent(workbench.reports()::memos)));
        MenuItem merge = needsProject(item("menu.merge", null, () -> dialogs.chooseProjectFolder(
                I18n.text("dialog.merge")).ifPresent(workbench.exchange()::mergeProject)));
        // A coder's bundle as mailed, merged without first opening it as a project of its own.
        MenuItem mergeBundle = needsProject(item("menu.mergeBundle", null, () -> dialogs.chooseFileToOpen(
                I18n.text("menu.mergeBundle"), FileType.BUNDLE_TO_OPEN).ifPresent(workbench.exchange()::mergeProject)));
        return new Menu(I18n.text("menu.analysis"), null, tools, quotationReport, memoReport, new SeparatorMenuItem(),
                merge, mergeBundle);
    }

    /** The Documents tab shown and its list given the keyboard, on the document shown. */
    private void focusDocuments() {
        if (window.lookup("#explorer") instanceof javafx.scene.control.TabPane tabs) {
            tabs.getSelectionModel().selectFirst();
        }
        if (window.lookup("#documents") instanceof javafx.scene.control.ListView<?> list) {
            list.requestFocus();
            if (list.getSelectionModel().getSelectedIndex() >= 0) {
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
            }
        }
    }

    /** One analysis window per project: asked for again, it comes forward (with a new copy if the project changed). */
    private void analysisTools() {
        if (analysisWindow != null && analysisWindow.isShowing()) {
            AnalysisWindow.bringForward(analysisWindow);
            return;
        }
        analysisWindow = AnalysisWindow.openCopying(dialogs instanceof FxDialogs fx ? fx.owner() : null,
                vm.session().project(), dialogs, vm::reveal);
        closeWithProject(analysisWindow);
    }

    /** A window about the open project goes when the project does (closed, or another opened). */
    private void closeWithProject(javafx.stage.Stage window) {
        var project = vm.storeProperty().get();
        javafx.beans.value.ChangeListener<Object> gone = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> o, Object was, Object now) {
                if (now != project) {
                    window.close();
                    vm.storeProperty().removeListener(this);
                }
            }
        };
        vm.storeProperty().addListener(gone);
    }

    private static void disableWithoutProject(Menu menu, javafx.beans.binding.BooleanBinding noProject) {
        for (MenuItem item : menu.getItems()) {
            if (Boolean.TRUE.equals(item.getProperties().get(NEEDS_PROJECT))) {
                item.disableProperty().bind(noProject);
            }
            if (item instanceof Menu submenu) {
                disableWithoutProject(submenu, noProject);
            }
        }
    }

    private static MenuItem needsProject(MenuItem item) {
        item.getProperties().put(NEEDS_PROJECT, Boolean.TRUE);
        return item;
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(I18n.text(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
