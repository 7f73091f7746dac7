package nl.veldwerk.ui.diagrams;

import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.Relation;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.NoteCommands;
import nl.veldwerk.ui.app.MainViewModel;

/** The changes the diagram views make, each one undoable step; a refusal is explained. */
final class DiagramEdits {
    private final MainViewModel main;

    DiagramEdits(MainViewModel main) {
        this.main = main;
    }

    /** Saves a diagram as changed (moved, hidden, reweighed, renamed), as one undoable step. */
    void putDiagram(Diagram diagram, String descriptionKey, Object... args) {
        main.run(() -> main.session().execute(NoteCommands.putDiagram(diagram, Message.of(descriptionKey, args))));
    }

    void deleteDiagram(String diagramId) {
        main.run(() -> main.session().execute(NoteCommands.deleteDiagram(diagramId)));
    }

    /** A relation's weight set by hand, with the reason for it. */
    /** Draws the model into a new diagram named {@code name}; returns its id, or null when refused. */
    String drawModel(String name, nl.veldwerk.analysis.ModelDiagram.Level level) {
        String[] id = {null};
        main.run(() -> {
            nl.veldwerk.model.Project p = main.session().project();
            main.session().execute(nl.veldwerk.analysis.ModelDiagram.draw(p, name, level));
            id[0] = p.diagrams().stream().filter(d -> d.name().equals(name)).reduce((a, b) -> b)
                    .map(Diagram::id).orElse(null);
        });
        return id[0];
    }

    void weighRelation(String relationId, double weight, String reason) {
        main.run(() -> main.session().project().relation(relationId).ifPresent(r -> main.session().execute(
                CodeCommands.updateRelation(new Relation(r.id(), r.sourceCodeId(), r.targetCodeId(), r.type(),
                        r.label(), weight, reason)))));
    }
}
