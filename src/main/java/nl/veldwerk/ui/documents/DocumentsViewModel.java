package nl.veldwerk.ui.documents;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.AttributeType;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Ids;
import nl.veldwerk.project.CompositeCommand;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.Message;
import nl.veldwerk.ui.app.DocumentItem;
import nl.veldwerk.ui.app.MainViewModel;

/** The selected document's name, groups and attributes, each change an undoable command. */
public final class DocumentsViewModel {
    private final MainViewModel main;

    public DocumentsViewModel(MainViewModel main) {
        this.main = main;
    }

    MainViewModel main() {
        return main;
    }

    /** The selected document as the project has it now. */
    Optional<Document> document() {
        DocumentItem item = main.selectedProperty().get();
        if (item == null || main.storeProperty().get() == null) {
            return Optional.empty();
        }
        return main.session().project().document(item.document().id());
    }

    /**
     * Asks, naming what goes with it, and deletes a document with its quotations, their codings and the memos
     * about them, as one step undo brings back. A linked recording's file stays where it is (said, when it is a
     * copy in the project's folder).
     */
    public void deleteDocumentAsking(String documentId) {
        if (main.storeProperty().get() == null) {
            return;
        }
        nl.veldwerk.model.Project p = main.session().project();
        p.document(documentId).ifPresent(d -> {
            int quotations = p.quotationsOf(documentId).size();
            int codings = p.quotationsOf(documentId).stream().mapToInt(q -> p.codingsOf(q.id()).size()).sum();
            if (main.dialogs().confirm(nl.veldwerk.ui.common.I18n.text("documents.deleteTitle"),
                    nl.veldwerk.ui.common.I18n.text("documents.deleteQuestion", d.name(), quotations == 0
                            ? nl.veldwerk.ui.common.I18n.text("documents.deleteNothingElse")
                            : nl.veldwerk.ui.common.I18n.text("documents.deleteWith", quotations, codings)))) {
                main.recordings().sayingCopiesLeft(() -> main.run(() -> main.session().execute(
                        DocumentCommands.delete(documentId))), false, false);
            }
        });
    }

    public void renameDocument(String documentId, String name) {
        if (!name.isBlank()) {
            main.run(() -> main.session().execute(DocumentCommands.rename(documentId, name.strip())));
        }
    }

    public void setDocumentGroups(String documentId, Set<String> groupIds) {
        main.run(() -> main.session().execute(DocumentCommands.setGroups(documentId, groupIds)));
    }

    /** Adds a document group and puts the document in it, as one step. */
    public void addGroupWith(String documentId, String name) {
        if (name.isBlank()) {
            return;
        }
        String id = Ids.newId();
        Set<String> groups = new HashSet<>(main.session().project().document(documentId).orElseThrow().groupIds());
        groups.add(id);
        main.run(() -> main.session().execute(new CompositeCommand(Message.of("group.add", name.strip()), List.of(
                DocumentCommands.addGroup(new DocumentGroup(id, name.strip(), "")),
                DocumentCommands.setGroups(documentId, groups)))));
    }

    /**
     * Gives a document an attribute's value; false when the value is not of the attribute's type: then nothing
     * changes and the status line says what was refused and what the attribute takes ("That change is not
     * possible" was all, and the field went on showing the refused value).
     */
    public boolean setAttribute(String documentId, String attribute, String value) {
        nl.veldwerk.model.Project p = main.session().project();
        String current = p.document(documentId).orElseThrow().attributes().getOrDefault(attribute, "");
        AttributeDefinition definition = p.attributes().stream().filter(a -> a.name().equals(attribute)).findFirst()
                .orElse(null);
        // "ja" for a yes/no attribute, "1,5" for a number: kept as true and 1.5 (REFI-QDA's forms) rather than refused.
        String kept = definition == null ? value.strip() : definition.type().normalized(value,
                nl.veldwerk.ui.common.I18n.locale());
        if (definition != null && !kept.isEmpty() && !definition.type().accepts(kept)) {
            main.showStatus(nl.veldwerk.ui.common.I18n.text("attribute.refused", value.strip(), attribute,
                    nl.veldwerk.ui.common.I18n.text("attributeType." + definition.type().name()
                            .toLowerCase(java.util.Locale.ROOT))));
            return false;
        }
        if (!current.equals(kept)) {
            main.run(() -> main.session().execute(DocumentCommands.setAttribute(documentId, attribute, kept)));
        }
        return true;
    }

    /**
     * Adds an attribute; one whose name the project has already, in any case ("Rol" beside "rol"), is refused
     * and said, not made a second column of the same thing (QA).
     */
    public void addAttribute(String name, AttributeType type) {
        java.util.Optional<AttributeDefinition> same = main.session().project().attributes().stream()
                .filter(a -> a.name().equalsIgnoreCase(name.strip())).findFirst();
        if (same.isPresent()) {
            main.showStatus(nl.veldwerk.ui.common.I18n.text("attribute.exists", same.get().name()));
        } else if (!name.isBlank()) {
            main.run(() -> main.session().execute(DocumentCommands.addAttribute(new AttributeDefinition(
                    Ids.newId(), name.strip(), type))));
        }
    }

    /** Asks a group's new name and renames it (a misspelt group stayed for good: QA); the name a sibling has refused. */
    public void renameGroupAsking(String groupId) {
        nl.veldwerk.model.Project p = main.session().project();
        DocumentGroup g = (DocumentGroup) p.find(nl.veldwerk.model.EntityKind.GROUP, groupId).orElse(null);
        if (g == null) {
            return;
        }
        main.dialogs().askText(nl.veldwerk.ui.common.I18n.text("groups.rename"),
                nl.veldwerk.ui.common.I18n.text("groups.renamePrompt", g.name()), g.name()).map(String::strip)
                .filter(name -> !name.isEmpty() && !name.equals(g.name())).ifPresent(name -> {
                    if (p.groups().stream().anyMatch(o -> !o.id().equals(groupId) && o.name().equalsIgnoreCase(name))) {
                        main.showStatus(nl.veldwerk.ui.common.I18n.text("groups.exists", name));
                    } else {
                        // Saved searches for the group follow its name, in the same step (they found nothing after).
                        renameWithSearches(DocumentCommands.renameGroup(groupId, name),
                                q -> nl.veldwerk.search.Search.afterGroupRename(q, g.name(), name),
                                Message.of("group.rename", name));
                    }
                });
    }

    /** Deletes a group after saying its documents stay; one undoable step. */
    public void deleteGroupAsking(String groupId) {
        nl.veldwerk.model.Project p = main.session().project();
        p.find(nl.veldwerk.model.EntityKind.GROUP, groupId).map(e -> (DocumentGroup) e).ifPresent(g -> {
            long in = p.documents().stream().filter(d -> d.groupIds().contains(groupId)).count();
            if (main.dialogs().confirm(nl.veldwerk.ui.common.I18n.text("groups.delete"),
                    nl.veldwerk.ui.common.I18n.text("groups.deleteQuestion", g.name(), in))) {
                main.run(() -> main.session().execute(DocumentCommands.deleteGroup(groupId)));
            }
        });
    }

    /** Asks an attribute's new name and renames it, its values with it; a name the project has refused and said. */
    public void renameAttributeAsking(String attributeId) {
        nl.veldwerk.model.Project p = main.session().project();
        AttributeDefinition a = p.attributes().stream().filter(x -> x.id().equals(attributeId)).findFirst().orElse(null);
        if (a == null) {
            return;
        }
        main.dialogs().askText(nl.veldwerk.ui.common.I18n.text("attributes.rename"),
                nl.veldwerk.ui.common.I18n.text("attributes.renamePrompt", a.name()), a.name()).map(String::strip)
                .filter(name -> !name.isEmpty() && !name.equals(a.name())).ifPresent(name -> {
                    java.util.Optional<AttributeDefinition> same = p.attributes().stream().filter(o -> !o.id()
                            .equals(attributeId) && o.name().equalsIgnoreCase(name)).findFirst();
                    if (same.isPresent()) {
                        main.showStatus(nl.veldwerk.ui.common.I18n.text("attributes.exists", same.get().name()));
                    } else {
                        // Saved searches for the attribute ask for it by its new name, in the same step.
                        List<String> others = p.attributes().stream().filter(o -> !o.id().equals(attributeId))
                                .map(AttributeDefinition::name).toList();
                        renameWithSearches(DocumentCommands.renameAttribute(attributeId, name),
                                q -> nl.veldwerk.search.Search.afterAttributeRename(q, a.name(), name, others),
                                Message.of("attribute.rename", name));
                    }
                });
    }

    /** {@code rename}, and the saved searches as {@code searches} rewrites them, as one undoable step. */
    private void renameWithSearches(nl.veldwerk.project.Command rename, java.util.function.UnaryOperator<String> searches,
                                    Message description) {
        List<nl.veldwerk.project.Command> steps = new java.util.ArrayList<>(List.of(rename));
        nl.veldwerk.project.NoteCommands.rewriteQueries(main.session().project(), q -> q, searches)
                .ifPresent(steps::add);
        main.run(() -> main.session().execute(new CompositeCommand(description, steps)));
    }

    /** Deletes an attribute after saying how many documents' values go with it; one undoable step. */
    public void deleteAttributeAsking(String attributeId) {
        nl.veldwerk.model.Project p = main.session().project();
        p.attributes().stream().filter(x -> x.id().equals(attributeId)).findFirst().ifPresent(a -> {
            long with = p.documents().stream().filter(d -> !d.attributes().getOrDefault(a.name(), "").isEmpty())
                    .count();
            if (main.dialogs().confirm(nl.veldwerk.ui.common.I18n.text("attributes.delete"),
                    nl.veldwerk.ui.common.I18n.text("attributes.deleteQuestion", a.name(), with))) {
                main.run(() -> main.session().execute(DocumentCommands.deleteAttribute(attributeId)));
            }
        });
    }
}
