package nl.veldwerk.ui.app;

import java.util.List;
import java.util.Optional;

import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.NoteCommands;
import nl.veldwerk.ui.common.Preferences;

/** Who is coding: the coder named in the preferences, made in the project the first time they do something. */
public final class CurrentCoder {
    private CurrentCoder() {
    }

    /**
     * The current coder's id. When the project has no coder by that name yet, adds the command that makes
     * one to {@code steps}, so it is part of the same undoable step as what they do.
     */
    public static String id(Project p, List<Command> steps) {
        String preferred = Preferences.coderName();
        Optional<Coder> match = p.coders().stream().filter(c -> c.name().equals(preferred)).findFirst();
        if (match.isPresent()) {
            return match.get().id();
        }
        Coder coder = new Coder(Ids.newId(), preferred);
        steps.add(NoteCommands.addCoder(coder));
        return coder.id();
    }
}
