package nl.veldwerk.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import nl.veldwerk.ui.common.I18n;

/** What the About dialog says: the version Maven built and the libraries that ship with the application. */
record About(String version, List<Library> libraries) {
    /** A bundled library, its version and its licence. */
    record Library(String name, String version, String licence) {
    }

    static About load() {
        Properties p = new Properties();
        try (InputStream in = About.class.getResourceAsStream("/nl/veldwerk/ui/about.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Library> libraries = new ArrayList<>();
        for (int i = 1; p.containsKey("library." + i); i++) {
            String[] parts = p.getProperty("library." + i).split("\\|", 3);
            libraries.add(new Library(parts[0], parts[1], parts[2]));
        }
        return new About(p.getProperty("version"), List.copyOf(libraries));
    }

    /** The text of the dialog, in the user's language. */
    String text() {
        StringBuilder text = new StringBuilder(I18n.text("about.body", version, Runtime.version().feature()));
        text.append("\n\n").append(I18n.text("about.libraries")).append('\n');
        for (Library l : libraries) {
            text.append("• ").append(l.name()).append(' ').append(l.version()).append(" — ").append(l.licence())
                    .append('\n');
        }
        text.append('\n').append(I18n.text("about.log", nl.veldwerk.ui.common.AppLog.file()));
        return text.toString();
    }
}
