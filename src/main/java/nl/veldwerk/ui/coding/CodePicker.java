package nl.veldwerk.ui.coding;

import java.util.Comparator;
import java.util.Locale;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.ui.common.I18n;

/**
 * "Code with…": type to find a code, Enter applies it; a name that matches no code offers to create it.
 * A popup, not a dialog, so it opens next to the text and never blocks.
 */
final class CodePicker extends Popup {
    /** A choice in the list: an existing code, or a new one to create with the typed name. */
    record Choice(Code code, String newName, String shownAs) {
        Choice(Code code, String newName) {
            this(code, newName, null);
        }

        @Override
        public String toString() {
            return code == null ? I18n.text("picker.create", newName) : shownAs != null ? shownAs : code.name();
        }
    }

    private final TextField search = new TextField();
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final FilteredList<Choice> matching = new FilteredList<>(choices);
    /** The matches, best first (see {@link #rank}): Enter takes the first, which is shown selected. */
    private final javafx.collections.transformation.SortedList<Choice> shown =
            new javafx.collections.transformation.SortedList<>(matching);
    private final ListView<Choice> list = new ListView<>(shown);
    private final CodingViewModel coding;
    private final Label title = new Label(I18n.text("picker.title"));
    /** The quotation the chosen code goes on, or null to code the selected text. */
    private String quotationId;
    private final Suggestions suggestions;
    private final SuggestionsBox suggested;
    /** The passage the suggestions are for: document id, start, end. */
    private String passageDocument;
    private int passageStart;
    private int passageEnd;
    /** Which request for suggestions is the latest. */
    private long generation;

    CodePicker(CodingViewModel coding) {
        this.coding = coding;
        this.suggestions = Suggestions.of(coding.main());
        this.suggested = new SuggestionsBox(s -> coding.main().session().project().code(s.codeId())
                .ifPresent(c -> choose(new Choice(c, null))), s -> {
                    suggestions.reject(passageDocument, passageStart, passageEnd, s.codeId());
                    suggest();
                }, label -> {
                    hide();
                    coding.goTo(label);
                });
        search.setPromptText(I18n.text("picker.prompt"));
        search.setId("code-picker-search");
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NAME, search); // may name a new code
        list.setId("code-picker-list");
        list.setPrefSize(320, LIST_HEIGHT);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
                setStyle(empty || item == null || item.code() == null ? "-fx-font-style: italic;"
                        : "-fx-border-color: transparent transparent transparent " + item.code().color()
                        + "; -fx-border-width: 0 0 0 6;");
            }
        });
        search.textProperty().addListener((o, was, now) -> filter(now));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                // Down goes to the entry under the one shown selected (the best match is already selected
                // once something is typed: taking the list's focus alone would make the first Down do nothing).
                e.consume();
                int at = list.getSelectionModel().getSelectedIndex();
                list.requestFocus();
                if (at < 0) {
                    list.getSelectionModel().selectFirst();
                } else if (at + 1 < list.getItems().size()) {
                    list.getSelectionModel().select(at + 1);
                }
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                // The best match of what was typed (selected); with nothing typed, no code is guessed.
                Choice chosen = list.getSelectionModel().getSelectedItem() != null
                        ? list.getSelectionModel().getSelectedItem()
                        : shown.isEmpty() || search.getText().isBlank() ? null : shown.getFirst();
                String typed = search.getText().strip();
                String begun = typed.toLowerCase(Locale.ROOT);
                long alike = shown.stream().filter(c -> c.code() != null
                        && c.code().name().toLowerCase(Locale.ROOT).startsWith(begun)).count();
                chooseByKey(chosen);
                if (chosen != null && chosen.code() != null && !typed.isEmpty()
                        && !chosen.code().name().equalsIgnoreCase(typed)
                        && chosen.code().name().toLowerCase(Locale.ROOT).startsWith(begun)) {
                    // The code whose name begins with what was typed, not a new code of that name: said, with the
                    // others that begin so and the way back (QA: "Angst" + Enter coded "Angst voor instanties"
                    // without a word; "In" + Enter took the first of three).
                    coding.main().showStatus(I18n.text("picker.codedWithLonger", chosen.code().name(), typed,
                            alike - 1));
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                chooseByKey(list.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        // The suggestions below the list: they come seconds later in a large project, and above it they pushed
        // the field and the list down under the pointer, so a click meant for one code chose another.
        suggested.reserveRoomFor(Suggestions.SHOWN);
        VBox box = new VBox(6, title, search, list, suggested);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("code-picker");
        getContent().add(box);
        setAutoHide(true);
    }

    /** Opens the picker to code the selected text, below {@code anchor} (screen bounds), or above it. */
    void open(Window owner, javafx.geometry.Bounds anchor, Project project) {
        open(owner, anchor, project, null);
    }

    /**
     * Opens the picker to add a code to a quotation ({@code quotation} null: to code the selected text), below
     * {@code anchor} (the selection's or a button's screen bounds), or above it where the window has no room below.
     */
    void open(Window owner, javafx.geometry.Bounds anchor, Project project, nl.veldwerk.model.Quotation quotation) {
        quotationId = quotation == null ? null : quotation.id();
        title.setText(quotation == null ? I18n.text("picker.title") : I18n.text("picker.titleQuotation",
                project.document(quotation.documentId()).map(quotation::idIn).orElse("")));
        // Codes of the same name are told apart by where they sit, after the name so a cut label still shows it
        // (the path first was cut to "Factoren uit het theoretisch kader > Zichtbaarheid > Sch…": QA).
        choices.setAll(project.codes().stream().sorted(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)))
                .map(c -> new Choice(c, null, project.labelOf(c.id()))).toList());
        passageDocument = quotation != null ? quotation.documentId() : coding.documentId().orElse(null);
        passageStart = quotation != null ? quotation.start() : coding.selectionStartProperty().get();
        passageEnd = quotation != null ? quotation.end() : coding.selectionEndProperty().get();
        suggest();
        search.clear();
        filter("");
        list.setPrefHeight(LIST_HEIGHT); // made shorter for a window with little room last time
        show(owner, anchor.getMinX(), anchor.getMaxY() + GAP);
        keepInside(owner, anchor);
        search.requestFocus();
    }

    private static final double GAP = 3;
    /** The list's height as it opens, and the least it is made when the window has no room for it (five rows). */
    private static final double LIST_HEIGHT = 260;
    private static final double MIN_LIST_HEIGHT = 110;

    /**
     * Puts the picker below its anchor; where the window (or the screen under it) has no room below, above it, as a
     * menu opens (QA: it reached past the window's foot); where neither side has room, on the side with more, as far
     * as it fits. Decided from the anchor, not from where the popup first showed: shown past the screen's foot, it
     * was already pulled up over the anchor (review). Its right edge stays inside the window too.
     */
    private void keepInside(Window owner, javafx.geometry.Bounds anchor) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(anchor.getMinX(),
                anchor.getMinY(), Math.max(1, anchor.getWidth()), Math.max(1, anchor.getHeight())).stream()
                .findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        double top = Math.max(owner.getY(), screen.getMinY());
        double bottom = Math.min(owner.getY() + owner.getHeight(), screen.getMaxY());
        double height = getHeight();
        double below = anchor.getMaxY() + GAP;
        double roomBelow = bottom - below;
        double roomAbove = anchor.getMinY() - GAP - top;
        if (height > Math.max(roomBelow, roomAbove)) {
            // Room on neither side: the list grows shorter to fit the side with more, rather than cover the text
            // it codes (QA: in the middle of a laptop's window the picker hid the selection).
            double shorter = Math.max(MIN_LIST_HEIGHT, list.getPrefHeight() - (height - Math.max(roomBelow,
                    roomAbove)));
            height -= list.getPrefHeight() - shorter;
            list.setPrefHeight(shorter);
        }
        double above = anchor.getMinY() - GAP - height;
        if (below + height <= bottom) {
            setY(below);
        } else if (above >= top) {
            setY(above);
        } else if (roomBelow >= roomAbove) {
            setY(Math.max(top, bottom - height));
        } else {
            setY(top);
        }
        double left = Math.max(owner.getX(), screen.getMinX());
        double right = Math.min(owner.getX() + owner.getWidth(), screen.getMaxX());
        if (getX() + getWidth() > right) {
            setX(Math.max(left, right - getWidth()));
        }
    }

    /** Asks for suggestions for the passage; they fill in when they are ready. */
    private void suggest() {
        suggested.working();
        if (passageDocument == null) {
            suggested.show(java.util.List.of());
            return;
        }
        long asked = ++generation;
        suggestions.forPassage(passageDocument, passageStart, passageEnd, found -> {
            if (asked == generation && isShowing()) { // not an earlier passage's, not after the picker closed
                suggested.show(found);
            }
        });
    }

    private void filter(String text) {
        String query = text.strip().toLowerCase(Locale.ROOT);
        choices.removeIf(c -> c.code() == null);
        matching.setPredicate(query.isEmpty() ? null : c -> c.code() == null
                || c.code().name().toLowerCase(Locale.ROOT).contains(query));
        boolean exact = choices.stream().anyMatch(c -> c.code() != null && c.code().name().equalsIgnoreCase(query));
        if (!query.isEmpty() && !exact) {
            choices.add(new Choice(null, text.strip()));
        }
        shown.setComparator(Comparator.comparingInt((Choice c) -> rank(c, query))
                .thenComparing(c -> c.code() == null ? "" : c.code().name().toLowerCase(Locale.ROOT)));
        if (query.isEmpty()) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().selectFirst();
            list.scrollTo(0);
        }
    }

    /** Where a choice goes in the list for what was typed, as every code chooser ranks it. */
    static int rank(Choice c, String query) {
        return nl.veldwerk.ui.common.CodeChooser.rank(c.code(), query);
    }

    /**
     * Chooses on Enter's press. The picker closes at once, so the key's release reaches the window beneath,
     * where a focused button (the toolbar's "Code with…", the inspector's "Add a code…") fires on it and would
     * open the picker again: that release is taken away here.
     */
    private void chooseByKey(Choice choice) {
        if (choice == null) {
            return;
        }
        Window owner = getOwnerWindow();
        if (owner != null && owner.getScene() != null) {
            javafx.scene.Scene beneath = owner.getScene();
            javafx.event.EventHandler<javafx.scene.input.KeyEvent> swallow = new javafx.event.EventHandler<>() {
                @Override
                public void handle(javafx.scene.input.KeyEvent e) {
                    beneath.removeEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, this);
                    if (e.getCode() == KeyCode.ENTER) {
                        e.consume();
                    }
                }
            };
            beneath.addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, swallow);
        }
        choose(choice);
    }

    /** Where the keyboard goes once a code is chosen (the transcript, to go on reading and coding). */
    private Runnable afterChoice = () -> { };

    void setAfterChoice(Runnable afterChoice) {
        this.afterChoice = afterChoice;
    }

    private void choose(Choice choice) {
        if (choice == null) {
            return;
        }
        hide();
        afterChoice.run();
        // Through the window's runner: a refusal (a read-only project, say) becomes a message, not a crash.
        if (quotationId != null) {
            String target = quotationId;
            coding.main().run(() -> {
                if (choice.code() != null) {
                    coding.addCodeToQuotation(target, choice.code().id());
                } else {
                    coding.createAndCodeQuotation(target, choice.newName());
                }
            });
        } else if (choice.code() != null) {
            coding.main().run(() -> coding.applyCode(choice.code().id()));
        } else {
            coding.main().run(() -> coding.createAndApply(choice.newName()));
        }
    }
}
