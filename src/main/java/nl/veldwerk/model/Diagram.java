package nl.veldwerk.model;

import java.util.List;

/** A network view: which codes (with positions) and which relations between them it shows. */
public record Diagram(String id, String name, List<DiagramNode> nodes, List<String> relationIds)
        implements Entity {

    public Diagram {
        Ids.require(id, "a diagram");
        if (name == null || name.isBlank()) {
            throw new ModelException("name.missing", Project.label(EntityKind.DIAGRAM));
        }
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        relationIds = relationIds == null ? List.of() : List.copyOf(relationIds);
    }

    public boolean showsCode(String codeId) {
        return nodes.stream().anyMatch(n -> n.codeId().equals(codeId));
    }

    public Diagram withoutCode(String codeId) {
        return new Diagram(id, name, nodes.stream().filter(n -> !n.codeId().equals(codeId)).toList(), relationIds);
    }

    public Diagram withoutRelation(String relationId) {
        return new Diagram(id, name, nodes, relationIds.stream().filter(r -> !r.equals(relationId)).toList());
    }

    @Override
    public EntityKind kind() {
        return EntityKind.DIAGRAM;
    }
}
