package nl.veldwerk.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The report dialog opens with the last report's choices again: every tick, group and option shown as asked. */
@ExtendWith(ApplicationExtension.class)
class ReportDialogChoicesTest {
    @Test
    void theChoicesOfARequestAreShownAsTheyWere() throws Exception {
        Project p = new Project(ProjectInfo.named("Rapport", Instant.EPOCH));
        p.put(Code.of("cat", "Categorie", null, null));
        p.put(Code.of("sub", "Sub", null, "cat"));
        p.put(Code.of("los", "Los", null, null));
        p.put(new DocumentGroup("g", "Bewoners", ""));
        p.put(Document.of("a", "A01", "Tekst.\n", SourceFormat.TXT, List.of(), Instant.EPOCH));
        p.put(Document.of("b", "A02", "Tekst.\n", SourceFormat.TXT, List.of(), Instant.EPOCH));
        ReportActions.Request asked = new ReportActions.Request("Mijn rapport", Set.of("sub", "los"), false,
                Set.of("b"), Set.of("g"), QuotationSelection.Grouping.BY_DOCUMENT, true, false, true, null, null,
                nl.veldwerk.ui.common.Preferences.openReports(), Locale.ENGLISH); // opening reports: a preference
        nl.veldwerk.ui.common.I18n.setLocale(Locale.ENGLISH);
        String[] ticked = new String[1];
        ReportActions.Request shown = WaitForAsyncUtils.asyncFx(() -> {
            ReportDialog dialog = new ReportDialog(p);
            dialog.choose(asked);
            ticked[0] = ((javafx.scene.control.Label) dialog.lookup("#report-codes-ticked")).getText();
            return dialog.request();
        }).get();
        assertEquals(asked, shown);
        assertEquals("Codes ticked (2): ‘Sub’, ‘Los’", ticked[0], "said once the last report's codes are ticked");
    }

    /**
     * The codes ticked are named above the list, whatever the filter shows (QA: a code ticked before, listed above the
     * filter's matches, was unticked by mistake and the report held every code).
     */
    @Test
    void theCodesTickedAreNamedWhateverTheFilterShows() throws Exception {
        nl.veldwerk.ui.common.I18n.setLocale(Locale.ENGLISH);
        Project p = new Project(ProjectInfo.named("Rapport", Instant.EPOCH));
        p.put(Code.of("cat", "Categorie", null, null));
        p.put(Code.of("sub", "Sub", null, "cat"));
        p.put(Code.of("los", "Los", null, null));
        List<String> said = WaitForAsyncUtils.asyncFx(() -> {
            ReportDialog dialog = new ReportDialog(p);
            javafx.scene.control.Label ticked = (javafx.scene.control.Label) dialog.lookup("#report-codes-ticked");
            List<String> texts = new java.util.ArrayList<>(List.of(ticked.getText()));
            ((javafx.scene.control.TextField) dialog.lookup("#report-code-filter")).setText("Sub");
            @SuppressWarnings("unchecked")
            javafx.scene.control.ListView<ReportDialog.Choice> codes =
                    (javafx.scene.control.ListView<ReportDialog.Choice>) dialog.lookup("#report-codes");
            codes.getItems().getFirst().tickedProperty().set(true);
            ((javafx.scene.control.TextField) dialog.lookup("#report-code-filter")).setText("Los");
            codes.getItems().stream().filter(c -> c.label().strip().equals("Los")).findFirst().orElseThrow()
                    .tickedProperty().set(true);
            texts.add(ticked.getText());
            return texts;
        }).get();
        assertEquals(List.of("Codes (none ticked: all codes)", "Codes ticked (2): ‘Sub’, ‘Los’"), said);
        for (int i = 0; i < 12; i++) {
            p.put(Code.of("c" + i, "Code " + i, null, null));
        }
        String many = WaitForAsyncUtils.asyncFx(() -> {
            ReportDialog dialog = new ReportDialog(p);
            @SuppressWarnings("unchecked")
            javafx.scene.control.ListView<ReportDialog.Choice> codes =
                    (javafx.scene.control.ListView<ReportDialog.Choice>) dialog.lookup("#report-codes");
            codes.getItems().forEach(c -> c.tickedProperty().set(true));
            javafx.scene.control.Label label = (javafx.scene.control.Label) dialog.lookup("#report-codes-ticked");
            // Laid out in a dialog's width, the label wraps whole: its end ("and 7 more") was cut off.
            new javafx.scene.Scene(dialog, 420, 560);
            dialog.applyCss();
            dialog.layout();
            assertTrue(label.getHeight() >= label.prefHeight(label.getWidth()) - 0.5 && label.getHeight()
                    > 1.5 * label.getFont().getSize() * 1.2, "wrapped over its lines: " + label.getHeight());
            return label.getText();
        }).get();
        assertTrue(many.startsWith("Codes ticked (15): ‘Categorie’, ") && many.endsWith(" and 7 more"), many);
    }

    /** With no report made yet in the project, the code selected in the Codes tab starts ticked (QA). */
    @Test
    void theSelectedCodeStartsTickedWhenNoReportWasMadeYet() throws Exception {
        nl.veldwerk.ui.common.I18n.setLocale(Locale.ENGLISH);
        Project p = new Project(ProjectInfo.named("Nieuw rapport " + System.nanoTime(), Instant.EPOCH));
        p.put(Code.of("cat", "Categorie", null, null));
        p.put(Code.of("sub", "Sub", null, "cat"));
        String said = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Label) ReportDialog.prepared(p, "sub")
                .lookup("#report-codes-ticked")).getText()).get();
        assertEquals("Codes ticked (1): ‘Sub’", said);
        String none = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Label) ReportDialog.prepared(p, null)
                .lookup("#report-codes-ticked")).getText()).get();
        assertEquals("Codes (none ticked: all codes)", none);
    }

    /**
     * The last report's layout (grouping, table, definitions, memos) is where the first report of a later session
     * starts, in any project, as "open when written" is (QA: after a restart every option was chosen again).
     */
    @Test
    void theLastReportsLayoutIsKeptForTheNextSession() throws Exception {
        String before = nl.veldwerk.ui.common.Preferences.reportLayout();
        try {
            Project p = new Project(ProjectInfo.named("Vorig rapport " + System.nanoTime(), Instant.EPOCH));
            WaitForAsyncUtils.asyncFx(() -> {
                ReportDialog d = ReportDialog.prepared(p, null);
                d.chooseLayout("BY_DOCUMENT,true,false,true");
                return ReportDialog.keep(p, d); // as OK does
            }).get();
            assertEquals("BY_DOCUMENT,true,false,true", nl.veldwerk.ui.common.Preferences.reportLayout());
            Project other = new Project(ProjectInfo.named("Ander project " + System.nanoTime(), Instant.EPOCH));
            ReportActions.Request next = WaitForAsyncUtils.asyncFx(() -> ReportDialog.prepared(other, null).request())
                    .get();
            assertEquals(QuotationSelection.Grouping.BY_DOCUMENT, next.grouping());
            assertTrue(next.table() && !next.definitions() && next.memos(), next.toString());
            // A saved query's report (by document, as a query's result reads) does not become the next one's layout.
            Project asked = new Project(ProjectInfo.named("Met vraag " + System.nanoTime(), Instant.EPOCH)
                    .withSavedQueries(List.of(new nl.veldwerk.model.SavedQuery("Vraag", false, "buurthuis"))));
            nl.veldwerk.ui.common.Preferences.setReportLayout("BY_CODE,true,true,true");
            WaitForAsyncUtils.asyncFx(() -> {
                ReportDialog d = ReportDialog.prepared(asked, null);
                ReportActions.Request q = d.request();
                d.choose(new ReportActions.Request(q.title(), q.codeIds(), q.withSubCodes(), q.documentIds(),
                        q.groupIds(), QuotationSelection.Grouping.BY_DOCUMENT, q.table(), q.definitions(), q.memos(),
                        q.diagramId(), "Vraag", q.openWhenWritten(), q.language(), q.attributeValues()));
                return ReportDialog.keep(asked, d);
            }).get();
            assertEquals("BY_CODE,true,true,true", nl.veldwerk.ui.common.Preferences.reportLayout(), "kept as it was");
            nl.veldwerk.ui.common.Preferences.setReportLayout("BY_CODE,false,true,false");
            ReportActions.Request again = WaitForAsyncUtils.asyncFx(() -> ReportDialog.prepared(other, null).request())
                    .get();
            assertTrue(again.grouping() == QuotationSelection.Grouping.BY_CODE && !again.table() && again.definitions()
                    && !again.memos(), again.toString());
        } finally {
            nl.veldwerk.ui.common.Preferences.setReportLayout(before);
        }
    }

    /** An attribute's value ticked reports the documents that have it, beside a document ticked by name. */
    @Test
    void anAttributeValueChoosesTheDocumentsThatHaveIt() throws Exception {
        nl.veldwerk.ui.common.I18n.setLocale(Locale.ENGLISH);
        Project p = new Project(ProjectInfo.named("Rapport", Instant.EPOCH));
        p.put(new nl.veldwerk.model.AttributeDefinition("rol", "rol", nl.veldwerk.model.AttributeType.TEXT));
        p.put(Document.of("a", "A01", "Tekst.\n", SourceFormat.TXT, List.of(), Instant.EPOCH)
                .withAttributes(java.util.Map.of("rol", "wijkcoach")));
        p.put(Document.of("b", "A02", "Tekst.\n", SourceFormat.TXT, List.of(), Instant.EPOCH)
                .withAttributes(java.util.Map.of("rol", "bewoner")));
        p.put(Document.of("c", "A03", "Tekst.\n", SourceFormat.TXT, List.of(), Instant.EPOCH)
                .withAttributes(java.util.Map.of("rol", "wijkcoach")));
        p.put(Document.of("d", "A04", "Tekst.\n", SourceFormat.TXT, List.of(), Instant.EPOCH));
        Set<String> chosen = WaitForAsyncUtils.asyncFx(() -> {
            ReportDialog dialog = new ReportDialog(p);
            javafx.scene.control.ListView<ReportDialog.Choice> documents =
                    (javafx.scene.control.ListView<ReportDialog.Choice>) dialog.lookup("#report-documents");
            for (ReportDialog.Choice c : documents.getItems()) {
                c.tickedProperty().set(c.label().equals("Documents with rol = wijkcoach") || c.label().equals("A04"));
            }
            ReportActions.Request asked = dialog.request();
            assertEquals(List.of("rol = wijkcoach"), asked.attributeValues(), "named on the title page");
            ReportDialog again = new ReportDialog(p); // opened with these choices again: the value ticked again
            again.choose(asked);
            assertEquals(asked, again.request());
            // ... and its documents not ticked one by one: unticking the value leaves only A04 (QA: A01 and A03
            // stayed chosen, ticked by name).
            javafx.scene.control.ListView<ReportDialog.Choice> shownAgain =
                    (javafx.scene.control.ListView<ReportDialog.Choice>) again.lookup("#report-documents");
            assertEquals(List.of("A04", "Documents with rol = wijkcoach"), shownAgain.getItems().stream()
                    .filter(c -> c.tickedProperty().get()).map(ReportDialog.Choice::label).sorted().toList());
            shownAgain.getItems().stream().filter(c -> c.label().startsWith("Documents with"))
                    .forEach(c -> c.tickedProperty().set(false));
            assertEquals(Set.of("d"), again.request().documentIds());
            return asked.documentIds();
        }).get();
        assertEquals(Set.of("a", "c", "d"), chosen);
    }
}
