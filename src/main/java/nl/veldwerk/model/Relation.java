package nl.veldwerk.model;

/**
 * A directed relation between two codes, such as "schaamte causes individueel gebruik".
 *
 * @param label  the relation's name when the type is {@link RelationType#USER_DEFINED}
 * @param weight the strength of the relation, 0 when not weighed
 */
public record Relation(String id, String sourceCodeId, String targetCodeId, RelationType type, String label,
                       double weight, String comment) implements Entity {

    public Relation {
        Ids.require(id, "a relation");
        Ids.require(sourceCodeId, "a relation's source");
        Ids.require(targetCodeId, "a relation's target");
        Limits.name(id, EntityKind.RELATION, "id");
        Limits.name(label, EntityKind.RELATION, "label");
        Limits.note(comment, EntityKind.RELATION, "comment");
        type = type == null ? RelationType.IS_ASSOCIATED_WITH : type;
        label = label == null ? "" : label;
        comment = comment == null ? "" : comment;
        if (type == RelationType.USER_DEFINED && label.isBlank()) {
            throw new ModelException("relation.label");
        }
        if (!Double.isFinite(weight) || weight < 0) {
            throw new ModelException("relation.weight", weight);
        }
    }

    public Relation withEnds(String newSource, String newTarget) {
        return new Relation(id, newSource, newTarget, type, label, weight, comment);
    }

    public Relation withWeight(double newWeight) {
        return new Relation(id, sourceCodeId, targetCodeId, type, label, newWeight, comment);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.RELATION;
    }
}
