package nl.veldwerk.store;

import java.util.HashMap;
import java.util.Map;

import nl.veldwerk.store.StoreFormat.ProjectPart;

/**
 * One instance for each value a project's parts repeat: each quotation names its document, each coding its
 * quotation, code and coder, and the JSON parser makes a new string for every one (equal times within a part
 * share one instant too). In a project of a million quotations those copies were four strings in five on the
 * heap (about half a gigabyte). Used by {@link PartDeserializers} on the parsing threads: the project-wide
 * ids (codes, coders) are read-only once built, so the threads share them without locking.
 */
final class SharedStrings {
    /** Shares nothing project-wide (a part read on its own). */
    static final SharedStrings NONE = new SharedStrings(new ProjectPart(null, null, null, null, null, null, null, null));

    private final Map<String, String> projectIds = new HashMap<>();

    SharedStrings(ProjectPart project) {
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

    /** The one instance of a code's or coder's id. */
    String project(String id) {
        return id == null ? null : projectIds.getOrDefault(id, id);
    }

    /** The instance {@code shared} holds of a value equal to {@code value}, which it then holds if none. */
    @SuppressWarnings("unchecked")
    static <T> T local(Map<Object, Object> shared, T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }
}
