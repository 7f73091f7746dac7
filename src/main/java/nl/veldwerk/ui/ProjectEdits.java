package nl.veldwerk.ui;

import java.time.Instant;
import java.util.List;

import nl.veldwerk.model.EntityKind;
import nl.veldwerk.project.DocumentCommands;

/**
 * The edits that the side panes and the transcript make to documents, memos and codes, each one an
 * undoable command; a change the model refuses is explained and leaves the project as it was.
 */
public final class ProjectEdits {
    private final MainViewModel main;

    ProjectEdits(MainViewModel main) {
        this.main = main;
    }

    /**
     * Replaces [start, end) of a document's text, as a command: quotations after and around the edit shift
     * with it and none is lost. A change the model refuses is reported and the text reloaded as it was.
     */
    public void editText(String documentId, int start, int end, String replacement) {
        try {
            main.session().execute(DocumentCommands.editText(documentId, new nl.veldwerk.project.TextEdit(start, end,
                    replacement)));
        } catch (nl.veldwerk.project.ProjectSession.ListenerFailure e) {
            main.viewFailed(e);
        } catch (RuntimeException e) {
            main.redrawFromModel(); // the area shows the refused edit: show the model again
            main.fail(I18n.text("error.change"), e);
        }
    }

    /** Starts a memo about the project, a document, a code or a quotation; returns its id. */
    public String addMemo(nl.veldwerk.model.MemoTarget target, String title) {
        String id = nl.veldwerk.model.Ids.newId();
        String author = currentCoderId();
        Instant now = Instant.now();
        main.run(() -> main.session().execute(nl.veldwerk.project.NoteCommands.addMemo(new nl.veldwerk.model.Memo(id, target,
                title, "", author, now, now))));
        return id;
    }

    /** The coder of the preferences' name in this project, or null while they have coded nothing here. */
    public String currentCoderId() {
        return main.session().project().coders().stream().filter(c -> c.name().equals(Preferences.coderName()))
                .map(nl.veldwerk.model.Coder::id).findFirst().orElse(null);
    }

    public void saveMemo(String memoId, String title, String text) {
        nl.veldwerk.model.Memo memo = (nl.veldwerk.model.Memo) main.session().project()
                .find(EntityKind.MEMO, memoId).orElse(null);
        if (memo != null && (!memo.title().equals(title) || !memo.text().equals(text))) {
            main.run(() -> main.session().execute(nl.veldwerk.project.NoteCommands.editMemo(memoId, title, text,
                    Instant.now())));
        }
    }

    public void deleteMemo(String memoId) {
        main.run(() -> main.session().execute(nl.veldwerk.project.NoteCommands.deleteMemo(memoId)));
    }

    public void renameDocument(String documentId, String name) {
        if (!name.isBlank()) {
            main.run(() -> main.session().execute(DocumentCommands.rename(documentId, name.strip())));
        }
    }

    public void setDocumentGroups(String documentId, java.util.Set<String> groupIds) {
        main.run(() -> main.session().execute(DocumentCommands.setGroups(documentId, groupIds)));
    }

    /** Adds a document group and puts the document in it, as one step. */
    public void addGroupWith(String documentId, String name) {
        if (name.isBlank()) {
            return;
        }
        String id = nl.veldwerk.model.Ids.newId();
        java.util.Set<String> groups = new java.util.HashSet<>(main.session().project().document(documentId).orElseThrow()
                .groupIds());
        groups.add(id);
        main.run(() -> main.session().execute(new nl.veldwerk.project.CompositeCommand(nl.veldwerk.project.Message.of(
                "group.add", name.strip()), List.of(DocumentCommands.addGroup(new nl.veldwerk.model.DocumentGroup(id,
                name.strip(), "")), DocumentCommands.setGroups(documentId, groups)))));
    }

    public void setAttribute(String documentId, String attribute, String value) {
        String current = main.session().project().document(documentId).orElseThrow().attributes().getOrDefault(attribute, "");
        if (!current.equals(value.strip())) {
            main.run(() -> main.session().execute(DocumentCommands.setAttribute(documentId, attribute, value.strip())));
        }
    }

    public void addAttribute(String name, nl.veldwerk.model.AttributeType type) {
        if (!name.isBlank()) {
            main.run(() -> main.session().execute(DocumentCommands.addAttribute(new nl.veldwerk.model.AttributeDefinition(
                    nl.veldwerk.model.Ids.newId(), name.strip(), type))));
        }
    }

    public void deleteCode(String codeId) {
        main.run(() -> main.session().execute(nl.veldwerk.project.CodeCommands.delete(codeId)));
    }

    /** Open, axial or selective: where the code stands in the coding process (the core category is selective). */
    public void setPhase(String codeId, nl.veldwerk.model.Phase phase) {
        main.run(() -> main.session().project().code(codeId).filter(c -> c.phase() != phase).ifPresent(c ->
                main.session().execute(nl.veldwerk.project.CodeCommands.update(c.withPhase(phase)))));
    }

    /** Saves a diagram as changed (moved, hidden, reweighed, renamed), as one undoable step. */
    public void putDiagram(nl.veldwerk.model.Diagram diagram, String descriptionKey, Object... args) {
        main.run(() -> main.session().execute(nl.veldwerk.project.NoteCommands.putDiagram(diagram,
                nl.veldwerk.project.Message.of(descriptionKey, args))));
    }

    public void deleteDiagram(String diagramId) {
        main.run(() -> main.session().execute(nl.veldwerk.project.NoteCommands.deleteDiagram(diagramId)));
    }

    /** A relation's weight set by hand, with the reason for it. */
    public void weighRelation(String relationId, double weight, String reason) {
        main.run(() -> main.session().project().relation(relationId).ifPresent(r -> main.session().execute(
                nl.veldwerk.project.CodeCommands.updateRelation(new nl.veldwerk.model.Relation(r.id(),
                        r.sourceCodeId(), r.targetCodeId(), r.type(), r.label(), weight, reason)))));
    }

    // ---- actions -------------------------------------------------------------------------------
}
