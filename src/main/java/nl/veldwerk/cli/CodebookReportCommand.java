package nl.veldwerk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import nl.veldwerk.model.Project;
import nl.veldwerk.report.CodebookReport;
import picocli.CommandLine.Command;

/** The codebook as a Word document for a supervisor: the tree with phases, definitions, counts and examples. */
@Command(name = "codebook-report", description = "Write the codebook as a Word document (.docx) for review.")
final class CodebookReportCommand extends ProjectToWordCommand {
    @Override
    void write(Project project, Path file, Locale locale) throws IOException {
        CodebookReport.write(project, file, locale);
    }
}
