package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.exchange.ReportActions;
import nl.veldwerk.ui.exchange.ReportDialog;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The quotation report from the window: written in the background from the sample; nothing chosen, nothing written. */
class ReportWorkflowTest extends WorkbenchTest {

    @Test
    void aReportOfTheSampleAndARefusedEmptyOne(FxRobot robot) throws Exception {
        openCopyOfSample(robot, "wijk-y");
        ReportActions reports = new ReportActions(vm);
        Path docx = tmp.resolve("schaamte.docx");
        robot.interact(() -> reports.write(new ReportActions.Request("Schaamte en wantrouwen", Set.of("fc-schaamte",
                "fc-wantrouwen"), true, Set.of(), Set.of(), QuotationSelection.Grouping.BY_CODE, false, true, true,
                vm.session().project().diagrams().iterator().next().id(), null, false, java.util.Locale.ENGLISH), docx));
        WindowTestSupport.idle(vm);
        assertTrue(Files.size(docx) > 20_000, "a Word file with the diagram in it");
        assertEquals("Wrote schaamte.docx (5 quotations)", vm.statusProperty().get());

        // Only what a saved query selects: the weak-ties quotations that co-occur with individual use.
        robot.interact(() -> workbench.search().saveQuery("Weak ties in use", true,
                "\"Weak ties\" OVERLAPS \"Individueel gebruik\""));
        Path fromQuery = tmp.resolve("query.docx");
        robot.interact(() -> reports.write(new ReportActions.Request("Weak ties", Set.of(), false, Set.of(), Set.of(),
                QuotationSelection.Grouping.BY_DOCUMENT, true, false, false, null, "Weak ties in use", false,
                java.util.Locale.ENGLISH),
                fromQuery));
        WindowTestSupport.idle(vm);
        assertEquals("Wrote query.docx (3 quotations)", vm.statusProperty().get(),
                "grouped by document: each quotation once");

        Path memos = tmp.resolve("memos.docx");
        robot.interact(() -> reports.memos(memos));
        WindowTestSupport.idle(vm);
        assertTrue(vm.statusProperty().get().startsWith("Wrote memos.docx in "), "and where: "
                + vm.statusProperty().get());
        try (var in = Files.newInputStream(memos); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> "Heading1".equals(p.getStyle())
                    && p.getText().equals("Over codes")), "the sample's memos per factor, in the project's language (Dutch)"
                    + " while the window speaks English");
        }

        Path none = tmp.resolve("leeg.docx");
        robot.interact(() -> reports.write(new ReportActions.Request("Leeg", Set.of("fc-financiele-bijdrage"), false,
                Set.of(), Set.of(), QuotationSelection.Grouping.BY_CODE, false, false, false, null, null, false, null), none));
        WindowTestSupport.idle(vm);
        assertFalse(Files.exists(none));
        assertTrue(dialogs.infos.getLast().startsWith("Nothing to report: No quotation matches"), dialogs.infos
                .toString() + dialogs.errors);
        assertTrue(dialogs.errors.isEmpty(), "not a failure to write the file: " + dialogs.errors);
    }

    @Test
    void theDialogsChoicesMakeTheReport(FxRobot robot) throws Exception {
        openCopyOfSample(robot, "wijk-y-dialog");
        java.util.concurrent.atomic.AtomicReference<ReportDialog> pane = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            pane.set(new ReportDialog(vm.session().project()));
            Stage stage = new Stage();
            stage.setScene(new Scene(pane.get()));
            stage.show();
        });
        javafx.scene.control.ListView<ReportDialog.Choice> codes = robot.lookup("#report-codes").query();
        int all = codes.getItems().size();
        // Typed to find: the long codebook narrows to the matching codes.
        robot.clickOn("#report-code-filter").write("schaam");
        assertTrue(codes.getItems().size() < all && codes.getItems().stream().allMatch(b -> b.label().toLowerCase()
                .contains("schaam")), codes.getItems().toString());
        ReportDialog.Choice schaamte = codes.getItems().stream().filter(b -> b.label().strip().equals("Schaamte"))
                .findFirst().orElseThrow();
        robot.clickOn(checkBoxOf(robot, "#report-codes", schaamte));
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#report-code-filter").query()).clear());
        assertEquals(all, codes.getItems().size(), "cleared, every code again, the tick kept");
        assertTrue(schaamte.ticked());
        javafx.scene.control.ListView<ReportDialog.Choice> documents = robot.lookup("#report-documents").query();
        assertTrue(robot.lookup("#report-documents .check-box").queryAll().stream().noneMatch(b ->
                ((javafx.scene.control.CheckBox) b).isMnemonicParsing()), "a name's \"_\" is shown (interview_R03)");
        robot.clickOn(checkBoxOf(robot, "#report-documents", documents.getItems().stream().filter(b -> b.label()
                .contains("Aanbieders")).findFirst().orElseThrow()));
        robot.clickOn("#report-table");
        javafx.scene.control.ChoiceBox<QuotationSelection.Grouping> grouping = robot.lookup("#report-grouping").query();
        javafx.scene.control.CheckBox definitions = robot.lookup("#report-definitions").query();
        javafx.scene.control.CheckBox memos = robot.lookup("#report-memos").query();
        assertTrue(!definitions.isDisabled() && !memos.isDisabled(), "by code: under each code's heading");
        javafx.scene.control.Label onlyQuery = robot.lookup((javafx.scene.control.Label l) -> nl.veldwerk.ui.common.I18n
                .text("report.savedQuery").equals(l.getText())).query();
        javafx.stage.Window dialogWindow = pane.get().getScene().getWindow();
        double wide = dialogWindow.getWidth();
        robot.interact(() -> dialogWindow.setWidth(380)); // as on a laptop, where the label was cut
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onlyQuery.getWidth() >= onlyQuery.prefWidth(-1) - 0.5, "whole, not cut: " + onlyQuery.getWidth());
        robot.interact(() -> dialogWindow.setWidth(wide));
        robot.interact(() -> grouping.setValue(QuotationSelection.Grouping.BY_DOCUMENT));
        assertTrue(definitions.isDisabled(), "by document there are no code headings to put definitions under");
        assertFalse(memos.isDisabled(), "the quotations' own memos are beside them by document too");

        javafx.scene.control.ChoiceBox<java.util.Locale> language = robot.lookup("#report-language").query();
        assertEquals("nl", language.getValue().getLanguage(), "the sample is a Dutch study: its report is in Dutch");
        assertEquals(java.util.List.of("English", "Nederlands"), language.getItems().stream()
                .map(nl.veldwerk.ui.common.ReportLanguage::name).toList());
        ReportActions.Request r = WaitForAsyncUtils.asyncFx(pane.get()::request).get();
        assertEquals("nl", r.language().getLanguage());
        assertEquals(Set.of("fc-schaamte"), r.codeIds());
        assertEquals(1, r.groupIds().size());
        assertTrue(r.documentIds().isEmpty() && r.table() && r.withSubCodes() && r.openWhenWritten());
        // "Open it when it is written" unticked is remembered for the next report; ticked again for the tests after.
        javafx.scene.control.CheckBox open = robot.lookup("#report-open").query();
        robot.interact(() -> open.setSelected(false));
        boolean remembered = WaitForAsyncUtils.asyncFx(() -> new ReportDialog(vm.session().project()).request()
                .openWhenWritten()).get();
        robot.interact(() -> open.setSelected(true));
        assertEquals(false, remembered, "the next dialog starts unticked");
        assertEquals(QuotationSelection.Grouping.BY_DOCUMENT, r.grouping());

        Path docx = tmp.resolve("schaamte-aanbieders.docx");
        robot.interact(() -> new ReportActions(vm).write(r, docx));
        WindowTestSupport.idle(vm);
        assertEquals(java.util.List.of(docx), dialogs.opened, "opened in Word (or whatever opens .docx) once written");
        try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            var byDocument = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
            assertFalse(byDocument.isEmpty());
            assertTrue(byDocument.stream().allMatch(name -> name.startsWith("A")), "only the providers: " + byDocument);
            assertFalse(doc.getTables().isEmpty(), "one row per quotation");
            assertEquals("Citaat", doc.getTables().getFirst().getRow(0).getCell(0).getText(), "in Dutch, as chosen");
        }
    }

    /** The check box a choice list shows on screen for this choice (what the user clicks). */
    private static javafx.scene.Node checkBoxOf(FxRobot robot, String list, ReportDialog.Choice choice) {
        return robot.lookup(list + " .list-cell").queryAll().stream().map(n -> (javafx.scene.control.ListCell<?>) n)
                .filter(c -> c.getItem() == choice).findFirst().orElseThrow().lookup(".check-box");
    }
}
