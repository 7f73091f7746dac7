package nl.veldwerk.ui.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Splitting off quotations: OK waits for a name (not only spaces) and a ticked quotation, so no tick is lost. */
@ExtendWith(ApplicationExtension.class)
class SplitDialogTest {
    private static final java.time.Instant T = java.time.Instant.parse("2026-03-01T09:00:00Z");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        nl.veldwerk.testing.DialogTestSupport.showAsOwner(stage);
    }

    @Test
    void okWaitsForANameAndATick(FxRobot robot) throws Exception {
        Project p = new Project(ProjectInfo.named("Wijk", T));
        p.put(Document.of("d", "interview_A_f4", "Eerste zin. Tweede zin.", SourceFormat.TXT, List.of(), T).withNumber(1));
        p.put(Code.of("c", "Schaamte", null, null));
        p.put(Code.of("g", "Geld", null, null));
        p.put(Code.of("psy", "Psychisch", null, null));
        p.put(Code.of("w", "Wantrouwen", null, "psy"));
        p.put(new Quotation("q1", "d", 0, 11, "", null, T, 1));
        p.put(new Quotation("q2", "d", 12, 23, "", null, T, 2));
        p.put(new Coding("k1", "q1", "c", null, T));
        p.put(new Coding("k2", "q2", "c", null, T));
        CompletableFuture<Optional<CodebookDialogs.Split>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(CodebookDialogs.chooseSplit(stage, p, p.code("c").orElseThrow())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> nl.veldwerk.testing.DialogTestSupport.shownDialogPane() != null);
        javafx.scene.control.DialogPane pane = nl.veldwerk.testing.DialogTestSupport.shownDialogPane();
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().getFirst());
        TextField name = (TextField) pane.lookup(".text-field");
        @SuppressWarnings("unchecked")
        ListView<CheckBox> list = (ListView<CheckBox>) pane.lookup(".list-view");
        assertTrue(ok.isDisabled(), "no name, nothing ticked");
        javafx.scene.text.Text shown = (javafx.scene.text.Text) list.getItems().getFirst().lookup(".text");
        assertTrue(shown.getText().contains("interview_A_f4"), "the name's underscores shown: " + shown.getText());
        robot.interact(() -> name.setText("   "));
        robot.interact(() -> list.getItems().get(1).setSelected(true));
        assertTrue(ok.isDisabled(), "a name of spaces is no name");
        // A name a code beside it has: said in the dialog, OK kept off (QA: refused after OK, the ticks were gone).
        javafx.scene.control.Label taken = (javafx.scene.control.Label) pane.lookup("#split-name-taken");
        robot.interact(() -> name.setText(" geld "));
        assertTrue(ok.isDisabled(), "Geld is beside it");
        assertEquals("A code beside it is called 'Geld' already: choose another name.", taken.getText());
        robot.interact(() -> name.setText("schaamte"));
        assertTrue(ok.isDisabled(), "the code itself is beside it too");
        robot.interact(() -> name.setText("Wantrouwen"));
        assertFalse(ok.isDisabled(), "a name only a code elsewhere has");
        assertEquals("", taken.getText());
        robot.interact(() -> name.setText("Schaamte over geld"));
        assertFalse(ok.isDisabled());
        robot.interact(() -> list.getItems().get(1).setSelected(false));
        assertTrue(ok.isDisabled(), "nothing ticked");
        robot.interact(() -> list.getItems().get(1).setSelected(true));
        robot.interact(ok::fire);
        Optional<CodebookDialogs.Split> split = answer.get(10, TimeUnit.SECONDS);
        assertEquals("Schaamte over geld", split.orElseThrow().name());
        assertEquals(java.util.Set.of("q2"), split.orElseThrow().quotationIds());
    }
}
