package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.veldwerk.store.Bundles;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bundle", description = "Pack a project into one .vwz file, to send it to a supervisor.")
final class BundleCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Parameters(index = "1", paramLabel = "FILE.vwz", description = "the bundle to write")
    Path bundle;

    @Mixin
    Overwrite overwrite;

    @Override
    public Integer call() throws Exception {
        overwrite.check(bundle);
        Bundles.export(ProjectReader.readLeavingTexts(directory), bundle);
        spec.commandLine().getOut().println("Wrote " + bundle.toAbsolutePath());
        LastSave.sayWhatIsNotIn(directory, "bundle", spec.commandLine().getErr());
        return 0;
    }
}
