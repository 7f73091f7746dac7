package nl.veldwerk.cli.bench;

import java.io.PrintWriter;

import nl.veldwerk.cli.Main;
import nl.veldwerk.cli.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code veldwerk-bench}: the synthetic-project generator and the benchmarks (docs/PERFORMANCE.md), kept
 * apart from the user's {@code veldwerk} so its help lists what a researcher needs. Run by bin/veldwerk-bench.
 */
@Command(name = "veldwerk-bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Veldwerk's benchmarks and the generator of synthetic projects they run on.",
        subcommands = {GenerateCommand.class, BenchCommand.class, BenchSearchCommand.class, BenchQdpxCommand.class,
                BenchReportCommand.class, BenchImportCommand.class, BenchSuggestCommand.class,
                CommandLine.HelpCommand.class})
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        nl.veldwerk.report.LibraryLogging.quiet();
        System.setProperty("veldwerk.program", "cli");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs and returns the exit status (for tests: no System.exit). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return Main.run(new CommandLine(new BenchMain()), args, out, err);
    }
}
