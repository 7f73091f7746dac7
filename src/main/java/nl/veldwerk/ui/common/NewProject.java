package nl.veldwerk.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A new project as the user asked for it: its name, and the folder it goes in (a folder named after it
 * inside the parent they chose).
 */
public record NewProject(String name, Path folder) {
    /** The project named {@code name} in a folder of that name (made safe for the file system) under {@code parent}. */
    public static NewProject in(Path parent, String name) {
        return new NewProject(name.strip(), parent.resolve(FileNames.from(name.strip())));
    }

    /** Why the folder cannot take a new project (it holds files already), or null when it can. */
    public String problem() {
        if (Files.isRegularFile(folder)) {
            return I18n.text("newProject.isFile", folder);
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> inside = Files.list(folder)) {
                if (inside.findAny().isPresent()) {
                    return I18n.text("newProject.notEmpty", folder);
                }
            } catch (IOException e) {
                return I18n.text("newProject.unreadable", folder, e.getMessage());
            }
        }
        return null;
    }
}
