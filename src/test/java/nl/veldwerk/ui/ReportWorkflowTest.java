package nl.veldwerk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.veldwerk.analysis.QuotationSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The quotation report from the window: written in the background from the sample; nothing chosen, nothing written. */
@ExtendWith(ApplicationExtension.class)
class ReportWorkflowTest {
    @TempDir
    static Path tmp;

    private final MainWindowTest.RecordingDialogs dialogs = new MainWindowTest.RecordingDialogs();
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        I18n.setLocale(java.util.Locale.ENGLISH);
        vm = new MainViewModel(dialogs);
        stage.setScene(new Scene(new MainView(vm), 1300, 800));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(vm::shutdown).get(5, TimeUnit.SECONDS);
    }


    @Test
    void aReportOfTheSampleAndARefusedEmptyOne(FxRobot robot) throws Exception {
        Path copy = WindowTestSupport.copySample(tmp.resolve("wijk-y"));
        robot.interact(() -> vm.open(copy));
        WindowTestSupport.idle(vm);
        ReportActions reports = new ReportActions(vm);
        Path docx = tmp.resolve("schaamte.docx");
        robot.interact(() -> reports.write(new ReportActions.Request("Schaamte en wantrouwen", Set.of("fc-schaamte",
                "fc-wantrouwen"), true, Set.of(), Set.of(), QuotationSelection.Grouping.BY_CODE, false, true, true,
                vm.session().project().diagrams().iterator().next().id(), null), docx));
        WindowTestSupport.idle(vm);
        assertTrue(Files.size(docx) > 20_000, "a Word file with the diagram in it");
        assertEquals("Wrote schaamte.docx (5 quotations)", vm.statusProperty().get());

        // Only what a saved query selects: the weak-ties quotations that co-occur with individual use.
        robot.interact(() -> SearchPane.saveQuery(vm, "Weak ties in use", true,
                "\"Weak ties\" OVERLAPS \"Individueel gebruik\""));
        Path fromQuery = tmp.resolve("query.docx");
        robot.interact(() -> reports.write(new ReportActions.Request("Weak ties", Set.of(), false, Set.of(), Set.of(),
                QuotationSelection.Grouping.BY_DOCUMENT, true, false, false, null, "Weak ties in use"), fromQuery));
        WindowTestSupport.idle(vm);
        assertEquals("Wrote query.docx (3 quotations)", vm.statusProperty().get(),
                "grouped by document: each quotation once");

        Path none = tmp.resolve("leeg.docx");
        robot.interact(() -> reports.write(new ReportActions.Request("Leeg", Set.of("fc-financiele-bijdrage"), false,
                Set.of(), Set.of(), QuotationSelection.Grouping.BY_CODE, false, false, false, null, null), none));
        WindowTestSupport.idle(vm);
        assertFalse(Files.exists(none));
        assertTrue(dialogs.errors.getLast().contains("No quotation matches"), dialogs.errors.toString());
    }
}
