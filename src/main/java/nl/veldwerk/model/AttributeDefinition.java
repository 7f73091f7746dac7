package nl.veldwerk.model;

/** A typed attribute that documents can carry, such as "role" or "interview mode". */
public record AttributeDefinition(String id, String name, AttributeType type) implements Entity {
    public AttributeDefinition {
        Ids.require(id, "an attribute");
        if (name == null || name.isBlank()) {
            throw new ModelException("name.missing", Project.label(EntityKind.ATTRIBUTE));
        }
        Limits.name(id, EntityKind.ATTRIBUTE, "id");
        Limits.name(name, EntityKind.ATTRIBUTE, "name");
        type = type == null ? AttributeType.TEXT : type;
    }

    @Override
    public EntityKind kind() {
        return EntityKind.ATTRIBUTE;
    }
}
