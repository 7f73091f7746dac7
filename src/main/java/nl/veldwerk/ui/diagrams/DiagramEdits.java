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

    /**
     * Deletes a diagram. Its arrows are relations in the codebook; those no other diagram draws (the model's
     * "is associated with" arrows, say) stayed behind as claims of the codebook: the user is asked whether they
     * go too. Said on the status line either way, with the way back.
     */
    void deleteDiagram(String diagramId) {
        nl.veldwerk.model.Project p = main.session().project();
        Diagram diagram = p.diagram(diagramId).orElse(null);
        if (diagram == null) {
            return;
        }
        int own = NoteCommands.ownRelations(p, diagram).size();
        boolean withRelations = own > 0 && main.dialogs().confirm(nl.veldwerk.ui.common.I18n.text("diagrams.delete"),
                nl.veldwerk.ui.common.I18n.text("diagrams.deleteRelations", diagram.name(), own));
        main.executeSaid(NoteCommands.deleteDiagram(diagramId, withRelations), () -> nl.veldwerk.ui.common.I18n.text(
                withRelations ? "diagrams.deletedWithRelations" : "diagrams.deleted", diagram.name(), own));
    }

    /** A relation's weight set by hand, with the reason for it. */
    /** Draws the model into a new diagram named {@code name}; returns its id, or null when refused. */
    String drawModel(String name, nl.veldwerk.analysis.ModelDiagram.Level level) {
        String[] id = {null};
        nl.veldwerk.model.Project p = main.session().project();
        int relationsBefore = p.relations().size();
        main.run(() -> {
            try {
                main.session().execute(nl.veldwerk.analysis.ModelDiagram.draw(p, name, level));
            } catch (nl.veldwerk.model.ModelException e) {
                // Under the button's name: no core category yet is nothing refused ("That change is not possible").
                main.fail(nl.veldwerk.ui.common.I18n.text(level == nl.veldwerk.analysis.ModelDiagram.Level.CATEGORIES
                        ? "diagrams.drawModel" : "diagrams.drawMechanisms"), e);
                return;
            }
            id[0] = p.diagrams().stream().filter(d -> d.name().equals(name)).reduce((a, b) -> b)
                    .map(Diagram::id).orElse(null);
        });
        int added = p.relations().size() - relationsBefore;
        java.util.List<String> said = new java.util.ArrayList<>();
        if (id[0] != null && added > 0) { // the arrows are claims in the codebook too: said, not found later
            said.add(nl.veldwerk.ui.common.I18n.text("diagrams.relationsAdded", name, added));
        }
        if (id[0] != null) { // coded codes the model does not show: said, not found missing later (QA)
            var notDrawn = nl.veldwerk.analysis.ModelDiagram.notDrawn(p, level);
            if (!notDrawn.codes().isEmpty()) {
                said.add(nl.veldwerk.ui.common.I18n.text(level == nl.veldwerk.analysis.ModelDiagram.Level.CATEGORIES
                        ? "diagrams.notDrawn" : "diagrams.notDrawnMechanisms", notDrawn.codes().size(),
                        notDrawn.coreName(), String.join(", ", notDrawn.codes())));
            }
        }
        if (!said.isEmpty()) {
            main.showStatus(String.join(" ", said));
        }
        return id[0];
    }

    void weighRelation(String relationId, double weight, String reason) {
        main.run(() -> main.session().project().relation(relationId).ifPresent(r -> main.session().execute(
                CodeCommands.updateRelation(new Relation(r.id(), r.sourceCodeId(), r.targetCodeId(), r.type(),
                        r.label(), weight, reason)))));
    }
}
