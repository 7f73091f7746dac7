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
        List<String> names = names(project.documents().stream().map(Document::name).toList(),
                incoming.stream().map(Document::name).toList());
        List<Document> named = new ArrayList<>();
        List<Renamed> renamed = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            Document d = incoming.get(i);
            String name = names.get(i);
            if (!name.equals(d.name())) {
                renamed.add(new Renamed(d.name(), name));
                named.add(d.withName(name));
            } else {
                named.add(d);
            }
        }
        return new Named(named, renamed);
    }

    /**
     * The names documents wanting {@code wanted} get beside documents named {@code taken}, in order: each its
     * own, or with the first free number (what the import preview shows before anything comes in).
     */
    public static List<String> names(java.util.Collection<String> taken, List<String> wanted) {
        Set<String> used = new HashSet<>();
        taken.forEach(name -> used.add(key(name)));
        List<String> names = new ArrayList<>();
        for (String want : wanted) {
            String name = want;
            for (int n = 2; used.contains(key(name)); n++) {
                name = want + " (" + n + ")";
            }
            used.add(key(name));
            names.add(name);
        }
        return names;
    }

    /** Whether a document other than {@code documentId} has this name (case and outer spaces ignored). */
    public static boolean taken(Project project, String documentId, String name) {
        return project.documents().stream().anyMatch(d -> !d.id().equals(documentId)
                && key(d.name()).equals(key(name)));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
