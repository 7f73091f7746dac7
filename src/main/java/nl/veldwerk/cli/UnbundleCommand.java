package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.veldwerk.store.Bundles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "unbundle", description = "Unpack a .vwz bundle into a new project folder.")
final class UnbundleCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.vwz", description = "the bundle")
    Path bundle;

    @Parameters(index = "1", paramLabel = "PROJECT", description = "the new project folder")
    Path directory;

    @Override
    public Integer call() throws Exception {
        Bundles.extract(bundle, directory);
        spec.commandLine().getOut().println("Unpacked into " + directory.toAbsolutePath());
        return 0;
    }
}
