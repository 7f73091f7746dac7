package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.veldwerk.interop.RefiImport;
import nl.veldwerk.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-qdc", description = "Add the codes of a REFI-QDA codebook (.qdc) to a project.")
final class ImportQdcCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Parameters(index = "1", paramLabel = "FILE.qdc", description = "the codebook")
    Path qdc;

    @Override
    public Integer call() throws Exception {
        RefiImport.CodebookImport codebook = RefiImport.readCodebook(qdc);
        try (ProjectStore store = WritableProject.open(directory)) {
            store.session().execute(codebook.command());
            WritableProject.saveVerified(store);
        }
        spec.commandLine().getOut().println(codebook.summary().describe(java.util.Locale.ENGLISH));
        return 0;
    }
}
