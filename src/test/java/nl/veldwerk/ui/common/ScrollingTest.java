package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A row brought into view moves the rows under the pointer only when it was out of view. */
@ExtendWith(ApplicationExtension.class)
class ScrollingTest {
    private TableView<Integer> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        TableColumn<Integer, String> column = new TableColumn<>("n");
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(String.valueOf(c.getValue())));
        table.getColumns().add(column);
        table.getItems().setAll(IntStream.range(0, 200).boxed().toList());
        stage.setScene(new javafx.scene.Scene(table, 200, 300));
        stage.show();
    }

    private int first() {
        return ((VirtualFlow<?>) table.lookup(".virtual-flow")).getFirstVisibleCell().getIndex();
    }

    private int last() {
        IndexedCell<?> cell = ((VirtualFlow<?>) table.lookup(".virtual-flow")).getLastVisibleCell();
        return cell.getIndex();
    }

    @Test
    void aRowInViewStaysWhereItIsAndOneOutOfViewComesIntoView(FxRobot robot) {
        robot.interact(() -> table.scrollTo(40));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40, first());
        robot.interact(() -> Scrolling.intoView(table, 43));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40, first(), "in view: nothing moved (scrollTo put it at the top)");
        robot.interact(() -> Scrolling.intoView(table, 120));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first() <= 120 && last() >= 120, first() + ".." + last() + ": in view");
        robot.interact(() -> Scrolling.intoView(table, 500)); // no such row: nothing, no error
        robot.interact(() -> Scrolling.intoView(table, -1));
    }
}
