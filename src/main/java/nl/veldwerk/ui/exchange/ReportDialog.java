package nl.veldwerk.ui.exchange;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;
import nl.veldwerk.ui.common.Buttons;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Labels;

/** Asks what a quotation report holds: which codes, which documents or groups, how grouped and laid out. */
public final class ReportDialog extends VBox {
    private final Project project;
    private final TextField title;
    private final ListView<Choice> codes = choices();
    private final List<Choice> allCodes = new java.util.ArrayList<>();
    /** Says which codes are ticked, above the list. */
    private final Runnable sayTicked;
    /** While {@link #choose} ticks a last report's codes: said once after. */
    private boolean choosing;
    private final TextField codeFilter = new TextField();
    private final CheckBox subCodes = new CheckBox(I18n.text("report.withSubCodes"));
    private final ListView<Choice> documents = choices();
    /** The attributes' values offered beside groups and documents ("rol = wijkcoach"), by their choice's id. */
    private final java.util.Map<String, nl.veldwerk.ui.common.AttributeValues.Value> attributeValues =
            new java.util.HashMap<>();
    private final ChoiceBox<QuotationSelection.Grouping> grouping = new ChoiceBox<>(FXCollections.observableArrayList(
            QuotationSelection.Grouping.values()));
    private final CheckBox table = new CheckBox(I18n.text("report.table"));
    private final CheckBox definitions = new CheckBox(I18n.text("report.definitions"));
    private final CheckBox memos = new CheckBox(I18n.text("report.memos"));
    private final CheckBox open = new CheckBox(I18n.text("report.openWhenWritten"));
    private final ChoiceBox<Diagram> diagram = new ChoiceBox<>();
    private final ChoiceBox<String> savedQuery = new ChoiceBox<>();
    private final ChoiceBox<java.util.Locale> language = new ChoiceBox<>(FXCollections.observableArrayList(
            nl.veldwerk.ui.common.ReportLanguage.CHOICES));

    public ReportDialog(Project p) {
        super(6);
        this.project = p;
        title = new TextField(p.info().name());
        addCodes(p, codes, null, 0);
        allCodes.addAll(codes.getItems());
        // Type to find codes in a long codebook, as every code choice does; ticks stay as they were.
        codeFilter.setId("report-code-filter");
        codeFilter.setPromptText(I18n.text("report.codeFilter"));
        codeFilter.textProperty().addListener((o, was, now) -> {
            String q = now.strip().toLowerCase(java.util.Locale.ROOT);
            codes.getItems().setAll(allCodes.stream().filter(b -> q.isEmpty() || b.ticked()
                    || b.label().toLowerCase(java.util.Locale.ROOT).contains(q)).toList());
        });
        codes.setId("report-codes");
        codes.setPrefHeight(220);
        subCodes.setSelected(true);
        List<Choice> groupsAndDocuments = new java.util.ArrayList<>();
        p.groups().stream().sorted(Comparator.comparing(DocumentGroup::name)).forEach(g -> groupsAndDocuments.add(
                new Choice("g:" + g.id(), I18n.text("report.group", g.name()))));
        // An attribute's value, as MAXQDA selects documents by a variable: the documents that have it now.
        nl.veldwerk.ui.common.AttributeValues.of(p).forEach((label, value) -> {
            attributeValues.put("a:" + label, value);
            groupsAndDocuments.add(new Choice("a:" + label, I18n.text("report.attributeValue", label)));
        });
        p.documents().stream().sorted(Comparator.comparing(Document::name)).forEach(d -> groupsAndDocuments.add(
                new Choice("d:" + d.id(), d.name())));
        documents.getItems().setAll(groupsAndDocuments);
        documents.setId("report-documents");
        documents.setPrefHeight(160);
        grouping.setConverter(Labels.converter("report.grouping."));
        grouping.setValue(QuotationSelection.Grouping.BY_CODE);
        grouping.setId("report-grouping");
        table.setId("report-table");
        definitions.setId("report-definitions");
        memos.setId("report-memos");
        // A report by document has no code headings to put definitions under: off, not ticked for nothing. Memos
        // are also the quotations' own, which a report by document shows too.
        definitions.disableProperty().bind(grouping.valueProperty().isEqualTo(QuotationSelection.Grouping.BY_DOCUMENT));
        open.setId("report-open");
        open.setSelected(nl.veldwerk.ui.common.Preferences.openReports());
        open.selectedProperty().addListener((o, was, now) -> nl.veldwerk.ui.common.Preferences.setOpenReports(now));
        diagram.getItems().add(null);
        diagram.getItems().addAll(p.diagrams());
        diagram.setConverter(Labels.shown((Diagram d) -> d == null ? I18n.text("report.noDiagram") : d.name()));
        diagram.setValue(null);
        diagram.setId("report-diagram");
        savedQuery.getItems().add(null);
        p.info().savedQueries().forEach(q -> savedQuery.getItems().add(q.name()));
        savedQuery.setConverter(Labels.shown((String name) -> name == null ? I18n.text("report.noQuery") : name));
        savedQuery.setValue(null);
        // A saved query's result reads best as it was found: each quotation once, by document (as the CLI does).
        savedQuery.valueProperty().addListener((o, was, now) -> {
            if (now != null && was == null) {
                grouping.setValue(QuotationSelection.Grouping.BY_DOCUMENT);
            }
        });
        language.setConverter(Labels.shown(nl.veldwerk.ui.common.ReportLanguage::name));
        language.setValue(nl.veldwerk.ui.common.ReportLanguage.of(p));
        language.setId("report-language");
        GridPane options = new GridPane(8, 6);
        options.addRow(0, whole("report.groupBy"), grouping);
        options.addRow(1, whole("report.diagram"), diagram);
        options.addRow(2, whole("report.savedQuery"), savedQuery);
        options.addRow(3, whole("report.language"), language);
        // Which codes are ticked, by name, whatever the filter shows (QA: a code ticked before, listed on top of the
        // filter's matches, was unticked by mistake, and the report held every code).
        Label codesTicked = new Label(I18n.text("report.codes"));
        codesTicked.setId("report-codes-ticked");
        codesTicked.setWrapText(true);
        codesTicked.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped whole in the VBox, not cut off
        sayTicked = () -> codesTicked.setText(codesTicked(p, allCodes));
        // Said once for the codes a last report ticks together, not once per code (each saying reads them all).
        allCodes.forEach(c -> c.tickedProperty().addListener((o, was, now) -> {
            if (!choosing) {
                sayTicked.run();
            }
        }));
        getChildren().addAll(new Label(I18n.text("report.title")), title, codesTicked,
                codeFilter, codes, subCodes, new Label(I18n.text("report.documents")), documents, options, table, definitions, memos,
                open);
        setPadding(new Insets(8));
    }

    /**
     * "Codes (none ticked: all codes)", or "Codes ticked (2): ‘Strong ties’, ‘Vertrouwen’": at most eight named, and
     * how many more (hundreds ticked made the label taller than the dialog).
     */
    static String codesTicked(Project p, List<Choice> codes) {
        List<String> ticked = codes.stream().filter(Choice::ticked).map(c -> c.id).toList();
        return ticked.isEmpty() ? I18n.text("report.codes")
                : I18n.text("report.codesTicked", ticked.size(), nl.veldwerk.ui.common.CodeNames.listed(p, ticked, 8));
    }

    /** A label that keeps its whole text: the choice beside it gives up room ("Only a saved query's quotati…"). */
    private static Label whole(String key) {
        Label label = new Label(I18n.text(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** What the choices ask for (no code chosen: every code; no document or group chosen: every document). */
    public ReportActions.Request request() {
        return new ReportActions.Request(title.getText().isBlank() ? project.info().name() : title.getText(),
                checked(allCodes, ""), subCodes.isSelected(), chosenDocuments(),
                checked(documents.getItems(), "g:"), grouping.getValue(), table.isSelected(), definitions.isSelected(),
                memos.isSelected(), diagram.getValue() == null ? null : diagram.getValue().id(), savedQuery.getValue(),
                open.isSelected(), language.getValue(), List.copyOf(checked(documents.getItems(), "a:")));
    }

    /**
     * The last report asked for in this session, and of which project (its name and the moment it was made): the
     * dialog opens with those choices again (every tick, group and option was cleared, so a report made again
     * after a small change was chosen again from scratch).
     */
    private static ReportActions.Request last;
    /** The documents of {@link #last} ticked by name (not through an attribute value). */
    private static Set<String> lastTicked = Set.of();
    private static String lastProject;

    private static String key(Project p) {
        return p.info().name() + "\n" + p.info().created();
    }

    /**
     * Shows the choices of {@code request} where they still exist in the project: its documents ticked by name are
     * those not chosen through a ticked attribute value.
     */
    void choose(ReportActions.Request request) {
        Set<String> byName = new java.util.HashSet<>(request.documentIds());
        byName.removeAll(documentsWith(request.attributeValues()));
        choose(request, byName);
    }

    /**
     * As {@link #choose(ReportActions.Request)}, the documents ticked by name given: an attribute value's documents
     * were ticked one by one too, so unticking the value left them chosen (QA).
     */
    void choose(ReportActions.Request request, Set<String> documentsTicked) {
        title.setText(request.title());
        choosing = true;
        try {
            allCodes.forEach(c -> c.tickedProperty().set(request.codeIds().contains(c.id)));
        } finally {
            choosing = false;
        }
        sayTicked.run();
        // An attribute value chosen before is ticked again; the documents it chose come with it, not ticked each.
        documents.getItems().forEach(c -> c.tickedProperty().set(c.id.startsWith("d:")
                ? documentsTicked.contains(c.id.substring(2)) : c.id.startsWith("a:")
                ? request.attributeValues().contains(c.id.substring(2))
                : request.groupIds().contains(c.id.substring(2))));
        subCodes.setSelected(request.withSubCodes());
        grouping.setValue(request.grouping());
        table.setSelected(request.table());
        definitions.setSelected(request.definitions());
        memos.setSelected(request.memos());
        diagram.getItems().stream().filter(d -> d != null && d.id().equals(request.diagramId())).findFirst()
                .ifPresent(diagram::setValue);
        if (savedQuery.getItems().contains(request.savedQuery())) {
            savedQuery.setValue(request.savedQuery());
            grouping.setValue(request.grouping()); // as chosen, not as a saved query's default
        }
        language.setValue(request.language());
    }

    public static Optional<ReportActions.Request> ask(Window owner, Project p, String selectedCodeId) {
        ReportDialog content = prepared(p, selectedCodeId);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        nl.veldwerk.ui.common.DialogFit.fit(dialog, I18n.text("menu.quotationReport"));
        // On a laptop's 768 pixels its choices are taller than the screen: the dialog is made to fit the screen
        // (DialogFit) and they scroll, its buttons in view (they were below the screen's edge).
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        dialog.getDialogPane().setContent(scroll);
        ButtonType ok = Buttons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel());
        if (dialog.showAndWait().orElse(null) != ok) {
            return Optional.empty();
        }
        return Optional.of(keep(p, content));
    }

    /**
     * Keeps the dialog's choices for the next report: all of them for this project in this session, and its layout
     * for later sessions, unless a saved query chose it (a query's result reads by document; a report after it
     * without one started by document too: review).
     */
    static ReportActions.Request keep(Project p, ReportDialog content) {
        last = content.request();
        lastTicked = checked(content.documents.getItems(), "d:");
        lastProject = key(p);
        if (last.savedQuery() == null) {
            nl.veldwerk.ui.common.Preferences.setReportLayout(layoutOf(last));
        }
        return last;
    }

    /**
     * The dialog's choices: the last report's in this project, or else the code selected in the Codes tab ticked
     * (QA: it started from nothing, while a researcher opens a report on the code in front of them).
     */
    static ReportDialog prepared(Project p, String selectedCodeId) {
        ReportDialog content = new ReportDialog(p);
        if (last != null && key(p).equals(lastProject)) {
            content.choose(last, lastTicked);
            return content;
        }
        // The layout of the last report, of any project and session, as "open when written" is kept (QA: after a
        // restart a report by document with a table and memos was chosen again from scratch, every time).
        content.chooseLayout(nl.veldwerk.ui.common.Preferences.reportLayout());
        if (selectedCodeId != null) {
            content.allCodes.stream().filter(c -> c.id.equals(selectedCodeId)).forEach(c -> c.tickedProperty().set(true));
        }
        return content;
    }

    /** A report's layout as {@link nl.veldwerk.ui.common.Preferences#reportLayout} keeps it. */
    static String layoutOf(ReportActions.Request r) {
        return r.grouping().name() + "," + r.table() + "," + r.definitions() + "," + r.memos();
    }

    /** Sets the layout {@link #layoutOf} wrote; one that cannot be read (none yet) leaves the defaults. */
    void chooseLayout(String layout) {
        String[] parts = layout.split(",");
        if (parts.length != 4) {
            return;
        }
        java.util.Arrays.stream(QuotationSelection.Grouping.values()).filter(g -> g.name().equals(parts[0]))
                .findFirst().ifPresent(grouping::setValue);
        table.setSelected(Boolean.parseBoolean(parts[1]));
        definitions.setSelected(Boolean.parseBoolean(parts[2]));
        memos.setSelected(Boolean.parseBoolean(parts[3]));
    }

    private static void addCodes(Project p, ListView<Choice> list, String parentId, int depth) {
        List<Code> level = p.childrenOf(parentId).stream().sorted(Comparator.comparing(Code::name,
                String.CASE_INSENSITIVE_ORDER)).toList();
        for (Code c : level) {
            list.getItems().add(new Choice(c.id(), "    ".repeat(depth) + c.name()));
            addCodes(p, list, c.id(), depth + 1);
        }
    }

    /**
     * A list of things to tick. Its items are choices, not check boxes: ten thousand documents made ten thousand
     * controls (0.2 s before the dialog showed); the list makes a check box for each line on screen.
     */
    private static ListView<Choice> choices() {
        ListView<Choice> list = new ListView<>();
        list.setCellFactory(v -> new ChoiceCell());
        return list;
    }

    /** A check box with the choice's name as its text: a click on the name ticks it too, as on any check box. */
    private static final class ChoiceCell extends javafx.scene.control.ListCell<Choice> {
        private final nl.veldwerk.ui.common.BoundCheckBox box = new nl.veldwerk.ui.common.BoundCheckBox();

        @Override
        protected void updateItem(Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            box.release();
            setText(null);
            setGraphic(empty || choice == null ? null : box.showing(choice.label(), choice.tickedProperty()));
        }
    }

    /** A code, document ("d:" id) or group ("g:" id) to tick, with the name the list shows. */
    public static final class Choice {
        private final String id;
        private final String label;
        private final javafx.beans.property.BooleanProperty ticked = new javafx.beans.property.SimpleBooleanProperty();

        Choice(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean ticked() {
            return ticked.get();
        }

        public javafx.beans.property.BooleanProperty tickedProperty() {
            return ticked;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The documents ticked, and those with an attribute value ticked (a document with any of them is in). */
    private Set<String> chosenDocuments() {
        Set<String> ids = checked(documents.getItems(), "d:");
        ids.addAll(documentsWith(checked(documents.getItems(), "a:")));
        return ids;
    }

    /** The documents that have one of these attribute values ("rol = wijkcoach"); one no longer there, none. */
    private Set<String> documentsWith(java.util.Collection<String> values) {
        Set<String> ids = new java.util.HashSet<>();
        for (String chosen : values) {
            var value = attributeValues.get("a:" + chosen);
            if (value != null) {
                project.documents().stream().filter(value::heldBy).forEach(d -> ids.add(d.id()));
            }
        }
        return ids;
    }

    private static Set<String> checked(List<Choice> choices, String prefix) {
        Set<String> ids = new HashSet<>();
        for (Choice c : choices) {
            if (c.ticked() && c.id.startsWith(prefix) && (!prefix.isEmpty() || !c.id.startsWith("d:")
                    && !c.id.startsWith("g:") && !c.id.startsWith("a:"))) {
                ids.add(c.id.substring(prefix.length()));
            }
        }
        return ids;
    }
}
