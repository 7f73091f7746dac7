package nl.veldwerk.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A new project as the user asked for it: its name, the folder it goes in (a folder named after it inside the
 * parent they chose), and the language its transcripts are in (search's stems and stop words, the reports').
 */
public record NewProject(String name, Path folder, String language) {
    /** The languages a project's transcripts can be searched in with stems and stop words. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "nl");

    /**
     * The project named {@code name} in a folder of that name (made safe for the file system) under {@code parent},
     * its transcripts in the window's language (every new project was Dutch, and the window could not change it: QA).
     */
    public static NewProject in(Path parent, String name) {
        return in(parent, name, windowLanguage());
    }

    /** A project named so in this folder, its transcripts in the window's language. */
    public NewProject(String name, Path folder) {
        this(name, folder, windowLanguage());
    }

    /** The window's language when transcripts can be searched in it, else English. */
    static String windowLanguage() {
        String window = I18n.locale().getLanguage();
        return LANGUAGES.contains(window) ? window : "en";
    }

    public static NewProject in(Path parent, String name, String language) {
        return new NewProject(name.strip(), parent.resolve(FileNames.from(name.strip())), language);
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
