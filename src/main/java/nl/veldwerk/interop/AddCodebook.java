package nl.veldwerk.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.UserText;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.PlannedCommand;

/**
 * Adds a codebook's codes and relations to a project as one undoable step. A code the project already has
 * (the same name under the same parent) is kept as it is, with the codebook's sub-codes added under it;
 * ids are kept where the project does not use them yet, so a codebook exported and imported again is the
 * same codebook.
 */
public final class AddCodebook {
    private final Codebook codebook;
    private ImportSummary summary;

    public AddCodebook(Codebook codebook) {
        this.codebook = codebook;
    }

    public Command command() {
        return new PlannedCommand(Message.of("codebook.import", codebook.codes().size()), (plan, p) -> {
            Map<String, String> idOf = new HashMap<>();
            List<UserText> skipped = new ArrayList<>();
            int codes = 0;
            // A code the file gave no colour gets one unlike the project's (the file's n-th colour repeated one).
            nl.veldwerk.model.Colors.NewColours colours = new nl.veldwerk.model.Colors.NewColours(p.codes().stream()
                    .map(Code::color).toList());
            codebook.codes().stream().filter(c -> !codebook.uncoloured().contains(c.id()))
                    .forEach(c -> colours.alsoInUse(c.color())); // a later row's own colour too (review)
            for (Code c : codebook.codes()) {
                String parent = c.parentId() == null ? null : idOf.get(c.parentId());
                Code existing = p.codes().stream().filter(x -> Objects.equals(x.parentId(), parent)
                        && x.name().equalsIgnoreCase(c.name())).findFirst().orElse(null);
                if (existing != null) {
                    idOf.put(c.id(), existing.id());
                    // A definition the file has otherwise (a supervisor's edit) is not taken over: said, with it
                    // (QA: left out without a word).
                    boolean otherDefinition = !c.definition().isBlank()
                            && !c.definition().strip().equals(existing.definition().strip());
                    skipped.add(otherDefinition ? QdeReader.skipReason("skip.codeExistsOtherDefinition", c.name(),
                            c.definition().strip()) : QdeReader.skipReason("skip.codeExists", c.name()));
                    continue;
                }
                String id = p.contains(EntityKind.CODE, c.id()) ? Ids.newId() : c.id();
                idOf.put(c.id(), id);
                String colour = codebook.uncoloured().contains(c.id()) ? colours.next() : c.color();
                plan.put(new Code(id, c.name(), colour, parent, c.phase(), c.definition(), c.indicators(), c.memo(),
                        c.inclusion(), c.exclusion(), c.anchor(), c.review()));
                codes++;
            }
            int relations = 0;
            for (Relation r : codebook.relations()) {
                String from = idOf.get(r.sourceCodeId());
                String to = idOf.get(r.targetCodeId());
                if (from == null || to == null || p.relations().stream().anyMatch(x -> x.sourceCodeId().equals(from)
                        && x.targetCodeId().equals(to) && x.type() == r.type() && x.label().equals(r.label()))) {
                    continue;
                }
                String id = p.contains(EntityKind.RELATION, r.id()) ? Ids.newId() : r.id();
                Relation added = new Relation(id, from, to, r.type(), r.label(), r.weight(), r.comment());
                plan.put(added);
                // Between codes a diagram shows, drawn there, as a relation made by hand is.
                nl.veldwerk.project.CodeCommands.drawOnDiagrams(plan, p, added);
                relations++;
            }
            summary = new ImportSummary(codebook.name(), Map.of("codes", codes, "relations", relations), skipped);
        });
    }

    /** What the command added and what it kept; null until it has run. */
    public ImportSummary summary() {
        return summary;
    }

    /** A new project's codebook, for "start a new project from a codebook". */
    public static void into(Project fresh, Codebook codebook) {
        new AddCodebook(codebook).command().execute(fresh);
    }
}
