package nl.veldwerk.project;

import java.util.ArrayList;
import java.util.List;

import nl.veldwerk.model.Entity;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Project;

/**
 * Applies a command's primitive edits one by one, so each step of a plan sees the effect of the steps
 * before it, and records them for undo. If a step fails, everything applied so far is rolled back.
 */
public final class Planner {
    private final Project project;
    private final List<Edit> edits = new ArrayList<>();
    private Message description;

    Planner(Project project) {
        this.project = project;
    }

    public Project project() {
        return project;
    }

    /**
     * Adds the entity or replaces the one with the same id. A document or quotation added without a number
     * gets the next one (its stable ID, "3:12"); one replaced without a number keeps the number it had.
     */
    public void put(Entity entity) {
        Entity before = project.find(entity.kind(), entity.id()).orElse(null);
        entity = numbered(entity, before);
        if (entity.equals(before)) {
            return;
        }
        Edit edit = new Edit(before, entity);
        edit.apply(project);
        edits.add(edit);
    }

    public void remove(EntityKind kind, String id) {
        Entity before = project.find(kind, id)
                .orElseThrow(() -> CodeCommands.missing(kind, id));
        Edit edit = new Edit(before, null);
        edit.apply(project);
        edits.add(edit);
    }

    private Entity numbered(Entity entity, Entity before) {
        if (entity instanceof nl.veldwerk.model.Quotation q && q.number() == 0) {
            return q.withNumber(before instanceof nl.veldwerk.model.Quotation old && old.number() > 0 ? old.number()
                    : project.nextQuotationNumber(q.documentId()));
        }
        if (entity instanceof nl.veldwerk.model.Document d && d.number() == 0) {
            return d.withNumber(before instanceof nl.veldwerk.model.Document old && old.number() > 0 ? old.number()
                    : project.nextDocumentNumber());
        }
        return entity;
    }

    /** Names the command after what the plan found (e.g. the name of the code it deletes). */
    public void describe(Message message) {
        this.description = message;
    }

    Message description() {
        return description;
    }

    /** How many primitive edits the plan has made so far (a put that changed nothing is none). */
    public int editCount() {
        return edits.size();
    }

    List<Edit> edits() {
        return List.copyOf(edits);
    }

    void rollBack() {
        for (int i = edits.size() - 1; i >= 0; i--) {
            edits.get(i).revert(project);
        }
        edits.clear();
    }
}
