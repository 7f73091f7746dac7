package nl.veldwerk.ui.documents;

import java.util.HashSet;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.AttributeType;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;
import nl.veldwerk.ui.app.DocumentItem;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Labels;

/** The selected document's name, groups and attributes, each edit an undoable command. */
public final class DocumentPropertiesPane extends VBox {
    private final DocumentsViewModel documents;
    private final MainViewModel vm;
    private final TextField name = new TextField();
    private final FlowPane groups = new FlowPane(8, 4);
    private final GridPane attributes = new GridPane(6, 4);
    private final Label recording = new Label();
    private final Button unlinkRecording = new Button(I18n.text("player.unlink"));

    /** The document whose properties are shown: what a name typed is for, whatever is selected by then. */
    private String shownId;
    /** Commits the attribute field that has the focus (typed, not yet left): a save must not miss it. */
    private Runnable focusedAttribute = () -> { };
    /** The groups and attribute definitions the boxes and fields were made for (see {@link #refresh}). */
    private java.util.List<Object> madeFor = java.util.List.of();
    private final java.util.Map<String, CheckBox> groupBoxes = new java.util.HashMap<>();
    private final java.util.Map<String, TextField> attributeFields = new java.util.HashMap<>();

    public DocumentPropertiesPane(DocumentsViewModel documents) {
        super(6);
        this.documents = documents;
        this.vm = documents.main();
        setId("document-properties");
        name.setId("document-name");
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NAME, name);
        setPadding(new Insets(6));
        Label heading = new Label(I18n.text("properties.heading"));
        heading.getStyleClass().add("pane-heading");
        vm.addPendingEdit(() -> {
            if (name.isFocused()) {
                rename();
            }
            focusedAttribute.run();
        });
        name.setOnAction(e -> rename());
        name.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                rename();
            }
        });
        TextField newGroup = new TextField();
        newGroup.setPromptText(I18n.text("properties.newGroup"));
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NAME, newGroup);
        newGroup.setOnAction(e -> {
            document().ifPresent(d -> documents.addGroupWith(d.id(), newGroup.getText()));
            newGroup.clear();
        });
        TextField newAttribute = new TextField();
        newAttribute.setPromptText(I18n.text("properties.newAttribute"));
        nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NAME, newAttribute);
        ChoiceBox<AttributeType> type = new ChoiceBox<>(FXCollections.observableArrayList(AttributeType.values()));
        type.setValue(AttributeType.TEXT);
        type.setConverter(Labels.converter("attributeType."));
        Button addAttribute = new Button("+");
        // The name field gives way in a narrow pane; the type and the button keep their size.
        newAttribute.setPrefColumnCount(8);
        HBox.setHgrow(newAttribute, javafx.scene.layout.Priority.ALWAYS);
        type.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        addAttribute.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        addAttribute.setOnAction(e -> {
            documents.addAttribute(newAttribute.getText(), type.getValue());
            newAttribute.clear();
        });
        newAttribute.setId("new-attribute");
        newAttribute.setOnAction(addAttribute.getOnAction()); // Enter adds, as in the group's field above
        addAttribute.setTooltip(new javafx.scene.control.Tooltip(I18n.text("properties.addAttribute")));
        recording.setId("document-recording");
        recording.setWrapText(true);
        Button linkRecording = new Button(I18n.text("properties.linkRecording"));
        linkRecording.setId("link-recording");
        linkRecording.setOnAction(e -> document().ifPresent(d -> vm.dialogs().chooseFileToOpen(
                I18n.text("recording.link"), nl.veldwerk.ui.common.FileType.RECORDING)
                .ifPresent(file -> vm.recordings().linkAsking(d.id(), file))));
        unlinkRecording.setId("unlink-recording");
        unlinkRecording.setOnAction(e -> document().ifPresent(d -> vm.recordings().unlink(d.id())));
        getChildren().addAll(heading, new Label(I18n.text("properties.name")), name,
                new Label(I18n.text("properties.recording")), recording, new HBox(4, linkRecording, unlinkRecording),
                new Label(I18n.text("properties.groups")), groups, newGroup,
                new Label(I18n.text("properties.attributes")), attributes, newAttribute, new HBox(4, type, addAttribute));
        disableProperty().bind(vm.selectedProperty().isNull());
        vm.selectedProperty().addListener((o, was, now) -> {
            // The same document with a new quotation count (after each coding) shows the same properties.
            if (was == null || now == null || !was.document().id().equals(now.document().id())) {
                rename(); // a name typed and not yet left is the shown document's, not the one chosen now
                refresh();
            } else if (!was.document().equals(now.document())) {
                refresh();
            }
        });
        vm.changesProperty().addListener((o, was, now) -> {
            var change = vm.lastChange();
            if (change == null || !change.onlyQuotationsAndCodings()) {
                refresh(); // coding does not change a document's name, groups or attributes
            }
        });
    }

    private java.util.Optional<Document> document() {
        DocumentItem item = vm.selectedProperty().get();
        if (item == null || vm.storeProperty().get() == null) {
            return java.util.Optional.empty();
        }
        return vm.storeProperty().get().session().project().document(item.document().id());
    }

    /** The recording's file, said as missing when it is not there (looked up only for a linked document). */
    private void showRecording(Document d) {
        unlinkRecording.setDisable(d.recording() == null);
        if (d.recording() == null) {
            recording.setText(I18n.text("properties.noRecording"));
            return;
        }
        java.nio.file.Path file = vm.recordings().fileOf(d).orElseThrow();
        nl.veldwerk.model.Recording shown = d.recording();
        recording.setText(shown.path());
        // Looked for off the FX thread: a recording on a share that does not answer must not hold the window.
        Thread.ofVirtual().start(() -> {
            if (!java.nio.file.Files.isRegularFile(file)) {
                javafx.application.Platform.runLater(() -> {
                    if (document().map(Document::recording).filter(shown::equals).isPresent()) {
                        recording.setText(I18n.text("properties.recordingMissing", shown.path()));
                    }
                });
            }
        });
    }

    /** Set while a rename runs: its refusal's dialog takes the focus, which must not rename (and refuse) again. */
    private boolean renaming;

    private void rename() {
        if (shownId == null || vm.storeProperty().get() == null || renaming) {
            return;
        }
        renaming = true;
        try {
            renameShown();
        } finally {
            renaming = false;
        }
    }

    private void renameShown() {
        nl.veldwerk.model.Project project = vm.storeProperty().get().session().project();
        project.document(shownId).filter(d -> !d.name().equals(name.getText())).ifPresent(d -> {
            documents.renameDocument(d.id(), name.getText());
            // Refused (blank, or another document's name; the user was told): show the name it kept, so
            // leaving the field does not ask again.
            project.document(d.id()).filter(now -> !now.name().equals(name.getText().strip()))
                    .ifPresent(now -> name.setText(now.name()));
        });
    }

    private void refresh() {
        Document d = document().orElse(null);
        boolean another = d == null || !d.id().equals(shownId);
        shownId = d == null ? null : d.id();
        if (d == null) {
            groups.getChildren().clear();
            attributes.getChildren().clear();
            madeFor = java.util.List.of();
            name.clear();
            recording.setText("");
            return;
        }
        showRecording(d);
        Project p = vm.storeProperty().get().session().project();
        if (another || !name.isFocused()) {
            name.setText(d.name());
        }
        // The boxes and fields are made again only for another document or other groups or attributes: made
        // again after each edit, the field Tab had just moved to was gone (and what was typed next with it).
        java.util.List<Object> now = java.util.List.of(java.util.List.copyOf(p.groups()),
                java.util.List.copyOf(p.attributes()));
        if (another || !now.equals(madeFor)) {
            make(d, p);
            madeFor = now;
            return;
        }
        groupBoxes.forEach((id, box) -> box.setSelected(d.groupIds().contains(id)));
        // A value being typed (not yet saved) is kept; one saved or untouched shows the document's (after an undo).
        attributeFields.forEach((attribute, field) -> {
            if (!field.isFocused() || field.getText().equals(field.getUserData())) {
                field.setText(shown(field, d.attributes().getOrDefault(attribute, "")));
                field.setUserData(field.getText());
            }
        });
    }

    /** A value as the field shows it: a number with the decimal comma in Dutch ("34,5", kept as "34.5"). */
    private static String shown(TextField field, String kept) {
        return field.getProperties().get(AttributeType.class) instanceof AttributeType type
                ? type.shown(kept, I18n.locale()) : kept;
    }

    private void make(Document d, Project p) {
        groups.getChildren().clear();
        attributes.getChildren().clear();
        groupBoxes.clear();
        attributeFields.clear();
        String documentId = d.id();
        for (DocumentGroup g : p.groups()) {
            CheckBox box = new CheckBox(g.name());
            box.setMnemonicParsing(false); // a name's "_" is shown, not taken for a shortcut
            box.setSelected(d.groupIds().contains(g.id()));
            box.setOnAction(e -> document().filter(now -> now.id().equals(documentId)).ifPresent(now -> {
                Set<String> chosen = new HashSet<>(now.groupIds());
                if (box.isSelected()) {
                    chosen.add(g.id());
                } else {
                    chosen.remove(g.id());
                }
                documents.setDocumentGroups(documentId, chosen);
            }));
            renameAndDeleteOnRequest(box, () -> documents.renameGroupAsking(g.id()),
                    () -> documents.deleteGroupAsking(g.id()), "groups.");
            groups.getChildren().add(box);
            groupBoxes.put(g.id(), box);
        }
        int row = 0;
        for (AttributeDefinition a : p.attributes()) {
            TextField value = new TextField();
            value.getProperties().put(AttributeType.class, a.type());
            nl.veldwerk.ui.common.LengthLimit.install(nl.veldwerk.model.Limits.NOTE, value);
            value.setText(shown(value, d.attributes().getOrDefault(a.name(), "")));
            value.setUserData(value.getText()); // what the field shows of the document, not typed
            value.setPromptText(I18n.text("attributeType." + a.type().name().toLowerCase(java.util.Locale.ROOT)));
            Runnable commit = () -> {
                if (documents.setAttribute(documentId, a.name(), value.getText())) {
                    value.setUserData(value.getText());
                } else { // refused, and said: the field shows the value the document keeps
                    value.setText((String) value.getUserData());
                }
            };
            value.setOnAction(e -> commit.run());
            value.focusedProperty().addListener((o, was, now) -> {
                focusedAttribute = now ? commit : () -> { };
                if (!now) {
                    commit.run();
                }
            });
            Label name = new Label(a.name());
            name.setMnemonicParsing(false);
            Runnable menu = renameAndDeleteOnRequest(name, () -> documents.renameAttributeAsking(a.id()),
                    () -> documents.deleteAttributeAsking(a.id()), "attributes.");
            // The label takes no focus (a tab stop before every value would be one too many): from the keyboard, the
            // menu keys in the attribute's value field show its menu, under its name (QA: no keyboard route).
            value.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (nl.veldwerk.ui.common.MenuKey.asksForMenu(e)) {
                    menu.run();
                    e.consume();
                }
            });
            // Where the system turns those keys into a menu request too (Windows), the field's own Cut/Copy/Paste
            // menu does not open over the attribute's (review); the mouse's right-click still gives the field's.
            value.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
                if (e.isKeyboardTrigger()) {
                    menu.run();
                    e.consume();
                }
            });
            attributes.addRow(row++, name, value);
            attributeFields.put(a.name(), value);
        }
    }

    /**
     * Rename… and Delete… of a group or an attribute, on its right-click (neither could be renamed or deleted: QA).
     * The menu is made when first asked for (by the mouse or the menu key): made with every box and label, the menus
     * took half of what showing another document cost this pane (issue 24). Returns what shows the menu under the
     * node, for another node's keys to call.
     */
    private static Runnable renameAndDeleteOnRequest(javafx.scene.control.Control node, Runnable rename,
                                                     Runnable delete, String keys) {
        Runnable made = () -> {
            if (node.getContextMenu() == null) {
                node.setContextMenu(renameAndDelete(rename, delete, keys));
            }
        };
        Runnable shown = () -> {
            made.run();
            node.getContextMenu().show(node, javafx.geometry.Side.BOTTOM, 0, 0);
        };
        // A filter runs before the control's own handler, which shows the menu the node has.
        node.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> made.run());
        // From the keyboard too (a group's box has the focus), as the code tree does (QA: nothing opened).
        node.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (nl.veldwerk.ui.common.MenuKey.asksForMenu(e)) {
                shown.run();
                e.consume();
            }
        });
        return shown;
    }

    private static javafx.scene.control.ContextMenu renameAndDelete(Runnable rename, Runnable delete, String keys) {
        javafx.scene.control.MenuItem renameItem = new javafx.scene.control.MenuItem(I18n.text(keys + "rename"));
        renameItem.setOnAction(e -> rename.run());
        javafx.scene.control.MenuItem deleteItem = new javafx.scene.control.MenuItem(I18n.text(keys + "delete"));
        deleteItem.setOnAction(e -> delete.run());
        return new javafx.scene.control.ContextMenu(renameItem, deleteItem);
    }
}
