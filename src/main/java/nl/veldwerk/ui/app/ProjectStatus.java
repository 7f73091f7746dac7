package nl.veldwerk.ui.app;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.ui.common.I18n;

/**
 * What the window says about the open project: its title (with the unsaved mark and "read-only"), where the
 * work stands on disk, what Undo and Redo would do, and a status line.
 */
final class ProjectStatus {
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Veldwerk");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    /** Where the work stands on disk: saved, or safe in a recovery save from a given time, or not yet. */
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");

    private final javafx.beans.property.ReadOnlyBooleanWrapper canUndo = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper canRedo = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** The open project takes no changes (part of it is damaged): coding tools are off, reading goes on. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper readOnly = new javafx.beans.property.ReadOnlyBooleanWrapper();

    ProjectStatus() {
        status.set(I18n.text("status.noProject"));
    }

    /** Brings title, save state and undo/redo labels in line with the project (null: none open). */
    void refresh(ProjectStore s) {
        // Read-only (damaged parts left out), nothing is saved: "all changes saved" would say otherwise.
        saveState.set(s == null ? "" : s.session().isReadOnly() ? I18n.text("save.readOnly")
                : s.session().hasUnsavedChanges() ? I18n.text("save.unsaved") : I18n.text("save.saved"));
        canUndo.set(s != null && !s.session().isReadOnly() && s.session().stack().undoDescription().isPresent());
        canRedo.set(s != null && !s.session().isReadOnly() && s.session().stack().redoDescription().isPresent());
        readOnly.set(s != null && s.session().isReadOnly());
        if (s == null) {
            title.set("Veldwerk");
            undoLabel.set(I18n.text("menu.undo"));
            redoLabel.set(I18n.text("menu.redo"));
            return;
        }
        ProjectSession session = s.session();
        String name = session.project().info().name();
        title.set((session.hasUnsavedChanges() ? "• " : "") + name + folderBeside(name, s.directory())
                + (session.isReadOnly() ? " (" + I18n.text("readOnly.title") + ")" : "") + " — Veldwerk");
        undoLabel.set(session.stack().undoDescription()
                .map(m -> I18n.text("menu.undoWhat", m.text(I18n.locale()))).orElse(I18n.text("menu.undo")));
        redoLabel.set(session.stack().redoDescription()
                .map(m -> I18n.text("menu.redoWhat", m.text(I18n.locale()))).orElse(I18n.text("menu.redo")));
    }

    /**
     * " [wijk-y kopie]": the project's folder, unless it is named as the project is. Copies of one project (a
     * backup, a colleague's, last month's) have the same name: two windows, and their taskbar entries, said the
     * same, and the work went into the wrong copy.
     */
    static String folderBeside(String name, java.nio.file.Path directory) {
        java.nio.file.Path folder = directory == null ? null : directory.getFileName();
        return folder == null || folder.toString().equalsIgnoreCase(name.strip()) ? "" : " [" + folder + "]";
    }

    void say(String text) {
        status.set(text);
    }

    void saveState(String text) {
        saveState.set(text);
    }

    javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    javafx.beans.property.ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    javafx.beans.property.ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
