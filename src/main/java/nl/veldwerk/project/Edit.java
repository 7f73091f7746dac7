package nl.veldwerk.project;

import nl.veldwerk.model.Entity;
import nl.veldwerk.model.Project;

/**
 * One primitive change: an entity before and after (null before = added, null after = removed).
 * Undoing puts back exactly what was there, which is what makes undo exact by construction.
 */
record Edit(Entity before, Entity after) {
    Edit {
        if (before == null && after == null) {
            throw new IllegalArgumentException("an edit needs a before or an after");
        }
    }

    void apply(Project project) {
        if (after == null) {
            project.remove(before.kind(), before.id());
        } else {
            project.put(after);
        }
    }

    void revert(Project project) {
        if (before == null) {
            project.remove(after.kind(), after.id());
        } else {
            project.put(before);
        }
    }
}
