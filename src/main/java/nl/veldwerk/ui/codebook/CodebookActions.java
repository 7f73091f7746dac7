package nl.veldwerk.ui.codebook;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

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
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;

/**
 * The codebook as a whole: start a project with the factor codebook, import and export codebooks
 * (.json, .csv, .qdc), the Word report for a supervisor, and taking a supervisor's review back in.
 * Files are read and written in the background; every change to the project is one undoable command.
 */
public final class CodebookActions {
    private final MainViewModel main;

    public CodebookActions(MainViewModel main) {
        this.main = main;
    }

    /**
     * A codebook file read and ready to add: the command that adds it, what to say once it has run, and whether
     * that is said in a message (a list of what was left out or changed) rather than the status line.
     */
    private record Reading(Command command, Supplier<String> done, java.util.function.BooleanSupplier inMessage) {
    }

    /** Reads a .qdc (REFI-QDA), .csv or .json (ours) codebook, by its extension. Off the FX thread. */
    private static Reading read(Path file) throws Exception {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".qdc")) {
            RefiImport.CodebookImport qdc = RefiImport.readCodebook(file);
            java.util.function.BooleanSupplier listed = () -> qdc.summary() != null
                    && !qdc.summary().skipped().isEmpty();
            return new Reading(qdc.command(), () -> qdc.summary() == null ? "" : listed.getAsBoolean()
                    ? qdc.summary().describe(I18n.locale()) : qdc.summary().headline(I18n.locale()), listed);
        }
        AddCodebook add = new AddCodebook(name.endsWith(".csv") ? CodebookFiles.readCsv(file)
                : CodebookFiles.readJson(file));
        return new Reading(add.command(), () -> add.summary() == null ? ""
                : I18n.text("status.codebookImported", add.summary().count("codes")), () -> false);
    }

    /** A new project in {@code directory} that starts with the built-in factor codebook. */
    public void newWithFactorCodebook(Path directory) {
        createWith(directory, () -> new AddCodebook(CodebookFiles.factorTemplate()).command());
    }

    /** A new project in {@code directory} that starts with the codes of a .json, .csv or .qdc codebook. */
    public void newFromCodebookFile(Path file, Path directory) {
        createWith(directory, () -> read(file).command());
    }

    private void createWith(Path directory, Callable<Command> codebook) {
        main.background().run(() -> {
            if (ProjectStore.holdsProject(directory)) {
                throw new IllegalArgumentException(directory + ": " + I18n.text("error.projectExists"));
            }
            Project fresh = new Project(ProjectInfo.named(directory.getFileName().toString(), Instant.now()));
            codebook.call().execute(fresh); // a project nobody listens to yet: no undo history needed
            nl.veldwerk.store.WholeProjectFolder.create(directory, fresh);
            return directory;
        }, main::open, e -> main.fail(I18n.text("error.create"), e));
    }

    /** Adds the codes of a .json, .csv or .qdc codebook (codes the project has are kept as they are). */
    public void importCodebook(Path file) {
        if (main.storeProperty().get() == null) {
            return;
        }
        main.background().run(() -> read(file), reading -> {
            main.run(() -> main.session().execute(reading.command()));
            String done = reading.done().get();
            if (reading.inMessage().getAsBoolean()) { // what was left out or changed: more than a status line holds
                main.dialogs().showInfo(I18n.text("refi.imported"), done);
            } else if (!done.isEmpty()) {
                main.showStatus(done);
            }
        }, e -> main.fail(I18n.text("error.import"), e));
    }

    /**
     * Writes the codebook as .json, .csv or .qdc, by the file's extension. A CSV holds a column per field of a
     * code: what it cannot hold (relations, code memos, review statuses) is said when it is written, not lost
     * without a word.
     */
    public void exportCodebook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        java.util.concurrent.atomic.AtomicReference<String> leftOut = new java.util.concurrent.atomic.AtomicReference<>();
        main.files().exportCopy(file, copy -> {
            if (name.endsWith(".qdc")) {
                RefiExport.exportCodebook(copy, file, "Veldwerk");
            } else if (name.endsWith(".csv")) {
                CodebookFiles.writeCsv(Codebook.of(copy), file, nl.veldwerk.ui.common.I18n.locale());
                leftOut.set(leftOutOfCsv(copy));
            } else {
                CodebookFiles.writeJson(Codebook.of(copy), file);
                leftOut.set(leftOutOfJson(copy));
            }
        }, written -> {
            if (leftOut.get() == null) {
                return I18n.text("status.bundled", written.getFileName());
            }
            // In a message too (QA: on the status line alone it went unseen), once the export's job is over.
            String said = I18n.text(name.endsWith(".csv") ? "codebook.csvLeftOut" : "codebook.jsonLeftOut",
                    written.getFileName(), leftOut.get());
            main.threads().fx().execute(() -> main.dialogs().showInfo(I18n.text("exchange.lossesTitle"), said));
            return said;
        });
    }

    /** What a codebook CSV does not hold, in words ("8 relations, 7 code memos"), or null for nothing. */
    static String leftOutOfCsv(nl.veldwerk.model.Project p) {
        long relations = p.relations().size();
        long memos = p.codes().stream().filter(c -> c.memo() != null && !c.memo().isBlank()).count();
        long reviewed = p.codes().stream().filter(c -> c.review() != null
                && c.review() != nl.veldwerk.model.ReviewStatus.PROPOSED).count();
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (relations > 0) {
            parts.add(I18n.text("codebook.leftOut.relations", relations));
        }
        if (memos > 0) {
            parts.add(I18n.text("codebook.leftOut.memos", memos));
        }
        if (reviewed > 0) {
            parts.add(I18n.text("codebook.leftOut.reviews", reviewed));
        }
        memosAboutCodes(p, parts);
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /**
     * What a codebook JSON does not hold, or null: the memos about codes (the Memos tab's, the review threads),
     * which are the project's, not the codes' (QA: 8 went without a word).
     */
    static String leftOutOfJson(nl.veldwerk.model.Project p) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        memosAboutCodes(p, parts);
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void memosAboutCodes(nl.veldwerk.model.Project p, java.util.List<String> parts) {
        long about = p.memos().stream().filter(m -> m.target().kind() == nl.veldwerk.model.EntityKind.CODE).count();
        if (about > 0) {
            parts.add(I18n.text("codebook.leftOut.memosAbout", about));
        }
    }

    public void report(Path file) {
        if (main.storeProperty().get() == null) {
            return;
        }
        Locale locale = nl.veldwerk.ui.common.ReportLanguage.of(main.session().project());
        main.files().exportCopy(file, copy -> CodebookReport.write(copy, file, locale));
    }

    /**
     * Reads the copy a supervisor sent back, lists what differs in the codebook, and asks whether to take
     * over their comments and review statuses (and only those) as one undoable step.
     */
    /** The supervisor's copy as compared with this project: their project, what differs, what can be taken. */
    private record Comparison(Project theirs, boolean otherProject, List<CodebookDiff.Change> changes, int[] take,
                              List<nl.veldwerk.model.Code> verdictsNotHere) {
        static Comparison of(Project mine, Project theirs) {
            if (!java.util.Objects.equals(mine.info().created(), theirs.info().created())) {
                return new Comparison(theirs, true, List.of(), new int[4], List.of());
            }
            return new Comparison(theirs, false, CodebookDiff.between(mine, theirs), ReviewMerge.counts(mine, theirs),
                    ReviewMerge.verdictsNotHere(mine, theirs));
        }
    }

    /** "'Angst' (Needs work), …": their verdicts on codes no longer here, said rather than dropped. */
    private static String verdicts(List<nl.veldwerk.model.Code> codes) {
        return String.join(", ", codes.stream().limit(20).map(c -> "‘" + c.name() + "’ (" + I18n.text("reviewStatus."
                + c.review().name().toLowerCase(java.util.Locale.ROOT)) + ")").toList())
                + (codes.size() > 20 ? " " + I18n.text("manager.andMore", codes.size() - 20) : "");
    }

    public void compareWithReviewedCopy(Path bundle) {
        if (main.storeProperty().get() == null) {
            return;
        }
        var store = main.storeProperty().get();
        Project mine = store.session().project();
        // Read and compared in the background, the project read while it stands (a comparison looks at every
        // coding and quotation of both copies: seconds at 10,000 documents, which froze the window).
        main.background().run(() -> {
            return Bundles.readOnce(bundle, theirs -> mine.whileUnchanged(() -> Comparison.of(mine, theirs)));
        }, compared -> {
            if (main.storeProperty().get() != store) {
                return; // closed, or another project opened, meanwhile
            }
            Project theirs = compared.theirs();
            // Said over what the status line said of an earlier try ("could not be read" stayed under this answer).
            main.showStatus(I18n.text("review.read", bundle.getFileName()));
            if (compared.otherProject()) {
                // Another project's copy (a copy keeps the moment its project was made; two projects do not
                // share it): every code would differ, and statuses would land on codes that happen to share an id.
                main.dialogs().showError(I18n.text("review.title"), I18n.text("review.otherProject",
                        theirs.info().name(), mine.info().name()));
                return;
            }
            List<CodebookDiff.Change> changes = compared.changes();
            int[] take = compared.take();
            StringBuilder text = new StringBuilder(changes.isEmpty() ? I18n.text("review.noChanges")
                    : I18n.text("review.changes", changes.size()));
            changes.stream().limit(60).forEach(c -> text.append("\n• ").append(I18n.text(c.text())));
            if (!compared.verdictsNotHere().isEmpty()) {
                text.append("\n\n").append(I18n.text("review.verdictsNotHere", compared.verdictsNotHere().size(),
                        verdicts(compared.verdictsNotHere())));
            }
            if (take[0] + take[1] + take[2] == 0) {
                main.dialogs().showInfo(I18n.text("review.title"), text.append("\n\n")
                        .append(I18n.text("review.nothingToTake")).toString());
                return;
            }
            text.append("\n\n").append(I18n.text("review.question", whatToTake(take[0] + take[1], take[2])));
            if (take[3] > 0) { // where they end up, said before (they became memos without a word: QA)
                text.append(" ").append(I18n.text("review.becomeMemos", take[3]));
            }
            if (main.dialogs().confirm(I18n.text("review.title"), text.toString())) {
                main.run(() -> main.session().execute(ReviewMerge.command(theirs)));
                main.showStatus(I18n.text("status.reviewAccepted"));
            }
        }, e -> main.fail(I18n.text("review.unreadable"), e));
    }

    /** What there is to take over, and only that ("their comment and 0 review statuses" read oddly: QA). */
    static String whatToTake(int comments, int statuses) {
        String comment = I18n.text("review.take.comments", comments);
        String status = I18n.text("review.take.statuses", statuses);
        return comments == 0 ? status : statuses == 0 ? comment : I18n.text("review.take.both", comment, status);
    }
}
