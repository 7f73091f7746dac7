package nl.veldwerk.store;

import nl.veldwerk.store.StoreFormat.ProjectPart;

/**
 * The one instance of each code's and coder's id, which every part repeats (each coding names its code and
 * coder, each quotation its creator). In a project of a million quotations the parser's copies were four
 * strings in five on the heap (about half a gigabyte). Looked up by the characters the parser holds
 * ({@link CharsTable}), so a repeated id is not made into a string first. Used by {@link PartDeserializers}
 * on the parsing threads, read-only once built, so the threads share it without locking.
 */
final class SharedStrings {
    /** Shares nothing project-wide (a part read on its own). */
    static final SharedStrings NONE = new SharedStrings(new ProjectPart(null, null, null, null, null, null, null, null));

    private final CharsTable<String> projectIds;

    SharedStrings(ProjectPart project) {
        int codes = project.codes() == null ? 0 : project.codes().size();
        int coders = project.coders() == null ? 0 : project.coders().size();
        projectIds = new CharsTable<>(codes + coders);
        if (project.codes() != null) {
            project.codes().forEach(c -> {
                if (c != null) {
                    projectIds.put(c.id(), c.id());
                }
            });
        }
        if (project.coders() != null) {
            project.coders().forEach(c -> {
                if (c != null) {
                    projectIds.put(c.id(), c.id());
                }
            });
        }
    }

    /** The one instance of the code's or coder's id with these characters, or null when there is none. */
    String project(char[] chars, int offset, int length) {
        return projectIds.get(chars, offset, length);
    }
}
