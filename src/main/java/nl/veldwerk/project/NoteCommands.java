package nl.veldwerk.project;

import java.time.Instant;

import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.ProjectInfo;

/** Commands on memos, coders, diagrams and the project's own properties. */
public final class NoteCommands {
    private NoteCommands() {
    }

    public static Command addMemo(Memo memo) {
        return new PlannedCommand(Message.of("memo.add", memo.title()), (plan, p) -> plan.put(memo));
    }

    public static Command editMemo(String memoId, String title, String text, Instant when) {
        return new PlannedCommand(Message.of("memo.edit", title), (plan, p) -> {
            Memo m = (Memo) p.find(EntityKind.MEMO, memoId)
                    .orElseThrow(() -> CodeCommands.missing(EntityKind.MEMO, memoId));
            plan.put(m.withText(title, text, when));
        });
    }

    public static Command deleteMemo(String memoId) {
        return new PlannedCommand(Message.of("memo.delete"), (plan, p) -> plan.remove(EntityKind.MEMO, memoId));
    }

    public static Command addCoder(Coder coder) {
        return new PlannedCommand(Message.of("coder.add", coder.name()), (plan, p) -> plan.put(coder));
    }

    public static Command putDiagram(Diagram diagram) {
        return putDiagram(diagram, Message.of("diagram.edit", diagram.name()));
    }

    /** A diagram as changed, described as what the user did (moved a code, hid it, reweighed the arrows). */
    public static Command putDiagram(Diagram diagram, Message description) {
        return new PlannedCommand(description, (plan, p) -> plan.put(diagram));
    }

    public static Command deleteDiagram(String diagramId) {
        return deleteDiagram(diagramId, false);
    }

    /**
     * Deletes a diagram; {@code withOwnRelations}: also the relations it draws that no other diagram draws (those
     * "Draw the model" made for its arrows), so the codebook does not keep claims only the diagram made.
     */
    public static Command deleteDiagram(String diagramId, boolean withOwnRelations) {
        return new PlannedCommand(Message.of(withOwnRelations ? "diagram.deleteWithRelations" : "diagram.delete"),
                (plan, p) -> {
                    java.util.List<String> own = !withOwnRelations ? java.util.List.<String>of()
                            : p.diagram(diagramId).map(d -> ownRelations(p, d)).orElse(java.util.List.of());
                    plan.remove(EntityKind.DIAGRAM, diagramId); // first: a relation a diagram draws stays
                    own.forEach(r -> plan.remove(EntityKind.RELATION, r));
                });
    }

    /** The relations a diagram draws that no other diagram draws. */
    public static java.util.List<String> ownRelations(nl.veldwerk.model.Project p, nl.veldwerk.model.Diagram diagram) {
        java.util.Set<String> elsewhere = new java.util.HashSet<>();
        p.diagrams().stream().filter(d -> !d.id().equals(diagram.id())).forEach(d -> elsewhere.addAll(d.relationIds()));
        return diagram.relationIds().stream().distinct().filter(id -> !elsewhere.contains(id))
                .filter(id -> p.relation(id).isPresent()).toList();
    }

    public static Command editProjectInfo(ProjectInfo info) {
        return new PlannedCommand(Message.of("project.edit"), (plan, p) -> plan.put(info));
    }

    /** Keeps a query under its name (replacing one of the same name), to run again and to report. */
    public static Command saveQuery(nl.veldwerk.model.SavedQuery query) {
        return new PlannedCommand(Message.of("query.save", query.name()),
                (plan, p) -> plan.put(p.info().withSavedQuery(query)));
    }

    /** The saved queries written anew (after a code they name was renamed), in their order. */
    public static Command rewriteQueries(java.util.List<nl.veldwerk.model.SavedQuery> queries) {
        return new PlannedCommand(Message.of("project.edit"),
                (plan, p) -> plan.put(p.info().withSavedQueries(queries)));
    }

    /**
     * The command that writes the saved queries anew, when {@code codeQueries} changes a code query or
     * {@code searches} a search (a code, group or attribute they name renamed); else none.
     */
    public static java.util.Optional<Command> rewriteQueries(nl.veldwerk.model.Project p,
                                                             java.util.function.UnaryOperator<String> codeQueries,
                                                             java.util.function.UnaryOperator<String> searches) {
        java.util.List<nl.veldwerk.model.SavedQuery> queries = p.info().savedQueries().stream().map(q ->
                new nl.veldwerk.model.SavedQuery(q.name(), q.overCodes(), (q.overCodes() ? codeQueries : searches)
                        .apply(q.query()))).toList();
        return queries.equals(p.info().savedQueries()) ? java.util.Optional.empty()
                : java.util.Optional.of(rewriteQueries(queries));
    }

    public static Command deleteQuery(String name) {
        return new PlannedCommand(Message.of("query.delete", name),
                (plan, p) -> plan.put(p.info().withoutSavedQuery(name)));
    }
}
