package nl.veldwerk.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The order in which codes can be added to a project: parents first. */
public final class CodeOrder {
    private CodeOrder() {
    }

    /**
     * Orders codes so every parent comes before its children (a moved code may be stored before its
     * parent). Nothing is dropped: a code whose parent is missing, or that sits in a cycle, is still listed,
     * and the model refuses it with a clear message when it is added.
     */
    public static List<Code> parentsFirst(Collection<Code> codes) {
        Map<String, Code> byId = new HashMap<>();
        codes.forEach(c -> byId.put(c.id(), c));
        List<Code> ordered = new ArrayList<>(codes.size());
        Set<String> placed = new HashSet<>();
        for (Code code : codes) {
            placeWithAncestors(code, byId, placed, ordered, new HashSet<>());
        }
        return ordered;
    }

    private static void placeWithAncestors(Code code, Map<String, Code> byId, Set<String> placed, List<Code> ordered,
                                           Set<String> visiting) {
        if (placed.contains(code.id()) || !visiting.add(code.id())) {
            return; // a cycle is reported by the model when the codes are put
        }
        Code parent = code.parentId() == null ? null : byId.get(code.parentId());
        if (parent != null) {
            placeWithAncestors(parent, byId, placed, ordered, visiting);
        }
        placed.add(code.id());
        ordered.add(code);
    }
}
