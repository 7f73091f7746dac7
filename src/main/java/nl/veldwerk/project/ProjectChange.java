package nl.veldwerk.project;

import java.util.Set;
import java.util.stream.Collectors;

import nl.veldwerk.model.EntityKind;

/** What one execute, undo or redo changed: views refresh, the store marks parts dirty, the index updates. */
public record ProjectChange(Type type, Message description, Set<Touch> touched) {
    public enum Type { EXECUTE, UNDO, REDO, SAVED }

    public ProjectChange {
        touched = Set.copyOf(touched);
    }

    public boolean touches(EntityKind kind) {
        return touched.stream().anyMatch(t -> t.kind() == kind);
    }

    /**
     * Whether the change touched nothing but quotations and codings (the everyday coding change), and coders
     * added or removed with them: a coder's first coding adds the coder in the same step, its undo removes
     * them, and no view shows a coder's name before they have coded. A coder renamed is not everyday.
     */
    public boolean onlyQuotationsAndCodings() {
        return touched.stream().allMatch(t -> t.kind() == EntityKind.QUOTATION || t.kind() == EntityKind.CODING
                || t.kind() == EntityKind.CODER && !t.replaced());
    }

    /** Whether everything the change touched is of {@code kind} (a diagram edit alone, for example). */
    public boolean only(EntityKind kind) {
        return !touched.isEmpty() && touched.stream().allMatch(t -> t.kind() == kind);
    }

    /** The quotations whose range, comment or codings changed. */
    public Set<String> quotationIds() {
        return touched.stream().map(Touch::quotationId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The codes whose codings (or whose own properties) changed. */
    public Set<String> codeIds() {
        return touched.stream().map(Touch::codeId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The documents whose own data (text, quotations, codings) changed. */
    public Set<String> documentIds() {
        return touched.stream().map(Touch::documentId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }
}
