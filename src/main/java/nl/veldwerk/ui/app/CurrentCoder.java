package nl.veldwerk.ui.app;

import java.util.List;

import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.NoteCommands;

/** Who is coding: the coder named in the preferences, made in the project the first time they do something. */
public final class CurrentCoder {
    private CurrentCoder() {
    }

    /**
     * The current coder's id. When the project has no coder by that name yet, adds the command that makes
     * one to {@code steps}, so it is part of the same undoable step as what they do.
     */
    public static String id(Project p, List<Command> steps) {
        Coder coder = nl.veldwerk.project.UserSettings.coderFor(p);
        if (p.coder(coder.id()).isEmpty()) {
            steps.add(NoteCommands.addCoder(coder));
        }
        return coder.id();
    }
}
