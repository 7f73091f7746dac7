package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;

/** The codebook's reading order (each code before its children, siblings by name) and each code's band. */
final class CodeTreeOrder {
    private static final Comparator<Code> BY_NAME = Comparator.comparing((Code c) -> c.name().toLowerCase())
            .thenComparing(Code::id);

    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, String> topLevel = new HashMap<>();
    private final Project project;

    CodeTreeOrder(Project project) {
        this.project = project;
        List<Code> roots = new ArrayList<>(project.codes().stream().filter(c -> c.parentId() == null).toList());
        roots.sort(BY_NAME);
        for (Code root : roots) {
            visit(root, root.id());
        }
    }

    private void visit(Code code, String root) {
        position.put(code.id(), position.size());
        topLevel.put(code.id(), root);
        List<Code> children = new ArrayList<>(project.childrenOf(code.id()));
        children.sort(BY_NAME);
        children.forEach(child -> visit(child, root));
    }

    /** Where the code comes when the codebook is read top to bottom. */
    int position(String codeId) {
        return position.getOrDefault(codeId, Integer.MAX_VALUE);
    }

    /** The code's top-level ancestor (itself for a top-level code): the band it is laid out in. */
    String band(String codeId) {
        return topLevel.getOrDefault(codeId, codeId);
    }
}
