package nl.veldwerk.project;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.veldwerk.model.Coding;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;

/** Commands on quotations and on the codings that attach codes to them. */
public final class QuotationCommands {
    private QuotationCommands() {
    }

    public static Command add(Quotation quotation) {
        return new PlannedCommand(Message.of("quotation.add"), (plan, p) -> plan.put(quotation));
    }

    /**
     * Codes a stretch of text: the quotation with exactly that range gets the code, or a new quotation is
     * made for it. Does nothing new when the quotation already has the code from that coder.
     */
    public static Command codeRange(String documentId, int start, int end, String codeId, String coderId,
                                    Instant when) {
        return new PlannedCommand(Message.of("coding.add", ""), (plan, p) -> {
            plan.describe(Message.of("coding.add", CodeCommands.require(p, codeId).name()));
            Quotation quotation = p.quotationsOf(documentId).stream()
                    .filter(q -> q.start() == start && q.end() == end).findFirst()
                    .orElseGet(() -> {
                        Quotation q = new Quotation(Ids.newId(), documentId, start, end, "", coderId, when);
                        plan.put(q);
                        return q;
                    });
            if (find(p, quotation.id(), codeId, coderId).isEmpty()) {
                plan.put(new Coding(Ids.newId(), quotation.id(), codeId, coderId, when));
            }
        });
    }

    /**
     * Codes many stretches of one document as {@link #codeRange} codes one, looking the document's quotations up
     * once: code the hits of 68,000 passages looked them up twice per passage (a second of the FX thread at 1,000
     * documents). New quotations are numbered on from the document's highest, in the order given.
     *
     * @param ranges each {start, end}
     */
    public static Command codeRanges(String documentId, List<int[]> ranges, String codeId, String coderId,
                                     Instant when) {
        return new PlannedCommand(Message.of("coding.add", ""), (plan, p) -> {
            plan.describe(Message.of("coding.add", CodeCommands.require(p, codeId).name()));
            Map<Long, Quotation> byRange = new HashMap<>();
            int next = p.nextQuotationNumber(documentId); // never a number given before and taken out
            for (Quotation q : p.quotationsOf(documentId)) {
                byRange.putIfAbsent(rangeKey(q.start(), q.end()), q);
            }
            for (int[] range : ranges) {
                Quotation quotation = byRange.get(rangeKey(range[0], range[1]));
                if (quotation == null) {
                    quotation = new Quotation(Ids.newId(), documentId, range[0], range[1], "", coderId, when, next++);
                    plan.put(quotation);
                    byRange.put(rangeKey(range[0], range[1]), quotation);
                }
                if (find(p, quotation.id(), codeId, coderId).isEmpty()) {
                    plan.put(new Coding(Ids.newId(), quotation.id(), codeId, coderId, when));
                }
            }
        });
    }

    private static long rangeKey(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }

    public static Command applyCode(String quotationId, String codeId, String coderId, Instant when) {
        return new PlannedCommand(Message.of("coding.add", ""), (plan, p) -> {
            plan.describe(Message.of("coding.add", CodeCommands.require(p, codeId).name()));
            require(p, quotationId);
            if (find(p, quotationId, codeId, coderId).isPresent()) {
                throw new ModelException(Message.of("error.hasCode").userText());
            }
            plan.put(new Coding(Ids.newId(), quotationId, codeId, coderId, when));
        });
    }

    public static Command removeCoding(String codingId) {
        return new PlannedCommand(Message.of("coding.remove", ""), (plan, p) -> {
            Coding c = p.coding(codingId).orElseThrow(() -> CodeCommands.missing(EntityKind.CODING, codingId));
            plan.describe(Message.of("coding.remove", CodeCommands.require(p, c.codeId()).name()));
            plan.remove(EntityKind.CODING, codingId);
        });
    }

    /** Moves a quotation's bounds (within its document). */
    public static Command resize(String quotationId, int newStart, int newEnd) {
        return new PlannedCommand(Message.of("quotation.resize"), (plan, p) -> {
            Quotation q = require(p, quotationId);
            // Typed bounds (the inspector's) may fall inside an emoji: the whole character is taken (QA).
            int[] whole = p.document(q.documentId()).filter(d -> newEnd <= d.textLength())
                    .map(d -> nl.veldwerk.model.CharacterBounds.widened(d.text(), newStart, newEnd))
                    .orElse(new int[] {newStart, newEnd});
            plan.put(q.withRange(whole[0], whole[1]));
        });
    }

    public static Command comment(String quotationId, String comment) {
        return new PlannedCommand(Message.of("quotation.comment"),
                (plan, p) -> plan.put(require(p, quotationId).withComment(comment)));
    }

    /** Deletes a quotation with its codings and memos. */
    public static Command delete(String quotationId) {
        return new PlannedCommand(Message.of("quotation.delete"), (plan, p) -> deleteQuotation(plan, p, quotationId));
    }

    static void deleteQuotation(Planner plan, Project p, String quotationId) {
        require(p, quotationId);
        for (Coding c : p.codingsOf(quotationId)) {
            plan.remove(EntityKind.CODING, c.id());
        }
        p.memosAbout(new MemoTarget(EntityKind.QUOTATION, quotationId))
                .forEach(m -> plan.remove(EntityKind.MEMO, m.id()));
        plan.remove(EntityKind.QUOTATION, quotationId);
    }

    static Optional<Coding> find(Project p, String quotationId, String codeId, String coderId) {
        return p.codingsOf(quotationId).stream()
                .filter(c -> c.codeId().equals(codeId) && Objects.equals(c.coderId(), coderId)).findFirst();
    }

    static Quotation require(Project p, String quotationId) {
        return p.quotation(quotationId).orElseThrow(() -> CodeCommands.missing(EntityKind.QUOTATION, quotationId));
    }
}
