package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.veldwerk.model.Project;
import nl.veldwerk.search.SearchIndex;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reindex", description = "Rebuild a project's search index from its data.")
final class ReindexCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Override
    public Integer call() throws Exception {
        ProjectReader.Snapshot read = ProjectReader.readSnapshot(directory);
        Project p = read.project();
        long start = System.nanoTime();
        // Forgotten first, opening builds it once (opening a stale index and then rebuilding built it twice);
        // the rebuild is stamped with the saved state it was built from.
        try {
            SearchIndex.forget(directory);
            SearchIndex.open(directory, p, read.state(), (done, total) -> true).close();
        } catch (SearchIndex.InUse e) {
            throw new CliFailure("the project is open in a window, which holds its search index: close it there "
                    + "first (the window rebuilds an index it cannot use by itself)");
        }
        spec.commandLine().getOut().printf("Indexed %s and %s in %d ms%n", Counted.of(p.documents().size(),
                "document"), Counted.of(p.quotations().size(), "quotation"), (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
