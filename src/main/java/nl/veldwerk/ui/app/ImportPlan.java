package nl.veldwerk.ui.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veldwerk.importer.DocumentImporter;
import nl.veldwerk.importer.SavedLayouts.SavedLayout;
import nl.veldwerk.importer.TranscriptAnalysis;
import nl.veldwerk.model.Document;

/**
 * One file of an import as the preview shows it: what was found in it and the choices it comes in with
 * (its turns or not, the names its speakers get in the project, who is an interviewer), the same choices a
 * saved layout holds; and the recording found beside it (same name, "A01.mp3" beside "A01.docx"), linked
 * unless the user unticks it.
 *
 * @param sameTextAs the name of a document of the project with this very text (imported before), or null
 */
public record ImportPlan(Path file, TranscriptAnalysis analysis, SavedLayout choices, Path recording,
                         String sameTextAs) {
    public ImportPlan(Path file, TranscriptAnalysis analysis, boolean withTurns) {
        this(file, analysis, new SavedLayout("", Map.of(), Set.of(), withTurns), null, null);
    }

    /** The same file linked to a recording (one found beside it), or to none. */
    public ImportPlan withRecording(Path newRecording) {
        return new ImportPlan(file, analysis, choices, newRecording, sameTextAs);
    }

    /** The same file, said to have the text of the project's document {@code name} (null: none). */
    public ImportPlan withSameTextAs(String name) {
        return new ImportPlan(file, analysis, choices, recording, name);
    }

    /**
     * The same file read anew (with the speaker labels the user named): its turns come along if it has any; the
     * names and interviewers chosen for the speakers found before are dropped with them.
     */
    public ImportPlan withAnalysis(TranscriptAnalysis newAnalysis) {
        return new ImportPlan(file, newAnalysis, new SavedLayout(choices.name(), Map.of(), Set.of(),
                !newAnalysis.turns().isEmpty()), recording, sameTextAs);
    }

    public boolean withTurns() {
        return choices.withTurns();
    }

    public ImportPlan withChoices(SavedLayout newChoices) {
        return new ImportPlan(file, analysis, newChoices, recording, sameTextAs);
    }

    /** The document as found, before the choices. */
    Document found(Instant when) {
        return DocumentImporter.documentOf(file, analysis, when);
    }

    /**
     * Shows the found files to the user and returns what to import, or nothing when the import is cancelled;
     * {@code speakersInProject} are the project's speakers with the number of documents each speaks in.
     */
    @FunctionalInterface
    public interface Review {
        java.util.Optional<List<ImportPlan>> review(List<ImportPlan> found,
                                                    java.util.Map<String, Integer> speakersInProject);
    }
}
