package nl.veldwerk.ui.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import nl.veldwerk.importer.DocumentImporter;
import nl.veldwerk.importer.TranscriptAnalysis;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Ids;

/**
 * One file of an import as the preview shows it: what was found in it, and whether it comes in with its
 * speaker turns (the user may import a text without them).
 */
public record ImportPlan(Path file, TranscriptAnalysis analysis, boolean withTurns) {
    public ImportPlan withTurns(boolean on) {
        return new ImportPlan(file, analysis, on);
    }

    /** The document this plan makes. */
    Document document(Instant when) {
        return Document.of(Ids.newId(), DocumentImporter.nameOf(file), analysis.text(),
                DocumentImporter.formatOf(file), withTurns ? analysis.turns() : List.of(), when);
    }

    /** Shows the found files to the user and returns what to import, or nothing when the import is cancelled. */
    @FunctionalInterface
    public interface Review {
        java.util.Optional<List<ImportPlan>> review(List<ImportPlan> found);
    }
}
