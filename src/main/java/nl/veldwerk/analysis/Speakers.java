package nl.veldwerk.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.SpeakerRole;
import nl.veldwerk.model.SpeakerTurn;

/** The project's speakers as the speaker list shows them: name, role, turns and documents. */
public final class Speakers {
    private static final java.util.Comparator<String> ALPHABETICAL = String.CASE_INSENSITIVE_ORDER
            .thenComparing(java.util.Comparator.naturalOrder());

    private Speakers() {
    }

    public record Row(String name, SpeakerRole role, int turns, int documents) {
    }

    /** Every speaker that has a turn, by name. */
    public static List<Row> of(Project p) {
        // Alphabetical regardless of case, but "INTERVIEWER" and "Interviewer" stay two speakers, as their
        // turns say (a rename merges them).
        Map<String, int[]> counts = new TreeMap<>(ALPHABETICAL);
        for (Document d : p.documents()) {
            Set<String> here = new java.util.HashSet<>();
            for (SpeakerTurn t : d.turns()) {
                int[] c = counts.computeIfAbsent(t.speaker(), k -> new int[2]);
                c[0]++;
                if (here.add(t.speaker())) {
                    c[1]++;
                }
            }
        }
        return counts.entrySet().stream().map(e -> new Row(e.getKey(), p.info().roleOf(e.getKey()), e.getValue()[0],
                e.getValue()[1])).toList();
    }

    /** Every speaker's name, alphabetically. */
    public static List<String> names(Project p) {
        return names(p.documents());
    }

    /** Every speaker's name in these documents, alphabetically (documents do not change: any thread may ask). */
    public static List<String> names(java.util.Collection<Document> documents) {
        Set<String> names = new java.util.TreeSet<>(ALPHABETICAL);
        documents.forEach(d -> d.turns().forEach(t -> names.add(t.speaker())));
        return List.copyOf(names);
    }

    /** The names of the speakers marked as interviewers, for the tools that leave them out. */
    public static Set<String> interviewers(Project p) {
        return p.info().speakers().stream().filter(s -> s.role() == SpeakerRole.INTERVIEWER)
                .map(nl.veldwerk.model.Speaker::name).collect(Collectors.toUnmodifiableSet());
    }
}
