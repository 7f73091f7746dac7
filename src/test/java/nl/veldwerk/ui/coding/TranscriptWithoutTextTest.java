package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A document without text (another tool's export without its text file) says so instead of a blank page. */
@ExtendWith(ApplicationExtension.class)
class TranscriptWithoutTextTest {
    private TranscriptView view;
    private javafx.scene.control.Button elsewhere;

    @Start
    void start(Stage stage) {
        I18n.setLocale(java.util.Locale.ENGLISH);
        view = new TranscriptView();
        elsewhere = new javafx.scene.control.Button("Documents"); // the focus where the user chose the document
        stage.setScene(new Scene(new javafx.scene.layout.VBox(elsewhere, view), 600, 300));
        stage.show();
    }

    @Test
    void anEmptyDocumentSaysItHasNoTextAndTheNextDocumentShowsItsOwn(FxRobot robot) {
        ProjectSession session = Fixtures.session();
        session.execute(DocumentCommands.add(Document.of("leeg", "Leeg", "", SourceFormat.REFI_QDA, List.of(),
                Fixtures.T)));
        session.execute(DocumentCommands.add(Document.of("nieuw", "Nieuw", "", SourceFormat.OTHER, List.of(),
                Fixtures.T))); // a new transcript of a recording, empty until typed
        var p = session.project();
        robot.interact(() -> {
            elsewhere.requestFocus();
            view.show(p, p.document("leeg").orElseThrow());
        });
        Node said = robot.lookup("#transcript-no-text").query();
        assertNotNull(said);
        assertTrue(said.isVisible() && said.getScene() != null, "shown in the view");
        assertTrue(((javafx.scene.control.Label) said).getText().startsWith("This document has no text: the REFI-QDA project"));

        robot.interact(() -> view.show(p, p.document("a01").orElseThrow()));
        assertNull(view.area().getPlaceholder(), "a document with text: no such words");
        assertEquals(Fixtures.A01_TEXT, view.area().getText());
        robot.interact(() -> view.show(p, p.document("nieuw").orElseThrow()));
        assertNull(view.area().getPlaceholder(), "a new transcript, still to be typed: no such words");
        robot.interact(() -> view.show(p, null));
        assertNull(view.area().getPlaceholder(), "no document: nothing said about a document");
    }
}
