package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A node below a scroll pane's edge is scrolled into view, just enough; one in view moves nothing. */
@ExtendWith(ApplicationExtension.class)
class ScrollIntoViewTest {
    private ScrollPane scroll;
    private TextField field;
    private Label middle;

    @Start
    void start(Stage stage) {
        field = new TextField();
        middle = new Label("middle");
        VBox box = new VBox();
        for (int i = 0; i < 20; i++) {
            Label line = new Label("line " + i);
            line.setMinHeight(30);
            box.getChildren().add(i == 10 ? middle : line);
        }
        middle.setMinHeight(30);
        box.getChildren().add(field);
        scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        stage.setScene(new javafx.scene.Scene(scroll, 200, 150));
        stage.show();
    }

    private boolean inView(javafx.scene.Node node) {
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds at = node.localToScene(node.getLayoutBounds());
        return at.getMinY() >= viewport.getMinY() - 0.5 && at.getMaxY() <= viewport.getMaxY() + 0.5;
    }

    @Test
    void theFieldBelowTheEdgeComesIntoViewAndWhatShowsStays(FxRobot robot) {
        robot.interact(() -> {
            scroll.requestFocus(); // a focused field is scrolled to by the pane itself
            scroll.setVvalue(0);
            scroll.applyCss();
            scroll.layout();
        });
        assertTrue(!inView(field), "below the edge at first");
        robot.interact(() -> Scrolling.intoView(field));
        assertTrue(inView(field), "the field whole in view");
        assertEquals(1.0, scroll.getVvalue(), 1e-6, "just enough: at the end, where it is");
        double at = scroll.getVvalue();
        robot.interact(() -> Scrolling.intoView(field));
        assertEquals(at, scroll.getVvalue(), 1e-9, "in view already: nothing moves");
        robot.interact(() -> Scrolling.intoView(middle));
        assertTrue(inView(middle), "above the view: scrolled up to it");
    }
}
