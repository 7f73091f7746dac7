package nl.veldwerk.project;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;

/** Commands on documents, their text, their groups and their attributes. */
public final class DocumentCommands {
    private DocumentCommands() {
    }

    public static Command add(Document document) {
        return new PlannedCommand(Message.of("document.add", document.name()), (plan, p) -> plan.put(document));
    }

    /** Adds many documents as one undoable step (an import). */
    public static Command addAll(List<Document> documents) {
        return new PlannedCommand(Message.of("document.addAll", documents.size()),
                (plan, p) -> documents.forEach(plan::put));
    }

    /** Replaces a document's name, description, groups or attributes (not its text: see {@link #editText}). */
    public static Command update(Document changed) {
        return new PlannedCommand(Message.of("document.update", changed.name()), (plan, p) -> {
            Document current = require(p, changed.id());
            if (!current.body().equals(changed.body()) || !current.turns().equals(changed.turns())) {
                throw new ModelException(Message.of("error.useTextEdit", current.name()).userText());
            }
            plan.put(changed);
        });
    }

    /**
     * Renames a document; a name another document has (case ignored) is refused, as an import would have
     * given it a suffix: two documents called "A01" cannot be told apart in a list, a report or a search.
     */
    public static Command rename(String documentId, String newName) {
        return new PlannedCommand(Message.of("document.rename", newName), (plan, p) -> {
            Document document = require(p, documentId);
            if (DocumentNames.taken(p, documentId, newName)) {
                throw new ModelException(Message.of("error.documentExists", newName.strip()).userText());
            }
            plan.put(document.withName(newName));
        });
    }

    /**
     * Links a recording to a document, replaces its recording, or (with null) unlinks it. The transcript's
     * text and its quotations stay as they are.
     */
    public static Command linkRecording(String documentId, nl.veldwerk.model.Recording recording) {
        return new PlannedCommand(Message.of(recording == null ? "document.unlinkRecording" : "document.linkRecording",
                recording == null ? "" : recording.fileName()),
                (plan, p) -> plan.put(require(p, documentId).withRecording(recording)));
    }

    /**
     * Gives a document its speaker turns (found in its text after it was typed); the text stays as it is.
     */
    public static Command setTurns(String documentId, List<nl.veldwerk.model.SpeakerTurn> turns) {
        return new PlannedCommand(Message.of("document.turns", turns.size()), (plan, p) -> {
            Document d = require(p, documentId);
            plan.put(d.withTurns(turns));
        });
    }

    /**
     * Gives documents of a project not yet stored (one just read from another tool's file) the turns found in
     * their text, through the commands, as every change to the model goes; the speakers whose label names an
     * interviewer get that role (REFI-QDA carries no roles: search and word counts would count the questions).
     */
    public static void giveTurns(nl.veldwerk.model.Project project,
                                 java.util.Map<String, List<nl.veldwerk.model.SpeakerTurn>> turns,
                                 java.util.function.Predicate<String> namesAnInterviewer) {
        ProjectSession session = new ProjectSession(project);
        turns.forEach((documentId, found) -> session.execute(setTurns(documentId, found)));
        turns.values().stream().flatMap(List::stream).map(nl.veldwerk.model.SpeakerTurn::speaker).distinct()
                .filter(namesAnInterviewer).filter(name -> project.info().roleOf(name)
                        != nl.veldwerk.model.SpeakerRole.INTERVIEWER)
                .toList().forEach(name -> session.execute(SpeakerCommands.setRole(name,
                        nl.veldwerk.model.SpeakerRole.INTERVIEWER)));
    }

    /** Deletes a document with its quotations, their codings and every memo about any of them. */
    public static Command delete(String documentId) {
        return new PlannedCommand(Message.of("document.delete", ""), (plan, p) -> {
            plan.describe(Message.of("document.delete", require(p, documentId).name()));
            for (Quotation q : p.quotationsOf(documentId)) {
                QuotationCommands.deleteQuotation(plan, p, q.id());
            }
            p.memosAbout(new MemoTarget(EntityKind.DOCUMENT, documentId))
                    .forEach(m -> plan.remove(EntityKind.MEMO, m.id()));
            plan.remove(EntityKind.DOCUMENT, documentId);
        });
    }

    /**
     * Replaces {@code [start, end)} of a document's text. Quotations and speaker turns after and around
     * the edit shift with it; a quotation whose whole text is deleted goes with its codings (undo brings it back).
     */
    public static Command editText(String documentId, TextEdit edit) {
        return new TextEditCommand(documentId, edit);
    }

    public static Command addGroup(DocumentGroup group) {
        return new PlannedCommand(Message.of("group.add", group.name()), (plan, p) -> plan.put(group));
    }

    public static Command renameGroup(String groupId, String newName) {
        return new PlannedCommand(Message.of("group.rename", newName), (plan, p) -> {
            DocumentGroup g = (DocumentGroup) p.find(EntityKind.GROUP, groupId)
                    .orElseThrow(() -> CodeCommands.missing(EntityKind.GROUP, groupId));
            plan.put(new DocumentGroup(g.id(), newName, g.description()));
        });
    }

    /** Deletes a group; its documents stay and simply leave the group. */
    public static Command deleteGroup(String groupId) {
        return new PlannedCommand(Message.of("group.delete"), (plan, p) -> {
            for (Document d : List.copyOf(p.documents())) {
                if (d.groupIds().contains(groupId)) {
                    Set<String> groups = new HashSet<>(d.groupIds());
                    groups.remove(groupId);
                    plan.put(d.withGroups(groups));
                }
            }
            plan.remove(EntityKind.GROUP, groupId);
        });
    }

    public static Command setGroups(String documentId, Set<String> groupIds) {
        return new PlannedCommand(Message.of("document.groups", ""), (plan, p) -> {
            Document d = require(p, documentId);
            plan.describe(Message.of("document.groups", d.name()));
            plan.put(d.withGroups(groupIds));
        });
    }

    public static Command addAttribute(AttributeDefinition attribute) {
        return new PlannedCommand(Message.of("attribute.add", attribute.name()), (plan, p) -> plan.put(attribute));
    }

    /** Sets (or, with an empty value, clears) one attribute of a document. */
    public static Command setAttribute(String documentId, String attributeName, String value) {
        return new PlannedCommand(Message.of("attribute.set", attributeName), (plan, p) -> {
            Document d = require(p, documentId);
            Map<String, String> values = new HashMap<>(d.attributes());
            if (value == null || value.isEmpty()) {
                values.remove(attributeName);
            } else {
                values.put(attributeName, value);
            }
            plan.put(d.withAttributes(values));
        });
    }

    /** Renames an attribute; the values on every document move to the new name. */
    public static Command renameAttribute(String attributeId, String newName) {
        return new PlannedCommand(Message.of("attribute.rename", newName), (plan, p) -> {
            AttributeDefinition a = (AttributeDefinition) p.find(EntityKind.ATTRIBUTE, attributeId)
                    .orElseThrow(() -> CodeCommands.missing(EntityKind.ATTRIBUTE, attributeId));
            Map<String, String> valueByDocument = dropAttribute(plan, p, a.name());
            plan.put(new AttributeDefinition(a.id(), newName, a.type()));
            valueByDocument.forEach((documentId, value) -> {
                Document d = require(p, documentId);
                Map<String, String> values = new HashMap<>(d.attributes());
                values.put(newName, value);
                plan.put(d.withAttributes(values));
            });
        });
    }

    /** Deletes an attribute and its values on every document. */
    public static Command deleteAttribute(String attributeId) {
        return new PlannedCommand(Message.of("attribute.delete"), (plan, p) -> {
            AttributeDefinition a = (AttributeDefinition) p.find(EntityKind.ATTRIBUTE, attributeId)
                    .orElseThrow(() -> CodeCommands.missing(EntityKind.ATTRIBUTE, attributeId));
            dropAttribute(plan, p, a.name());
            plan.remove(EntityKind.ATTRIBUTE, attributeId);
        });
    }

    private static Map<String, String> dropAttribute(Planner plan, Project p, String name) {
        Map<String, String> removed = new HashMap<>();
        for (Document d : List.copyOf(p.documents())) {
            if (d.attributes().containsKey(name)) {
                removed.put(d.id(), d.attributes().get(name));
                Map<String, String> values = new HashMap<>(d.attributes());
                values.remove(name);
                plan.put(d.withAttributes(values));
            }
        }
        return removed;
    }

    static Document require(Project p, String documentId) {
        return p.document(documentId).orElseThrow(() -> CodeCommands.missing(EntityKind.DOCUMENT, documentId));
    }
}
