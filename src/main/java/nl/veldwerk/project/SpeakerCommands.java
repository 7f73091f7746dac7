package nl.veldwerk.project;

import java.util.ArrayList;
import java.util.List;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SpeakerRole;
import nl.veldwerk.model.SpeakerTurn;

/**
 * Speakers after import: renaming one renames its turns in every document (the labels in the text stay as
 * typed); renaming into a name that is taken merges the two ("I" into "Interviewer"); a role is set per name.
 * Each is one undoable step.
 */
public final class SpeakerCommands {
    private SpeakerCommands() {
    }

    public static Command rename(String from, String to) {
        String target = to.strip();
        return new PlannedCommand(Message.of("speaker.rename", from, target), (plan, p) -> {
            if (target.isEmpty() || target.equals(from)) {
                throw new ModelException(Message.of("speaker.nameNeeded").userText());
            }
            boolean merge = speaks(p, target);
            int renamed = 0;
            for (Document d : p.documents()) {
                List<SpeakerTurn> turns = new ArrayList<>(d.turns());
                boolean changed = false;
                for (int i = 0; i < turns.size(); i++) {
                    SpeakerTurn t = turns.get(i);
                    if (t.speaker().equals(from)) {
                        turns.set(i, new SpeakerTurn(target, t.start(), t.end(), t.timestampMillis()));
                        changed = true;
                        renamed++;
                    }
                }
                if (changed) {
                    plan.put(d.withTurns(turns));
                }
            }
            if (renamed == 0) {
                throw new ModelException(Message.of("speaker.unknown", from).userText());
            }
            ProjectInfo info = p.info();
            // Merged: the speaker that stays keeps its role. Renamed: the role goes with the name.
            SpeakerRole role = merge ? info.roleOf(target) : info.roleOf(from);
            plan.put(info.withSpeakerRole(from, SpeakerRole.RESPONDENT).withSpeakerRole(target, role));
        });
    }

    public static Command setRole(String speaker, SpeakerRole role) {
        return new PlannedCommand(Message.of("speaker.role", speaker), (plan, p) -> {
            if (!speaks(p, speaker)) {
                throw new ModelException(Message.of("speaker.unknown", speaker).userText());
            }
            plan.put(p.info().withSpeakerRole(speaker, role));
        });
    }

    private static boolean speaks(Project p, String speaker) {
        return p.documents().stream().anyMatch(d -> d.turnSpeakers().contains(speaker));
    }
}
