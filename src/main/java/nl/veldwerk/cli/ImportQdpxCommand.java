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

    @Override
    public Integer call() throws Exception {
        if (ProjectStore.holdsProject(directory)) {
            throw new CliFailure(directory + ": already holds a Veldwerk project; choose a new folder");
        }
        String name = qdpx.getFileName().toString().replaceFirst("(?i)\\.qdpx$", "");
        RefiImport.ProjectResult result = RefiImport.readProject(qdpx, ProjectInfo.named(name, Instant.now()));
        ProjectStore.create(directory, result.project()).close(); // written only after the whole read succeeded
        spec.commandLine().getOut().println(result.summary().describe(java.util.Locale.ENGLISH));
        spec.commandLine().getOut().println("New project in " + directory.toAbsolutePath());
        return 0;
    }
}
