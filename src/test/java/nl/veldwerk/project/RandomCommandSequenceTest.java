package nl.veldwerk.project;

import static nl.veldwerk.project.Fixtures.T;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

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
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: any sequence of commands, undone completely, gives back the original project; redone
 * completely, gives back the state after the sequence. Commands the model refuses must leave no trace.
 */
class RandomCommandSequenceTest {
    private static final String[] WORDS = {"buren", "wijkcoach", "schaamte", "geld", "taal", "hulp", "familie",
            "vertrouwen", "aanbod", "buurthuis"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 42, 1234})
    void undoAllRestoresTheOriginalAndRedoAllTheResult(long seed) {
        ProjectSession session = Fixtures.session();
        Project p = session.project();
        Project original = p.copy();
        int baseDepth = session.stack().undoDepth();
        Random random = new Random(seed);
        int executed = 0;
        for (int i = 0; i < 300; i++) {
            Command command = randomCommand(random, p, i);
            if (command == null) {
                continue;
            }
            Project before = p.copy();
            try {
                session.execute(command);
                executed++;
            } catch (ModelException e) {
                assertEquals(before, p, "a refused command must leave the project as it was: " + e.getMessage());
            }
        }
        Project result = p.copy();
        int depth = session.stack().undoDepth();
        while (session.stack().undoDepth() > baseDepth) {
            session.undo();
        }
        assertEquals(original.toString(), p.toString());
        assertEquals(original, p);
        while (session.stack().canRedo()) {
            session.redo();
        }
        assertEquals(result, p);
        assertEquals(depth, session.stack().undoDepth());
        assertEquals(result.toString(), p.toString());
        assertEquals(true, executed > 150, "the sequence should mostly consist of accepted commands: " + executed);
    }

    private static Command randomCommand(Random r, Project p, int i) {
        List<Document> docs = new ArrayList<>(p.documents());
        List<Code> codes = new ArrayList<>(p.codes());
        List<Quotation> quotations = new ArrayList<>(p.quotations());
        List<Coding> codings = new ArrayList<>(p.codings());
        switch (r.nextInt(16)) {
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
            case 8: {
                if (docs.isEmpty()) {
                    return null;
                }
                Document d = pick(r, docs);
                int start = r.nextInt(d.text().length() + 1);
                int end = Math.min(d.text().length(), start + r.nextInt(25));
                return DocumentCommands.editText(d.id(), new TextEdit(start, end, r.nextBoolean() ? "" : sentence(r, 3)));
            }
            case 9:
                return quotations.isEmpty() ? null : QuotationCommands.delete(pick(r, quotations).id());
            case 10: {
                if (quotations.isEmpty()) {
                    return null;
                }
                Quotation q = pick(r, quotations);
                int len = p.document(q.documentId()).orElseThrow().text().length();
                int start = r.nextInt(len);
                return QuotationCommands.resize(q.id(), start, Math.min(len, start + r.nextInt(30)));
            }
            case 11:
                return docs.size() < 2 ? null : DocumentCommands.delete(pick(r, docs).id());
            case 12: {
                if (codes.size() < 2) {
                    return null;
                }
                return CodeCommands.addRelation(new Relation("r" + i, pick(r, codes).id(), pick(r, codes).id(),
                        RelationType.CAUSES, "", r.nextInt(5), ""));
            }
            case 13: {
                MemoTarget target = quotations.isEmpty() || r.nextBoolean() ? MemoTarget.project()
                        : new MemoTarget(EntityKind.QUOTATION, pick(r, quotations).id());
                return NoteCommands.addMemo(new Memo("m" + i, target, "Memo " + i, sentence(r, 8), "me", T, T));
            }
            case 14: {
                if (docs.isEmpty()) {
                    return null;
                }
                Document d = pick(r, docs);
                return new CompositeCommand(Message.of("group.add", "g"), List.of(
                        DocumentCommands.addGroup(new DocumentGroup("g" + i, "Groep " + i, "")),
                        DocumentCommands.addAttribute(new AttributeDefinition("a" + i, "attr" + i, AttributeType.TEXT)),
                        DocumentCommands.update(d.withGroups(Set.of("g" + i)).withAttributes(Map.of("attr" + i, "x")))));
            }
            default: {
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
        }
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String sentence(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(w % 9 == 8 ? ".\n" : " ");
        }
        return b.toString();
    }
}
