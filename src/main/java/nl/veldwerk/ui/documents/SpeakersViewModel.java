package nl.veldwerk.ui.documents;


import nl.veldwerk.model.SpeakerRole;
import nl.veldwerk.project.SpeakerCommands;
import nl.veldwerk.ui.app.MainViewModel;

/** The speaker list's actions: each runs one undoable command on the open project. */
final class SpeakersViewModel {
    private final MainViewModel main;

    SpeakersViewModel(MainViewModel main) {
        this.main = main;
    }

    /** The open project, or null. */
    nl.veldwerk.model.Project project() {
        return main.storeProperty().get() == null ? null : main.session().project();
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
