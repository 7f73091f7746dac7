package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.veldwerk.interop.AddCodebook;
import nl.veldwerk.interop.CodebookFiles;
import nl.veldwerk.interop.RefiImport;
import nl.veldwerk.project.Command;
import nl.veldwerk.store.ProjectStore;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veldwerk import-codebook PROJECT FILE}: a codebook as JSON, CSV or REFI-QDA .qdc, as the window's menu. */
@picocli.CommandLine.Command(name = "import-codebook", mixinStandardHelpOptions = true,
        description = "Add the codes of a codebook (.json or .csv as Veldwerk writes them, or a REFI-QDA .qdc).")
final class ImportCodebookCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Parameters(index = "1", paramLabel = "FILE", description = "the codebook: .json, .csv or .qdc")
    Path file;

    @Override
    public Integer call() throws Exception {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Command command;
        java.util.function.Supplier<String> done;
        if (name.endsWith(".qdc")) {
            RefiImport.CodebookImport qdc = RefiImport.readCodebook(file);
            command = qdc.command();
            done = () -> qdc.summary().describe(Locale.ENGLISH);
        } else {
            AddCodebook add = new AddCodebook(name.endsWith(".csv") ? CodebookFiles.readCsv(file)
                    : CodebookFiles.readJson(file));
            command = add.command();
            // What was added and what was kept as it is (a code already there, its other definition said).
            done = () -> add.summary().describe(Locale.ENGLISH);
        }
        try (ProjectStore store = WritableProject.open(directory)) { // read first: a bad file changes nothing
            store.session().execute(command);
            WritableProject.saveVerified(store);
        }
        spec.commandLine().getOut().println(done.get());
        return 0;
    }
}
