package nl.veldwerk.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;

/**
 * Names for documents coming into a project: a name already taken (by a document in the project or an
 * earlier one of the same import, compared case-insensitively) gets a suffix, "A01 (2)", and the import says so.
 */
public final class DocumentNames {
    private DocumentNames() {
    }

    /** The documents to add, renamed where needed, and which names were changed. */
    public record Named(List<Document> documents, List<Renamed> renamed) {
        public Named {
            documents = List.copyOf(documents);
            renamed = List.copyOf(renamed);
        }
    }

    /** A document that came in under another name than its file's. */
    public record Renamed(String from, String to) {
    }

    public static Named unique(Project project, List<Document> incoming) {
        Set<String> taken = new HashSet<>();
        project.documents().forEach(d -> taken.add(key(d.name())));
        List<Document> named = new ArrayList<>();
        List<Renamed> renamed = new ArrayList<>();
        for (Document d : incoming) {
            String name = d.name();
            for (int n = 2; taken.contains(key(name)); n++) {
                name = d.name() + " (" + n + ")";
            }
            taken.add(key(name));
            if (!name.equals(d.name())) {
                renamed.add(new Renamed(d.name(), name));
                named.add(d.withName(name));
            } else {
                named.add(d);
            }
        }
        return new Named(named, renamed);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
