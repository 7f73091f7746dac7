package nl.veldwerk.model;

import java.time.Instant;

/** A researcher's note about the project, a document, a code or a quotation. */
public record Memo(String id, MemoTarget target, String title, String text, String authorId, Instant created,
                   Instant modified) implements Entity {

    public Memo {
        Ids.require(id, "a memo");
        target = target == null ? MemoTarget.project() : target;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    public Memo withText(String newTitle, String newText, Instant when) {
        return new Memo(id, target, newTitle, newText, authorId, created, when);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.MEMO;
    }
}
