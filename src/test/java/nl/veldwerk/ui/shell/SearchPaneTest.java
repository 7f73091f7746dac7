package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.veldwerk.search.Search;
import nl.veldwerk.testing.WindowTestSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Search in the window: the index builds in the background, finds stemmed words, follows a new coding, opens a hit. */
class SearchPaneTest extends WorkbenchTest {

    /** Opens a copy of the sample, waits for its index, and searches it in the Search tab; the list of hits. */
    private ListView<Search.Hit> searchACopyOfTheSample(FxRobot robot, String folder, String query) throws Exception {
        Path copy = WindowTestSupport.copySample(tmp.resolve(folder));
        robot.interact(() -> vm.open(copy));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.search().readyProperty().get());
        javafx.scene.control.TabPane explorer = robot.lookup("#explorer").query();
        robot.interact(() -> explorer.getSelectionModel().select(4));
        robot.interact(() -> robot.lookup("#search-query").query().requestFocus());
        robot.write(query).type(KeyCode.ENTER);
        return robot.lookup("#search-hits").query();
    }

    @Test
    void searchTheSampleAndFollowANewCoding(FxRobot robot) throws Exception {
        ListView<Search.Hit> hits = searchACopyOfTheSample(robot, "wijk-y", "code:schaamte");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hits.getItems().size() == 3);
        javafx.scene.text.Text savedLabel = (javafx.scene.text.Text) robot.lookup("#saved-queries").query()
                .lookup(".text");
        assertEquals(nl.veldwerk.ui.common.I18n.text("search.savedQueries"), savedLabel.getText(),
                "the list of kept queries is named in full, not cut short");

        // Code a paragraph of W01 with Schaamte: the search finds it once the index has caught up.
        var w01 = vm.session().project().documents().stream().filter(d -> d.name().equals("W01")).findFirst().orElseThrow();
        int start = w01.text().indexOf("Het valt wel op");
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.QuotationCommands.codeRange(w01.id(), start,
                start + 40, "fc-schaamte", null, java.time.Instant.now())));
        robot.interact(() -> robot.lookup("#search-query").query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hits.getItems().size() == 4);
        assertTrue(hits.getItems().stream().anyMatch(h -> h.documentName().equals("W01")));
        robot.interact(() -> hits.getSelectionModel().select(hits.getItems().stream()
                .filter(h -> h.documentName().equals("W01")).findFirst().orElseThrow()));
        robot.doubleClickOn(robot.lookup("#search-hits .list-cell").nth(hits.getSelectionModel().getSelectedIndex())
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("W01", vm.selectedProperty().get().document().name(), "the hit opens in the transcript");
        var opened = workbench.coding().selectedQuotationProperty().get();
        assertEquals(start, opened.start(), "a quotation hit selects its quotation, so the inspector shows it");
        String id = opened.idIn(w01);
        assertTrue(((javafx.scene.control.ListCell<?>) robot.lookup("#search-hits .list-cell").nth(hits
                .getSelectionModel().getSelectedIndex()).query()).getText().startsWith(id + " · W01"),
                "the hit names the quotation by its ID");

        // Undo takes the quotation away: its hit goes from the list (it stayed, and opened a bare word).
        robot.interact(vm::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, hits.getItems().size());
        assertTrue(hits.getItems().stream().noneMatch(h -> h.documentName().equals("W01")), hits.getItems().toString());
        assertEquals("3 hits", robot.lookup("#search-status").queryLabeled().getText().split(" \\(")[0],
                "the count as listed now");

        // A code: of no code is said where the hits would be (QA: "Nothing found." alone).
        javafx.scene.control.TextField asked = robot.lookup("#search-query").query();
        robot.interact(() -> asked.setText("code:Bestaatniet"));
        robot.interact(asked::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hits.getItems().isEmpty()
                && ((javafx.scene.control.Label) hits.getPlaceholder()).getText().contains("Bestaatniet"));
        assertEquals("Nothing found: there is no code named ‘Bestaatniet’.", ((javafx.scene.control.Label) hits.getPlaceholder()).getText());

        // Found in quotations and in transcript paragraphs: how many of each (QA: "4 hits" for 3 passages).
        robot.interact(() -> asked.setText("buurthuis"));
        robot.interact(asked::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !hits.getItems().isEmpty());
        long quotationHits = hits.getItems().stream().filter(h -> "quotation".equals(h.kind())).count();
        assertTrue(quotationHits > 0 && quotationHits < hits.getItems().size(), "both kinds found: " + hits.getItems());
        String said = robot.lookup("#search-status").queryLabeled().getText();
        assertTrue(said.matches(".*\\d+ in (a quotation|quotations), \\d+ in (a transcript paragraph|transcript "
                + "paragraphs) \\(a coded passage can be found as both\\).*"), said);
        robot.interact(() -> asked.setText("code:Schaamte"));

        // A category's name finds the quotations of its sub-codes, as many as the code tree's Σ counts.
        var p = vm.session().project();
        var category = p.codes().stream().filter(c -> c.name().equals("Rol van de wijkcoach")).findFirst().orElseThrow();
        java.util.Set<String> family = new java.util.HashSet<>(java.util.Set.of(category.id()));
        for (boolean grew = true; grew; ) {
            grew = p.codes().stream().filter(c -> family.contains(c.parentId())).map(c -> family.add(c.id()))
                    .reduce(false, Boolean::logicalOr);
        }
        long expected = p.quotations().stream().filter(q -> p.codingsOf(q.id()).stream()
                .anyMatch(c -> family.contains(c.codeId()))).count();
        assertTrue(expected > 3 && family.size() > 1, "the sample's category has sub-codes with quotations");
        javafx.scene.control.TextField queryField = robot.lookup("#search-query").query();
        robot.interact(() -> queryField.setText("code:\"Rol van de wijkcoach\""));
        robot.interact(() -> queryField.getOnAction().handle(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hits.getItems().size() == expected
                && hits.getItems().stream().allMatch(h -> h.quotationId() != null));

        // Spaces ask for nothing: the hits before go, and what needs words is off (it stayed on).
        robot.interact(() -> queryField.setText("   "));
        robot.interact(() -> queryField.getOnAction().handle(new javafx.event.ActionEvent()));
        assertTrue(hits.getItems().isEmpty());
        assertTrue(robot.lookup("#code-hits").queryButton().isDisabled() && robot.lookup("#kwic").queryButton()
                .isDisabled() && robot.lookup("#save-query").queryButton().isDisabled());

        // The same pane queries the codes: co-occurrence of weak ties and individual use.
        javafx.scene.control.CheckBox codeMode = robot.lookup("#search-code-mode").query();
        robot.interact(() -> codeMode.setSelected(true));
        javafx.scene.control.TextField field = robot.lookup("#search-query").query();
        robot.interact(() -> {
            field.setText("\"Weak ties\" OVERLAPS \"Individueel gebruik\"");
        });
        robot.interact(() -> field.getOnAction().handle(new javafx.event.ActionEvent()));
        assertEquals(3, hits.getItems().size());
        dialogs.saveAs = tmp.resolve("hits.csv");
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup(".button").match(n -> n instanceof
                javafx.scene.control.Button b && b.getText().startsWith("Export CSV")).query()).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(dialogs.saveAs));
        java.util.List<String> lines = java.nio.file.Files.readAllLines(dialogs.saveAs);
        assertEquals(4, lines.size(), "a header and three hits");
        assertEquals("\uFEFFdocument,kind,quotation,start,end,speaker,codes,comment,snippet,text", lines.getFirst(),
                "each hit with its quotation's ID, speaker, codes, comment and whole text beside the snippet");
        java.util.List<String> first = java.util.Arrays.asList(lines.get(1).split(",", -1));
        assertTrue(first.get(6).contains("Weak ties") && first.get(6).contains("Individueel gebruik"), lines.get(1));
        assertTrue(!first.get(5).isEmpty(), "a quotation's speaker is named: " + lines.get(1));
        assertTrue(first.get(2).matches("=\"\\d+:\\d+\""), "an ID as Excel keeps it, not a time of day: " + first.get(2));

        // In the Dutch window: Dutch headings and kinds, and ';' between them, as a Dutch Excel splits a line.
        dialogs.saveAs = tmp.resolve("treffers.csv");
        nl.veldwerk.ui.common.I18n.setLocale(java.util.Locale.forLanguageTag("nl"));
        try {
            robot.interact(() -> ((javafx.scene.control.Button) robot.lookup(".button").match(n -> n instanceof
                    javafx.scene.control.Button b && b.getText().startsWith("Export CSV")).query()).fire());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(dialogs.saveAs));
            java.util.List<String> dutch = java.nio.file.Files.readAllLines(dialogs.saveAs);
            assertEquals("\uFEFF" + String.join(";", nl.veldwerk.search.HitsTable.HEADER.stream()
                    .map(key -> nl.veldwerk.ui.common.I18n.text("search.column." + key)).toList()), dutch.getFirst());
            assertTrue(!dutch.getFirst().contains("document,"), "the headings are Dutch: " + dutch.getFirst());
            java.util.List<String> row = java.util.Arrays.asList(dutch.get(1).split(";", -1));
            assertEquals(nl.veldwerk.ui.common.I18n.text("search.kind." + first.get(1)), row.get(1), "the kind in Dutch");
            assertEquals(first.get(0), row.get(0), "the same hit, the same document");
        } finally {
            nl.veldwerk.ui.common.I18n.setLocale(java.util.Locale.ENGLISH);
        }

        // Kept under a name, it comes back from the list and runs again; keeping it is undoable.
        robot.interact(() -> workbench.search().saveQuery("Weak ties in use", true,
                "\"Weak ties\" OVERLAPS \"Individueel gebruik\""));
        robot.interact(() -> {
            codeMode.setSelected(false);
            field.setText("");
            hits.getItems().clear();
        });
        javafx.scene.control.ChoiceBox<nl.veldwerk.model.SavedQuery> saved = robot.lookup("#saved-queries").query();
        assertEquals(1, saved.getItems().size());
        robot.interact(() -> saved.setValue(saved.getItems().getFirst()));
        assertTrue(codeMode.isSelected());
        assertEquals(3, hits.getItems().size(), "the saved query ran again");
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.QuotationCommands.codeRange(w01.id(), 0, 3,
                "fc-schaamte", null, java.time.Instant.now())));
        assertEquals("Weak ties in use", saved.getValue().name(), "coding on leaves the chosen query chosen");
        robot.interact(vm::undo);
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#delete-query").query()).fire());
        assertTrue(vm.session().project().info().savedQueries().isEmpty(), "deleted from the list");
        assertTrue(saved.getItems().isEmpty());
        robot.interact(vm::undo);
        assertEquals(1, vm.session().project().info().savedQueries().size(), "and back with undo");
        robot.interact(vm::undo);
        assertTrue(vm.session().project().info().savedQueries().isEmpty());

        // A query of fields alone names no words: said, no window that says "the words occur nowhere" (QA).
        robot.interact(() -> {
            codeMode.setSelected(false);
            field.setText("code:Schaamte");
        });
        long windows = robot.listWindows().size();
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#kwic").query()).fire());
        assertEquals(windows, robot.listWindows().size());
        assertTrue(vm.statusProperty().get().startsWith("Keyword in context needs words"), vm.statusProperty().get());

        // Keyword in context for "voorziening": every inflection, sortable, each line opens in the transcript.
        robot.interact(() -> {
            codeMode.setSelected(false);
            field.setText("voorziening");
        });
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#kwic").query()).fire());
        // Found on the window's own thread: until it says how many.
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !robot.lookup("#kwic-count")
                .queryLabeled().getText().isEmpty());
        javafx.scene.control.TableView<nl.veldwerk.search.Concordance.Line> kwic = robot.lookup("#kwic-table")
                .queryTableView();
        // The answers only: the sample's interviewer (who asks about "voorzieningen" in every guide) is left out.
        assertTrue(kwic.getItems().size() >= 3, "every inflection in the answers: " + kwic.getItems().size());
        assertTrue(kwic.getItems().stream().allMatch(l -> l.keyword().toLowerCase().startsWith("voorziening")),
                "stems folded");
    }

    @Test
    void aKeptQueryIsReplacedOnlyWhenTheUserSaysSo(FxRobot robot) throws Exception {
        searchACopyOfTheSample(robot, "kept", "schaamte");
        javafx.scene.control.TextField field = robot.lookup("#search-query").query();
        java.util.function.Supplier<List<String>> kept = () -> vm.session().project().info().savedQueries().stream()
                .filter(q -> q.name().equals("Mijn vraag")).map(q -> q.query()).toList();
        dialogs.text = "Mijn vraag";
        robot.interact(() -> robot.lookup("#save-query").queryButton().fire());
        assertEquals(List.of("schaamte"), kept.get());
        assertEquals("Done: Save query 'Mijn vraag' (Edit → Undo takes it back)", vm.statusProperty().get());
        int asked = dialogs.questions.size();
        robot.interact(() -> field.setText("buurthuis"));
        dialogs.answer = false;
        robot.interact(() -> robot.lookup("#save-query").queryButton().fire());
        assertEquals(asked + 2, dialogs.questions.size(), "the name, then whether to replace: " + dialogs.questions);
        assertTrue(dialogs.questions.getLast().contains("A kept query named \"Mijn vraag\" exists already"));
        assertEquals(List.of("schaamte"), kept.get(), "No: the kept query stays");
        dialogs.answer = true;
        robot.interact(() -> robot.lookup("#save-query").queryButton().fire());
        assertEquals(List.of("buurthuis"), kept.get(), "Yes: replaced");
        // Deleting a kept query is said, with the way back (it went at one click, without a word).
        javafx.scene.control.ChoiceBox<nl.veldwerk.model.SavedQuery> saved = robot.lookup("#saved-queries").query();
        robot.interact(() -> saved.setValue(saved.getItems().stream().filter(q -> q.name().equals("Mijn vraag"))
                .findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#delete-query").queryButton().fire());
        assertEquals(List.of(), kept.get());
        assertEquals("Done: Delete query 'Mijn vraag' (Edit → Undo takes it back)", vm.statusProperty().get());
        robot.interact(vm::undo);
        assertEquals(List.of("buurthuis"), kept.get());
    }

    @Test
    void aParagraphHitOpensAtTheWordFoundNotTheWholeParagraph(FxRobot robot) throws Exception {
        ListView<Search.Hit> hits = searchACopyOfTheSample(robot, "wijk-y-word", "woonwagenkamp");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hits.getItems().stream()
                .anyMatch(h -> h.kind().equals("paragraph")));
        Search.Hit paragraph = hits.getItems().stream().filter(h -> h.kind().equals("paragraph")).findFirst()
                .orElseThrow();
        assertTrue(paragraph.start() <= paragraph.matchStart() && paragraph.matchEnd() <= paragraph.end()
                && paragraph.matchEnd() - paragraph.matchStart() < paragraph.end() - paragraph.start(), paragraph.toString());
        robot.interact(() -> hits.getSelectionModel().select(paragraph));
        robot.doubleClickOn(robot.lookup("#search-hits .list-cell").nth(hits.getSelectionModel().getSelectedIndex())
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paragraph.documentName(), vm.selectedProperty().get().document().name());
        org.fxmisc.richtext.InlineCssTextArea area = robot.lookup("#transcript").query();
        assertEquals("woonwagenkamp", area.getSelectedText().toLowerCase(java.util.Locale.ROOT),
                "the word found is selected where it is, not its whole paragraph");
        assertEquals(paragraph.matchStart(), area.getSelection().getStart());

        // Listed document by document, top to bottom, when asked; the same hits, back as found when asked again.
        List<Search.Hit> asFound = List.copyOf(hits.getItems());
        javafx.scene.control.ChoiceBox<nl.veldwerk.search.HitOrder> order = robot.lookup("#search-order").query();
        robot.interact(() -> order.setValue(nl.veldwerk.search.HitOrder.DOCUMENT));
        var p = vm.session().project();
        List<String> places = hits.getItems().stream().map(h -> String.format("%05d:%08d", p.document(h.documentId())
                .orElseThrow().number(), h.start())).toList();
        assertEquals(places.stream().sorted().toList(), places, "in document order: " + places);
        assertEquals(java.util.Set.copyOf(asFound), java.util.Set.copyOf(hits.getItems()));
        robot.interact(() -> order.setValue(nl.veldwerk.search.HitOrder.BEST));
        assertEquals(asFound, hits.getItems());

        // Another project opened: the hits of this one go, they would open nothing there.
        robot.interact(vm::close);
        assertTrue(hits.getItems().isEmpty(), "no hits of a closed project");
    }

    /**
     * A transcript imported without line breaks is one paragraph taller than the view: opening a hit near its
     * end must scroll to the line with the word found, not leave the view at the paragraph's top.
     */
    /** More hits than are shown: said, with where to see them all (the list ended at 200 without a word). */
    @Test
    void moreHitsThanAreShownIsSaid(FxRobot robot) throws Exception {
        String text = "R01: Het zwembadje was open.\n".repeat(260);
        ListView<Search.Hit> hits = searchACopyOfTheSample(robot, "wijk-y-many", "zwembadje");
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.DocumentCommands.add(nl.veldwerk.model.Document
                .of("veel", "Veel", text, nl.veldwerk.model.SourceFormat.TXT, java.util.List.of(),
                        java.time.Instant.now()))));
        javafx.scene.control.Label status = robot.lookup("#search-status").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            robot.interact(() -> robot.lookup("#search-query").query().requestFocus());
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            return hits.getItems().size() == 200;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status.getText().startsWith("The best 200 hits; there are more: narrow the search, or use Keyword"
                + " in context"), status.getText());
    }

    @Test
    void aWordDeepInAParagraphTallerThanTheViewIsScrolledIntoView(FxRobot robot) throws Exception {
        String filler = "De buurtbewoners praten over de wijk en over de voorzieningen die zij kennen. ".repeat(260);
        String text = filler + "Het zwembadje is dicht. " + filler.substring(0, 2_000);
        ListView<Search.Hit> hits = searchACopyOfTheSample(robot, "wijk-y-tall", "zwembadje");
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.DocumentCommands.add(nl.veldwerk.model.Document
                .of("lang-een-alinea", "Lang", text, nl.veldwerk.model.SourceFormat.TXT, java.util.List.of(),
                        java.time.Instant.now()))));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            robot.interact(() -> robot.lookup("#search-query").query().requestFocus());
            robot.type(KeyCode.ENTER);
            return hits.getItems().stream().anyMatch(h -> h.kind().equals("paragraph"));
        });
        Search.Hit paragraph = hits.getItems().stream().filter(h -> h.kind().equals("paragraph")).findFirst()
                .orElseThrow();
        robot.interact(() -> hits.getSelectionModel().select(paragraph));
        robot.doubleClickOn(robot.lookup("#search-hits .list-cell").nth(hits.getSelectionModel().getSelectedIndex())
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        org.fxmisc.richtext.InlineCssTextArea area = robot.lookup("#transcript").query();
        assertEquals("zwembadje", area.getSelectedText());
        javafx.geometry.Bounds[] seen = new javafx.geometry.Bounds[2];
        robot.interact(() -> {
            seen[0] = area.getCharacterBoundsOnScreen(area.getSelection().getStart(), area.getSelection().getEnd())
                    .orElse(null);
            seen[1] = area.localToScreen(area.getLayoutBounds());
        });
        javafx.geometry.Bounds word = seen[0];
        javafx.geometry.Bounds view = seen[1];
        assertTrue(word != null && view.getHeight() < area.getTotalHeightEstimate() / 3,
                "the paragraph is far taller than the view: " + area.getTotalHeightEstimate() + " against " + view);
        assertTrue(word.getMinY() >= view.getMinY() && word.getMaxY() <= view.getMaxY(),
                "the word found is in view: " + word + " in " + view);
        assertTrue(word.getMinY() < view.getMinY() + view.getHeight() * 2 / 3,
                "with lines after it in view, not at the bottom edge: " + word + " in " + view);
    }

    @Test
    void aQueryThatCannotRunSaysWhyInWordsClearsTheHitsAndIsNotKept(FxRobot robot) throws Exception {
        ListView<Search.Hit> hits = searchACopyOfTheSample(robot, "wijk-y-bad", "schaamte");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !hits.getItems().isEmpty());
        javafx.scene.control.TextField field = robot.lookup("#search-query").query();
        javafx.scene.control.Label status = robot.lookup("#search-status").query();
        javafx.scene.control.Button export = (javafx.scene.control.Button) robot.lookup(".button").match(n -> n
                instanceof javafx.scene.control.Button b && b.getText().startsWith("Export CSV")).query();
        robot.interact(() -> field.setText("\"kapot generen"));
        robot.interact(() -> field.getOnAction().handle(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hits.getItems().isEmpty());
        assertEquals("'\"kapot generen' is not a query Veldwerk understands: a quote is not closed", status.getText());
        assertTrue(export.isDisabled(), "the hits of the query before are not exported as this one's");

        // A negation left out as a stop word is said, with the way to keep it.
        robot.interact(() -> field.setText("geen aanbod"));
        robot.interact(() -> field.getOnAction().handle(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("left out"));
        assertTrue(status.getText().endsWith(" · “geen” left out (too common to search on alone); to search for it "
                + "too, put the words in quotes: \"geen aanbod\""), status.getText());

        robot.interact(() -> field.setText("*"));
        robot.interact(() -> field.getOnAction().handle(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("cannot start with *"));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#code-hits").query()).fire());
        assertTrue(vm.statusProperty().get().startsWith("The query names no words to find and code"),
                "Code the hits… says why it does nothing: " + vm.statusProperty().get());

        // A code query with an error is not kept under a name (a report of it would fail).
        javafx.scene.control.CheckBox codeMode = robot.lookup("#search-code-mode").query();
        robot.interact(() -> {
            codeMode.setSelected(true);
            field.setText("Schaamte AND (");
        });
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#save-query").query()).fire());
        assertTrue(status.getText().contains("is not closed") || status.getText().contains("missing"), status.getText());
        assertTrue(vm.session().project().info().savedQueries().isEmpty());

        // Words only the interviewer (left out) says: 0 hits, with the reason and how many there are.
        robot.interact(() -> {
            codeMode.setSelected(false);
            field.setText("jegens");
        });
        robot.interact(() -> field.getOnAction().handle(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("0 hits here;"));
        assertTrue(status.getText().matches("0 hits here; \\d+ hits? in the words of Interviewer, left out \\(tick them"
                + " under Speakers to see them\\)"), status.getText());
        assertEquals("Nothing found.", ((javafx.scene.control.Label) hits.getPlaceholder()).getText(),
                "not 'No hits yet.' under the answer");
        // Hits there are: that the interviewer's words were not searched is said beside the count.
        robot.interact(() -> field.setText("buurt"));
        robot.interact(() -> field.getOnAction().handle(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !hits.getItems().isEmpty()
                && !status.getText().startsWith("0 hits"));
        assertTrue(status.getText().contains(" · the words of Interviewer not searched"), status.getText());
        // Asked for by name, the interviewer is searched (QA: "speaker:Interviewer" gave 0 hits).
        robot.interact(() -> field.setText("jegens speaker:Interviewer"));
        robot.interact(() -> field.getOnAction().handle(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !hits.getItems().isEmpty());
        assertTrue(hits.getItems().stream().allMatch(h -> "Interviewer".equals(h.speaker())), hits.getItems().toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(status.getText().contains("not searched"), "searched, as asked: " + status.getText());

        // Stop words alone: said why, not "0 hits" as if no text held them.
        robot.interact(() -> field.setText("de het"));
        robot.interact(() -> field.getOnAction().handle(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("too common"));
        assertTrue(status.getText().endsWith("put them in quotes with the words around them, as \"in de wijk\""),
                status.getText());
    }
}
