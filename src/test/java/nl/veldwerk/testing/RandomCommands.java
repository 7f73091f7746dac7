package nl.veldwerk.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.veldwerk.analysis.ProjectMerge;
import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.AttributeType;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;
import nl.veldwerk.model.ReviewStatus;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.CodebookCommands;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.CompositeCommand;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.NoteCommands;
import nl.veldwerk.project.Pseudonymisation;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.project.TextEdit;

/**
 * Random commands of every kind the window and the command line run, on whatever the project holds: for
 * the property tests (undo is exact, a refusal leaves no trace, a save reopens as it was). Some are refused
 * by the model on purpose (a duplicate name, a code merged into itself): refusals are part of what is tested.
 */
public final class RandomCommands {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String[] WORDS = {"buren", "wijkcoach", "schaamte", "geld", "taal", "hulp", "familie",
            "vertrouwen", "aanbod", "buurthuis", "Jansen", "İlker"};
    private static final int KINDS = 26;

    private RandomCommands() {
    }

    /**
     * Runs the next random command in {@code session}; one the model refuses must leave the project as it was
     * ({@code where} says which run and step, for the message). True when a command ran.
     */
    public static boolean runNext(Random r, nl.veldwerk.project.ProjectSession session, int i, String where) {
        Command command = next(r, session.project(), i);
        if (command == null) {
            return false;
        }
        Project before = session.project().copy();
        try {
            session.execute(command);
            return true;
        } catch (nl.veldwerk.model.ModelException refused) {
            org.junit.jupiter.api.Assertions.assertEquals(before, session.project(),
                    where + ": a refused command must leave the project as it was: " + refused.getMessage());
            return false;
        }
    }

    /** A command on {@code p}, or null when the project holds nothing it could apply to. */
    public static Command next(Random r, Project p, int i) {
        List<Document> docs = new ArrayList<>(p.documents());
        List<Code> codes = new ArrayList<>(p.codes());
        List<Quotation> quotations = new ArrayList<>(p.quotations());
        List<Coding> codings = new ArrayList<>(p.codings());
        List<Memo> memos = new ArrayList<>(p.memos());
        switch (r.nextInt(KINDS)) {
            case 0:
                return DocumentCommands.add(Document.of("d" + i, "Doc " + i, sentence(r, 30), SourceFormat.TXT,
                        List.of(), T));
            case 1:
                return CodeCommands.add(Code.of("c" + i, "Code " + i, "#123456",
                        codes.isEmpty() || r.nextBoolean() ? null : pick(r, codes).id()));
            case 2, 3, 4: {
                if (docs.isEmpty() || codes.isEmpty()) {
                    return null;
                }
                Document d = pick(r, docs);
                if (d.text().isEmpty()) {
                    return null;
                }
                int start = r.nextInt(d.text().length());
                int end = Math.min(d.text().length(), start + 1 + r.nextInt(40));
                return QuotationCommands.codeRange(d.id(), start, end, pick(r, codes).id(), "me", T);
            }
            case 5:
                return codings.isEmpty() ? null : QuotationCommands.removeCoding(pick(r, codings).id());
            case 6:
                return codes.isEmpty() ? null : CodeCommands.delete(pick(r, codes).id());
            case 7:
                return codes.size() < 2 ? null : CodeCommands.merge(pick(r, codes).id(), pick(r, codes).id());
            case 8, 9: {
                if (docs.isEmpty()) {
                    return null;
                }
                Document d = pick(r, docs);
                int start = r.nextInt(d.text().length() + 1);
                int end = Math.min(d.text().length(), start + r.nextInt(25));
                return DocumentCommands.editText(d.id(), new TextEdit(start, end, r.nextBoolean() ? "" : sentence(r, 3)));
            }
            case 10:
                return quotations.isEmpty() ? null : QuotationCommands.delete(pick(r, quotations).id());
            case 11: {
                if (quotations.isEmpty()) {
                    return null;
                }
                Quotation q = pick(r, quotations);
                int len = p.document(q.documentId()).orElseThrow().text().length();
                if (len == 0) {
                    return null;
                }
                int start = r.nextInt(len);
                return QuotationCommands.resize(q.id(), start, Math.min(len, start + r.nextInt(30)));
            }
            case 12:
                return docs.size() < 2 ? null : DocumentCommands.delete(pick(r, docs).id());
            case 13:
                return codes.size() < 2 ? null : CodeCommands.addRelation(new Relation("r" + i, pick(r, codes).id(),
                        pick(r, codes).id(), RelationType.CAUSES, "", r.nextInt(5), ""));
            case 14: {
                MemoTarget target = quotations.isEmpty() || r.nextBoolean() ? MemoTarget.project()
                        : new MemoTarget(EntityKind.QUOTATION, pick(r, quotations).id());
                return NoteCommands.addMemo(new Memo("m" + i, target, "Memo " + i, sentence(r, 8), "me", T, T));
            }
            case 15: {
                if (docs.isEmpty()) {
                    return null;
                }
                Document d = pick(r, docs);
                return new CompositeCommand(Message.of("group.add", "g"), List.of(
                        DocumentCommands.addGroup(new DocumentGroup("g" + i, "Groep " + i, "")),
                        DocumentCommands.addAttribute(new AttributeDefinition("a" + i, "attr" + i, AttributeType.TEXT)),
                        DocumentCommands.update(d.withGroups(Set.of("g" + i)).withAttributes(Map.of("attr" + i, "x")))));
            }
            case 16: {
                if (codes.isEmpty()) {
                    return null;
                }
                Code c = pick(r, codes);
                List<String> relationIds = p.relations().stream()
                        .filter(rel -> rel.sourceCodeId().equals(c.id()) && rel.targetCodeId().equals(c.id()))
                        .map(Relation::id).toList();
                return r.nextBoolean()
                        ? CodeCommands.update(c.withPhase(Phase.AXIAL).withColor("#abcdef"))
                        : NoteCommands.putDiagram(new Diagram("diagram", "Model",
                                List.of(new DiagramNode(c.id(), r.nextInt(500), r.nextInt(500), false)), relationIds));
            }
            // The codebook: move, rename, split, promote, demote, review, comment and resolve.
            case 17:
                return codes.size() < 2 ? null : CodeCommands.move(pick(r, codes).id(),
                        r.nextBoolean() ? null : pick(r, codes).id());
            case 18:
                return codes.isEmpty() ? null : CodeCommands.rename(pick(r, codes).id(), "Naam " + r.nextInt(6));
            case 19: {
                if (codes.isEmpty()) {
                    return null;
                }
                Code c = pick(r, codes);
                Set<String> chosen = new java.util.HashSet<>();
                p.codingsWithCode(c.id()).forEach(x -> {
                    if (r.nextBoolean()) {
                        chosen.add(x.quotationId());
                    }
                });
                return CodebookCommands.split(c.id(), chosen, Code.of("s" + i, "Split " + i, null, c.parentId()));
            }
            case 20:
                return codes.isEmpty() ? null : r.nextBoolean() ? CodebookCommands.promote(pick(r, codes).id())
                        : CodebookCommands.demote(pick(r, codes).id());
            case 21: {
                if (codes.isEmpty()) {
                    return null;
                }
                Code c = pick(r, codes);
                return r.nextBoolean() ? CodebookCommands.review(c.id(), pick(r, List.of(ReviewStatus.values())))
                        : CodebookCommands.comment(Memo.reviewComment("k" + i, new MemoTarget(EntityKind.CODE, c.id()),
                        sentence(r, 5), "me", T));
            }
            case 22: {
                List<Memo> comments = memos.stream().filter(Memo::comment).toList();
                return comments.isEmpty() ? null : r.nextBoolean()
                        ? CodebookCommands.resolve(pick(r, comments).id(), true, r.nextBoolean() ? "me" : null, T)
                        : CodebookCommands.resolve(pick(r, comments).id(), false, null, T);
            }
            // Notes and whole-project steps: comments, memo edits, pseudonymisation, merging another project.
            case 23:
                return quotations.isEmpty() ? null : QuotationCommands.comment(pick(r, quotations).id(), sentence(r, 4));
            case 24: {
                if (r.nextBoolean()) {
                    return memos.isEmpty() ? null : NoteCommands.editMemo(pick(r, memos).id(), "Titel", sentence(r, 6), T);
                }
                try {
                    return new Pseudonymisation(List.of(new Pseudonymisation.Replacement("Jansen", "Bakker"),
                            new Pseudonymisation.Replacement("İlker", "Omar")), false).command(p);
                } catch (nl.veldwerk.model.ModelException noNameInTheProject) {
                    return null;
                }
            }
            default:
                return ProjectMerge.of(nl.veldwerk.project.Fixtures.session().project()).command();
        }
    }

    public static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    public static String sentence(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(w % 9 == 8 ? ".\n" : " ");
        }
        return b.toString();
    }

    /** The run's seed: VELDWERK_SEED when set (to replay a failure), else a new one; always printed. */
    public static long seed(String test) {
        String given = System.getenv("VELDWERK_SEED");
        long seed = given == null || given.isBlank() ? System.nanoTime() : Long.parseLong(given.strip());
        System.out.println(test + " seed " + seed + " (replay: VELDWERK_SEED=" + seed + " ./mvnw test -Dtest="
                + test + ")");
        return seed;
    }
}
