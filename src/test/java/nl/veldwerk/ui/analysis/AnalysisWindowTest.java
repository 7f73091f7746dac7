package nl.veldwerk.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.synthetic.SyntheticProject;
import nl.veldwerk.testing.RecordingDialogs;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The analysis window, headless: tables fill, a cell lists its quotations, agreement computes. */
@ExtendWith(ApplicationExtension.class)
class AnalysisWindowTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    private final Project project = SyntheticProject.generate(4, 600, 60, 6, 11);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<int[]> jumps = new ArrayList<>();
    private Stage window;

    @Start
    void start(Stage stage) {
        I18n.setLocale(java.util.Locale.ENGLISH);
        project.put(nl.veldwerk.model.Code.of("made-last", "Aanloop", null, null)); // made last, first by name
        // A supervisor who coded once: not ticked for agreement to begin with.
        project.put(new nl.veldwerk.model.Coder("supervisor", "Eva"));
        project.put(new nl.veldwerk.model.Coder("commenter", "Dr. Jansen")); // who only commented
        project.put(new nl.veldwerk.model.Coding("by-eva", project.quotations().iterator().next().id(), "made-last",
                "supervisor", java.time.Instant.parse("2026-03-01T09:00:00Z")));
        // As the menu opens it: at once, filled when the copy made on a thread of its own is there.
        window = AnalysisWindow.openCopying(null, project, dialogs, (doc, start, end) -> jumps.add(new int[] {start,
                end}));
    }

    private void treeOrder(String parentId, List<String> into) {
        for (nl.veldwerk.model.Code c : project.childrenOf(parentId).stream().sorted(java.util.Comparator.comparing(
                nl.veldwerk.model.Code::name, String.CASE_INSENSITIVE_ORDER)).toList()) {
            into.add(c.name());
            treeOrder(c.id(), into);
        }
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.getScene().getRoot().lookup("#analysis-tabs") != null);
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(150);
        }
    }

    @Test
    void tablesWordsAndAgreement(FxRobot robot) throws Exception {
        settle();
        GridTable codeDocument = robot.lookup("#code-document-table").queryAs(GridTable.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> codeDocument.grid() != null);
        assertEquals(project.codes().size() + 1, codeDocument.grid().rowLabels().size(), "a row per code and a total row");
        assertEquals(project.documents().size() + 1, codeDocument.grid().columnLabels().size(), "documents, total");
        // Rows in the code tree's order: each code before its sub-codes, siblings by name, as the tree shows them.
        List<String> rows = java.util.stream.IntStream.range(0, project.codes().size())
                .mapToObj(r -> codeDocument.cellText(r, -1)).toList();
        List<String> tree = new java.util.ArrayList<>();
        treeOrder(null, tree);
        assertEquals(tree, rows.stream().map(s -> s.strip().replaceFirst("^Σ ", "")).toList());

        // The first code with quotations in the first document: click that cell.
        int row = firstRowWithQuotations();
        robot.interact(() -> codeDocument.select(row, 0));
        robot.interact(() -> codeDocument.select(0, -1)); // a label: nothing listed anew
        GridGeometry at = codeDocument.geometry();
        robot.clickOn(codeDocument.localToScreen(at.labelWidth() + at.columnWidth(0) / 2,
                at.headerHeight() + (row + 0.5) * at.rowHeight()));
        assertEquals(row, codeDocument.selectedRow());
        assertEquals(0, codeDocument.selectedColumn());
        settle();
        ListView<?> details = robot.lookup("#code-document-details").queryListView();
        assertFalse(details.getItems().isEmpty(), "the cell lists its quotations");
        robot.interact(() -> details.getSelectionModel().select(0));
        robot.doubleClickOn(details.lookupAll(".list-cell").stream().filter(n -> ((javafx.scene.control.ListCell<?>) n)
                .getIndex() == 0).findFirst().orElseThrow());
        assertEquals(1, jumps.size(), "double-click opens the quotation in the main window");

        // Shares of a column whose quotations have several codes add up to more than 100 %: said under the settings.
        javafx.scene.control.ChoiceBox<nl.veldwerk.analysis.CodeDocumentTable.Normalisation> shares =
                robot.lookup("#normalisation").query();
        java.util.function.Supplier<List<String>> notes = () -> robot.lookup(".hint").queryAllAs(
                javafx.scene.control.Label.class).stream().filter(javafx.scene.Node::isVisible)
                .map(javafx.scene.control.Label::getText).filter(t -> t.contains("100 %")).toList();
        assertEquals(List.of(), notes.get(), "counts: nothing to explain");
        robot.interact(() -> shares.setValue(nl.veldwerk.analysis.CodeDocumentTable.Normalisation.PERCENT_OF_COLUMN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(I18n.text("analysis.columnOver100")), notes.get());
        assertEquals("Code (quotations, % of column)", codeDocument.grid().corner(),
                "the table, and so its files and copy, say what the figures are");
        robot.interact(() -> shares.setValue(nl.veldwerk.analysis.CodeDocumentTable.Normalisation.RAW));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), notes.get());

        TabPane tabs = robot.lookup("#analysis-tabs").query();
        // A co-occurrence cell lists each pair by both quotations' IDs (a quotation inside another with both codes
        // gave lines alike, "Encloses · A07 ¶ 25 · …", three times).
        robot.interact(() -> tabs.getSelectionModel().select(1));
        settle();
        GridTable cooccurrence = robot.lookup("#cooccurrence-table").queryAs(GridTable.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cooccurrence.grid() != null);
        List<nl.veldwerk.model.Code> codes = new AnalysisViewModel(project).codes();
        nl.veldwerk.analysis.CooccurrenceTable table = nl.veldwerk.analysis.CooccurrenceTable.compute(project, codes);
        int[] cell = java.util.stream.IntStream.range(0, codes.size() * codes.size())
                .mapToObj(k -> new int[] {k / codes.size(), k % codes.size()})
                .filter(c -> c[0] != c[1] && !table.pairs(c[0], c[1]).isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> cooccurrence.select(cell[0], cell[1]));
        settle();
        ListView<?> pairs = robot.lookup("#cooccurrence-details").queryListView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pairs.getItems().size() == table.pairs(cell[0], cell[1])
                .size());
        for (Object item : pairs.getItems()) {
            String line = item.toString();
            assertTrue(line.matches("\\d+:\\d+ (encloses \\d+:\\d+|overlaps \\d+:\\d+|is next to \\d+:\\d+|with both codes) · .*"),
                    line);
        }
        // In one group's documents only: counted there, and said in the corner (and so in an export).
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<AnalysisViewModel.WordScope> in = robot.lookup("#cooccurrence-documents").query();
        AnalysisViewModel.WordScope group = in.getItems().stream().filter(scope -> scope.label().startsWith("Group "))
                .findFirst().orElseThrow();
        assertTrue(group.documentIds().size() < project.documents().size(), "a group of some documents, not all");
        robot.interact(() -> in.setValue(group));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cooccurrence.grid().corner().endsWith(" in "
                + group.label()));
        nl.veldwerk.analysis.CooccurrenceTable there = nl.veldwerk.analysis.CooccurrenceTable.compute(project, codes,
                java.util.EnumSet.allOf(nl.veldwerk.analysis.CooccurrenceTable.Relation.class), false,
                group.documentIds());
        for (int i = 0; i < codes.size(); i++) {
            for (int j = 0; j < codes.size(); j++) {
                if (i != j) {
                    assertEquals(there.count(i, j), cooccurrence.grid().values()[i][j], 0.0, i + "," + j);
                }
            }
        }
        robot.interact(() -> in.getSelectionModel().selectFirst());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !cooccurrence.grid().corner().contains(" in "));

        robot.interact(() -> tabs.getSelectionModel().select(2));
        settle();
        TableView<?> words = robot.lookup("#word-list").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !words.getItems().isEmpty());
        // Leaving the interviewer out: fewer words are counted.
        java.util.function.IntSupplier total = () -> words.getItems().stream().mapToInt(w ->
                ((nl.veldwerk.analysis.WordFrequencies.WordCount) w).count()).sum();
        int withInterviewer = total.getAsInt();
        javafx.scene.control.CheckBox interviewer = robot.lookup("#words-speakers .check-box").queryAll().stream()
                .map(n -> (javafx.scene.control.CheckBox) n).filter(b -> b.getText().equals("Interviewer")).findFirst()
                .orElseThrow();
        robot.interact(() -> interviewer.setSelected(false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> total.getAsInt() < withInterviewer);
        // The list goes out as it is shown (the interviewer left out), to CSV and to a spreadsheet.
        java.nio.file.Path csv = tmp.resolve("woorden.csv");
        dialogs.saveAs = csv;
        robot.clickOn("#words-csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(csv));
        // The window says where the file went (the button gave no sign that anything was written).
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#analysis-written")
                .queryAs(javafx.scene.control.Label.class).getText().equals("Wrote woorden.csv in " + csv.getParent()));
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertEquals("\uFEFFWord,Count", lines.getFirst());
        assertEquals(words.getItems().stream().map(w -> (nl.veldwerk.analysis.WordFrequencies.WordCount) w)
                .map(w -> w.word() + "," + w.count()).toList(),
                lines.subList(1, lines.size()));
        java.nio.file.Path xlsx = csv.resolveSibling("woorden.xlsx");
        dialogs.saveAs = xlsx;
        robot.clickOn("#words-xlsx");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(xlsx));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            var sheet = book.getSheetAt(0);
            assertEquals(words.getItems().size(), sheet.getLastRowNum());
            var first = (nl.veldwerk.analysis.WordFrequencies.WordCount) words.getItems().getFirst();
            assertEquals(first.word(), sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(first.count(), sheet.getRow(1).getCell(1).getNumericCellValue());
        }

        robot.interact(() -> tabs.getSelectionModel().select(3));
        // Ticked to begin with: the two coders who did the most, not every coder the project names.
        List<String> ticked = tabs.getTabs().get(3).getContent().lookupAll(".check-box").stream()
                .map(n -> (javafx.scene.control.CheckBox) n).filter(javafx.scene.control.CheckBox::isSelected)
                .map(b -> (String) b.getUserData()).sorted().toList();
        List<String> busiest = project.coders().stream().map(nl.veldwerk.model.Coder::id)
                .sorted(java.util.Comparator.comparingInt(project::usesOf).reversed()).limit(2).sorted().toList();
        assertTrue(project.coders().size() > 2, "more coders than two");
        assertFalse(ticked.contains("supervisor"));
        assertEquals(busiest, ticked);
        javafx.scene.control.Button agreementXlsx = tabs.getTabs().get(3).getContent().lookupAll(".button").stream()
                .map(n -> (javafx.scene.control.Button) n).filter(b -> b.getText().equals(I18n.text("export.xlsx")))
                .findFirst().orElseThrow();
        assertTrue(agreementXlsx.isDisabled(), "nothing to export before agreement is computed");
        // The word list says it counts forms as written, where search finds every form (QA).
        assertTrue(robot.lookup("#words-forms").queryLabeled().getText().startsWith("Each word form is counted as written"));
        // The co-occurrence tab says what its cells count, beside the diagram's arrows (QA).
        assertTrue(tabs.getTabs().get(1).getContent().lookupAll(".label").stream().anyMatch(n -> n instanceof
                javafx.scene.control.Label l && l.getText().startsWith("Each cell counts the pairs of quotations")),
                "the co-occurrence tab's note");
        robot.clickOn("#compute-agreement");
        settle();
        assertFalse(agreementXlsx.isDisabled());
        GridTable agreement = robot.lookup("#agreement-table").queryAs(GridTable.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> agreement.grid() != null);
        assertEquals(project.codes().size() + 1, agreement.grid().rowLabels().size(), "a row per code and one for all");
        String covered = robot.lookup("#agreement-explanation").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(covered.contains("\nCompared in the documents every chosen coder coded: ") && covered.contains(
                ". Left out, coded by some of them only: "), "which documents the figures cover (QA): " + covered);
        WaitForAsyncUtils.waitForFxEvents();
        int all = agreement.grid().rowLabels().size() - 1;
        assertTrue(agreement.cellText(all, 0).matches("\\d+\\.\\d"), "a percentage with one decimal (\"75,000\" read "
                + "as seventy-five thousand in Dutch, QA): " + agreement.cellText(all, 0));
        assertTrue(agreement.cellText(all, 1).matches("-?\\d\\.\\d{3}|—"), "kappa with three: "
                + agreement.cellText(all, 1));
        for (int c = 0; c < agreement.grid().columnLabels().size(); c++) {
            String heading = agreement.grid().columnLabels().get(c);
            javafx.scene.text.Text bold = new javafx.scene.text.Text(heading);
            bold.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                    javafx.scene.text.FontWeight.BOLD, javafx.scene.text.Font.getDefault().getSize()));
            assertTrue(agreement.geometry().columnWidth(c) >= bold.getLayoutBounds().getWidth() + 12,
                    "heading whole: " + heading);
        }
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        // A coder who coded nothing, ticked: said by name (QA: "no document coded by all", without why).
        robot.interact(() -> tabs.getTabs().get(3).getContent().lookupAll(".check-box").stream()
                .map(n -> (javafx.scene.control.CheckBox) n).forEach(b -> b.setSelected(
                        "commenter".equals(b.getUserData()) || busiest.getFirst().equals(b.getUserData()))));
        robot.clickOn("#compute-agreement");
        settle();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertTrue(dialogs.errors.getFirst().contains("Dr. Jansen has coded nothing"), dialogs.errors.toString());
        robot.interact(window::close);
    }

    @Test
    void aChangeAfterTheCopyIsSaidAndRefreshTakesItOnTheSameTab(FxRobot robot) throws Exception {
        settle();
        TabPane tabs = robot.lookup("#analysis-tabs").query();
        GridTable before = robot.lookup("#code-document-table").queryAs(GridTable.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> before.grid() != null);
        int last = before.grid().rowLabels().size() - 1;
        int lastColumn = before.grid().columnLabels().size() - 1;
        int total = Integer.parseInt(before.cellText(last, lastColumn).strip());
        robot.interact(() -> ((javafx.scene.control.CheckBox) robot.lookup("#with-subcodes").query()).setSelected(false));
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertTrue(robot.lookup("#analysis-changed").tryQuery().isEmpty(), "nothing changed yet");

        // The researcher codes on in the main window: the figures shown are older now, and the window says so.
        String document = project.documents().iterator().next().id();
        robot.interact(() -> {
            project.put(new nl.veldwerk.model.Quotation("new-q", document, 0, 5, "", "supervisor",
                    java.time.Instant.parse("2026-03-02T09:00:00Z")));
            project.put(new nl.veldwerk.model.Coding("new-c", "new-q", "made-last", "supervisor",
                    java.time.Instant.parse("2026-03-02T09:00:00Z")));
        });
        javafx.scene.control.Label said = robot.lookup("#analysis-changed .label").queryAs(javafx.scene.control.Label.class);
        assertTrue(said.getText().startsWith("The project has changed since these figures were taken at "),
                said.getText());
        assertEquals(Integer.toString(total), before.cellText(last, lastColumn).strip(), "the copy is unchanged");

        robot.clickOn("#analysis-refresh");
        settle();
        TabPane refreshed = robot.lookup("#analysis-tabs").query();
        assertEquals(1, refreshed.getSelectionModel().getSelectedIndex(), "the tab that was open stays open");
        assertTrue(robot.lookup("#analysis-changed").tryQuery().isEmpty(), "up to date again");
        robot.interact(() -> refreshed.getSelectionModel().select(0));
        assertFalse(((javafx.scene.control.CheckBox) robot.lookup("#with-subcodes").query()).isSelected(),
                "the table is asked for as it was");
        GridTable after = robot.lookup("#code-document-table").queryAs(GridTable.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> after != before && after.grid() != null);
        assertEquals(Integer.toString(total + 1), after.cellText(last, lastColumn).strip(),
                "the new quotation is counted");

        // Asked for again while open after another change, the window comes forward with today's figures.
        robot.interact(() -> project.put(new nl.veldwerk.model.Coding("new-c2", "new-q", "made-last", null,
                java.time.Instant.parse("2026-03-02T09:00:00Z"))));
        assertTrue(robot.lookup("#analysis-changed").tryQuery().isPresent());
        robot.interact(() -> AnalysisWindow.bringForward(window));
        settle();
        assertTrue(robot.lookup("#analysis-changed").tryQuery().isEmpty(), "taken anew");
        assertEquals(1, robot.listWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().equals(window.getTitle())).count());
        // Closed, it is told of nothing more (its listener goes with it).
        AnalysisWindow analysis = AnalysisWindow.of(window);
        robot.interact(window::close);
        long told = analysis.changesTold();
        robot.interact(() -> project.put(nl.veldwerk.model.Code.of("after-close", "Na sluiten", null, null)));
        assertEquals(told, analysis.changesTold(), "no longer listening");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    private int firstRowWithQuotations() {
        String first = project.documents().iterator().next().id();
        List<nl.veldwerk.model.Code> codes = new AnalysisViewModel(project).codes();
        for (int r = 0; r < codes.size(); r++) {
            String code = codes.get(r).id();
            boolean has = project.codingsWithCode(code).stream().anyMatch(c -> project.quotation(c.quotationId())
                    .orElseThrow().documentId().equals(first));
            if (has) {
                return r;
            }
        }
        throw new IllegalStateException("no code in the first document");
    }
}
