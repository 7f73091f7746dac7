package nl.veldwerk.ui.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import nl.veldwerk.importer.DocumentImporter;
import nl.veldwerk.importer.TranscriptAnalysis;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.DocumentNames;
import nl.veldwerk.store.Bundles;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.TaskRunner;

/**
 * Files in and out of the open project, all read or written in the background: transcripts imported as
 * one undoable step, bundles to send and to open back, and whatever is written from a copy of the project
 * (exports, reports) while the user goes on working.
 */
public final class ProjectFiles {
    private final MainViewModel main;
    private final TaskRunner background;
    private final Consumer<String> select;
    private final Consumer<String> say;
    private ImportPlan.Review review = (found, speakersInProject) -> java.util.Optional.of(found);

    ProjectFiles(MainViewModel main, TaskRunner background, Consumer<String> select, Consumer<String> say) {
        this.main = main;
        this.background = background;
        this.select = select;
        this.say = say;
    }

    /**
     * Sets what shows the files found before they come in (the window's import preview). Without one, files
     * come in as found.
     */
    public void setReview(ImportPlan.Review review) {
        this.review = review;
    }

    /**
     * Reads the files and finds their structure in the background, shows what was found (the import preview),
     * then adds what the user chose as one undoable step; a bad file adds nothing.
     */
    public void importTranscripts(List<Path> files) {
        if (main.storeProperty().get() == null || files.isEmpty()) {
            return;
        }
        ProjectStore into = main.storeProperty().get();
        DocumentImporter importer = new DocumentImporter();
        List<nl.veldwerk.model.Document> existing = List.copyOf(into.session().project().documents());
        nl.veldwerk.analysis.Speakers.Source speakers = new nl.veldwerk.analysis.Speakers.Source(existing,
                into.session().project().info());
        background.run(() -> {
            List<ImportPlan> found = new ArrayList<>();
            List<nl.veldwerk.importer.ImportException> refused = new ArrayList<>();
            java.util.Map<Path, Long> sizes = new java.util.HashMap<>();
            for (Path file : files) {
                if (background.cancelled()) {
                    throw new java.util.concurrent.CancellationException(I18n.text("import.cancelled"));
                }
                background.report(I18n.text("import.progress", found.size() + refused.size() + 1, files.size(),
                        file.getFileName()));
                TranscriptAnalysis analysis;
                try {
                    analysis = importer.analyse(file);
                } catch (nl.veldwerk.importer.ImportException e) {
                    refused.add(e); // one bad file among many: the others still come in, and it is named
                    continue;
                }
                Path recording = RecordingLinks.besides(file).orElse(null);
                found.add(new ImportPlan(file, analysis, !analysis.turns().isEmpty()).withRecording(recording)
                        .withSameTextAs(sameText(existing, analysis)));
                if (recording != null) {
                    try {
                        sizes.put(recording, java.nio.file.Files.size(recording)); // here, not on the FX thread
                    } catch (java.io.IOException e) {
                        // unmeasured: the copy question counts it as nothing, the import goes on
                    }
                }
            }
            if (found.isEmpty() && refused.size() == 1) {
                throw refused.getFirst(); // the one file there was: its reason, as before
            }
            // Counted here, not when the preview opens: 1.6 million turns at 10,000 documents took 80 ms of the FX thread.
            return new Found(found, sizes, refused, nl.veldwerk.analysis.Speakers.documentsOf(speakers));
        }, found -> main.threads().fx().execute(() -> {
            // Once the reading is over (not inside its callback): while the preview waits for the user, the
            // status bar no longer spins "Importing 4 of 4…" with a Cancel that cancels nothing.
            if (main.storeProperty().get() != into) {
                return; // closed, or another project opened, while the files were read: they were for that one
            }
            if (!found.refused().isEmpty()) {
                String reasons = String.join("\n", found.refused().stream().map(I18n::message).toList());
                if (found.plans().isEmpty()) {
                    main.dialogs().showError(I18n.text("error.import"), reasons);
                    return;
                }
                main.dialogs().showError(I18n.text("import.someRefusedTitle"), I18n.text("import.someRefused",
                        found.refused().size(), reasons));
            }
            java.util.Optional<List<ImportPlan>> chosen = review.review(found.plans(), found.speakersInProject());
            if (chosen.isEmpty() || chosen.get().isEmpty()) {
                say.accept(I18n.text("import.cancelled"));
                return;
            }
            addCopyingRecordings(chosen.get(), found.sizes());
        }), this::importStopped);
    }

    /**
     * The name of a document with this very text (the file imported before), or null: the same text, or the
     * same with its speakers' labels named as that document's turns are (an import renames them in the text,
     * "I:" as "Interviewer:"). Only documents of the same length, or with as many turns, have their texts read.
     */
    private static String sameText(List<nl.veldwerk.model.Document> existing, TranscriptAnalysis found) {
        String text = found.text();
        for (nl.veldwerk.model.Document d : existing) {
            try {
                if (d.textLength() == text.length() && d.text().equals(text)
                        || d.turns().size() == found.turns().size() && !found.turns().isEmpty()
                        && sameWithItsNames(d, found)) {
                    return d.name();
                }
            } catch (nl.veldwerk.model.ModelException e) {
                // a text that cannot be read is no match; its document says why where it is shown
            }
        }
        return null;
    }

    private static boolean sameWithItsNames(nl.veldwerk.model.Document d, TranscriptAnalysis found) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (int i = 0; i < d.turns().size(); i++) {
            String was = names.putIfAbsent(found.turns().get(i).speaker(), d.turns().get(i).speaker());
            if (was != null && !was.equals(d.turns().get(i).speaker())) {
                return false; // one label, two names: not how an import names them
            }
        }
        String named = new nl.veldwerk.importer.SavedLayouts.SavedLayout("", names, java.util.Set.of(), true)
                .applyTo(nl.veldwerk.model.Document.of("found", "found", found.text(), nl.veldwerk.model.SourceFormat.TXT,
                        found.turns(), Instant.EPOCH)).text();
        return named.length() == d.textLength() && named.equals(d.text());
    }

    /**
     * The files read for an import, the size of each recording found beside them, and the project's speakers with
     * the number of documents each speaks in (the preview says which found speakers the project already has).
     */
    private record Found(List<ImportPlan> plans, java.util.Map<Path, Long> sizes,
                         List<nl.veldwerk.importer.ImportException> refused,
                         java.util.Map<String, Integer> speakersInProject) {
    }

    /**
     * Adds the files chosen, asking first (with their size) whether the recordings linked with them that lie
     * outside the project are copied into its media folder, as linking one by hand asks: only a copy travels
     * with the project and its bundles. The copies are made in the background before the import.
     */
    private void addCopyingRecordings(List<ImportPlan> plans, java.util.Map<Path, Long> sizes) {
        List<Path> outside = plans.stream().map(ImportPlan::recording).filter(java.util.Objects::nonNull)
                .filter(r -> !main.recordings().insideProject(r)).distinct().toList();
        long bytes = outside.stream().mapToLong(r -> sizes.getOrDefault(r, 0L)).sum();
        if (outside.isEmpty() || !main.dialogs().confirm(I18n.text("recording.copyTitle"),
                I18n.text("import.copyRecordings", outside.size(), RecordingLinks.megabytes(bytes)))) {
            main.run(() -> add(plans));
            return;
        }
        ProjectStore store = main.storeProperty().get();
        Path folder = store.directory();
        List<Path> made = new java.util.concurrent.CopyOnWriteArrayList<>();
        background.run(() -> {
            java.util.Map<Path, Path> copies = new java.util.HashMap<>();
            try {
                for (Path recording : outside) {
                    if (background.cancelled()) {
                        throw new java.util.concurrent.CancellationException(I18n.text("import.cancelled"));
                    }
                    background.report(I18n.text("import.copyingRecording", copies.size() + 1, outside.size(),
                            recording.getFileName()));
                    copies.put(recording, RecordingLinks.copyInto(folder, recording, made));
                }
            } catch (java.io.IOException | RuntimeException e) {
                removeCopies(made); // nothing half done: the import adds nothing, so its copies go
                throw e;
            }
            return plans.stream().map(p -> p.recording() == null ? p
                    : p.withRecording(copies.getOrDefault(p.recording(), p.recording()))).toList();
        }, copied -> {
            if (main.storeProperty().get() == store) {
                main.run(() -> add(copied));
            } else { // closed, or another opened, during the copy: nothing is added, and the copies go
                background.run(() -> {
                    removeCopies(made);
                    return null;
                }, x -> { }, x -> { });
                say.accept(I18n.text("import.cancelled"));
            }
        }, this::importStopped);
    }

    /** An import cancelled or failed: nothing was added (the import is all or nothing); a failure is shown. */
    private void importStopped(Exception e) {
        if (e instanceof java.util.concurrent.CancellationException) {
            say.accept(e.getMessage());
        } else {
            main.fail(I18n.text("error.import"), e);
        }
    }

    private static void removeCopies(List<Path> copies) {
        for (Path copy : copies) {
            try {
                java.nio.file.Files.deleteIfExists(copy);
            } catch (java.io.IOException e) {
                System.getLogger(ProjectFiles.class.getName()).log(System.Logger.Level.WARNING,
                        "A recording copied for an import that did not happen stays: " + copy, e);
            }
        }
    }

    private void add(List<ImportPlan> plans) {
        Instant now = Instant.now();
        List<Document> read = new ArrayList<>();
        List<nl.veldwerk.model.Memo> notes = new ArrayList<>();
        java.util.Set<String> interviewers = new java.util.TreeSet<>();
        for (ImportPlan plan : plans) {
            Document found = plan.found(now);
            nl.veldwerk.model.Memo memo = ImportNotes.memo(plan.analysis(), found.id(), plan.file(), now);
            if (memo != null) {
                notes.add(memo);
            }
            if (plan.recording() != null) {
                found = found.withRecording(nl.veldwerk.model.Recording.of(plan.recording(),
                        main.storeProperty().get().directory()));
            }
            interviewers.addAll(plan.choices().interviewersIn(found));
            read.add(plan.choices().applyTo(found));
        }
        DocumentNames.Named named = DocumentNames.unique(main.session().project(), read);
        List<nl.veldwerk.project.Command> steps = new ArrayList<>(List.of(DocumentCommands.addAll(named.documents())));
        interviewers.forEach(name -> steps.add(nl.veldwerk.project.SpeakerCommands.setRole(name,
                nl.veldwerk.model.SpeakerRole.INTERVIEWER)));
        notes.forEach(memo -> steps.add(nl.veldwerk.project.NoteCommands.addMemo(memo)));
        main.session().execute(steps.size() == 1 ? steps.getFirst() : new nl.veldwerk.project.CompositeCommand(
                nl.veldwerk.project.Message.of("document.addAll", read.size()), steps));
        say.accept(named.renamed().isEmpty() ? I18n.text("status.imported", read.size())
                : I18n.text("status.importedRenamed", read.size(), named.renamed().stream()
                        .map(r -> r.from() + " → " + r.to()).collect(java.util.stream.Collectors.joining(", "))));
        select.accept(read.getFirst().id()); // show what came in: the first imported document
    }

    /**
     * Writes the project into one bundle file; when recordings are kept in the project's media folder, asks
     * first (with their size) whether the bundle should carry them.
     */
    public void exportBundle(Path bundle) {
        ProjectStore s = main.storeProperty().get();
        if (s == null) {
            return;
        }
        Path folder = s.directory();
        List<nl.veldwerk.model.Recording> recordings = s.session().project().documents().stream()
                .map(Document::recording).filter(java.util.Objects::nonNull).toList();
        // The recordings are looked for and measured off the FX thread (a share may be slow to answer).
        background.run(() -> {
            List<Path> media = Bundles.mediaOf(recordings, folder);
            long bytes = 0;
            for (Path f : media) {
                bytes += java.nio.file.Files.size(f);
            }
            // Linked elsewhere (by their full path, or outside the media folder): no bundle carries them.
            long elsewhere = recordings.stream().map(r -> r.resolve(folder)).distinct()
                    .filter(f -> !media.contains(f) && java.nio.file.Files.exists(f)).count(); // missing ones: said apart
            return new long[] {media.size(), bytes, elsewhere};
        }, found -> {
            if (main.storeProperty().get() != s) {
                return; // another project opened while the recordings were measured
            }
            boolean withMedia = found[0] > 0 && main.dialogs().confirm(I18n.text("bundle.mediaTitle"),
                    I18n.text("bundle.mediaQuestion", found[0], RecordingLinks.megabytes(found[1])));
            // Said after writing when recordings stay behind that no question was about (QA: a supervisor got a
            // bundle without any of the audio, and "Wrote b.vwz" was all that was said).
            exportCopy(bundle, copy -> Bundles.export(copy, bundle, withMedia ? folder : null), t -> found[2] == 0
                    ? I18n.text("status.wroteIn", t.getFileName(), t.toAbsolutePath().getParent())
                    : I18n.text("status.wroteInWithoutRecordings", t.getFileName(), t.toAbsolutePath().getParent(),
                    found[2]));
        }, e -> main.fail(I18n.text("error.export"), e));
    }

    /**
     * File → Earlier saves…: the saves the project keeps as backups (when, how much each held), one chosen made
     * a project of its own beside this one (this project untouched) and opened when the user wants: the way back
     * past a save, which Undo (this session only) is not.
     */
    public void offerEarlierSaves() {
        ProjectStore store = main.storeProperty().get();
        if (store == null) {
            return;
        }
        Path directory = store.directory();
        String title = I18n.text("earlier.title");
        background.run(() -> nl.veldwerk.store.Backups.saves(directory), saves -> {
            if (saves.isEmpty()) {
                main.dialogs().showInfo(title, I18n.text("earlier.none"));
                return;
            }
            List<String> lines = saves.stream().map(s -> I18n.text("earlier.line", SAVED.format(s.savedAt()),
                    s.documents(), s.quotations(), s.codings())).toList();
            main.dialogs().chooseOne(title, I18n.text("earlier.message"), lines).ifPresent(chosen -> background.run(
                    () -> nl.veldwerk.store.Backups.copyAsProject(directory, saves.get(chosen),
                            I18n.text("earlier.folder")), copy -> {
                        if (main.dialogs().confirm(title, I18n.text("earlier.copied", copy))) {
                            main.letGoThen(() -> main.open(copy));
                        }
                    }, e -> main.fail(I18n.text("earlier.failed"), e)));
        }, e -> main.fail(I18n.text("earlier.failed"), e));
    }

    private static final java.time.format.DateTimeFormatter SAVED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    /**
     * Asks where to unpack a bundle, the study's name in it filled in (read in the background; the field was
     * empty, and what was typed there renamed the study), then unpacks and opens it.
     */
    public void openBundleAsking(Path bundle) {
        // A file that is no bundle is refused before the question (QA: a name and a folder asked for nothing).
        background.run(() -> Bundles.checkedStudyName(bundle).orElse(""), name -> main.dialogs().askNewProjectPlace(
                I18n.text("dialog.newProject"), name).ifPresent(target -> openBundle(bundle, target.folder(),
                target.name())), e -> main.fail(I18n.text("error.open"), e));
    }

    /**
     * Makes the sample project that ships with the program into a new project where the user wants it, and opens
     * it: an installed copy has no sample folder to open (the sample was for who ran the program from its sources).
     */
    public void openSampleAsking() {
        main.dialogs().askNewProjectPlace(I18n.text("dialog.sampleProject"), I18n.text("sample.name"))
                .ifPresent(target ->
                background.run(() -> {
                    nl.veldwerk.store.ShippedSample.makeInto(target.folder(), target.name());
                    return target.folder();
                }, main::open, e -> main.fail(I18n.text("error.sample"), e)));
    }

    /** Unpacks a bundle a supervisor sent back into a new folder and opens it. */
    public void openBundle(Path bundle, Path directory) {
        openBundle(bundle, directory, null);
    }

    /**
     * Unpacks a bundle into a new folder and opens it, named {@code studyName} where one is given: the dialog asks
     * for the study's name, and the name typed only named the folder.
     */
    public void openBundle(Path bundle, Path directory, String studyName) {
        background.run(() -> {
            Bundles.extract(bundle, directory);
            if (studyName != null && !studyName.isBlank()) {
                try (ProjectStore store = ProjectStore.open(directory)) {
                    var info = store.session().project().info();
                    if (!info.name().equals(studyName.strip())) {
                        store.session().execute(nl.veldwerk.project.NoteCommands.editProjectInfo(
                                info.withName(studyName.strip())));
                        store.save();
                    }
                }
            }
            return directory;
        }, main::open, e -> main.fail(I18n.text("error.open"), e));
    }

    /** Writes something made from a copy of the project. */
    public interface Export {
        void write(Project copy) throws Exception;
    }

    /** Writes from a snapshot in the background, so the user can go on working meanwhile. */
    public void exportCopy(Path target, Export export) {
        // Where it went, too: an export is looked for in a file manager next (the hits' CSV said only its name).
        exportCopy(target, export, t -> I18n.text("status.wroteIn", t.getFileName(),
                t.toAbsolutePath().getParent()));
    }

    /** Writes something made from a copy of the project and then says what {@code done} makes of the file. */
    public void exportCopy(Path target, Export export, java.util.function.Function<Path, String> done) {
        main.commitPendingEdits();
        ProjectStore s = main.storeProperty().get();
        if (s == null) {
            return;
        }
        Project project = s.session().project();
        background.run(() -> {
            export.write(project.copy()); // copied here, not on the FX thread: a second at a million quotations
            return target;
        }, t -> say.accept(done.apply(t)), e -> main.fail(I18n.text("error.export"), e));
    }
}
