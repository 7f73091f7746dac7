package nl.veldwerk.model;

/** A person who codes or reviews: every coding and quotation names its coder. */
public record Coder(String id, String name) implements Entity {
    public Coder {
        Ids.require(id, "a coder");
        if (name == null || name.isBlank()) {
            throw new ModelException("name.missing", Project.label(EntityKind.CODER));
        }
        Limits.name(id, EntityKind.CODER, "id");
        Limits.name(name, EntityKind.CODER, "name");
    }

    @Override
    public EntityKind kind() {
        return EntityKind.CODER;
    }
}
