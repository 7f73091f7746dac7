package nl.veldwerk.ui.documents;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import nl.veldwerk.ui.app.DocumentItem;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;

/** The project's documents with their quotation counts; the selected one is shown. Drop transcripts to import. */
public final class DocumentListView extends ListView<DocumentItem> {
    /** While a key pressed in the list is handled: a selection it makes steps over unreadable documents. */
    private boolean steppingByKey;
    /** The documents the filter lets through (all without one). */
    private final javafx.collections.transformation.FilteredList<DocumentItem> shown;
    /** While the filter changes what is listed: the selection's changes then are not the user's. */
    private boolean filtering;
    /** While a click or key in the list is handled: a selection it makes is the user's. */
    private boolean picking;
    /** A document selected elsewhere, to bring into view at the next layout (null: none). */
    private DocumentItem toReveal;
    private final MainViewModel vm;

    public DocumentListView(MainViewModel vm) {
        this(vm, new javafx.collections.transformation.FilteredList<>(vm.documents()));
    }

    private DocumentListView(MainViewModel vm, javafx.collections.transformation.FilteredList<DocumentItem> listed) {
        super(listed);
        this.shown = listed;
        this.vm = vm;
        setId("documents");
        setCellFactory(v -> new DocumentCell(vm));
        setPlaceholder(new Label(I18n.text("documents.empty")));
        // A recording found missing (or found again) shows in its document's row.
        vm.recordings().missingRecordings().addListener((javafx.collections.SetChangeListener<String>) c -> refresh());
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            DocumentItem shown = vm.selectedProperty().get();
            if (now == null || filtering) {
                return; // a filter typed does not open another document
            }
            if (!picking && shown != null && !this.shown.contains(shown)
                    && vm.documents().stream().anyMatch(i -> i.document().id().equals(shown.document().id()))) {
                // The open document left the filtered list (its group unticked, its name changed): the list moved
                // its selection to a neighbour, which is not the user's choice and is not opened.
                return;
            }
            if (shown != null && shown.document().id().equals(now.document().id())) {
                vm.selectedProperty().set(now); // the list following the model (new counts): nothing to check
                return;
            }
            nl.veldwerk.model.ModelException unreadable = vm.unreadable(now.document());
            if (unreadable == null) {
                vm.selectedProperty().set(now);
            } else if (steppingByKey) {
                // Going through the list with the keys: on past it, said in the status bar, not in a dialog
                // at every step (the user could not get past it otherwise).
                int at = getSelectionModel().getSelectedIndex();
                int direction = shown == null || at > getItems().indexOf(shown) ? 1 : -1;
                javafx.application.Platform.runLater(() -> stepPast(vm, at, direction, now, unreadable));
            } else {
                // Said, and back to the document still shown, once this selection change is over.
                javafx.application.Platform.runLater(() -> {
                    vm.tellUnreadable(now.document(), unreadable);
                    getSelectionModel().select(vm.selectedProperty().get());
                });
            }
        });
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pickingNow());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> pickingNow());
        // A key pressed in the list moves the selection while the press is handled, so this is set then.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isNavigationKey()) { // not a shortcut (an undo that selects is explained as such)
                steppingByKey = true;
                javafx.application.Platform.runLater(() -> steppingByKey = false);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != getSelectionModel().getSelectedItem()) {
                getSelectionModel().select(now);
                reveal(now); // a document selected elsewhere (a new transcript, a jump) comes into view
            }
        });
        // Delete (the key, or the list's menu) deletes the selected document after a question; undo restores it.
        javafx.scene.control.MenuItem delete = new javafx.scene.control.MenuItem(I18n.text("documents.delete"));
        delete.setOnAction(e -> deleteSelected(vm));
        delete.disableProperty().bind(getSelectionModel().selectedItemProperty().isNull()
                .or(vm.readOnlyProperty()));
        setContextMenu(new javafx.scene.control.ContextMenu(delete));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == javafx.scene.input.KeyCode.DELETE || e.getCode() == javafx.scene.input.KeyCode
                    .BACK_SPACE) && !delete.isDisable()) {
                deleteSelected(vm);
                e.consume();
            }
        });
        // Transcripts dropped on the list are imported.
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.storeProperty().get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                // Recordings among the files are not transcripts: one beside its transcript is offered with it.
                java.util.List<java.nio.file.Path> transcripts = e.getDragboard().getFiles().stream()
                        .map(java.io.File::toPath).filter(f -> !nl.veldwerk.model.Recording.isMediaFile(
                                f.getFileName().toString())).toList();
                if (transcripts.isEmpty()) {
                    vm.showStatus(nl.veldwerk.ui.common.I18n.text("recording.dropOnDocument"));
                } else {
                    vm.files().importTranscripts(transcripts);
                }
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void pickingNow() {
        picking = true;
        javafx.application.Platform.runLater(() -> picking = false);
    }

    /**
     * The list under a field that filters it by the documents' names, descriptions, groups and attribute values
     * ("aanbieder", "pilot"), without case or accents: a project of hundreds of transcripts is found in (QA: no
     * filter by group or attribute).
     */
    public javafx.scene.Node withFilter() {
        javafx.scene.control.TextField filter = new javafx.scene.control.TextField();
        filter.setId("document-filter");
        nl.veldwerk.ui.app.UndoKeys.projectUndoIn(filter);
        filter.setPromptText(I18n.text("documents.filter"));
        filter.textProperty().addListener((o, was, now) -> filterBy(now));
        vm.storeProperty().addListener((o, was, now) -> filter.clear()); // another project: all its documents
        // A document opened from elsewhere (just imported, a quotation's in the quotation manager) that the filter
        // hides: the filter is emptied so that the list shows what is open (it was open but not listed: QA).
        vm.selectedProperty().addListener((o, was, now) -> {
            boolean another = now != null && (was == null || !was.document().id().equals(now.document().id()));
            // The same document changed (taken out of the filtered group) stays open and leaves the list.
            if (another && !filter.getText().isBlank() && !shown.contains(now)) {
                filter.clear();
            }
        });
        // Esc empties the filter, Down goes on into the list, as in a search field.
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DOWN && !getItems().isEmpty()) {
                requestFocus();
                pickingNow();
                if (getSelectionModel().isEmpty()) {
                    getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        VBox box = new VBox(4, filter, this);
        VBox.setVgrow(this, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    /**
     * Brings a document into view at the list's next layout, when the rows it counts are the ones shown, and only
     * if it is out of view: at opening the list had to measure a screenful of rows it was about to lay out anyway.
     */
    private void reveal(DocumentItem item) {
        toReveal = item;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (toReveal != null) {
            DocumentItem item = toReveal;
            toReveal = null;
            nl.veldwerk.ui.common.Scrolling.intoView(this, getItems().indexOf(item));
        }
    }

    private void filterBy(String words) {
        filtering = true;
        try {
            java.util.function.Predicate<String> holdsWords = nl.veldwerk.ui.common.Folded.containing(words);
            shown.setPredicate(words.isBlank() ? null : item -> holdsWords.test(describe(item.document())));
            setPlaceholder(new Label(words.isBlank() ? I18n.text("documents.empty")
                    : I18n.text("documents.noneMatches", words.strip())));
            DocumentItem open = vm.selectedProperty().get();
            if (open != null && shown.contains(open)) {
                getSelectionModel().select(open);
                reveal(open); // the open document in view again when the filter is emptied
            } else {
                getSelectionModel().clearSelection();
            }
        } finally {
            filtering = false;
        }
    }

    /**
     * What the filter looks in: the name, the description, the groups' names and the attributes' values, a number
     * also as the user reads and types it ("34,5" in Dutch, kept as 34.5).
     */
    private String describe(nl.veldwerk.model.Document d) {
        StringBuilder text = new StringBuilder(d.name()).append('\n').append(d.description());
        d.attributes().values().forEach(v -> text.append('\n').append(v));
        if (vm.storeProperty().get() != null) {
            nl.veldwerk.model.Project p = vm.session().project();
            p.groups().stream().filter(g -> d.groupIds().contains(g.id())).forEach(g -> text.append('\n')
                    .append(g.name()));
            p.attributes().stream().filter(a -> d.attributes().containsKey(a.name())).forEach(a -> {
                String kept = d.attributes().get(a.name());
                text.append('\n').append(a.type().shown(kept, I18n.locale()));
                if (a.type() == nl.veldwerk.model.AttributeType.NUMBER) {
                    // Found as typed in either way the field takes it ("34,5" in an English window too: QA).
                    text.append('\n').append(kept.replace('.', ','));
                }
            });
        }
        return text.toString();
    }

    /** Deletes the selected document, after a question (the view model asks and deletes). */
    private void deleteSelected(MainViewModel vm) {
        DocumentItem item = getSelectionModel().getSelectedItem();
        if (item != null) {
            new DocumentsViewModel(vm).deleteDocumentAsking(item.document().id());
        }
    }

    /**
     * Selects the first readable document after {@code at} in {@code direction}, else the nearest before it
     * (Home onto an unreadable first document: the first readable one), else the one still shown; and says
     * that {@code skipped} could not be read.
     */
    private void stepPast(MainViewModel vm, int at, int direction, DocumentItem skipped,
                          nl.veldwerk.model.ModelException why) {
        DocumentItem next = readableFrom(vm, at + direction, direction);
        if (next == null) {
            next = readableFrom(vm, at - direction, -direction);
        }
        DocumentItem chosen = next != null ? next : vm.selectedProperty().get();
        getSelectionModel().select(chosen);
        reveal(chosen);
        vm.showStatus(I18n.text("document.skipped", skipped.document().name(), I18n.message(why)));
    }

    /** The first document from {@code from} on in {@code direction} that is shown or can be read, or null. */
    private DocumentItem readableFrom(MainViewModel vm, int from, int direction) {
        for (int i = from; i >= 0 && i < getItems().size(); i += direction) {
            DocumentItem candidate = getItems().get(i);
            if (candidate.equals(vm.selectedProperty().get()) || vm.unreadable(candidate.document()) == null) {
                return candidate;
            }
        }
        return null;
    }

    private static final javafx.css.PseudoClass MISSING = javafx.css.PseudoClass.getPseudoClass("missing");

    private static final class DocumentCell extends ListCell<DocumentItem> {
        private final Label name = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, name, details);
        /** The name and details whole, where the list cuts them. */
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        private final MainViewModel vm;

        DocumentCell(MainViewModel vm) {
            this.vm = vm;
            name.getStyleClass().add("document-name");
            details.getStyleClass().add("document-details");
            // As wide as the list, a long name or "recording not found" cut with "…" (its tooltip says it whole):
            // wider, the list got a horizontal scroll bar (QA).
            setPrefWidth(0);
            name.setMinWidth(0);
            details.setMinWidth(0);
            // A recording dropped on a document is linked to it (the list imports anything else).
            setOnDragOver(e -> {
                if (recordingIn(e.getDragboard()) != null && getItem() != null && vm.storeProperty().get() != null) {
                    e.acceptTransferModes(TransferMode.LINK, TransferMode.COPY);
                    e.consume();
                }
            });
            setOnDragDropped(e -> {
                java.nio.file.Path file = recordingIn(e.getDragboard());
                if (file != null && getItem() != null) {
                    String documentId = getItem().document().id();
                    e.setDropCompleted(true);
                    e.consume();
                    // After the drop returns: the copy question must not run inside the drag's event.
                    javafx.application.Platform.runLater(() -> vm.recordings().linkAsking(documentId, file));
                }
            });
        }

        /** The one recording being dragged, or null (several files, or transcripts). */
        private static java.nio.file.Path recordingIn(javafx.scene.input.Dragboard board) {
            if (!board.hasFiles() || board.getFiles().size() != 1) {
                return null;
            }
            java.nio.file.Path file = board.getFiles().getFirst().toPath();
            return nl.veldwerk.model.Recording.isMediaFile(file.getFileName().toString()) ? file : null;
        }

        @Override
        protected void updateItem(DocumentItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
            } else {
                name.setText(item.label());
                boolean missing = vm.recordings().missingRecordings().contains(item.document().id());
                details.setText(missing ? item.details() + " · " + I18n.text("document.recordingMissing")
                        : item.details());
                details.pseudoClassStateChanged(MISSING, missing);
                tip.setText(item.label() + "\n" + details.getText());
                setTooltip(tip);
                setGraphic(box);
            }
        }
    }
}
