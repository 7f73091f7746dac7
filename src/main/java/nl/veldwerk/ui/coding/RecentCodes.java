package nl.veldwerk.ui.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.ProjectChange;

/**
 * The codes coded with, the last first: what "code with the last code" (Ctrl+L) codes with. When the last is gone,
 * merged into another, it is the code it went into; deleted or its coding undone, the one used before it (QA: Ctrl+L
 * went dead).
 */
final class RecentCodes {
    private static final int REMEMBERED = 8;
    private final List<String> used = new ArrayList<>();

    /**
     * A code coded with: first among those remembered, also when it was so already (the code fallen back to after an
     * undo: QA, a merge of it then left Ctrl+L dead).
     */
    void use(String codeId) {
        used.remove(codeId);
        used.addFirst(codeId);
        while (used.size() > REMEMBERED) {
            used.removeLast();
        }
    }

    void clear() {
        used.clear();
    }

    /**
     * The code to code with after {@code change}: the last used while it is there; gone in a merge, the code it went
     * into (remembered right after it, so that it stays through later changes and an undone merge gives the merged
     * code back first); else the last used that is still there (a deletion undone brings a code back).
     */
    String after(Project p, ProjectChange change) {
        for (int i = 0; i < used.size(); i++) {
            String id = used.get(i);
            if (p.code(id).isPresent()) {
                return id;
            }
            String into = mergedInto(p, id, change);
            if (into != null) {
                used.remove(into);
                used.add(used.indexOf(id) + 1, into);
                return into;
            }
        }
        return null;
    }

    /**
     * The code {@code gone} was merged into by {@code change}, or null when the change was no such merge (a deletion
     * moves sub-codes up too, which are no code it went into: review). The merge names the code it went into; of the
     * codes it touched, the one of that name.
     */
    private static String mergedInto(Project p, String gone, ProjectChange change) {
        String key = change == null ? null : change.description().key();
        if (change == null || !change.codeIds().contains(gone) || !("code.merge".equals(key)
                || "codes.mergeMany".equals(key)) || change.description().args().size() < 2) {
            return null;
        }
        String name = String.valueOf(change.description().args().get(1));
        List<Code> named = change.codeIds().stream().map(p::code).flatMap(Optional::stream)
                .filter(c -> c.name().equals(name)).toList();
        return named.size() == 1 ? named.getFirst().id() : null;
    }
}
