package nl.veldwerk.ui.documents;

import java.util.List;

import nl.veldwerk.analysis.Speakers;
import nl.veldwerk.model.SpeakerRole;
import nl.veldwerk.project.SpeakerCommands;
import nl.veldwerk.ui.app.MainViewModel;

/** The speaker list's actions: each runs one undoable command on the open project. */
final class SpeakersViewModel {
    private final MainViewModel main;

    SpeakersViewModel(MainViewModel main) {
        this.main = main;
    }

    List<Speakers.Row> rows() {
        return main.storeProperty().get() == null ? List.of() : Speakers.of(main.session().project());
    }

    /** Renames a speaker; a name another speaker has merges the two. */
    void rename(String from, String to) {
        main.run(() -> main.session().execute(SpeakerCommands.rename(from, to)));
    }

    void setRole(String speaker, SpeakerRole role) {
        main.run(() -> main.session().execute(SpeakerCommands.setRole(speaker, role)));
    }

    MainViewModel main() {
        return main;
    }
}
