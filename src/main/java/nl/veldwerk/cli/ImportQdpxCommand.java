package nl.veldwerk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import nl.veldwerk.interop.RefiImport;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-qdpx", description = "Make a new project from a REFI-QDA project (.qdpx) written by "
        + "ATLAS.ti, NVivo, MAXQDA, QualCoder or another tool.")
final class ImportQdpxCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.qdpx", description = "the REFI-QDA project")
    Path qdpx;

    @Parameters(index = "1", paramLabel = "PROJECT", description = "the new project folder")
    Path directory;

    @picocli.CommandLine.Option(names = "--language", description = "the language of the transcripts, as an "
            + "ISO 639-1 code (nl, en, de, ...), used for stemming in search (default: nl or en as the texts' words "
            + "say, nl when they do not)")
    String language;

    @Override
    public Integer call() throws Exception {
        boolean guessed = language == null;
        boolean told = true; // whether the texts' words told the language guessed
        if (guessed) {
            language = RefiImport.suggestedLanguage(qdpx, null);
            told = language != null;
            language = told ? language : "nl";
        } else if (!language.matches("[a-z]{2}")) {
            throw new CliFailure("--language " + language + ": give a two-letter ISO 639-1 code such as nl or en");
        }
        if (ProjectStore.holdsProject(directory)) {
            throw new CliFailure(directory + ": already holds a Veldwerk project; choose a new folder");
        }
        if (java.nio.file.Files.isDirectory(directory)) {
            try (var inside = java.nio.file.Files.list(directory)) {
                if (inside.findAny().isPresent()) { // the project's files went in among the user's own (QA)
                    throw new CliFailure(directory + ": holds other files; choose a new or empty folder for the "
                            + "project");
                }
            }
        }
        String name = qdpx.getFileName().toString().replaceFirst("(?i)\\.qdpx$", "");
        RefiImport.ProjectResult result = RefiImport.readProject(qdpx, new ProjectInfo(ProjectInfo.ID, name, "",
                language, Instant.now()));
        var turns = nl.veldwerk.importer.TurnsOfImportedTexts.find(result.project());
        nl.veldwerk.project.DocumentCommands.giveTurns(result.project(), turns,
                nl.veldwerk.importer.TurnsOfImportedTexts::namesAnInterviewer);
        String turnsFound = turns.isEmpty() ? null : String.format(java.util.Locale.ROOT, "Speaker turns found in the "
                + "labels of the text: %,d in %,d %s", turns.values().stream().mapToInt(java.util.List::size).sum(),
                turns.size(), turns.size() == 1 ? "document" : "documents");
        // Kept in a memo as it is printed below (the command line speaks English).
        RefiImport.keepSummary(result, qdpx, Instant.now(), java.util.Locale.ENGLISH,
                turnsFound == null ? java.util.List.of() : java.util.List.of(turnsFound));
        // Written only after the whole read succeeded, and moved into place whole with its recordings.
        java.util.List<String> unpacked = nl.veldwerk.store.WholeProjectFolder.create(directory, result.project(),
                folder -> RefiImport.unpackMedia(qdpx, folder, result));
        spec.commandLine().getOut().println(result.summary().describe(java.util.Locale.ENGLISH));
        if (turnsFound != null) {
            spec.commandLine().getOut().println(turnsFound);
        }
        if (!unpacked.isEmpty()) {
            spec.commandLine().getOut().println("Recordings not unpacked (linked as missing): "
                    + String.join(", ", unpacked));
        }
        if (guessed) {
            // Said as a default when the words did not tell (QA: "as their words suggest" of texts with none).
            spec.commandLine().getOut().println("The transcripts' language, for search: " + language
                    + (told ? " (as their words suggest" : " (their words do not tell which language they are in")
                    + "; --language to choose another)");
        }
        spec.commandLine().getOut().println("New project in " + directory.toAbsolutePath());
        return 0;
    }
}
