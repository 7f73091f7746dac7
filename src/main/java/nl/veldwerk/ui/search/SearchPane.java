package nl.veldwerk.ui.search;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.veldwerk.search.HitOrder;
import nl.veldwerk.search.HitsTable;
import nl.veldwerk.search.Search;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.FileType;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Labels;
import nl.veldwerk.ui.common.Texts;

/**
 * Search in the explorer: a query (words, "phrases", wild*, code:…, speaker:…), where to look, and the
 * hits with their snippets; double-click a hit to read it in the transcript.
 */
public final class SearchPane extends VBox {
    private final ListView<Search.Hit> hits = new ListView<>();
    private final Label status = new Label();
    private final ChoiceBox<HitOrder> order = new ChoiceBox<>(FXCollections.observableArrayList(HitOrder.values()));
    /** The hits as the search found them (best match first), listed in the order chosen. */
    private List<Search.Hit> found = List.of();

    public SearchPane(SearchViewModel search) {
        MainViewModel vm = search.main();
        super(6);
        setPadding(new Insets(6));
        setId("search");
        TextField query = new TextField();
        // Spaces only ask for nothing, as an empty field does (the buttons stayed on for them).
        javafx.beans.binding.BooleanBinding blank = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> query.getText().isBlank(), query.textProperty());
        query.setPromptText(I18n.text("search.prompt"));
        query.setId("search-query");
        ChoiceBox<Search.Scope> scope = new ChoiceBox<>(FXCollections.observableArrayList(Search.Scope.values()));
        scope.setConverter(Labels.converter("search.scope."));
        scope.setValue(Search.Scope.ALL);
        scope.setMaxWidth(Double.MAX_VALUE);
        hits.setId("search-hits");
        status.setId("search-status");
        Label nothing = new Label(I18n.text("search.none"));
        hits.setPlaceholder(nothing);
        // Hits belong to the project they were found in: another project opened (or none), they go.
        vm.storeProperty().addListener((o, was, now) -> {
            hits.getItems().clear();
            status.setText("");
            nothing.setText(I18n.text("search.none"));
        });
        // A quotation deleted (by Undo, say) is no hit any more: its line went on opening a bare word.
        vm.changesProperty().addListener((o, was, now) -> {
            if (vm.storeProperty().get() != null && !hits.getItems().isEmpty()) {
                var p = vm.session().project();
                if (hits.getItems().removeIf(h -> h.quotationId() != null && p.quotation(h.quotationId()).isEmpty())) {
                    status.setText(I18n.text("search.count", hits.getItems().size())); // the count as listed now
                }
            }
        });
        hits.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Search.Hit h, boolean empty) {
                super.updateItem(h, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || h == null ? null : search.idPrefix(h) + h.documentName() + " · "
                        + I18n.text("search.kind." + h.kind()) + "\n" + h.snippet());
            }
        });
        hits.setOnMouseClicked(e -> {
            Search.Hit h = hits.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && h != null) {
                search.open(h);
            }
        });
        VBox.setVgrow(hits, Priority.ALWAYS);
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        // All its lines, above the hits (the list took the room and cut the advice off), and whole on hover.
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(status.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        status.setTooltip(whole);
        javafx.scene.control.CheckBox codes = new javafx.scene.control.CheckBox(I18n.text("search.codeMode"));
        codes.setId("search-code-mode");
        codes.setWrapText(true);
        // All its lines: a long answer on the status line below took its room and cut it to one ("…OVERLAPS,…").
        codes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Runnable run = () -> {
            if (query.getText().isBlank()) { // nothing asked: the hits of the query before are no answer to it
                hits.getItems().clear();
                status.setText("");
                return;
            }
            if (codes.isSelected()) {
                // A code query works on the project itself, which is small work: on the FX thread.
                try {
                    var p = vm.session().project();
                    var answer = nl.veldwerk.search.CodeQuery.ask(p, query.getText());
                    List<Search.Hit> found = answer.quotations().stream()
                            .map(q -> new Search.Hit("quotation", q.documentId(), p.document(q.documentId())
                                    .map(d -> d.name()).orElse("?"), q.id(), q.start(), q.end(), null,
                                    Texts.oneLine(p.document(q.documentId()).orElseThrow().text(), q.start(),
                                            Math.min(q.end(), q.start() + 200)), 1)).toList();
                    show(vm, found);
                    status.setText(I18n.text("search.count", found.size()) + (answer.withSubCodes().isEmpty() ? ""
                            : " " + I18n.text("search.withSubCodes", String.join(", ", answer.withSubCodes().stream()
                            .map(name -> "‘" + name + "’").toList()))));
                } catch (nl.veldwerk.search.CodeQuery.BadCodeQuery e) {
                    hits.getItems().clear(); // the hits of the query before are no answer to this one
                    status.setText(I18n.message(e));
                }
                return;
            }
            status.setText(I18n.text("search.running"));
            String asked = query.getText();
            var searchedIn = vm.storeProperty().get();
            search.search(asked, scope.getValue(), found -> {
                if (vm.storeProperty().get() != searchedIn) {
                    return; // closed, or another project opened, while it searched: its hits are of no project here
                }
                show(vm, found.hits());
                // A speaker the query names (speaker:Interviewer) is searched, whoever is left out (QA: "the
                // words of Interviewer not searched" under 27 hits of Interviewer's).
                java.util.Set<String> notSearched = nl.veldwerk.search.Search.withoutNamed(asked,
                        java.util.Set.copyOf(search.leftOutSpeakers()));
                // "No hits yet." under "0 hits" read oddly; a code: of no code is said (it was "Nothing found.").
                java.util.List<String> noSuchCode = found.hits().isEmpty() && searchedIn != null
                        ? nl.veldwerk.search.Search.unknownCodes(asked, searchedIn.session().project().codes())
                        : java.util.List.of();
                // A code written by its place, as lists show it ("Schaamte (…)", "Categorie > Schaamte"): what to do.
                boolean byPlace = noSuchCode.stream().anyMatch(n -> n.contains(">") || n.contains("("));
                nothing.setText(noSuchCode.isEmpty() ? I18n.text("search.nothingFound")
                        : I18n.text(byPlace ? "search.noSuchCodeByPlace" : "search.noSuchCode",
                        String.join("’, ‘", noSuchCode)));
                String said = found.leftOut() > 0 ? I18n.text("search.onlyLeftOut", found.leftOut(),
                        String.join(", ", new java.util.TreeSet<>(notSearched))) : found.more()
                        ? I18n.text("search.countMore", found.hits().size())
                        : I18n.text("search.count", found.hits().size());
                if (found.leftOut() == 0 && !found.hits().isEmpty() && !notSearched.isEmpty()) {
                    // Hits there are, and the interviewers' words were not searched: said, not left to be guessed.
                    said += " · " + I18n.text("search.without", String.join(", ", new java.util.TreeSet<>(
                            notSearched)));
                }
                // Quotations and transcripts: a coded passage is found as its quotation and as its paragraph, so the
                // count is no count of passages (QA: "4 hits" for 3): how many of each, said.
                long inQuotations = found.hits().stream().filter(h -> "quotation".equals(h.kind())).count();
                long inParagraphs = found.hits().size() - inQuotations;
                if (inQuotations > 0 && inParagraphs > 0) {
                    said += " · " + I18n.text("search.byKind", inQuotations, inParagraphs);
                }
                // code:Schaamte of two codes called so finds both: said, with the way to ask for one (QA).
                if (searchedIn != null) {
                    for (var shared : nl.veldwerk.search.Search.sharedCodeNames(asked, searchedIn.session().project())
                            .entrySet()) {
                        said += " · " + I18n.text("search.sharedCodeName", shared.getKey(), shared.getValue().size(),
                                String.join("; ", shared.getValue().stream().map(path -> "\"" + path + "\"")
                                        .toList()));
                    }
                }
                // "geen aanbod" found "aanbod": said, with the way to search the negation too.
                status.setText(found.tooCommon().isEmpty() ? said : said + " · " + I18n.text("search.tooCommon",
                        found.tooCommon().stream().map(w -> "“" + w + "”").collect(java.util.stream.Collectors
                                .joining(", ")), found.tooCommon().size(), query.getText().strip()));
            }, failed -> {
                hits.getItems().clear();
                nothing.setText(""); // the status line says why; not "Nothing found." of the search before
                status.setText(I18n.message(failed));
            });
        };
        codes.selectedProperty().addListener((o, was, now) -> query.setPromptText(I18n.text(now ? "search.codePrompt"
                : "search.prompt")));
        scope.disableProperty().bind(codes.selectedProperty());
        javafx.scene.control.Button kwic = new javafx.scene.control.Button(I18n.text("search.kwic"));
        kwic.setId("kwic");
        kwic.disableProperty().bind(codes.selectedProperty().or(blank));
        kwic.setOnAction(e -> KwicWindow.open(getScene().getWindow(), search, SearchAndCodeDialog.words(
                query.getText())));
        // Whose words keyword in context and search-and-code take in: untick the interviewer to leave them out.
        javafx.scene.control.MenuButton speakers = new javafx.scene.control.MenuButton(I18n.text("search.speakers"));
        speakers.setId("search-speakers");
        speakers.setTooltip(new javafx.scene.control.Tooltip(I18n.text("search.speakersTip")));
        speakers.setOnShowing(e -> {
            speakers.getItems().clear();
            for (String who : search.speakers()) {
                // A box in the menu, which stays open: unticking the interviewer is often one of several.
                javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(who);
                box.setMnemonicParsing(false); // a name's "_" is shown, not taken for a shortcut
                box.setSelected(!search.leftOutSpeakers().contains(who));
                box.selectedProperty().addListener((o, was, now) -> {
                    if (now) {
                        search.leftOutSpeakers().remove(who);
                    } else {
                        search.leftOutSpeakers().add(who);
                    }
                });
                javafx.scene.control.CustomMenuItem item = new javafx.scene.control.CustomMenuItem(box, false);
                item.setText(who);
                speakers.getItems().add(item);
            }
            if (speakers.getItems().isEmpty()) {
                javafx.scene.control.MenuItem none = new javafx.scene.control.MenuItem(I18n.text("search.noSpeakers"));
                none.setDisable(true);
                speakers.getItems().add(none);
            }
        });
        speakers.getItems().add(new javafx.scene.control.MenuItem("…"));
        search.leftOutSpeakers().addListener((javafx.collections.SetChangeListener<String>) c -> {
            if (!hits.getItems().isEmpty() && !codes.isSelected()) {
                run.run(); // the hits shown follow the speakers at once
            }
        });
        order.setId("search-order");
        order.setConverter(Labels.converter("search.order."));
        order.setValue(HitOrder.BEST);
        order.setTooltip(new javafx.scene.control.Tooltip(I18n.text("search.orderTip")));
        order.valueProperty().addListener((o, was, now) -> {
            if (vm.storeProperty().get() != null && !hits.getItems().isEmpty()) { // those still listed, reordered
                java.util.Set<Search.Hit> listed = new java.util.HashSet<>(hits.getItems());
                show(vm, found.stream().filter(listed::contains).toList());
            }
        });
        javafx.scene.control.Button export = new javafx.scene.control.Button(I18n.text("search.export"));
        export.setOnAction(e -> vm.dialogs().chooseFileToSave(I18n.text("search.export"), I18n.text("file.hits"), FileType.CSV)
                .ifPresent(file -> exportCsv(vm, file)));
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(hits.getItems()));
        javafx.scene.control.Button codeHits = new javafx.scene.control.Button(I18n.text("search.codeHits"));
        codeHits.setId("code-hits");
        codeHits.setOnAction(e -> SearchAndCodeDialog.codeHits(search, query.getText(), getScene().getWindow()));
        codeHits.disableProperty().bind(codes.selectedProperty().or(blank));
        javafx.scene.control.Button moreLike = new javafx.scene.control.Button(I18n.text("search.moreLike"));
        moreLike.setId("more-like");
        moreLike.setTooltip(new javafx.scene.control.Tooltip(I18n.text("search.moreLikeTip")));
        moreLike.setOnAction(e -> SearchAndCodeDialog.moreLike(search, getScene().getWindow()));
        query.setOnAction(e -> run.run());
        scope.valueProperty().addListener((o, was, now) -> run.run());
        search.progressProperty().addListener((o, was, now) -> status.setText(now));
        // An index built anew (after Pseudonymise, or asked for) answers the query shown again: its hits came from
        // the texts before (a pseudonymised name in their snippets), and the progress took their count's place.
        search.readyProperty().addListener((o, was, now) -> {
            if (now && !codes.isSelected() && !query.getText().isBlank() && !hits.getItems().isEmpty()) {
                run.run();
            }
        });
        javafx.scene.control.Button cancel = new javafx.scene.control.Button(I18n.text("search.cancel"));
        cancel.setOnAction(e -> search.cancel());
        cancel.visibleProperty().bind(search.buildingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        javafx.scene.control.Button reindex = new javafx.scene.control.Button(I18n.text("search.reindex"));
        reindex.setOnAction(e -> search.rebuild());
        reindex.disableProperty().bind(search.buildingProperty().or(vm.storeProperty().isNull()));
        // The tab pane sets its content's disable itself: bind the field, not the pane.
        query.disableProperty().bind(vm.storeProperty().isNull());
        javafx.scene.control.ChoiceBox<nl.veldwerk.model.SavedQuery> saved = new javafx.scene.control.ChoiceBox<>();
        saved.setId("saved-queries");
        saved.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // its label whole, the row wraps instead
        // A choice box measures its items only: with no query kept yet its label was cut to "Sa…".
        saved.setPrefWidth(Labels.widthOf(I18n.text("search.savedQueries")) + 48);
        saved.setConverter(Labels.shown((nl.veldwerk.model.SavedQuery q) -> q == null ? I18n.text("search.savedQueries") : q.name()));
        saved.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(saved, Priority.ALWAYS);
        Runnable refreshSaved = () -> {
            List<nl.veldwerk.model.SavedQuery> now = vm.storeProperty().get() == null ? List.of()
                    : vm.session().project().info().savedQueries();
            if (!saved.getItems().equals(now)) { // setAll would also drop the chosen query on every coding
                saved.getItems().setAll(now);
            }
        };
        vm.changesProperty().addListener((o, was, now) -> refreshSaved.run());
        vm.storeProperty().addListener((o, was, now) -> refreshSaved.run());
        saved.valueProperty().addListener((o, was, q) -> {
            if (q != null) {
                codes.setSelected(q.overCodes());
                query.setText(q.query());
                run.run();
            }
        });
        javafx.scene.control.Button save = new javafx.scene.control.Button(I18n.text("search.save"));
        save.setId("save-query");
        save.disableProperty().bind(blank);
        save.setOnAction(e -> {
            String problem = queryProblem(vm, codes.isSelected(), query.getText());
            if (problem != null) {
                status.setText(problem); // a query that cannot run is no use kept: a report of it would fail
                return;
            }
            vm.dialogs().askText(I18n.text("search.save"), I18n.text("search.saveName"), "")
                    // A kept query of that name is replaced only when the user says so (it can be undone too).
                    .filter(n -> saved.getItems().stream().noneMatch(q -> q.name().equals(n))
                            || vm.dialogs().confirm(I18n.text("search.save"), I18n.text("search.replaceQuery", n)))
                    .ifPresent(n -> search.saveQuery(n, codes.isSelected(), query.getText()));
        });
        javafx.scene.control.Button forget = new javafx.scene.control.Button(I18n.text("search.deleteQuery"));
        forget.setId("delete-query");
        forget.disableProperty().bind(saved.valueProperty().isNull());
        forget.setOnAction(e -> {
            search.deleteQuery(saved.getValue().name());
        });
        // Rows that wrap rather than cut a label short (Dutch labels are long, the pane is narrow).
        getChildren().addAll(query, scope, codes, new javafx.scene.layout.FlowPane(6, 6, saved, save, forget),
                new javafx.scene.layout.FlowPane(6, 6, kwic, codeHits, moreLike, speakers), status, hits,
                new javafx.scene.layout.FlowPane(6, 6, order, export, reindex, cancel));
    }

    /** Lists the hits found in the order chosen, and keeps them to list again in another. */
    private void show(MainViewModel vm, List<Search.Hit> asFound) {
        found = List.copyOf(asFound);
        hits.getItems().setAll(order.getValue().sorted(found, vm.session().project()));
    }

    /** Why the query cannot run, or null: a code query against the project's codes, a text query's syntax. */
    static String queryProblem(MainViewModel vm, boolean overCodes, String text) {
        if (overCodes) {
            try {
                nl.veldwerk.search.CodeQuery.run(vm.session().project(), text);
                return null;
            } catch (nl.veldwerk.search.CodeQuery.BadCodeQuery e) {
                return I18n.message(e);
            }
        }
        try {
            nl.veldwerk.search.Search.requireValid(text);
            return null;
        } catch (nl.veldwerk.search.Search.BadQuery e) {
            return I18n.message(e);
        }
    }

    private void exportCsv(MainViewModel vm, java.nio.file.Path file) {
        List<Search.Hit> rows = List.copyOf(hits.getItems());
        // In the window's language, with the separator its Excel expects (a Dutch Excel read commas as one column).
        java.util.Locale language = I18n.locale();
        List<String> header = HitsTable.HEADER.stream().map(key -> I18n.text("search.column." + key)).toList();
        int kind = HitsTable.HEADER.indexOf("kind");
        vm.files().exportCopy(file, copy -> nl.veldwerk.report.TableFile.csv(file, header, HitsTable.rows(copy, rows)
                .stream().map(row -> {
                    List<String> named = new java.util.ArrayList<>(row);
                    named.set(kind, I18n.text("search.kind." + row.get(kind)));
                    return named;
                }).toList(), nl.veldwerk.report.QuotationReport.separatorFor(language)));
    }
}
