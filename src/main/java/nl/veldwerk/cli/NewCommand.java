package nl.veldwerk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", description = "Create an empty project in a new folder.")
final class NewCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the folder to create")
    Path directory;

    @Option(names = "--name", description = "the project's name (default: the folder's name)")
    String name;

    @Option(names = "--language", defaultValue = "nl", description = "the language of the transcripts, for stemming in "
            + "search and the reports' headings: nl or en (default: ${DEFAULT-VALUE})")
    String language;

    @Override
    public Integer call() throws Exception {
        String projectName = name != null ? name : directory.toAbsolutePath().getFileName().toString();
        ProjectInfo info = new ProjectInfo(ProjectInfo.ID, projectName, "", language, Instant.now());
        try (ProjectStore store = ProjectStore.create(directory, info)) {
            // Said, as the window's dialog shows it: the default here is Dutch whatever the computer's language (QA).
            spec.commandLine().getOut().println("Created project '" + projectName + "' in " + store.directory()
                    + " (transcripts in " + (language.equals("nl") ? "Dutch; --language en for English"
                    : java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.ENGLISH)) + ")");
        }
        return 0;
    }
}
