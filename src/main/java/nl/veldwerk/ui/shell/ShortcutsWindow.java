package nl.veldwerk.ui.shell;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Styles;

/**
 * Help → Keyboard shortcuts: every key of the menus, read from the menus themselves (so the sheet cannot
 * drift from what the keys do), and the keys that live outside them (in the text, the tree, the managers).
 */
final class ShortcutsWindow {
    /** A line of the sheet: the keys, and what they do (with where). */
    record Shortcut(String keys, String action) {
    }

    /** A second key for redo, besides the Edit menu's. */
    static final javafx.scene.input.KeyCombination REDO_TOO = javafx.scene.input.KeyCombination.keyCombination(
            "Shortcut+Y");

    /** Keys outside the menus, by message key of their description, with the keys as shown. */
    private static final List<String[]> OTHER_KEYS = List.of(
            new String[] {REDO_TOO.getDisplayText(), "shortcuts.redo"},
            new String[] {"shortcuts.altDragKeys", "shortcuts.altDrag"}, // "drag" is a word to translate
            new String[] {"shortcuts.selectKeys", "shortcuts.select"},
            new String[] {"shortcuts.selectWordsKeys", "shortcuts.selectWords"},
            new String[] {"F2", "shortcuts.rename"},
            new String[] {"Delete", "shortcuts.delete"},
            new String[] {"Enter", "shortcuts.enter"},
            new String[] {"Esc", "shortcuts.escape"},
            new String[] {"Tab", "shortcuts.tab"});

    /** The property under which a menu item whose text changes gives the sheet its plain name. */
    static final String SHEET_TEXT = "shortcutSheetText";

    private ShortcutsWindow() {
    }

    static void open(Window owner, MenuBar menus) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcuts");
        // The descriptions take the width the keys leave: no empty column beside them (QA).
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Shortcut, String> keys = new TableColumn<>(I18n.text("shortcuts.keys"));
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(170);
        TableColumn<Shortcut, String> action = new TableColumn<>(I18n.text("shortcuts.action"));
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        action.setPrefWidth(560);
        // Long descriptions and key lists wrap, whole, rather than end in "…" (a table cell's own wrapping does not
        // make its row taller; a text wrapped at the column's width does).
        keys.setCellFactory(c -> wrapping(keys));
        action.setCellFactory(c -> wrapping(action));
        table.getColumns().add(keys);
        table.getColumns().add(action);
        table.getItems().setAll(of(menus));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(I18n.text("help.shortcuts"));
        Scene scene = new Scene(table, 760, 640);
        scene.getStylesheets().add(Styles.SHEET);
        // Esc closes the sheet, as it closes the other windows opened to look something up.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    private static javafx.scene.control.TableCell<Shortcut, String> wrapping(TableColumn<Shortcut, String> column) {
        javafx.scene.text.Text text = new javafx.scene.text.Text();
        text.getStyleClass().add("text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        javafx.scene.control.TableCell<Shortcut, String> cell = new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        };
        cell.setId("shortcut-cell");
        return cell;
    }

    /** The sheet: the menus' keys in menu order, then the others. */
    static List<Shortcut> of(MenuBar menus) {
        List<Shortcut> sheet = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu, menu.getText(), sheet);
        }
        for (String[] other : OTHER_KEYS) {
            sheet.add(new Shortcut(other[0].startsWith("shortcuts.") ? I18n.text(other[0]) : other[0],
                    I18n.text(other[1])));
        }
        // The transcription keys as the user set them (Preferences), working while typing in the transcript.
        for (nl.veldwerk.ui.common.TranscriptionKey key : nl.veldwerk.ui.common.TranscriptionKey.values()) {
            sheet.add(new Shortcut(key.combination().getDisplayText(), I18n.text("shortcuts.transcription",
                    key.label())));
        }
        return sheet;
    }

    private static void collect(Menu menu, String path, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " → " + sub.getText(), into);
            } else if (item.getAccelerator() != null) {
                // Undo and Redo name what they would undo: the sheet names them plainly.
                Object plain = item.getProperties().get(SHEET_TEXT);
                String text = plain instanceof String p ? p : item.getText();
                into.add(new Shortcut(item.getAccelerator().getDisplayText(), path + " → " + text.replace("…", "")));
            }
        }
    }
}
