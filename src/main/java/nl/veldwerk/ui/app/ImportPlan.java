package nl.veldwerk.ui.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veldwerk.importer.DocumentImporter;
import nl.veldwerk.importer.TranscriptAnalysis;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.SpeakerTurn;

/**
 * One file of an import as the preview shows it: what was found in it, whether it comes in with its speaker
 * turns, the names its speakers get in the project ("I" as "Interviewer"; two labels given one name merge)
 * and which of them are interviewers.
 *
 * @param names        a speaker's label as found → its name in the project, for the ones renamed
 * @param interviewers names (in the project) of the speakers who are interviewers
 */
public record ImportPlan(Path file, TranscriptAnalysis analysis, boolean withTurns, Map<String, String> names,
                         Set<String> interviewers) {
    public ImportPlan {
        names = Map.copyOf(names);
        interviewers = Set.copyOf(interviewers);
    }

    public ImportPlan(Path file, TranscriptAnalysis analysis, boolean withTurns) {
        this(file, analysis, withTurns, Map.of(), Set.of());
    }

    public ImportPlan withTurns(boolean on) {
        return new ImportPlan(file, analysis, on, names, interviewers);
    }

    public ImportPlan withSpeakers(Map<String, String> newNames, Set<String> newInterviewers) {
        return new ImportPlan(file, analysis, withTurns, newNames, newInterviewers);
    }

    /** A found speaker's name in the project. */
    public String nameOf(String found) {
        String name = names.get(found);
        return name == null || name.isBlank() ? found : name.strip();
    }

    /** The document this plan makes. */
    Document document(Instant when) {
        List<SpeakerTurn> turns = !withTurns ? List.of() : analysis.turns().stream()
                .map(t -> new SpeakerTurn(nameOf(t.speaker()), t.start(), t.end(), t.timestampMillis())).toList();
        return Document.of(Ids.newId(), DocumentImporter.nameOf(file), analysis.text(),
                DocumentImporter.formatOf(file), turns, when);
    }

    /** Shows the found files to the user and returns what to import, or nothing when the import is cancelled. */
    @FunctionalInterface
    public interface Review {
        java.util.Optional<List<ImportPlan>> review(List<ImportPlan> found);
    }
}
