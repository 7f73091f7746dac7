package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.veldwerk.interop.RefiExport;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export-qdpx", description = "Write a project as a REFI-QDA project (.qdpx) for other tools.")
final class ExportQdpxCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Parameters(index = "1", paramLabel = "FILE.qdpx", description = "the file to write")
    Path qdpx;

    @Mixin
    Overwrite overwrite;

    @Override
    public Integer call() throws Exception {
        overwrite.check(qdpx);
        FileEndings.require(qdpx, ".qdpx");
        nl.veldwerk.model.Project project = ProjectReader.readLeavingTexts(directory);
        RefiExport.Losses losses = RefiExport.exportProject(project, qdpx, "Veldwerk " + Version.current(), directory);
        spec.commandLine().getOut().println("Wrote " + qdpx.toAbsolutePath());
        if (!losses.none()) {
            spec.commandLine().getOut().println("REFI-QDA cannot carry everything; the file leaves out, or writes in another form:");
            losses.lines().forEach(line -> spec.commandLine().getOut().println("  - " + line));
        }
        LastSave.sayWhatIsNotIn(directory, "export", spec.commandLine().getErr());
        return 0;
    }
}
