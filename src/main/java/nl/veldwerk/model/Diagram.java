package nl.veldwerk.model;

import java.util.List;

/**
 * A network view: which codes (with positions) and which relations between them it shows, what its
 * arrows weigh (QUOTATIONS when not given, as in diagrams saved before weighting existed), and whether a
 * code whose sub-codes are not on it lists them inside its box ({@code subCodesInside}, as a category in a
 * thesis's model lists its mechanisms; off when not given).
 */
public record Diagram(String id, String name, List<DiagramNode> nodes, List<String> relationIds,
                      Weighting weighting, Boolean subCodesInside) implements Entity {

    public Diagram {
        Ids.require(id, "a diagram");
        if (name == null || name.isBlank()) {
            throw new ModelException("name.missing", Project.label(EntityKind.DIAGRAM));
        }
        Limits.name(id, EntityKind.DIAGRAM, "id");
        Limits.name(name, EntityKind.DIAGRAM, "name");
        Limits.list(nodes, EntityKind.DIAGRAM, "nodes");
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        relationIds = relationIds == null ? List.of() : List.copyOf(relationIds);
        weighting = weighting == null ? Weighting.QUOTATIONS : weighting;
        subCodesInside = Boolean.TRUE.equals(subCodesInside);
    }

    public Diagram(String id, String name, List<DiagramNode> nodes, List<String> relationIds, Weighting weighting) {
        this(id, name, nodes, relationIds, weighting, false);
    }

    public Diagram(String id, String name, List<DiagramNode> nodes, List<String> relationIds) {
        this(id, name, nodes, relationIds, Weighting.QUOTATIONS);
    }

    public Diagram withNodes(List<DiagramNode> newNodes) {
        return new Diagram(id, name, newNodes, relationIds, weighting, subCodesInside);
    }

    public Diagram withName(String newName) {
        return new Diagram(id, newName, nodes, relationIds, weighting, subCodesInside);
    }

    public Diagram withWeighting(Weighting newWeighting) {
        return new Diagram(id, name, nodes, relationIds, newWeighting, subCodesInside);
    }

    /** The node of {@code codeId}, if the diagram shows that code. */
    public java.util.Optional<DiagramNode> node(String codeId) {
        return nodes.stream().filter(n -> n.codeId().equals(codeId)).findFirst();
    }

    public boolean showsCode(String codeId) {
        return nodes.stream().anyMatch(n -> n.codeId().equals(codeId));
    }

    /**
     * The code shown at {@code node}'s place (a hidden node of it shown again, where it was), with {@code relations}
     * drawn too (those it draws already once).
     */
    public Diagram withCode(DiagramNode node, List<String> relations) {
        List<DiagramNode> newNodes = new java.util.ArrayList<>(nodes.stream()
                .filter(n -> !n.codeId().equals(node.codeId())).toList());
        newNodes.add(node(node.codeId()).map(n -> n.withHidden(false)).orElse(node));
        List<String> newRelations = new java.util.ArrayList<>(relationIds);
        relations.stream().filter(r -> !newRelations.contains(r)).forEach(newRelations::add);
        return new Diagram(id, name, newNodes, newRelations, weighting, subCodesInside);
    }

    public Diagram withoutCode(String codeId) {
        return new Diagram(id, name, nodes.stream().filter(n -> !n.codeId().equals(codeId)).toList(), relationIds,
                weighting, subCodesInside);
    }

    /** The relation drawn too (once). */
    public Diagram withRelation(String relationId) {
        if (relationIds.contains(relationId)) {
            return this;
        }
        List<String> newRelations = new java.util.ArrayList<>(relationIds);
        newRelations.add(relationId);
        return new Diagram(id, name, nodes, newRelations, weighting, subCodesInside);
    }

    public Diagram withoutRelation(String relationId) {
        return new Diagram(id, name, nodes, relationIds.stream().filter(r -> !r.equals(relationId)).toList(),
                weighting, subCodesInside);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.DIAGRAM;
    }
}
