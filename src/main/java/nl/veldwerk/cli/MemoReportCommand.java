package nl.veldwerk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import nl.veldwerk.model.Project;
import nl.veldwerk.report.MemoReport;
import picocli.CommandLine.Command;

/** Every memo of a project as a Word document, grouped by what each memo is about. */
@Command(name = "memo-report", description = "Write every memo as a Word document (.docx).")
final class MemoReportCommand extends ProjectToWordCommand {
    @Override
    void write(Project project, Path file, Locale locale) throws IOException {
        MemoReport.write(project, file, locale);
    }
}
