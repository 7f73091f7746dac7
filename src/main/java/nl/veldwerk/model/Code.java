package nl.veldwerk.model;

import java.time.Instant;
import java.util.List;

/**
 * A code of the codebook.
 *
 * @param color      "#rrggbb"
 * @param parentId   the parent code, or null for a top-level code
 * @param indicators the observable indicators ("kenmerken/indicatoren") that tell when the code applies
 * @param created    when it was made, or null (codes made before this was kept, or imported without it)
 * @param creatorId  the coder who made it, or null
 */
public record Code(String id, String name, String color, String parentId, Phase phase, String definition,
                   List<String> indicators, String memo, String inclusion, String exclusion, String anchor,
                   ReviewStatus review, Instant created, String creatorId) implements Entity {

    public Code {
        Ids.require(id, "a code");
        if (name == null || name.isBlank()) {
            throw new ModelException("name.missing", Project.label(EntityKind.CODE));
        }
        Limits.name(id, EntityKind.CODE, "id");
        name = oneLine(name);
        Limits.name(name, EntityKind.CODE, "name");
        Limits.note(definition, EntityKind.CODE, "definition");
        Limits.note(memo, EntityKind.CODE, "memo");
        Limits.note(inclusion, EntityKind.CODE, "inclusion");
        Limits.note(exclusion, EntityKind.CODE, "exclusion");
        Limits.note(anchor, EntityKind.CODE, "anchor");
        if (indicators != null) {
            Limits.list(indicators, EntityKind.CODE, "indicators").forEach(i ->
                    Limits.note(i, EntityKind.CODE, "indicator"));
        }
        color = Colors.normalise(color);
        phase = phase == null ? Phase.OPEN : phase;
        definition = definition == null ? "" : definition;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        memo = memo == null ? "" : memo;
        inclusion = inclusion == null ? "" : inclusion;
        exclusion = exclusion == null ? "" : exclusion;
        anchor = anchor == null ? "" : anchor;
        review = review == null ? ReviewStatus.PROPOSED : review;
        if (id.equals(parentId)) {
            throw new ModelException("code.ownParent", name);
        }
    }

    /** A code whose making is not known (when and by whom). */
    public Code(String id, String name, String color, String parentId, Phase phase, String definition,
                List<String> indicators, String memo, String inclusion, String exclusion, String anchor,
                ReviewStatus review) {
        this(id, name, color, parentId, phase, definition, indicators, memo, inclusion, exclusion, anchor, review,
                null, null);
    }

    /** A code without inclusion and exclusion rules, anchor example or review yet. */
    public Code(String id, String name, String color, String parentId, Phase phase, String definition,
                List<String> indicators, String memo) {
        this(id, name, color, parentId, phase, definition, indicators, memo, "", "", "", ReviewStatus.PROPOSED);
    }

    public static Code of(String id, String name, String color, String parentId) {
        return new Code(id, name, color, parentId, Phase.OPEN, "", List.of(), "");
    }

    public Code withName(String newName) {
        return new Code(id, newName, color, parentId, phase, definition, indicators, memo, inclusion, exclusion,
                anchor, review, created, creatorId);
    }

    public Code withParent(String newParentId) {
        return new Code(id, name, color, newParentId, phase, definition, indicators, memo, inclusion, exclusion,
                anchor, review, created, creatorId);
    }

    public Code withColor(String newColor) {
        return new Code(id, name, newColor, parentId, phase, definition, indicators, memo, inclusion, exclusion,
                anchor, review, created, creatorId);
    }

    public Code withPhase(Phase newPhase) {
        return new Code(id, name, color, parentId, newPhase, definition, indicators, memo, inclusion, exclusion,
                anchor, review, created, creatorId);
    }

    public Code withDefinition(String newDefinition, List<String> newIndicators) {
        return new Code(id, name, color, parentId, phase, newDefinition, newIndicators, memo, inclusion, exclusion,
                anchor, review, created, creatorId);
    }

    /** The rules a coder applies: when the code fits, when it does not, and a typical quotation. */
    public Code withRules(String newInclusion, String newExclusion, String newAnchor) {
        return new Code(id, name, color, parentId, phase, definition, indicators, memo, newInclusion, newExclusion,
                newAnchor, review, created, creatorId);
    }

    public Code withMemo(String newMemo) {
        return new Code(id, name, color, parentId, phase, definition, indicators, newMemo, inclusion, exclusion,
                anchor, review, created, creatorId);
    }

    public Code withReview(ReviewStatus newReview) {
        return new Code(id, name, color, parentId, phase, definition, indicators, memo, inclusion, exclusion,
                anchor, newReview, created, creatorId);
    }

    /** The code as made now by a coder (for the code manager's "created" and "coder"). */
    public Code madeBy(String newCreatorId, Instant when) {
        return new Code(id, name, color, parentId, phase, definition, indicators, memo, inclusion, exclusion,
                anchor, review, when, newCreatorId);
    }

    /**
     * A name on one line: a tab or line break pasted into it becomes a space (a name is shown in one line of
     * trees, lists and reports, and "Regel een\nRegel twee" must not become "Regel eenRegel twee").
     */
    static String oneLine(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                return name.replaceAll("[\\t\\n\\r\\f\\u000B]+", " ");
            }
        }
        return name;
    }

    @Override
    public EntityKind kind() {
        return EntityKind.CODE;
    }
}
