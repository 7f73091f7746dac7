package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;
import nl.veldwerk.model.UserText;
import nl.veldwerk.model.Weighting;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.PlannedCommand;

/**
 * "Draw the model": one undoable step that makes a diagram from the codebook, as a thesis draws its
 * results. The core category is the code in the selective phase; the factors (see {@link #factors}) each
 * get an arrow into it. By default the model is drawn at the level of categories, like the thesis's
 * Figure 11: one box per factor listing its mechanisms inside, the factors in one column band by band
 * (the demand side, the mediator, the supply side, as the codebook groups them), relations between
 * factors drawn too, the core category beside them. At the level of mechanisms every mechanism (an open
 * code under a factor) gets its own arrow and its factor becomes a frame around them. Relations that
 * exist already are reused; new ones say "is associated with" (a claim of causation is the researcher's
 * to make). Arrows weigh the co-occurrence with the core category.
 */
public final class ModelDiagram {
    /** How much of the codebook the model shows. */
    public enum Level { CATEGORIES, MECHANISMS }

    private ModelDiagram() {
    }

    /** The model at the level of categories (the default). */
    public static Command draw(Project project, String name) {
        return draw(project, name, Level.CATEGORIES);
    }

    /** The command; refused with a clear message when the project has no core category. */
    public static Command draw(Project project, String name, Level level) {
        Code core = coreCategory(project);
        List<Code> factors = factors(project, core);
        List<Code> mechanisms = level == Level.CATEGORIES ? List.of() : project.codes().stream()
                .filter(c -> c.phase() == Phase.OPEN && c.parentId() != null
                        && factors.stream().anyMatch(f -> f.id().equals(c.parentId()))).toList();
        List<Code> sources = new ArrayList<>(factors);
        sources.addAll(mechanisms);
        sources.sort(Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER));
        java.util.Set<String> factorIds = new java.util.HashSet<>(factors.stream().map(Code::id).toList());
        return new PlannedCommand(Message.of("diagram.drawModel", name), (plan, p) -> {
            List<String> relationIds = new ArrayList<>();
            List<Relation> relations = new ArrayList<>();
            for (Code source : sources) {
                if (hasShownChild(source, mechanisms)) {
                    continue; // a factor with mechanisms is their frame; the arrows are the mechanisms'
                }
                Relation r = p.relations().stream().filter(x -> x.sourceCodeId().equals(source.id())
                        && x.targetCodeId().equals(core.id())).findFirst().orElse(null);
                if (r == null) {
                    r = new Relation(Ids.newId(), source.id(), core.id(), RelationType.IS_ASSOCIATED_WITH, "", 0, "");
                    plan.put(r);
                }
                relations.add(r);
                relationIds.add(r.id());
            }
            if (level == Level.CATEGORIES) {
                // What the codebook says between factors (a mediator's links) belongs to the model too.
                p.relations().stream().filter(r -> factorIds.contains(r.sourceCodeId())
                        && factorIds.contains(r.targetCodeId()) && !r.sourceCodeId().equals(r.targetCodeId()))
                        .forEach(r -> {
                            relations.add(r);
                            relationIds.add(r.id());
                        });
            }
            List<String> codeIds = new ArrayList<>(sources.stream().map(Code::id).toList());
            codeIds.add(core.id());
            Map<String, double[]> corners = level == Level.CATEGORIES
                    ? DiagramLayout.model(p, factors.stream().map(Code::id).toList(), core.id(), relations)
                    : DiagramLayout.layered(p, codeIds, relations);
            List<DiagramNode> nodes = codeIds.stream().map(id -> {
                double[] at = corners.getOrDefault(id, new double[] {0, 0});
                return new DiagramNode(id, at[0], at[1], false);
            }).toList();
            plan.put(new Diagram(Ids.newId(), name, nodes, relationIds, Weighting.COOCCURRENCE,
                    level == Level.CATEGORIES));
        });
    }

    /** What a model leaves out: the core category's name and the coded codes not in it, by name. */
    public record NotDrawn(String coreName, List<String> codes) {
    }

    /**
     * The coded codes the model at {@code level} does not show (QA: an axial code not related to the core, or a
     * category made of two mechanisms, vanished from the drawing without a word): not the core or a factor, not a
     * mechanism (at that level), not a sub-code listed in a box (at the level of categories), and not under the
     * core category.
     */
    public static NotDrawn notDrawn(Project project, Level level) {
        Code core = coreCategory(project);
        List<Code> factors = factors(project, core);
        java.util.Set<String> factorIds = new java.util.HashSet<>(factors.stream().map(Code::id).toList());
        java.util.Set<String> shown = new java.util.HashSet<>(factorIds);
        for (Code c : project.codes()) {
            String parent = c.parentId();
            if (parent == null || !factorIds.contains(parent)) {
                continue;
            }
            // A box lists its sub-codes only while none of them is a box itself (a factor under a factor), as the
            // drawing does (DrawnDiagram.lines: review); a mechanism has its own arrow.
            boolean listed = level == Level.CATEGORIES && project.childrenOf(parent).stream()
                    .noneMatch(x -> factorIds.contains(x.id()));
            if (listed || level == Level.MECHANISMS && c.phase() == Phase.OPEN) {
                shown.add(c.id());
            }
        }
        List<String> left = project.codes().stream()
                .filter(c -> !c.id().equals(core.id()) && !shown.contains(c.id()) && !project.isBelow(c.id(), core.id()))
                .filter(c -> !project.codingsWithCode(c.id()).isEmpty())
                .map(Code::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return new NotDrawn(core.name(), left);
    }

    /** The diagram laid out again from scratch (hidden codes keep their place for when they return). */
    public static Diagram relayout(Project project, Diagram diagram) {
        List<String> shown = diagram.nodes().stream().filter(n -> !n.hidden()).map(DiagramNode::codeId).toList();
        List<Relation> relations = diagram.relationIds().stream().map(project::relation)
                .flatMap(java.util.Optional::stream).toList();
        Code core = project.codes().stream().filter(c -> c.phase() == Phase.SELECTIVE && shown.contains(c.id()))
                .findFirst().orElse(null);
        java.util.Set<String> frames = DiagramLayout.frames(project, shown);
        // A model of categories is laid out as a model again: the factors in a column, the core beside them.
        Map<String, double[]> corners = diagram.subCodesInside() && core != null
                ? DiagramLayout.model(project, shown.stream().filter(id -> !id.equals(core.id())
                && !frames.contains(id)).toList(), core.id(), relations)
                : DiagramLayout.layered(project, shown, relations, diagram.subCodesInside());
        return diagram.withNodes(diagram.nodes().stream().map(n -> corners.containsKey(n.codeId())
                ? n.movedTo(corners.get(n.codeId())[0], corners.get(n.codeId())[1]) : n).toList());
    }

    /**
     * The factors: the axial codes the codebook relates to the core category (its conceptual model), or,
     * when it relates none yet, every axial code without axial sub-codes (categories that only group
     * factors are not factors themselves).
     */
    static List<Code> factors(Project project, Code core) {
        List<Code> axial = project.codes().stream().filter(c -> c.phase() == Phase.AXIAL
                && !project.isBelow(core.id(), c.id())).toList();
        List<Code> related = axial.stream().filter(c -> project.relations().stream().anyMatch(r ->
                r.sourceCodeId().equals(c.id()) && r.targetCodeId().equals(core.id()))).toList();
        if (!related.isEmpty()) {
            return related;
        }
        return axial.stream().filter(c -> project.childrenOf(c.id()).stream().noneMatch(x -> x.phase() == Phase.AXIAL))
                .toList();
    }

    /**
     * The one selective code. Several are refused with their names: the first by name was taken, and a second
     * selective code (a merged coder's, a slip in the phase menu) silently became the model's core (QA).
     */
    static Code coreCategory(Project project) {
        List<Code> selective = selectiveCodes(project);
        if (selective.isEmpty()) {
            throw new ModelException(UserText.of(ModelDiagram.class, "diagram.noCore"));
        }
        if (selective.size() > 1) {
            throw new ModelException(UserText.of(ModelDiagram.class, "diagram.severalCores", selective.size(),
                    selective.stream().map(c -> nl.veldwerk.model.Quoting.quoted(c.name()))
                            .collect(java.util.stream.Collectors.joining(", "))));
        }
        return selective.getFirst();
    }

    /** The codes with the phase Selective, by name: the model's one core category, when there is one. */
    public static List<Code> selectiveCodes(Project project) {
        return project.codes().stream().filter(c -> c.phase() == Phase.SELECTIVE)
                .sorted(Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static boolean hasShownChild(Code code, List<Code> mechanisms) {
        return mechanisms.stream().anyMatch(m -> code.id().equals(m.parentId()));
    }
}
