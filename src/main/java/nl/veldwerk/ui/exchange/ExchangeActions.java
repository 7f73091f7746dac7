package nl.veldwerk.ui.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import nl.veldwerk.analysis.ProjectMerge;
import nl.veldwerk.interop.RefiExport;
import nl.veldwerk.interop.RefiImport;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.store.ProjectReader;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;

/** Exchange with other tools and coders: REFI-QDA projects and codebooks, and merging another coder's project. */
public final class ExchangeActions {
    private final MainViewModel main;

    public ExchangeActions(MainViewModel main) {
        this.main = main;
    }

    /**
     * Checks a chosen .qdpx in the background and goes on with {@code next} (the questions where to put it) only
     * if it can be a REFI-QDA project: a file that is none, or an incomplete download, is said at once. {@code next}
     * is given what the file suggests to fill in: the study's name (its project's, or its own) and the language of
     * its transcripts (as their words say; the window's language when they do not).
     */
    public void whenImportable(Path qdpx, java.util.function.Consumer<Suggested> next) {
        String windowLanguage = I18n.locale().getLanguage();
        main.background().run(() -> {
            RefiImport.checkArchive(qdpx);
            return new Suggested(RefiImport.suggestedName(qdpx), RefiImport.suggestedLanguage(qdpx, windowLanguage));
        }, next, e -> main.fail(I18n.text("error.import"), e));
    }

    /** A .qdpx's study name and transcripts' language, as the file suggests them. */
    public record Suggested(String name, String language) {
    }

    /**
     * Makes a new project from a REFI-QDA project whose transcripts are in {@code language} (ISO 639-1, for
     * stemming: REFI-QDA does not say), named and placed as the user chose, opens it and shows what came in.
     */
    public void importQdpx(Path qdpx, nl.veldwerk.ui.common.NewProject target, String language) {
        Path directory = target.folder();
        main.background().run(() -> {
            if (ProjectStore.holdsProject(directory)) {
                throw new IllegalArgumentException(directory + ": " + I18n.text("error.projectExists"));
            }
            RefiImport.ProjectResult result = RefiImport.readProject(qdpx, new ProjectInfo(ProjectInfo.ID,
                    target.name(), "", language, Instant.now()));
            // The name the user gave the study, also where the file names one ("ATLAS.ti standard project").
            nl.veldwerk.project.NoteCommands.editProjectInfo(result.project().info().withName(target.name()))
                    .execute(result.project()); // a fresh project nobody listens to yet: no undo history needed
            var turns = nl.veldwerk.importer.TurnsOfImportedTexts.find(result.project());
            nl.veldwerk.project.DocumentCommands.giveTurns(result.project(), turns,
                    nl.veldwerk.importer.TurnsOfImportedTexts::namesAnInterviewer);
            java.util.List<String> turnsFound = turns.isEmpty() ? java.util.List.of() : java.util.List.of(I18n.text(
                    "refi.turnsFound", turns.values().stream().mapToInt(java.util.List::size).sum(), turns.size()));
            RefiImport.keepSummary(result, qdpx, Instant.now(), I18n.locale(), turnsFound);
            java.util.List<String> unpacked = nl.veldwerk.store.WholeProjectFolder.create(directory,
                    result.project(), folder -> RefiImport.unpackMedia(qdpx, folder, result));
            String summary = result.summary().describe(I18n.locale()) + turnsFound.stream().map(line -> "\n" + line)
                    .collect(java.util.stream.Collectors.joining());
            return (unpacked.isEmpty() ? summary : summary + "\n" + I18n.text("refi.mediaNotUnpacked",
                    String.join(", ", unpacked))) + "\n" + I18n.text("refi.summaryKept");
        }, summary -> {
            main.open(directory);
            main.dialogs().showInfo(I18n.text("refi.imported"), summary);
        }, e -> main.fail(I18n.text("error.import"), e));
    }

    /** Adds a REFI-QDA codebook's codes to the open project, as one undoable step. */
    public void importQdc(Path qdc) {
        if (main.storeProperty().get() == null) {
            return;
        }
        main.background().run(() -> RefiImport.readCodebook(qdc), codebook -> {
            try {
                main.session().execute(codebook.command());
                showSummary(codebook.summary());
            } catch (RuntimeException e) {
                main.fail(I18n.text("error.import"), e);
            }
        }, e -> main.fail(I18n.text("error.import"), e));
    }

    /** What came in, in the status line; in a message when something was left out or changed, with each. */
    private void showSummary(nl.veldwerk.interop.ImportSummary summary) {
        if (summary.skipped().isEmpty()) {
            main.showStatus(summary.headline(I18n.locale()));
        } else {
            main.dialogs().showInfo(I18n.text("refi.imported"), summary.describe(I18n.locale()));
        }
    }

    public void exportQdpx(Path qdpx) {
        if (main.storeProperty().get() == null) {
            return;
        }
        Path folder = main.storeProperty().get().directory();
        // Told by the export, in the background: it looks for each recording on disk.
        java.util.concurrent.atomic.AtomicReference<RefiExport.Losses> losses = new java.util.concurrent.atomic
                .AtomicReference<>();
        main.files().exportCopy(qdpx, copy -> losses.set(RefiExport.exportProject(copy, qdpx, "Veldwerk", folder)),
                file -> said(file, notCarried(losses.get())));
    }

    /**
     * What the window says after writing an exchange file: what the format left out, when anything, in a message
     * (a status line cut it off) as well as the status line.
     */
    private String said(Path file, java.util.List<String> notCarried) {
        if (notCarried.isEmpty()) {
            return I18n.text("status.bundled", file.getFileName());
        }
        // Shown once the export's job is over, so the status bar no longer spins behind the message.
        String message = I18n.text("exchange.losses", file.getFileName(), "• " + String.join("\n• ", notCarried));
        main.threads().fx().execute(() -> main.dialogs().showInfo(I18n.text("exchange.lossesTitle"), message));
        return I18n.text("status.qdpxLosses", file.getFileName(), String.join("; ", notCarried));
    }

    /** What the .qdpx leaves out, in the window's language. */
    static java.util.List<String> notCarried(RefiExport.Losses losses) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        lost(parts, losses.documentsWithTurns(), "qdpx.loss.turns", losses.turns(), losses.documentsWithTurns());
        lost(parts, losses.weightedDiagrams(), "qdpx.loss.weights", losses.weightedDiagrams());
        lost(parts, losses.diagramsWithSubCodesInside(), "qdpx.loss.subCodesInside",
                losses.diagramsWithSubCodesInside());
        lost(parts, losses.savedQueries(), "qdpx.loss.queries", losses.savedQueries());
        lost(parts, losses.reviewedCodes(), "qdpx.loss.review", losses.reviewedCodes());
        lost(parts, losses.rejectedSuggestions(), "qdpx.loss.rejected", losses.rejectedSuggestions());
        lost(parts, losses.reviewComments(), "qdpx.loss.comments", losses.reviewComments());
        lost(parts, losses.recordingsNotFound(), "qdpx.loss.recordings", losses.recordingsNotFound());
        lost(parts, losses.marksOutOfOrder(), "qdpx.loss.marksOutOfOrder", losses.marksOutOfOrder());
        lost(parts, losses.renumberedQuotations(), "qdpx.loss.renumbered", losses.renumberedQuotations());
        lost(parts, losses.phasedCodes(), "qdpx.loss.phases", losses.phasedCodes());
        lost(parts, losses.relationNotes(), "qdpx.loss.relationNotes", losses.relationNotes());
        lost(parts, losses.codesWithRules(), "qdpx.loss.rules", losses.codesWithRules());
        lost(parts, losses.guidsGivenAnew(), "qdpx.loss.guids", losses.guidsGivenAnew());
        return parts;
    }

    /** Says {@code key} with {@code args} among what is left out, when there is any ({@code count} above 0). */
    private static void lost(java.util.List<String> parts, int count, String key, Object... args) {
        if (count > 0) {
            parts.add(I18n.text(key, args));
        }
    }

    public void exportQdc(Path qdc) {
        java.util.concurrent.atomic.AtomicReference<RefiExport.CodebookLosses> losses = new java.util.concurrent
                .atomic.AtomicReference<>();
        main.files().exportCopy(qdc, copy -> losses.set(RefiExport.exportCodebook(copy, qdc, "Veldwerk")),
                file -> said(file, notCarried(losses.get())));
    }

    /** What the .qdc leaves out, in the window's language. */
    static java.util.List<String> notCarried(RefiExport.CodebookLosses losses) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        lost(parts, losses.relations(), "qdc.loss.relations", losses.relations());
        lost(parts, losses.codeMemos(), "qdc.loss.memos", losses.codeMemos());
        lost(parts, losses.reviewedCodes(), "qdpx.loss.review", losses.reviewedCodes());
        lost(parts, losses.phasedCodes(), "qdpx.loss.phases", losses.phasedCodes());
        lost(parts, losses.codesWithRules(), "qdpx.loss.rules", losses.codesWithRules());
        return parts;
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

    /** What merging the other project would add, worked out on a copy, so the user can say yes or no first. */
    private record MergePreview(Project other, ProjectMerge.Report report, java.util.Optional<Instant> unsavedSince,
                                boolean anotherProject) {
    }

    /**
     * Merges another coder's project folder into the open project, as one undoable step, after saying what it
     * adds and asking (MAXQDA's teamwork import asks too): a wrong folder picked added its every document.
     */
    public void mergeProject(Path otherProject) {
        if (main.storeProperty().get() == null) {
            return;
        }
        var store = main.storeProperty().get();
        Project mine = store.session().project();
        // A folder, or a bundle (read from a temporary copy that is removed again; its recordings stay behind).
        boolean bundle = nl.veldwerk.store.Bundles.isBundleName(otherProject); // by name: no disk
        Path otherFolder = bundle ? null : otherProject;
        main.background().run(() -> {
            Project other = bundle ? nl.veldwerk.store.Bundles.readOnce(otherProject, p -> p)
                    : ProjectReader.read(otherProject);
            // A copy keeps the moment its project was made; another study's project does not share it.
            return new MergePreview(other, ProjectMerge.preview(mine, other, otherFolder),
                    bundle ? java.util.Optional.empty() : ProjectStore.recoverableSince(otherProject),
                    !java.util.Objects.equals(mine.info().created(), other.info().created()));
        }, preview -> {
            if (main.storeProperty().get() == store) { // not closed, nor another project opened, meanwhile
                askAndMerge(preview, otherProject, otherFolder);
            }
        }, e -> main.fail(I18n.text("error.merge"), e));
    }

    /** Says what the merge would do and, when it changes anything, asks; then merges as one undoable step. */
    private void askAndMerge(MergePreview preview, Path otherProject, Path otherFolder) {
        String name = preview.other().info().name();
        // Work a crash left in the other coder's recovery save is not in what was read: said, not missed.
        String unsaved = preview.unsavedSince().map(t -> "\n\n" + I18n.text("merge.unsaved", name, WHEN.format(t)))
                .orElse("");
        if (preview.report().changesNothing()) {
            main.dialogs().showInfo(I18n.text("merge.question", name), I18n.text("merge.nothing", name) + unsaved);
            return;
        }
        String another = preview.anotherProject() ? I18n.text("merge.anotherProject", name) + "\n\n" : "";
        if (!main.dialogs().confirm(I18n.text("merge.question", name), another + I18n.text("merge.asked", name,
                otherProject) + "\n\n" + summary(preview.report(), preview.anotherProject()) + unsaved + "\n\n" + I18n.text("merge.oneStep"))) {
            return;
        }
        String from = otherProject.getFileName() == null ? name : otherProject.getFileName().toString();
        ProjectMerge merge = ProjectMerge.of(preview.other(), otherFolder).from(from);
        try {
            main.session().execute(merge.command());
        } catch (RuntimeException e) {
            main.fail(I18n.text("error.merge"), e);
            return;
        }
        main.showStatus(merged(from, merge.report())); // by file: two coders' copies have one project name (QA)
    }

    private static final List<String> KINDS = List.of("documents", "quotations", "codings", "codes", "coders", "memos",
            "relations");

    /**
     * "Merged 'Jan' (added: Codes 1, Memos 2)": every kind that came in, not the codings alone (QA: "no codings
     * added" where a code and two memos had).
     */
    static String merged(String name, ProjectMerge.Report report) {
        String added = KINDS.stream().filter(kind -> report.added(kind) > 0)
                .map(kind -> I18n.text("kind." + kind) + " " + report.added(kind))
                .collect(java.util.stream.Collectors.joining(", "));
        return added.isEmpty() ? I18n.text("status.mergedNothingAdded", name) : I18n.text("status.merged", name, added);
    }

    /** The first twenty names, quoted, and how many more. */
    private static String named(List<String> names) {
        return String.join(", ", names.stream().limit(20).map(c -> "‘" + c + "’").toList())
                + (names.size() > 20 ? " " + I18n.text("manager.andMore", names.size() - 20) : "");
    }

    private static String summary(ProjectMerge.Report report, boolean anotherProject) {
        StringBuilder text = new StringBuilder();
        for (String kind : KINDS) {
            text.append(I18n.text("merge.line", I18n.text("kind." + kind), report.added(kind),
                    report.matched(kind))).append('\n');
        }
        if (!report.addedCodes().isEmpty()) {
            // Named: a code merged away or deleted here since comes back as one "added" (the merge cannot tell).
            text.append('\n').append(I18n.text("merge.addedCodes", named(report.addedCodes()))).append('\n');
        }
        if (!report.codesOnlyHere().isEmpty() && !anotherProject) {
            // And the other way: one they merged away or deleted stays here (the merge cannot tell that either).
            text.append('\n').append(I18n.text("merge.codesOnlyHere", named(report.codesOnlyHere()))).append('\n');
        }
        if (!report.conflicts().isEmpty()) {
            text.append('\n').append(I18n.text("merge.conflicts", report.conflicts().size())).append('\n');
            report.conflicts().stream().limit(40).forEach(c -> text.append("- ").append(I18n.text(c)).append('\n'));
            if (report.conflicts().size() > 40) {
                text.append(I18n.text("manager.andMore", report.conflicts().size() - 40)).append('\n');
            }
        }
        return text.toString();
    }
}
