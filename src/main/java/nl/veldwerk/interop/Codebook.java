package nl.veldwerk.interop;

import java.util.List;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Relation;

/**
 * A codebook apart from any project: its codes (parents before children) and the relations between
 * them, as read from or written to our JSON, CSV or REFI-QDA's .qdc.
 */
public record Codebook(String name, List<Code> codes, List<Relation> relations) {
    public Codebook {
        name = name == null ? "" : name;
        codes = List.copyOf(codes);
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    /** The project's codebook: every code and every relation between codes. */
    public static Codebook of(Project project) {
        return new Codebook(project.info().name(), nl.veldwerk.model.CodeOrder.parentsFirst(List.copyOf(project.codes())),
                List.copyOf(project.relations()));
    }
}
