package nl.veldwerk.interop;

import java.util.List;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Relation;

/**
 * A codebook apart from any project: its codes (parents before children) and the relations between
 * them, as read from or written to our JSON, CSV or REFI-QDA's .qdc.
 */
public record Codebook(String name, List<Code> codes, List<Relation> relations, java.util.Set<String> uncoloured) {
    /** {@code uncoloured}: the codes the file gave no colour (given one of the palette's), to colour anew in a project. */
    public Codebook {
        name = name == null ? "" : name;
        codes = List.copyOf(codes);
        relations = relations == null ? List.of() : List.copyOf(relations);
        uncoloured = uncoloured == null ? java.util.Set.of() : java.util.Set.copyOf(uncoloured);
    }

    /** A codebook whose every code has the colour its file gave. */
    public Codebook(String name, List<Code> codes, List<Relation> relations) {
        this(name, codes, relations, java.util.Set.of());
    }

    /** The project's codebook: every code and every relation between codes. */
    public static Codebook of(Project project) {
        return new Codebook(project.info().name(), nl.veldwerk.model.CodeOrder.parentsFirst(List.copyOf(project.codes())),
                List.copyOf(project.relations()));
    }
}
