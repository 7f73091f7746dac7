package nl.veldwerk.ui.common;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;

/**
 * Choosing one code, as the coding picker (Ctrl+K) does: type part of its name or path, Enter takes the
 * first match (or the one selected with the arrow keys), Escape cancels. Used wherever a code is chosen:
 * merge into, move under, relate to, code search hits, add to a quotation. Where a code can also go to the
 * top of the codebook, that is the first choice.
 */
public final class CodeChooser {
    /**
     * What was chosen: a code, (when offered) the top level of the codebook ({@code code == null}), or (when
     * offered) a new code of the name typed ({@code newName}, the code not made yet).
     */
    public record Choice(Code code, String newName) {
        public Choice(Code code) {
            this(code, null);
        }

        public boolean topLevel() {
            return code == null && newName == null;
        }
    }

    /** A line of the list: a code with its path, the top level, or (newName) a new code of the name typed. */
    private record Line(Code code, String path, String newName) {
        Line(Code code, String path) {
            this(code, path, null);
        }
    }

    private CodeChooser() {
    }

    /**
     * Asks for a code among those {@code allowed}; empty when cancelled.
     *
     * @param offerTopLevel whether "(top level)" is a choice too
     */
    public static Optional<Choice> choose(Window owner, String title, String header, Project p,
                                          Predicate<Code> allowed, boolean offerTopLevel) {
        return choose(owner, title, header, p, allowed, offerTopLevel ? I18n.text("chooser.topLevel") : null);
    }

    /**
     * Asks for a code among those {@code allowed}, or for what {@code noCode} names (the first line, a choice
     * without a code, when not null); empty when cancelled.
     */
    public static Optional<Choice> choose(Window owner, String title, String header, Project p,
                                          Predicate<Code> allowed, String noCode) {
        return choose(owner, title, header, p, allowed, noCode, false);
    }

    /**
     * Asks for a code, or for a new one of the name typed (offered while no code has that name, after the codes
     * whose name begins with it, as the coding picker offers it); empty when cancelled.
     */
    public static Optional<Choice> chooseOrCreate(Window owner, String title, String header, Project p) {
        return choose(owner, title, header, p, c -> true, null, true);
    }

    private static Optional<Choice> choose(Window owner, String title, String header, Project p,
                                           Predicate<Code> allowed, String noCode, boolean offerNew) {
        List<Line> lines = new java.util.ArrayList<>();
        if (noCode != null) {
            lines.add(new Line(null, noCode));
        }
        p.codes().stream().filter(allowed).map(c -> new Line(c, path(p, c)))
                .sorted(Comparator.comparing(Line::path, String.CASE_INSENSITIVE_ORDER)).forEach(lines::add);
        javafx.collections.ObservableList<Line> all = FXCollections.observableArrayList(lines);
        FilteredList<Line> matching = new FilteredList<>(all);
        javafx.collections.transformation.SortedList<Line> shown = new javafx.collections.transformation.SortedList<>(
                matching);
        TextField search = new TextField();
        LengthLimit.install(nl.veldwerk.model.Limits.NAME, search); // the words typed become a new code's name
        search.setId("code-chooser-search");
        search.setPromptText(I18n.text("chooser.prompt"));
        ListView<Line> list = new ListView<>(shown);
        list.setId("code-chooser-list");
        list.setPrefSize(420, 320);
        list.setPlaceholder(new Label(I18n.text("chooser.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Line item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(null);
                setStyle(empty || item == null ? "" : item.code() == null ? "-fx-font-style: italic;"
                        : "-fx-border-color: transparent transparent transparent " + item.code().color()
                        + "; -fx-border-width: 0 0 0 6;");
                if (empty || item == null) {
                    return;
                }
                if (item.code() == null) {
                    setText(item.path());
                    return;
                }
                // The code's own name first, where it is never cut off; where it sits after it, in grey.
                Label name = new Label(item.code().name());
                name.setMinWidth(Label.USE_PREF_SIZE);
                Label where = new Label(placeOf(item.path(), item.code().name()));
                where.getStyleClass().add("hint");
                setGraphic(new javafx.scene.layout.HBox(10, name, where));
            }
        });
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Choice[] chosen = new Choice[1];
        Runnable take = () -> {
            Line line = list.getSelectionModel().getSelectedItem() != null ? list.getSelectionModel().getSelectedItem()
                    : shown.isEmpty() ? null : shown.getFirst();
            if (line != null) {
                chosen[0] = new Choice(line.code(), line.newName());
                stage.close();
            }
        };
        search.textProperty().addListener((o, was, now) -> {
            String q = now.strip().toLowerCase(Locale.ROOT);
            if (offerNew) {
                all.removeIf(l -> l.newName() != null);
                boolean taken = p.codes().stream().anyMatch(c -> c.name().equalsIgnoreCase(now.strip()));
                if (!q.isEmpty() && !taken) {
                    all.add(new Line(null, I18n.text("picker.create", now.strip()), now.strip()));
                }
                // As the coding picker ranks them: a name begun, then the new code, then a name met further on
                // ("Buurt" + Enter takes "Buurtcoach", never makes "Buurt" over it).
                shown.setComparator(q.isEmpty() ? null : Comparator.comparingInt(l -> rank(l, q)));
            }
            matching.setPredicate(q.isEmpty() ? null : l -> l.newName() != null
                    || l.path().toLowerCase(Locale.ROOT).contains(q));
            list.getSelectionModel().clearSelection();
        });
        search.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DOWN -> {
                    list.requestFocus();
                    list.getSelectionModel().selectFirst();
                }
                case ENTER -> take.run();
                case ESCAPE -> stage.close();
                default -> {
                }
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                take.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                take.run();
            }
        });
        Label heading = new Label(header);
        heading.setWrapText(true);
        // As wide as the list, not as its text on one line: a long header (a merge's) made the window wider than
        // the screen and was cut off there, unwrapped.
        heading.setPrefWidth(list.getPrefWidth());
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.getStyleClass().add("pane-heading");
        // Buttons too, for the mouse: Enter, a double-click and Escape were the only ways out (QA: "no OK or Cancel").
        javafx.scene.control.Button ok = new javafx.scene.control.Button(I18n.text("button.ok"));
        ok.setId("code-chooser-ok");
        ok.setOnAction(e -> take.run());
        ok.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(shown));
        javafx.scene.control.Button cancel = new javafx.scene.control.Button(I18n.text("button.cancel"));
        cancel.setId("code-chooser-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        // In the order the system's dialogs put them (a ButtonBar), as every other dialog here: OK came first.
        javafx.scene.control.ButtonBar buttons = new javafx.scene.control.ButtonBar();
        javafx.scene.control.ButtonBar.setButtonData(ok, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonBar.setButtonData(cancel, javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(ok, cancel);
        VBox box = new VBox(8, heading, search, list, buttons);
        box.setPadding(new Insets(10));
        Scene scene = new Scene(box);
        scene.getStylesheets().add(Styles.SHEET);
        stage.setScene(scene);
        // Over its owner, whichever window that is: from the code manager (a window of its own) the window
        // manager put it at the screen's top-left corner, far from the dialog that asked.
        DialogFit.keepOnScreen(stage, () -> {
            stage.requestFocus();
            search.requestFocus();
        });
        stage.showAndWait();
        return Optional.ofNullable(chosen[0]);
    }

    private static int rank(Line line, String query) {
        return rank(line.newName() != null ? null : line.code(), query);
    }

    /**
     * Where a code goes in a list for what was typed ({@code code} null: a new code of that name): the code of
     * that name, then codes whose name begins with it (typing the start of a name and Enter picks the code), then
     * a new code of that name, then codes that hold it further on. "Taal" + Enter used to code "Betaalbaarheid":
     * a name met in the middle of another is never taken over making the code the user typed.
     */
    public static int rank(Code code, String query) {
        if (code == null) {
            return 2;
        }
        String name = code.name().toLowerCase(Locale.ROOT);
        return name.equals(query) ? 0 : name.startsWith(query) ? 1 : 3;
    }

    /**
     * Where a code sits, from its path: all before its own name, which may hold " > " itself (a code named "Kosten >
     * baten" at the top was shown as sitting under "Kosten": QA).
     */
    static String placeOf(String path, String name) {
        return path.length() > name.length() + 3 && path.endsWith(" > " + name)
                ? path.substring(0, path.length() - name.length() - 3) : "";
    }

    /** "Psychische kenmerken > Schaamte": where a code sits in the codebook. */
    public static String path(Project p, Code c) {
        StringBuilder path = new StringBuilder(c.name());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String id = c.parentId(); id != null && seen.add(id); ) {
            Optional<Code> parent = p.code(id);
            if (parent.isEmpty()) {
                break;
            }
            path.insert(0, parent.get().name() + " > ");
            id = parent.get().parentId();
        }
        return path.toString();
    }
}
