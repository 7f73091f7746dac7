package nl.veldwerk.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.SpeakerRole;

/** The project's speakers as the speaker list shows them: name, role, turns and documents. */
public final class Speakers {
    private static final java.util.Comparator<String> ALPHABETICAL = String.CASE_INSENSITIVE_ORDER
            .thenComparing(java.util.Comparator.naturalOrder());

    private Speakers() {
    }

    public record Row(String name, SpeakerRole role, int turns, int documents) {
    }

    /**
     * What counting needs of a project: its documents (which never change: a change puts a new one) and its
     * roles, taken at once (under the project's read lock, on another thread), so the count needs no lock.
     */
    public record Source(List<Document> documents, nl.veldwerk.model.ProjectInfo info) {
    }

    /** The documents and the roles of {@code p} as they are now. */
    public static Source source(Project p) {
        return new Source(List.copyOf(p.documents()), p.info());
    }

    /** Every speaker that has a turn, by name. */
    public static List<Row> of(Project p) {
        return of(source(p));
    }

    /** Every speaker that has a turn in these documents, by name, with the roles the project info gives. */
    public static List<Row> of(Source p) {
        // Counted by name in a hash map (1.6 million turns at 10,000 documents: a sorted map's case-blind
        // comparisons per turn took a third of a second), then put in order. Alphabetical regardless of case,
        // but "INTERVIEWER" and "Interviewer" stay two speakers, as their turns say (a rename merges them).
        Map<String, int[]> counts = new java.util.HashMap<>();
        int document = 0;
        for (Document d : p.documents()) {
            document++;
            for (String speaker : d.turnSpeakers()) {
                int[] c = counts.get(speaker);
                if (c == null) {
                    c = new int[3];
                    counts.put(speaker, c);
                }
                c[0]++;
                if (c[2] != document) { // the speaker's first turn in this document
                    c[2] = document;
                    c[1]++;
                }
            }
        }
        Map<String, int[]> alphabetical = new TreeMap<>(ALPHABETICAL);
        alphabetical.putAll(counts);
        return alphabetical.entrySet().stream().map(e -> new Row(e.getKey(), p.info().roleOf(e.getKey()), e.getValue()[0],
                e.getValue()[1])).toList();
    }

    /** Every speaker with the number of documents they speak in, by name (no lock needed: see {@link Source}). */
    public static Map<String, Integer> documentsOf(Source p) {
        Map<String, Integer> documents = new java.util.HashMap<>();
        for (Row row : of(p)) {
            documents.put(row.name(), row.documents());
        }
        return documents;
    }

    /** Every speaker's name, alphabetically. */
    public static List<String> names(Project p) {
        return names(p.documents());
    }

    /** Every speaker's name in these documents, alphabetically (documents do not change: any thread may ask). */
    public static List<String> names(java.util.Collection<Document> documents) {
        Set<String> names = new java.util.TreeSet<>(ALPHABETICAL);
        documents.forEach(d -> names.addAll(d.turnSpeakers()));
        return List.copyOf(names);
    }

    /** The names of the speakers marked as interviewers, for the tools that leave them out. */
    public static Set<String> interviewers(Project p) {
        return p.info().speakers().stream().filter(s -> s.role() == SpeakerRole.INTERVIEWER)
                .map(nl.veldwerk.model.Speaker::name).collect(Collectors.toUnmodifiableSet());
    }
}
