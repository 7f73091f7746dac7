package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A table's column widths and its optional columns shown with the menu button come back at the next start. */
@ExtendWith(ApplicationExtension.class)
class ColumnLayoutTest {
    private static final String TABLE = "test-table";
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void forget() {
        Preferences.forgetTableColumns(TABLE);
    }

    /** A table as the window makes it: an id on each column but the last, the third shown only on request. */
    private static TableView<String> table() {
        TableView<String> table = new TableView<>();
        for (String id : List.of("first", "second", "optional", "")) {
            TableColumn<String, String> column = new TableColumn<>(id);
            column.setId(id.isEmpty() ? null : id);
            column.setPrefWidth(80);
            table.getColumns().add(column);
        }
        table.getColumns().get(2).setVisible(false);
        return table;
    }

    private ColumnLayout shown(TableView<String> table) {
        ColumnLayout layout = ColumnLayout.follow(TABLE, table, List.of(table.getColumns().get(2)));
        stage.setScene(new Scene(table, 600, 300));
        stage.show();
        return layout;
    }

    /** The table as the next start shows it, with what was kept. */
    private TableView<String> nextStart(FxRobot robot) {
        TableView<String> next = table();
        robot.interact(() -> shown(next));
        WaitForAsyncUtils.waitForFxEvents();
        return next;
    }

    @Test
    void widthsDraggedAndAColumnShownComeBack(FxRobot robot) {
        TableView<String> before = table();
        robot.interact(() -> {
            ColumnLayout layout = shown(before);
            before.resizeColumn(before.getColumns().get(0), 70); // as a drag of its edge does
            before.getColumns().get(2).setVisible(true); // as the menu button does
            before.layout();
            layout.keep();
        });
        assertEquals(150, before.getColumns().get(0).getWidth(), 0.5);
        TableView<String> next = nextStart(robot);
        assertEquals(150, next.getColumns().get(0).getWidth(), 0.5);
        assertEquals(80, next.getColumns().get(1).getWidth(), 0.5);
        assertTrue(next.getColumns().get(2).isVisible(), "the column shown with the menu button is shown again");
    }

    @Test
    void aColumnShownOnlyByTheWindowIsNotShownFromWhatWasKept(FxRobot robot) {
        Preferences.setTableColumns(TABLE, "first=120 second=90:hidden optional=100:hidden");
        TableView<String> next = nextStart(robot);
        assertEquals(120, next.getColumns().get(0).getWidth(), 0.5);
        assertTrue(next.getColumns().get(1).isVisible(), "the window decides when the second column is shown");
        assertFalse(next.getColumns().get(2).isVisible());
    }

    @Test
    void damagedEntriesLeaveTheirColumnsAsTheyWere(FxRobot robot) {
        Preferences.setTableColumns(TABLE, "first=wide second=-5 =30 optional first2=12");
        TableView<String> next = nextStart(robot);
        assertEquals(80, next.getColumns().get(0).getWidth(), 0.5);
        assertEquals(80, next.getColumns().get(1).getWidth(), 0.5);
        assertFalse(next.getColumns().get(2).isVisible());
    }
}
