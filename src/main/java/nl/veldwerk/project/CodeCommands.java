package nl.veldwerk.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.UserText;

/** Commands on the codebook: codes and the relations between them. */
public final class CodeCommands {
    private CodeCommands() {
    }

    public static Command add(Code code) {
        return new PlannedCommand(Message.of("code.add", code.name()), (plan, p) -> {
            refuseDuplicateName(p, code);
            plan.put(code);
        });
    }

    /** Replaces a code's properties (name, colour, phase, definition, memo, parent). */
    public static Command update(Code changed) {
        return update(changed, Message.of("code.update", changed.name()));
    }

    /** As {@link #update(Code)}, described as what the change is ("Set the colour of 'Angst'"). */
    public static Command update(Code changed, Message description) {
        return new PlannedCommand(description, (plan, p) -> {
            require(p, changed.id());
            refuseDuplicateName(p, changed);
            plan.put(changed);
        });
    }

    public static Command rename(String codeId, String newName) {
        return new PlannedCommand(Message.of("code.rename", newName), (plan, p) -> {
            Code renamed = require(p, codeId).withName(newName);
            refuseDuplicateName(p, renamed);
            plan.put(renamed);
        });
    }

    /** Moves a code under another parent (null: to the top level). */
    public static Command move(String codeId, String newParentId) {
        return new PlannedCommand(Message.of("code.move", "", ""), (plan, p) -> {
            Code moved = require(p, codeId).withParent(newParentId);
            // Said with where it went: "Move code 'X'" told nothing an undo would take back (QA).
            plan.describe(newParentId == null ? Message.of("code.moveToTop", moved.name())
                    : Message.of("code.move", moved.name(), require(p, newParentId).name()));
            refuseDuplicateName(p, moved);
            plan.put(moved);
        });
    }

    /**
     * Merges {@code sourceId} into {@code targetId}: codings move over (a quotation that had both keeps
     * one coding per coder), child codes, memos and relations move over, the source's definition, indicators,
     * rules, anchor and memo are added to the target's ({@link #withTextsOf}), and the source code goes.
     */
    public static Command merge(String sourceId, String targetId) {
        return new PlannedCommand(Message.of("code.merge", "", ""), (plan, p) -> {
            Code source = require(p, sourceId);
            Code target = require(p, targetId);
            if (sourceId.equals(targetId)) {
                throw new ModelException(Message.of("error.mergeSelf").userText());
            }
            plan.describe(mergeMessage(p, source, target));
            if (p.isBelow(targetId, sourceId)) {
                // The target sits below the source: lift it to the source's place first.
                Code lifted = target.withParent(source.parentId());
                refuseDuplicateName(p, lifted, sourceId);
                plan.put(lifted);
            }
            mergeInto(plan, p, source, targetId);
        });
    }

    /**
     * "Merge 'Schaamte' into 'Gene'"; two codes of one name are named with their places ("Merge 'QA > Schaamte' into
     * 'Psychische kenmerken > Schaamte'"): "Merge 'Schaamte' into 'Schaamte'" did not say which went where (QA).
     */
    public static Message mergeMessage(Project p, Code source, Code target) {
        boolean alike = source.name().strip().equalsIgnoreCase(target.name().strip());
        return Message.of("code.merge", alike ? p.pathOf(source.id()) : source.name(),
                alike ? p.pathOf(target.id()) : target.name());
    }

    /**
     * Moves everything of {@code source} to the target and removes it. A sub-code named as one of the target's own
     * ("Schaamte" under both) is merged into that one, not put beside it: two sub-codes of one name under one code
     * could not be told apart in the tree, the picker or a report.
     */
    private static void mergeInto(Planner plan, Project p, Code source, String targetId) {
        String sourceId = source.id();
        for (Coding c : p.codingsWithCode(sourceId)) {
            plan.remove(EntityKind.CODING, c.id());
            if (QuotationCommands.find(p, c.quotationId(), targetId, c.coderId()).isEmpty()) {
                plan.put(c.withCode(targetId));
            }
        }
        for (Code child : p.childrenOf(sourceId)) {
            Code twin = p.childrenOf(targetId).stream() // not the source itself, when merged into its parent
                    .filter(c -> !c.id().equals(sourceId) && c.name().equalsIgnoreCase(child.name())).findFirst()
                    .orElse(null);
            if (twin == null) {
                plan.put(child.withParent(targetId));
            } else {
                mergeInto(plan, p, child, twin.id());
            }
        }
        for (Memo m : p.memosAbout(new MemoTarget(EntityKind.CODE, sourceId))) {
            // A review comment says which code it was about, as a joined definition does (QA: a comment on
            // "Zichtbaarheid" read as if written about the code it went into); a memo has its title for that.
            Memo moved = m.withTarget(new MemoTarget(EntityKind.CODE, targetId));
            plan.put(m.comment() ? moved.withText(m.title(), source.name() + ": " + m.text(), m.modified()) : moved);
        }
        // A relation the target already has (same ends, same type) is not made twice: the two codes of
        // a category merged into another both led to the core category, and the diagram drew two arrows.
        Map<String, Relation> kept = new HashMap<>();
        for (Relation r : p.relations()) {
            if (!r.sourceCodeId().equals(sourceId) && !r.targetCodeId().equals(sourceId)) {
                kept.putIfAbsent(relationKey(r.sourceCodeId(), r.targetCodeId(), r), r);
            }
        }
        for (Relation r : List.copyOf(p.relations())) {
            String from = r.sourceCodeId().equals(sourceId) ? targetId : r.sourceCodeId();
            String to = r.targetCodeId().equals(sourceId) ? targetId : r.targetCodeId();
            if (from.equals(to)) {
                removeRelation(plan, p, r.id());
            } else if (!from.equals(r.sourceCodeId()) || !to.equals(r.targetCodeId())) {
                Relation same = kept.putIfAbsent(relationKey(from, to, r), r.withEnds(from, to));
                if (same == null) {
                    plan.put(r.withEnds(from, to));
                } else {
                    replaceRelation(plan, p, r, same, source.name());
                }
            }
        }
        for (Diagram d : List.copyOf(p.diagrams())) {
            if (d.showsCode(sourceId)) {
                plan.put(withMergedNode(d, sourceId, targetId));
            }
        }
        // The source as it is now: a sub-code merged into it on the way down gave it its texts too.
        plan.put(withTextsOf(require(p, targetId), require(p, sourceId)));
        plan.remove(EntityKind.CODE, sourceId);
    }

    /**
     * A diagram after a merge: the target takes the source's box, at its place, where the diagram did not show
     * the target (left out, or hidden inside its category's box while the source's box was shown); a merge into
     * such a code took the box and, with it, the arrows now drawn from the target (QA). Where the target has a box
     * of its own, the source's goes.
     */
    static Diagram withMergedNode(Diagram d, String sourceId, String targetId) {
        DiagramNode gone = d.node(sourceId).orElseThrow();
        DiagramNode target = d.node(targetId).orElse(null);
        if (target != null && (!target.hidden() || gone.hidden())) {
            return d.withoutCode(sourceId);
        }
        List<DiagramNode> nodes = new java.util.ArrayList<>();
        for (DiagramNode n : d.nodes()) {
            if (n.codeId().equals(sourceId)) {
                nodes.add(new DiagramNode(targetId, n.x(), n.y(), n.hidden()));
            } else if (!n.codeId().equals(targetId)) {
                nodes.add(n);
            }
        }
        return d.withNodes(nodes);
    }

    /**
     * The target with the source's texts added: where only the source has one, it is taken as it is; where both
     * have different ones, the source's follows the target's as a paragraph of its own under the source's name
     * ("Onbekendheid bij wijkcoaches: …"), so that what a merge joined can still be told apart and nothing
     * written about the code that goes is lost. Indicators are joined, each once.
     */
    static Code withTextsOf(Code target, Code source) {
        List<String> indicators = new java.util.ArrayList<>(target.indicators());
        source.indicators().stream().filter(i -> !indicators.contains(i)).forEach(indicators::add);
        String from = source.name();
        return target.withDefinition(joined(target.definition(), source.definition(), from), indicators)
                .withRules(joined(target.inclusion(), source.inclusion(), from),
                        joined(target.exclusion(), source.exclusion(), from), joined(target.anchor(), source.anchor(), from))
                .withMemo(joined(target.memo(), source.memo(), from));
    }

    private static String joined(String kept, String added, String from) {
        if (added.isBlank() || added.strip().equals(kept.strip())) {
            return kept;
        }
        return kept.isBlank() ? added : kept + "\n\n" + from + ": " + added;
    }

    /**
     * Deletes a code with its codings, memos and relations; its child codes move up to its parent.
     * Undo restores every coding exactly.
     */
    public static Command delete(String codeId) {
        return new PlannedCommand(Message.of("code.delete", ""), (plan, p) -> {
            Code code = require(p, codeId);
            plan.describe(Message.of("code.delete", code.name()));
            for (Coding c : p.codingsWithCode(codeId)) {
                plan.remove(EntityKind.CODING, c.id());
            }
            for (Code child : p.childrenOf(codeId)) {
                plan.put(child.withParent(code.parentId()));
            }
            p.memosAbout(new MemoTarget(EntityKind.CODE, codeId)).forEach(m -> plan.remove(EntityKind.MEMO, m.id()));
            for (Relation r : List.copyOf(p.relations())) {
                if (r.sourceCodeId().equals(codeId) || r.targetCodeId().equals(codeId)) {
                    removeRelation(plan, p, r.id());
                }
            }
            for (Diagram d : List.copyOf(p.diagrams())) {
                if (d.showsCode(codeId)) {
                    plan.put(d.withoutCode(codeId));
                }
            }
            plan.remove(EntityKind.CODE, codeId);
        });
    }

    /**
     * Adds a relation; a diagram that shows both its codes draws it, as an ATLAS.ti network view shows a link
     * between codes in it (QA: a relation made after the codes were placed never came on the diagram, and only
     * drawing the model anew, losing the hand-placed boxes, showed it).
     */
    public static Command addRelation(Relation relation) {
        return new PlannedCommand(Message.of("relation.add"), (plan, p) -> {
            plan.put(relation);
            drawOnDiagrams(plan, p, relation);
        });
    }

    /** Draws a relation just added on every diagram that shows both its codes (see {@link #addRelation}). */
    public static void drawOnDiagrams(Planner plan, Project p, Relation relation) {
        for (Diagram d : List.copyOf(p.diagrams())) {
            if (d.showsCode(relation.sourceCodeId()) && d.showsCode(relation.targetCodeId())
                    && !d.relationIds().contains(relation.id())) {
                plan.put(d.withRelation(relation.id()));
            }
        }
    }

    public static Command updateRelation(Relation relation) {
        return new PlannedCommand(Message.of("relation.update"), (plan, p) -> {
            if (!p.contains(EntityKind.RELATION, relation.id())) {
                throw missing(EntityKind.RELATION, relation.id());
            }
            plan.put(relation);
        });
    }

    public static Command deleteRelation(String relationId) {
        return new PlannedCommand(Message.of("relation.delete"), (plan, p) -> removeRelation(plan, p, relationId));
    }

    private static String relationKey(String from, String to, Relation r) {
        return from + "\u0000" + to + "\u0000" + r.type();
    }

    /**
     * Removes {@code duplicate} in favour of {@code kept}, which joins the diagrams that showed the duplicate;
     * a comment only the duplicate had goes with it to the one kept.
     */
    /**
     * The relation of the code merged away that one of the code kept (same ends and type) takes the place of. The
     * kept one's weight and comment stay; the other's weight, where both were set by hand and differ, and its
     * comment are kept in the comment under the merged code's name ("Betaalbaarheid (5): geldstress is kern"): a
     * merge dropped them without a word, and the diagram's heaviest arrow went from 5 to 2 (QA). The kept
     * relation's own weight where it had none.
     */
    private static void replaceRelation(Planner plan, Project p, Relation duplicate, Relation kept, String mergedName) {
        for (Diagram d : List.copyOf(p.diagrams())) {
            if (d.relationIds().contains(duplicate.id())) {
                List<String> ids = new java.util.ArrayList<>(d.relationIds());
                ids.replaceAll(id -> id.equals(duplicate.id()) ? kept.id() : id);
                plan.put(new Diagram(d.id(), d.name(), d.nodes(), ids.stream().distinct().toList(), d.weighting(),
                        d.subCodesInside()));
            }
        }
        Relation k = p.find(EntityKind.RELATION, kept.id()).map(Relation.class::cast).orElse(kept);
        boolean weightsDiffer = k.weight() > 0 && duplicate.weight() > 0 && k.weight() != duplicate.weight();
        double weight = k.weight() > 0 ? k.weight() : duplicate.weight();
        String comment = k.comment();
        String other = duplicate.comment().strip();
        if (weightsDiffer || !other.isEmpty() && !comment.contains(other)) {
            String said = weightsDiffer ? mergedName + " (" + weightText(duplicate.weight()) + ")"
                    + (other.isEmpty() ? "" : ": " + other) : other;
            String joined = comment.isBlank() ? said : comment.strip() + "\n" + (weightsDiffer ? said : mergedName + ": "
                    + said);
            // Within a note's length, or the merge would be refused for it: the kept comment then stays as it was.
            comment = joined.length() <= nl.veldwerk.model.Limits.NOTE ? joined : comment;
        }
        if (weight != k.weight() || !comment.equals(k.comment())) {
            plan.put(new Relation(k.id(), k.sourceCodeId(), k.targetCodeId(), k.type(), k.label(), weight,
                    comment));
        }
        plan.remove(EntityKind.RELATION, duplicate.id());
    }

    /** "5", "2.5": a weight as it was typed. */
    private static String weightText(double weight) {
        return weight == Math.rint(weight) ? Long.toString((long) weight) : Double.toString(weight);
    }

    private static void removeRelation(Planner plan, Project p, String relationId) {
        for (Diagram d : List.copyOf(p.diagrams())) {
            if (d.relationIds().contains(relationId)) {
                plan.put(d.withoutRelation(relationId));
            }
        }
        plan.remove(EntityKind.RELATION, relationId);
    }

    /** Code names are unique among siblings, as in ATLAS.ti and MAXQDA: two "Schaamte" side by side confuse. */
    static void refuseDuplicateName(Project p, Code code) {
        refuseDuplicateName(p, code, null);
    }

    /** As {@link #refuseDuplicateName(Project, Code)}, leaving out a code about to go ({@code leaving}). */
    static void refuseDuplicateName(Project p, Code code, String leaving) {
        for (Code other : p.codes()) {
            if (!other.id().equals(code.id()) && !other.id().equals(leaving)
                    && Objects.equals(other.parentId(), code.parentId())
                    && other.name().equalsIgnoreCase(code.name())) {
                // The existing code's name as it is written, not as typed (QA: "'angst' exists" beside "Angst").
                throw new ModelException(Message.of("error.codeExists", other.name()).userText());
            }
        }
    }

    /** The refusal for an id that names nothing (a stale selection, a concurrent delete). */
    static ModelException missing(EntityKind kind, String id) {
        return new ModelException("entity.missing", UserText.of(Project.class, "kind." + kind.name()), id);
    }

    static Code require(Project p, String codeId) {
        return p.code(codeId).orElseThrow(() -> missing(EntityKind.CODE, codeId));
    }
}
