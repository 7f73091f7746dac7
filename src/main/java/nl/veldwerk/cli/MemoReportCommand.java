package nl.veldwerk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.veldwerk.report.MemoReport;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Every memo of a project as a Word document, grouped by what each memo is about. */
@Command(name = "memo-report", description = "Write every memo as a Word document (.docx).")
final class MemoReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Option(names = "--lang", defaultValue = "en", description = "labels in en or nl (default: ${DEFAULT-VALUE})")
    String language;

    @Option(names = "--out", required = true, paramLabel = "FILE.docx", description = "the file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        MemoReport.write(ProjectReader.read(directory), out, Locale.of(language));
        spec.commandLine().getOut().println("Wrote " + out.toAbsolutePath());
        return 0;
    }
}
