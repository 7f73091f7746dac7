package nl.veldwerk.model;

/** A named set of documents, such as "Aanbieders" or "Wijkcoaches". Membership lives on the document. */
public record DocumentGroup(String id, String name, String description) implements Entity {
    public DocumentGroup {
        Ids.require(id, "a document group");
        if (name == null || name.isBlank()) {
            throw new ModelException("name.missing", Project.label(EntityKind.GROUP));
        }
        Limits.name(id, EntityKind.GROUP, "id");
        Limits.name(name, EntityKind.GROUP, "name");
        description = Limits.note(description == null ? "" : description, EntityKind.GROUP, "description");
    }

    @Override
    public EntityKind kind() {
        return EntityKind.GROUP;
    }
}
