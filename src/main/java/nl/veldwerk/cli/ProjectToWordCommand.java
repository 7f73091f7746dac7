package nl.veldwerk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import nl.veldwerk.model.Project;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A Word document made from a whole project, in English or Dutch: the codebook report, the memo report. */
abstract class ProjectToWordCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Option(names = "--lang", description = "labels in en or nl (default: the project's language, else en)")
    String language;

    @Option(names = "--out", required = true, paramLabel = "FILE.docx", description = "the file to write")
    Path out;

    abstract void write(Project project, Path file, Locale locale) throws IOException;

    @Mixin
    Overwrite overwrite;

    @Override
    public Integer call() throws Exception {
        overwrite.check(out);
        FileEndings.require(out, ".docx");
        Languages.beforeReading(language); // an unknown one refused before the project is read
        Project project = ProjectReader.readLeavingTexts(directory);
        Locale locale = Languages.ofOr(language, project);
        write(project, out, locale);
        spec.commandLine().getOut().println(nl.veldwerk.model.UserText.of(CliFailure.class, "wrote", out.toAbsolutePath())
                .text(locale));
        LastSave.sayWhatIsNotIn(directory, "document", spec.commandLine().getErr());
        return 0;
    }
}
