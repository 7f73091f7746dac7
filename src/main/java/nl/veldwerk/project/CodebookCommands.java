package nl.veldwerk.project;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.ReviewStatus;

/** Reshaping the codebook as coding moves from open to axial (split, promote, demote) and its review. */
public final class CodebookCommands {
    private CodebookCommands() {
    }

    /**
     * Splits a code: the chosen quotations' codings with {@code codeId} move to {@code newCode} (a new code,
     * usually a sibling), the others stay. A quotation that already has the new code keeps one coding.
     */
    public static Command split(String codeId, Set<String> quotationIds, Code newCode) {
        return new PlannedCommand(Message.of("code.split", "", newCode.name()), (plan, p) -> {
            Code code = CodeCommands.require(p, codeId);
            plan.describe(Message.of("code.split", code.name(), newCode.name()));
            CodeCommands.refuseDuplicateName(p, newCode);
            plan.put(newCode);
            for (Coding c : p.codingsWithCode(codeId)) {
                if (quotationIds.contains(c.quotationId())) {
                    plan.remove(EntityKind.CODING, c.id());
                    if (QuotationCommands.find(p, c.quotationId(), newCode.id(), c.coderId()).isEmpty()) {
                        plan.put(c.withCode(newCode.id()));
                    }
                }
            }
        });
    }

    /** Moves a code one level up: it becomes a sibling of its parent. */
    public static Command promote(String codeId) {
        return new PlannedCommand(Message.of("code.promote", ""), (plan, p) -> {
            Code code = CodeCommands.require(p, codeId);
            if (code.parentId() == null) {
                throw new ModelException(Message.of("error.topLevel", code.name()).userText());
            }
            plan.describe(Message.of("code.promote", code.name()));
            Code moved = code.withParent(CodeCommands.require(p, code.parentId()).parentId());
            CodeCommands.refuseDuplicateName(p, moved);
            plan.put(moved);
        });
    }

    /** Moves a code one level down: under the sibling just above it (siblings read by name). */
    public static Command demote(String codeId) {
        return new PlannedCommand(Message.of("code.demote", ""), (plan, p) -> {
            Code code = CodeCommands.require(p, codeId);
            plan.describe(Message.of("code.demote", code.name()));
            List<Code> siblings = p.codes().stream().filter(c -> java.util.Objects.equals(c.parentId(), code.parentId()))
                    .sorted(Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER)).toList();
            int at = siblings.indexOf(code);
            if (at <= 0) {
                throw new ModelException(Message.of("error.noSiblingAbove", code.name()).userText());
            }
            Code moved = code.withParent(siblings.get(at - 1).id());
            CodeCommands.refuseDuplicateName(p, moved);
            plan.put(moved);
        });
    }

    public static Command review(String codeId, ReviewStatus status) {
        return new PlannedCommand(Message.of("code.review", "", ""), (plan, p) -> {
            Code code = CodeCommands.require(p, codeId);
            plan.describe(Message.of("code.review", code.name(), Message.of("review." + status.name()).userText()));
            plan.put(code.withReview(status));
        });
    }

    /** Adds a comment to the review thread of a code or quotation. */
    public static Command comment(Memo comment) {
        return new PlannedCommand(Message.of("comment.add"), (plan, p) -> plan.put(comment));
    }

    /** A review comment's words put right (its author and when it was written stay). */
    public static Command editComment(String commentId, String text, Instant when) {
        return new PlannedCommand(Message.of("comment.edit"), (plan, p) -> {
            Memo m = p.find(EntityKind.MEMO, commentId).map(Memo.class::cast)
                    .orElseThrow(() -> CodeCommands.missing(EntityKind.MEMO, commentId));
            plan.put(m.withText(m.title(), text, when));
        });
    }

    /** Takes a review comment out of its thread (undo puts it back). */
    public static Command deleteComment(String commentId) {
        return new PlannedCommand(Message.of("comment.delete"), (plan, p) -> plan.remove(EntityKind.MEMO, commentId));
    }

    /** Marks a review comment resolved by coder {@code by} (or open again). */
    public static Command resolve(String commentId, boolean resolved, String by, Instant when) {
        return resolve(java.util.List.of(commentId), resolved, by, when);
    }

    /**
     * Marks review comments resolved by coder {@code by} (null: not known), or open again, in one step, as a
     * supervisor's list of open comments resolves the ones chosen; those already so are left as they are
     * (their date of resolving and who resolved them too).
     */
    public static Command resolve(java.util.List<String> commentIds, boolean resolved, String by, Instant when) {
        Message said = commentIds.size() == 1 ? Message.of(resolved ? "comment.resolve" : "comment.reopen")
                : Message.of(resolved ? "comment.resolveAll" : "comment.reopenAll", commentIds.size());
        return new PlannedCommand(said, (plan, p) -> {
            for (String commentId : commentIds) {
                Memo m = p.find(EntityKind.MEMO, commentId).map(Memo.class::cast)
                        .orElseThrow(() -> CodeCommands.missing(EntityKind.MEMO, commentId));
                if (m.resolved() != resolved || commentIds.size() == 1) {
                    plan.put(m.withResolved(resolved, by, when));
                }
            }
        });
    }
}
