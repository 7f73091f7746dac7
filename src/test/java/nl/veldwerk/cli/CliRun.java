package nl.veldwerk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line run in-process for tests: the exit status and what it wrote to stdout and stderr. */
record CliRun(int status, String out, String err) {
    static CliRun veldwerk(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(status, out.toString(), err.toString());
    }

    /** The benchmark program (generator and benchmarks): a program apart from the user's veldwerk. */
    static CliRun bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = nl.veldwerk.cli.bench.BenchMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(status, out.toString(), err.toString());
    }
}
