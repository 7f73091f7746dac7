package nl.veldwerk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.veldwerk.analysis.CodebookDiff;
import nl.veldwerk.analysis.ReviewMerge;
import nl.veldwerk.interop.AddCodebook;
import nl.veldwerk.interop.Codebook;
import nl.veldwerk.interop.CodebookFiles;
import nl.veldwerk.interop.RefiExport;
import nl.veldwerk.interop.RefiImport;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.Command;
import nl.veldwerk.report.CodebookReport;
import nl.veldwerk.store.Bundles;
import nl.veldwerk.store.ProjectReader;
import nl.veldwerk.store.ProjectStore;

/**
 * The codebook as a whole: start a project with the factor codebook, import and export codebooks
 * (.json, .csv, .qdc), the Word report for a supervisor, and taking a supervisor's review back in.
 * Files are read and written in the background; every change to the project is one undoable command.
 */
final class CodebookActions {
    private final MainViewModel main;

    CodebookActions(MainViewModel main) {
        this.main = main;
    }

    /** A new project in {@code directory} that starts with the built-in factor codebook. */
    void newWithFactorCodebook(Path directory) {
        main.background().run(() -> {
            if (ProjectStore.holdsProject(directory)) {
                throw new IllegalArgumentException(directory + ": " + I18n.text("error.projectExists"));
            }
            Project fresh = new Project(ProjectInfo.named(directory.getFileName().toString(), Instant.now()));
            AddCodebook.into(fresh, CodebookFiles.factorTemplate());
            ProjectStore.create(directory, fresh).close();
            return directory;
        }, main::open, e -> main.fail(I18n.text("error.create"), e));
    }

    /** A new project in {@code directory} that starts with the codes of a .json, .csv or .qdc codebook. */
    void newFromCodebookFile(Path file, Path directory) {
        main.background().run(() -> {
            if (ProjectStore.holdsProject(directory)) {
                throw new IllegalArgumentException(directory + ": " + I18n.text("error.projectExists"));
            }
            Project fresh = new Project(ProjectInfo.named(directory.getFileName().toString(), Instant.now()));
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".qdc")) {
                RefiImport.readCodebook(file).command().execute(fresh);
            } else {
                AddCodebook.into(fresh, name.endsWith(".csv") ? CodebookFiles.readCsv(file) : CodebookFiles.readJson(file));
            }
            ProjectStore.create(directory, fresh).close();
            return directory;
        }, main::open, e -> main.fail(I18n.text("error.create"), e));
    }

    /** Adds the codes of a .json, .csv or .qdc codebook (codes the project has are kept as they are). */
    void importCodebook(Path file) {
        if (main.storeProperty().get() == null) {
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        main.background().run(() -> name.endsWith(".qdc") ? (Object) RefiImport.readCodebook(file)
                : name.endsWith(".csv") ? CodebookFiles.readCsv(file) : CodebookFiles.readJson(file), read -> {
            if (read instanceof RefiImport.CodebookImport qdc) {
                Command command = qdc.command();
                main.run(() -> main.session().execute(command));
                main.showStatus(qdc.summary() == null ? "" : qdc.summary().headline(I18n.locale()));
            } else {
                AddCodebook add = new AddCodebook((Codebook) read);
                main.run(() -> main.session().execute(add.command()));
                if (add.summary() != null) {
                    main.showStatus(I18n.text("status.codebookImported", add.summary().count("codes")));
                }
            }
        }, e -> main.fail(I18n.text("error.import"), e));
    }

    /** Writes the codebook as .json, .csv or .qdc, by the file's extension. */
    void exportCodebook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        main.exportCopy(file, copy -> {
            if (name.endsWith(".qdc")) {
                RefiExport.exportCodebook(copy, file, "Veldwerk");
            } else if (name.endsWith(".csv")) {
                CodebookFiles.writeCsv(Codebook.of(copy), file);
            } else {
                CodebookFiles.writeJson(Codebook.of(copy), file);
            }
        });
    }

    void report(Path file) {
        Locale locale = I18n.locale();
        main.exportCopy(file, copy -> CodebookReport.write(copy, file, locale));
    }

    /**
     * Reads the copy a supervisor sent back, lists what differs in the codebook, and asks whether to take
     * over their comments and review statuses (and only those) as one undoable step.
     */
    void compareWithReviewedCopy(Path bundle) {
        if (main.storeProperty().get() == null) {
            return;
        }
        main.background().run(() -> {
            Path unpacked = Files.createTempDirectory("veldwerk-review").resolve("copy");
            Bundles.extract(bundle, unpacked);
            return ProjectReader.read(unpacked);
        }, theirs -> {
            Project mine = main.session().project();
            List<CodebookDiff.Change> changes = CodebookDiff.between(mine, theirs);
            int[] take = ReviewMerge.counts(mine, theirs);
            StringBuilder text = new StringBuilder(changes.isEmpty() ? I18n.text("review.noChanges")
                    : I18n.text("review.changes", changes.size()));
            changes.stream().limit(60).forEach(c -> text.append("\n• ").append(I18n.text(c.text())));
            if (take[0] + take[1] + take[2] == 0) {
                main.dialogs().showInfo(I18n.text("review.title"), text.append("\n\n")
                        .append(I18n.text("review.nothingToTake")).toString());
                return;
            }
            text.append("\n\n").append(I18n.text("review.question", take[0] + take[1], take[2]));
            if (main.dialogs().confirm(I18n.text("review.title"), text.toString())) {
                main.run(() -> main.session().execute(ReviewMerge.command(theirs)));
                main.showStatus(I18n.text("status.reviewAccepted"));
            }
        }, e -> main.fail(I18n.text("error.open"), e));
    }
}
