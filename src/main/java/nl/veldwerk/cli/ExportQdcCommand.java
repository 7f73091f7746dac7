package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.veldwerk.interop.RefiExport;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export-qdc", description = "Write a project's codebook as a REFI-QDA codebook (.qdc).")
final class ExportQdcCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Parameters(index = "1", paramLabel = "FILE.qdc", description = "the file to write")
    Path qdc;

    @Mixin
    Overwrite overwrite;

    @Override
    public Integer call() throws Exception {
        overwrite.check(qdc);
        FileEndings.require(qdc, ".qdc");
        RefiExport.CodebookLosses losses = RefiExport.exportCodebook(ProjectReader.read(directory), qdc,
                "Veldwerk " + Version.current());
        spec.commandLine().getOut().println("Wrote " + qdc.toAbsolutePath());
        if (!losses.none()) {
            spec.commandLine().getOut().println("A REFI-QDA codebook cannot carry everything; the file leaves out, or writes in another form:");
            losses.lines().forEach(l -> spec.commandLine().getOut().println("  " + l));
        }
        LastSave.sayWhatIsNotIn(directory, "codebook", spec.commandLine().getErr());
        return 0;
    }
}
