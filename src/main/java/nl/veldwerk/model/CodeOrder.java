package nl.veldwerk.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
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
     * and the model refuses it with a clear message when it is added. No recursion: a file may hold a
     * chain of codes of any length, stored child first.
     */
    public static List<Code> parentsFirst(Collection<Code> codes) {
        Map<String, Code> byId = new HashMap<>();
        codes.forEach(c -> byId.put(c.id(), c));
        List<Code> ordered = new ArrayList<>(codes.size());
        Set<String> placed = new HashSet<>();
        for (Code code : codes) {
            // Walk up to the first ancestor that is placed (or missing, or in a cycle), then place downwards.
            Deque<Code> chain = new ArrayDeque<>();
            Set<String> visiting = new HashSet<>();
            Code at = code;
            while (at != null && !placed.contains(at.id()) && visiting.add(at.id())) {
                chain.push(at);
                at = at.parentId() == null ? null : byId.get(at.parentId());
            }
            while (!chain.isEmpty()) {
                Code next = chain.pop();
                placed.add(next.id());
                ordered.add(next);
            }
        }
        return ordered;
    }
}
