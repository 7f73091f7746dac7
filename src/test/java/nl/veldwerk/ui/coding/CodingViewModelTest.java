package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.testing.RecordingDialogs;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The coding view model without a window: coding, in-vivo, resizing, the list, and text edits. */
@ExtendWith(ApplicationExtension.class)
class CodingViewModelTest {
    private static final String TEXT = "A01: Mensen kennen de buren niet. Ze schamen zich.\n";

    @TempDir
    Path tmp;
    private MainViewModel main;
    private CodingViewModel coding;

    @Start
    void start(Stage stage) {
        I18n.setLocale(java.util.Locale.ENGLISH);
    }

    @BeforeEach
    void open() throws Exception {
        Path dir = tmp.resolve("p");
        ProjectStore.create(dir, ProjectInfo.named("VM", Fixtures.T)).close();
        Path txt = Files.writeString(tmp.resolve("A01.txt"), TEXT);
        main = new MainViewModel(new RecordingDialogs());
        coding = new CodingViewModel(main);
        WaitForAsyncUtils.asyncFx(() -> main.open(dir)).get();
        waitIdle();
        WaitForAsyncUtils.asyncFx(() -> main.files().importTranscripts(List.of(txt))).get();
        waitIdle();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(main::shutdown).get(5, TimeUnit.SECONDS);
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !main.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Project project() {
        return main.storeProperty().get().session().project();
    }

    /** Runs a change as the window does (a refusal is a message), on the FX thread. */
    private void execute(nl.veldwerk.project.Command command) throws Exception {
        onFx(() -> main.run(() -> main.session().execute(command)));
    }

    private void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(5, TimeUnit.SECONDS);
    }

    @Test
    void codingASelectionMakesAQuotationAndTheListFollows() throws Exception {
        int at = TEXT.indexOf("schamen zich");
        onFx(() -> coding.select(at, at + "schamen zich".length()));
        onFx(() -> coding.createAndApply("Schaamte"));
        assertEquals(1, coding.rows().size());
        assertEquals("schamen zich", coding.rows().getFirst().text());
        assertEquals("Schaamte", coding.rows().getFirst().codes());
        onFx(() -> coding.createAndApply("schaamte"));
        assertEquals(1, project().codes().size(), "the same name (case ignored) reuses the code");
        assertEquals(1, project().codings().size(), "and codes nothing twice");

        int buren = TEXT.indexOf("de buren");
        onFx(() -> coding.select(buren, buren + "de buren".length()));
        onFx(coding::inVivo);
        assertTrue(project().codes().stream().anyMatch(c -> c.name().equals("de buren")));
        assertEquals(I18n.text("status.codedNew", "de buren", "1:2"), main.statusProperty().get(),
                "in-vivo coding names the new code and the quotation");
        onFx(() -> coding.select(0, 3));
        onFx(coding::reapplyLast);
        assertEquals(I18n.text("status.coded", "de buren", "1:3"), main.statusProperty().get(),
                "Ctrl+L says which code it applied, where");
        assertEquals(3, coding.rows().size());
        assertEquals("A01", coding.rows().getFirst().text(), "rows are in text order");
        onFx(() -> coding.filterProperty().set("buren"));
        assertEquals(2, coding.rows().size(), "the filter matches the text, and the codes (\"A01\" has 'de buren')");
        onFx(() -> coding.filterProperty().set("schamen"));
        assertEquals(1, coding.rows().size());

        // The last code deleted: "code with the last code" has nothing to code with (it stayed enabled).
        String burenCode = project().codes().stream().filter(c -> c.name().equals("de buren")).findFirst()
                .orElseThrow().id();
        assertEquals(burenCode, coding.lastCodeIdProperty().get());
        String schaamte = project().codes().stream().filter(c -> c.name().equals("Schaamte")).findFirst()
                .orElseThrow().id();
        execute(CodeCommands.delete(burenCode));
        assertEquals(schaamte, coding.lastCodeIdProperty().get(), "the code used before it (QA: Ctrl+L went dead)");
        onFx(main::undo);
        assertEquals(burenCode, coding.lastCodeIdProperty().get(), "the deletion undone: the code is there to code with");
        onFx(main::redo);
        assertEquals(schaamte, coding.lastCodeIdProperty().get());
        // Merged into another code: Ctrl+L codes with the code it went into; the merge undone, with it again.
        onFx(main::undo);
        execute(CodeCommands.add(nl.veldwerk.model.Code.of("doel", "Doel", "#333333", null)));
        execute(CodeCommands.merge(burenCode, "doel"));
        assertEquals("doel", coding.lastCodeIdProperty().get(), "the code it went into");
        execute(CodeCommands.add(nl.veldwerk.model.Code.of("los", "Los", "#333333", null)));
        assertEquals("doel", coding.lastCodeIdProperty().get(), "still, after a change of something else (review)");
        onFx(main::undo); // "Los"
        onFx(main::undo);
        assertEquals(burenCode, coding.lastCodeIdProperty().get(), "the merge undone");
        // A code with a sub-code deleted: the sub-code moves up, but is no code it went into (review).
        execute(CodeCommands.add(nl.veldwerk.model.Code.of("sub", "Sub", "#333333", burenCode)));
        execute(CodeCommands.delete(burenCode));
        assertEquals("doel", coding.lastCodeIdProperty().get(),
                "the code followed before it (the merge's, undone since), not the sub-code");
        onFx(main::undo);
        assertEquals(burenCode, coding.lastCodeIdProperty().get());
        execute(CodeCommands.merge(burenCode, "doel"));
        assertEquals("doel", coding.lastCodeIdProperty().get(), "a merge that moves a sub-code too");
        onFx(main::undo);
        onFx(main::undo); // "Sub"
        onFx(main::undo); // the new code "Doel"
        execute(CodeCommands.delete(burenCode));
        execute(CodeCommands.delete(schaamte));
        assertEquals(null, coding.lastCodeIdProperty().get(), "no code used is left");
        onFx(() -> coding.select(0, 3));
        onFx(coding::reapplyLast);
        assertEquals(I18n.text("coding.againNothing"), main.statusProperty().get(), "Ctrl+L says why it codes nothing");
        onFx(main::undo);
        onFx(main::undo);
        assertEquals(burenCode, coding.lastCodeIdProperty().get());
        onFx(() -> coding.select(0, 0));
        onFx(coding::reapplyLast);
        assertEquals(I18n.text("coding.againNoSelection", "de buren"), main.statusProperty().get());
        // An in-vivo coding undone: the code used before it.
        onFx(() -> coding.select(0, 3));
        onFx(coding::inVivo);
        assertEquals("A01", project().code(coding.lastCodeIdProperty().get()).orElseThrow().name());
        onFx(main::undo);
        assertEquals(burenCode, coding.lastCodeIdProperty().get(), "the code used before the undone in-vivo code");
        // That code used again, then merged: Ctrl+L codes with the code it went into (QA: it went dead).
        onFx(() -> coding.select(0, 3));
        onFx(coding::reapplyLast);
        execute(CodeCommands.add(nl.veldwerk.model.Code.of("verder", "Verder", "#333333", null)));
        execute(CodeCommands.merge(burenCode, "verder"));
        assertEquals("verder", coding.lastCodeIdProperty().get(), "the code it went into");
        onFx(main::undo);
        onFx(main::undo);
        onFx(main::undo);
        assertEquals(burenCode, coding.lastCodeIdProperty().get());
        onFx(main::redo);
        onFx(main::undo);
        execute(CodeCommands.delete(burenCode));
        // Another project opened: the last code was this one's.
        onFx(() -> coding.select(0, 3));
        onFx(() -> coding.createAndApply("Nieuw"));
        assertTrue(coding.lastCodeIdProperty().get() != null);
        onFx(() -> coding.filterProperty().set("buren"));
        onFx(main::close);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> main.storeProperty().get() == null);
        assertEquals(null, coding.lastCodeIdProperty().get());
        assertEquals("", coding.filterProperty().get(), "a filter typed in that project hides nothing of the next (QA)");
    }

    /**
     * A selection that takes a speaker's label along with what is said codes the words alone, as a mouse drag does
     * (QA: a keyboard selection from the line's start coded "Interviewer: Vraag 3?", a word step that stopped inside
     * "R:" coded ": Ik ben geboren"); the label selected alone is coded as selected.
     */
    @Test
    void aSpeakersLabelTakenAlongIsNotCoded() throws Exception {
        String text = "[00:00:05] I: Hoe heet u?\nR: Ik ben geboren in Izmir.\nI: En toen?\nR: Toen kwam ik hier.\n"
                + "I: Dank u.\nR: Graag.\n";
        Path txt = Files.writeString(tmp.resolve("B02.txt"), text);
        WaitForAsyncUtils.asyncFx(() -> main.files().importTranscripts(List.of(txt))).get();
        waitIdle();
        var b02 = project().documents().stream().filter(d -> d.name().equals("B02")).findFirst().orElseThrow();
        assertEquals(6, b02.turns().size(), "a conversation");
        onFx(() -> main.documents().stream().filter(i -> i.document().id().equals(b02.id())).findFirst()
                .ifPresent(main.selectedProperty()::set));
        waitIdle();
        int r = text.indexOf("R: Ik");
        onFx(() -> coding.select(r + 1, text.indexOf("Izmir")));
        onFx(() -> coding.createAndApply("Herkomst"));
        onFx(() -> coding.select(0, text.indexOf("\n")));
        onFx(() -> coding.createAndApply("Vraag"));
        onFx(() -> coding.select(text.indexOf("I: Dank"), text.indexOf("I: Dank") + 2));
        onFx(() -> coding.createAndApply("Label"));
        List<String> coded = project().quotationsOf(b02.id()).stream().sorted(java.util.Comparator.comparingInt(
                nl.veldwerk.model.Quotation::start)).map(q -> text.substring(q.start(), q.end())).toList();
        assertEquals(List.of("Hoe heet u?", "Ik ben geboren in", "I:"), coded);
    }

    /**
     * After review: a label on a line of its own, with the time after the name (Teams), is left out with its line;
     * a name with a colon later in what is said is words, not a label to cut.
     */
    @Test
    void aLabelOnItsOwnLineOrWithATimeIsLeftOutAndOneInTheSpeechIsNot() throws Exception {
        String text = "Interviewer   0:00\nHoe gaat het?\nJordan Lee   0:01\nGoed. Jan zei: kom.\nInterviewer   0:05\n"
                + "En toen?\nJordan Lee   0:09\nToen kwam ik.\nInterviewer   0:12\nDank u.\nJordan Lee   0:15\nGraag.\n";
        Path txt = Files.writeString(tmp.resolve("T03.txt"), text);
        WaitForAsyncUtils.asyncFx(() -> main.files().importTranscripts(List.of(txt))).get();
        waitIdle();
        var t03 = project().documents().stream().filter(d -> d.name().equals("T03")).findFirst().orElseThrow();
        assertEquals(6, t03.turns().size(), "a conversation: " + t03.turns());
        onFx(() -> main.documents().stream().filter(i -> i.document().id().equals(t03.id())).findFirst()
                .ifPresent(main.selectedProperty()::set));
        waitIdle();
        onFx(() -> coding.select(0, text.indexOf("het?") + 4));
        onFx(() -> coding.createAndApply("Vraag"));
        int jordan = text.indexOf("Jordan Lee   0:01");
        onFx(() -> coding.select(jordan, text.indexOf("Goed.") + 5));
        onFx(() -> coding.createAndApply("Antwoord"));
        onFx(() -> coding.select(text.indexOf("Jan zei"), text.indexOf("kom.") + 4));
        onFx(() -> coding.createAndApply("Citaat"));
        List<String> coded = project().quotationsOf(t03.id()).stream().sorted(java.util.Comparator.comparingInt(
                nl.veldwerk.model.Quotation::start)).map(q -> text.substring(q.start(), q.end())).toList();
        assertEquals(List.of("Hoe gaat het?", "Goed.", "Jan zei: kom."), coded);
    }

    @Test
    void deletingAQuotationIsSaidWithItsIdAndUndoBringsItBack() throws Exception {
        int at = TEXT.indexOf("schamen zich");
        onFx(() -> coding.select(at, at + "schamen zich".length()));
        onFx(() -> coding.createAndApply("Schaamte"));
        var q = project().quotations().iterator().next();
        String id = q.idIn(project().document(q.documentId()).orElseThrow());
        onFx(() -> coding.deleteQuotation(q.id()));
        assertTrue(project().quotations().isEmpty());
        assertEquals("Done: quotation " + id + " deleted with its codings (Edit → Undo takes it back)",
                main.statusProperty().get());
        onFx(main::undo);
        assertEquals(1, project().codings().size());
    }

    @Test
    void aGroupTickedLeavesTheRowsAsTheyAreAndARenameRemakesThem() throws Exception {
        int at = TEXT.indexOf("schamen zich");
        onFx(() -> coding.select(at, at + "schamen zich".length()));
        onFx(() -> coding.createAndApply("Schaamte"));
        QuotationRow before = coding.rows().getFirst();
        List<String> changes = new java.util.ArrayList<>();
        onFx(() -> coding.rows().addListener((javafx.collections.ListChangeListener<QuotationRow>) c -> changes.add(
                c.toString())));
        String documentId = project().documents().iterator().next().id();
        long listings = coding.listingsAsked();
        var documents = new nl.veldwerk.ui.documents.DocumentsViewModel(main);

        onFx(() -> documents.addGroupWith(documentId, "Groep"));
        onFx(() -> main.session().execute(nl.veldwerk.project.DocumentCommands.addAttribute(
                new nl.veldwerk.model.AttributeDefinition("leeftijd", "Leeftijd", nl.veldwerk.model.AttributeType.TEXT))));
        onFx(() -> documents.setAttribute(documentId, "Leeftijd", "40"));
        waitIdle();
        assertEquals(1, project().groups().size());
        assertEquals("40", project().document(documentId).orElseThrow().attributes().get("Leeftijd"));
        assertEquals(List.of(), changes, "a group or an attribute changes no row");
        assertSame(before, coding.rows().getFirst());
        assertEquals(listings, coding.listingsAsked(), "nor is the list made again for them");

        onFx(() -> documents.renameDocument(documentId, "A01 nieuw"));
        waitIdle();
        assertEquals("A01 nieuw", coding.rows().getFirst().document(), "a rename is shown in the rows");
        assertTrue(coding.listingsAsked() > listings);
        onFx(main::undo);
        waitIdle();
        assertEquals("A01", coding.rows().getFirst().document(), "and its undo");
    }

    @Test
    void resizingAndEditingTheTextMoveQuotationsAndUndo() throws Exception {
        int at = TEXT.indexOf("de buren");
        onFx(() -> coding.select(at, at + "de buren".length()));
        onFx(() -> coding.createAndApply("Buren"));
        Quotation q = project().quotations().iterator().next();
        onFx(() -> coding.resize(q.id(), at, at + "de buren niet".length()));
        assertEquals("de buren niet", coding.rows().getFirst().text());
        assertTrue(main.statusProperty().get().contains("“de buren niet”") && main.statusProperty().get()
                .contains("Undo"), "said, with its words (QA: nothing was said): " + main.statusProperty().get());

        String documentId = q.documentId();
        int mensen = TEXT.indexOf("Mensen");
        onFx(() -> coding.editText(documentId, mensen, mensen + "Mensen".length(), "Veel bewoners"));
        Quotation moved = project().quotation(q.id()).orElseThrow();
        String text = project().document(documentId).orElseThrow().text();
        assertEquals("de buren niet", text.substring(moved.start(), moved.end()));
        assertEquals("de buren niet", coding.rows().getFirst().text());

        onFx(main::undo);
        onFx(main::undo);
        Quotation back = project().quotation(q.id()).orElseThrow();
        assertEquals("de buren", TEXT.substring(back.start(), back.end()));

        onFx(() -> coding.editText(documentId, at - 1, at + "de buren".length() + 1, ""));
        assertTrue(project().quotation(q.id()).isEmpty(), "its whole text deleted, the quotation goes");
        assertTrue(coding.rows().isEmpty());
        assertTrue(main.statusProperty().get().contains("Undo"), "and the status line says so: "
                + main.statusProperty().get());
        onFx(main::undo);
        assertEquals("de buren", coding.rows().getFirst().text(), "undo brings it back");
    }

    /** Coding the same text with the same code again changes nothing, and says so (QA: nothing was said). */
    @Test
    void codingTextAgainWithItsCodeSaysItHasItAlready() throws Exception {
        int at = TEXT.indexOf("de buren");
        onFx(() -> coding.select(at, at + 8));
        onFx(() -> coding.createAndApply("Buren"));
        long state = main.session().stack().state();
        onFx(() -> coding.select(at, at + 8));
        onFx(coding::reapplyLast);
        assertEquals(state, main.session().stack().state(), "nothing added");
        assertTrue(main.statusProperty().get().contains("has ‘Buren’ already"), main.statusProperty().get());
    }

    @Test
    void aRefusedResizeIsExplainedAndChangesNothing() throws Exception {
        RecordingDialogs dialogs = (RecordingDialogs) main.dialogs();
        int at = TEXT.indexOf("de buren");
        onFx(() -> coding.select(at, at + 8));
        onFx(() -> coding.createAndApply("Buren"));
        Quotation q = project().quotations().iterator().next();
        onFx(() -> main.run(() -> coding.resize(q.id(), 10, 10_000)));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.getFirst().contains("does not fit in"), dialogs.errors.getFirst());
        assertEquals(q, project().quotation(q.id()).orElseThrow());
    }

    /** A category is coded through its sub-codes: its list holds their quotations, as its Σ counts them. */
    @Test
    void aCategoryListsTheQuotationsOfItsSubCodes() throws Exception {
        onFx(() -> main.session().execute(nl.veldwerk.project.CodeCommands.add(
                nl.veldwerk.model.Code.of("cat", "Sociaal netwerk", null, null))));
        onFx(() -> main.session().execute(nl.veldwerk.project.CodeCommands.add(
                nl.veldwerk.model.Code.of("sub", "Buren", null, "cat"))));
        onFx(() -> main.session().execute(nl.veldwerk.project.CodeCommands.add(
                nl.veldwerk.model.Code.of("subsub", "Schaamte", null, "sub"))));
        int buren = TEXT.indexOf("de buren");
        onFx(() -> coding.select(buren, buren + "de buren".length()));
        onFx(() -> coding.applyCode("sub"));
        int schamen = TEXT.indexOf("schamen zich");
        onFx(() -> coding.select(schamen, schamen + "schamen zich".length()));
        onFx(() -> coding.applyCode("subsub"));
        onFx(() -> coding.applyCode("cat"));
        waitIdle();
        onFx(() -> coding.listQuotationsOf(project().code("cat").orElseThrow()));
        waitUntilRead(coding);
        assertEquals(List.of("de buren", "schamen zich"), coding.rows().stream().map(QuotationRow::text).sorted().toList(),
                "a quotation of a sub-code of a sub-code too, and one coded with both the category and a sub-code once");
        onFx(() -> coding.listQuotationsOf(project().code("subsub").orElseThrow()));
        waitUntilRead(coding);
        assertEquals(List.of("schamen zich"), coding.rows().stream().map(QuotationRow::text).toList(), "a code: its own");
    }

    @Test
    void aCodesQuotationsWhoseTextsAreInFilesAreListedFromAnotherThread() throws Exception {
        int at = TEXT.indexOf("schamen zich");
        onFx(() -> coding.select(at, at + "schamen zich".length()));
        onFx(() -> coding.createAndApply("Schaamte"));
        String code = project().codes().iterator().next().id();
        int buren = TEXT.indexOf("de buren");
        onFx(() -> coding.select(buren, buren + "de buren".length()));
        onFx(() -> coding.applyCode(code));
        CodingViewModel reading = new CodingViewModel(main, text -> false); // every text as if in its file

        boolean[] seen = new boolean[2];
        onFx(() -> {
            reading.listQuotationsOf(project().code(code).orElseThrow());
            seen[0] = reading.rows().isEmpty();
            seen[1] = reading.rowsReadingProperty().get();
        });
        assertTrue(seen[0] && seen[1], "nothing read on the FX thread: the list is empty and says it is reading");
        waitUntilRead(reading);
        assertEquals(List.of("de buren", "schamen zich"), reading.rows().stream().map(QuotationRow::text).toList());
        assertEquals(1, reading.rows().getFirst().firstParagraph());
        assertEquals("Schaamte", reading.rows().getFirst().codes());

        // A list being read, overtaken by one made at once (its text parts known): it is not "reading" any more.
        int mensen0 = TEXT.indexOf("Mensen");
        int[] after = new int[1];
        onFx(() -> {
            coding.select(mensen0, mensen0 + "Mensen".length());
            coding.applyCode(code);
            seen[0] = reading.rowsReadingProperty().get();
            main.undo();
            seen[1] = reading.rowsReadingProperty().get();
            after[0] = reading.rows().size();
        });
        assertTrue(seen[0] && !seen[1] && after[0] == 2, seen[0] + " " + seen[1] + " " + after[0]);
        Thread.sleep(300); // the answer read for the list before the undo comes, and is dropped
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, reading.rows().size());

        // Two changes, each with a quotation whose text must be read: the list the reader made for the first
        // (without the second) is never shown.
        int mensen = TEXT.indexOf("Mensen");
        int kennen = TEXT.indexOf("kennen");
        List<Integer> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        onFx(() -> reading.rows().addListener((javafx.collections.ListChangeListener<QuotationRow>) c -> shown.add(
                c.getList().size())));
        onFx(() -> {
            coding.select(mensen, mensen + "Mensen".length());
            coding.applyCode(code);
            coding.select(kennen, kennen + "kennen".length());
            coding.applyCode(code);
            seen[1] = reading.rowsReadingProperty().get();
            after[0] = reading.rows().size();
        });
        assertTrue(seen[1]);
        assertEquals(2, after[0], "the same list read again: its rows stay on screen until the new ones come");
        waitUntilRead(reading);
        assertEquals(List.of("Mensen", "kennen", "de buren", "schamen zich"), reading.rows().stream()
                .map(QuotationRow::text).toList());
        assertTrue(shown.stream().allMatch(n -> n == 0 || n == 4), "never a list older than the project: " + shown);
        // A code renamed makes every row anew, from the text parts already read: nothing to read again.
        List<String> codesShown = new java.util.ArrayList<>();
        onFx(() -> {
            main.session().execute(nl.veldwerk.project.CodeCommands.rename(code, "Schaamte en trots"));
            seen[1] = reading.rowsReadingProperty().get();
            reading.rows().forEach(r -> codesShown.add(r.codes()));
        });
        assertTrue(!seen[1] && codesShown.equals(java.util.Collections.nCopies(4, "Schaamte en trots")), codesShown
                .toString());
        onFx(main::undo);
        onFx(main::undo);
        waitUntilRead(reading);
        assertEquals(3, reading.rows().size(), "an undo lists again, read off the FX thread too");
    }

    private static void waitUntilRead(CodingViewModel vm) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !vm.rowsReadingProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
