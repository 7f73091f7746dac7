package nl.veldwerk.ui.codebook;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.veldwerk.analysis.CodeCounts;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.ProjectChange;
import nl.veldwerk.project.Touch;

/**
 * Which code counts a change makes wrong, in the code manager and the code tree: every code's, some codes'
 * (with their quotations and documents counted again: seconds for a category at a million quotations), and
 * whether the relations (a cheap pass over them for every code) are to be counted again.
 *
 * @param every     every code counted again
 * @param codes     the codes counted again, when not every one
 * @param relations every code's relations counted again
 */
record CodesToCount(boolean every, Set<String> codes, boolean relations) {
    static final CodesToCount NOTHING = new CodesToCount(false, Set.of(), false);
    static final CodesToCount EVERY = new CodesToCount(true, Set.of(), true);

    static CodesToCount some(Set<String> codes) {
        return new CodesToCount(false, Set.copyOf(codes), false);
    }

    boolean nothing() {
        return !every && codes.isEmpty() && !relations;
    }

    CodesToCount and(CodesToCount more) {
        if (every || more.every) {
            return EVERY;
        }
        Set<String> both = new HashSet<>(codes);
        both.addAll(more.codes);
        return new CodesToCount(false, both, relations || more.relations);
    }

    /**
     * What {@code change} made wrong, with {@code parentsBefore} every code's parent as the view last showed
     * the codes (code id to parent id, null at the top): a code's counts change with its own codings and, in a
     * category, with those of the codes under it; so a coding added, removed or moved to another code, and a
     * code added, removed or moved elsewhere, make its code and the categories above it count again, those
     * above it before the change and those above it now. A code renamed, recoloured or phased counts nothing;
     * a relation added, changed or removed counts every code's relations only. Merging one code into another
     * thus counts the two codes, the categories above them and above the sub-codes that moved, not the whole
     * codebook (3-4 s of background work at `huge` each time).
     */
    static CodesToCount after(ProjectChange change, Project p, Map<String, String> parentsBefore) {
        Set<String> codes = new HashSet<>();
        boolean relations = false;
        for (Touch t : change.touched()) {
            switch (t.kind()) {
                case CODE -> {
                    if (!t.replaced()) { // added or removed
                        if (!parentsBefore.containsKey(t.id()) && p.code(t.id()).isEmpty()) {
                            return EVERY; // gone, and not known before: the categories it was under are unknown
                        }
                        codes.addAll(selfAndAncestorsThenAndNow(t.id(), p, parentsBefore));
                    } else if (!parentsBefore.containsKey(t.id())) {
                        return EVERY; // not counted before: nothing to compare with
                    } else {
                        String was = parentsBefore.get(t.id());
                        // Not map(Code::parentId): a code moved to the top has no parent, which map makes "absent".
                        java.util.Optional<Code> code = p.code(t.id());
                        String now = code.isPresent() ? code.get().parentId() : was;
                        if (!Objects.equals(was, now)) {
                            // its own counts stay; those above its old place and above its new one change
                            for (String parent : new String[] {was, now}) {
                                if (parent != null) {
                                    codes.addAll(selfAndAncestorsThenAndNow(parent, p, parentsBefore));
                                }
                            }
                        }
                    }
                }
                case CODING -> codes.addAll(selfAndAncestorsThenAndNow(t.codeId(), p, parentsBefore));
                case RELATION -> relations = true;
                default -> {
                    // a quotation goes with its codings (touched too), a document with its quotations; nothing
                    // else is counted
                }
            }
        }
        return new CodesToCount(false, Set.copyOf(codes), relations);
    }

    /** The code and the categories above it, now and as they were before the change. */
    private static Set<String> selfAndAncestorsThenAndNow(String codeId, Project p, Map<String, String> parentsBefore) {
        Set<String> chain = new HashSet<>(CodeCounts.selfAndAncestors(p, codeId));
        Set<String> walked = new HashSet<>(); // a damaged tree may loop
        for (String id = codeId; id != null && walked.add(id); id = parentsBefore.get(id)) {
            chain.add(id);
        }
        return chain;
    }
}
