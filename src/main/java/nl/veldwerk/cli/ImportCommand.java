package nl.veldwerk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import nl.veldwerk.importer.DocumentImporter;
import nl.veldwerk.importer.SavedLayouts;
import nl.veldwerk.importer.SpeakerTurnDetector;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Ids;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.CompositeCommand;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.DocumentNames;
import nl.veldwerk.project.Message;
import nl.veldwerk.store.ProjectStore;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports all files or none: one bad file leaves the project as it was. */
@picocli.CommandLine.Command(name = "import", description = "Import transcripts (.txt, .docx, .rtf, .odt, .srt, .vtt, .sbv) "
        + "into a project.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "transcript files")
    List<Path> files;

    @Option(names = "--group", description = "put the imported documents in this document group (made if new)")
    String group;

    @Option(names = "--speakers", split = ",", description = "only these speaker labels open a turn, e.g. "
            + "Interviewer,A01 (default: any label that looks like a speaker)")
    List<String> speakers;

    @Option(names = "--preview", description = "show what each file holds (layout, speakers, time marks) and "
            + "import nothing")
    boolean preview;

    @Option(names = "--no-turns", description = "import the text without speaker turns")
    boolean noTurns;

    @Option(names = "--rename", description = "give a found speaker another name in the project, e.g. "
            + "--rename I=Interviewer (the same name for two merges them); repeatable")
    java.util.Map<String, String> renames = new java.util.LinkedHashMap<>();

    @Option(names = "--interviewer", description = "mark a speaker (by its name in the project) as an "
            + "interviewer, whom search and word counts can leave out; repeatable (without --layout, a label that "
            + "names one, such as I, Interviewer or Onderzoeker, is one anyway)")
    List<String> interviewers = new ArrayList<>();

    @Option(names = "--layout", description = "reuse the choices saved under this name (--save-layout, or the "
            + "window's import preview)")
    String layout;

    @Option(names = "--save-layout", description = "save this import's choices (--rename, --interviewer, "
            + "--no-turns) under a name for the next files")
    String saveLayout;

    @Override
    public Integer call() throws Exception {
        SavedLayouts.SavedLayout choices = choices();
        DocumentImporter importer = new DocumentImporter(!choices.withTurns() ? SpeakerTurnDetector.none()
                : speakers == null ? SpeakerTurnDetector.automatic() : SpeakerTurnDetector.withLabels(speakers));
        Set<String> labels = new java.util.LinkedHashSet<>(); // every file's, for the layout saved
        if (preview) {
            // The project's speakers: a name found again is the same speaker across the project (said, as the
            // window's preview says it, so that a pseudonym or another name can still be chosen).
            java.util.Map<String, Integer> inProject = nl.veldwerk.analysis.Speakers.documentsOf(
                    nl.veldwerk.analysis.Speakers.source(nl.veldwerk.store.ProjectReader.readLeavingTexts(directory)));
            int refused = 0;
            for (Path file : files) {
                nl.veldwerk.importer.TranscriptAnalysis analysis;
                try {
                    analysis = importer.analyse(file);
                } catch (nl.veldwerk.importer.ImportException e) {
                    // Said, and the other files still shown: a preview is for seeing them all (QA: one empty file
                    // hid every file after it). The import itself stays all or none.
                    spec.commandLine().getErr().println("veldwerk: " + e.getMessage());
                    refused++;
                    continue;
                }
                List<String> found = analysis.speakers().stream()
                        .map(nl.veldwerk.importer.TranscriptAnalysis.Speaker::name).toList();
                labels.addAll(found);
                ImportPreview.print(spec.commandLine().getOut(), file, analysis, forFile(choices, found), inProject);
            }
            saveLayout(choices, labels);
            return refused == 0 ? 0 : 1;
        }
        Instant now = Instant.now();
        List<Document> documents = new ArrayList<>();
        Set<String> marked = new java.util.TreeSet<>();
        // By document id, said after the import: what was left out, and what reading the file had to decide.
        java.util.Map<String, List<String>> said = new java.util.HashMap<>();
        java.util.Map<String, Path> fileOf = new java.util.HashMap<>();
        java.util.Map<String, List<String>> keep = new java.util.HashMap<>(); // as the document's memo keeps them
        for (Path file : files) {
            Document d;
            try {
                // the first bad file stops the import: all or none
                nl.veldwerk.importer.TranscriptAnalysis analysis = importer.analyse(file);
                d = nl.veldwerk.importer.DocumentImporter.documentOf(file, analysis, now);
                List<String> notes = new ArrayList<>(ImportPreview.readNotes(analysis.notes()));
                List<String> kept = new ArrayList<>(ImportPreview.readNotes(analysis.notes(), true));
                List<String> headings = ImportPreview.headings(analysis);
                notes.addAll(headings);
                kept.addAll(headings);
                if (!analysis.leftOut().isEmpty()) {
                    notes.addFirst(ImportPreview.leftOut(analysis.leftOut()));
                    kept.addFirst(ImportPreview.leftOut(analysis.leftOut()));
                }
                // The comments' and notes' own words, kept in the memo (the window's memo keeps them too).
                analysis.leftOut().kept().forEach(k -> kept.add((k.comment() ? "comment" + (k.author() == null ? ""
                        : " by " + k.author()) : "note") + ": " + k.text()));
                said.put(d.id(), notes);
                keep.put(d.id(), kept);
                fileOf.put(d.id(), file);
            } catch (nl.veldwerk.importer.ImportException e) {
                throw files.size() == 1 ? e : new CliFailure(e.getMessage() + " (nothing was imported: the import"
                        + " takes all " + files.size() + " files or none; leave that file out or fix it)");
            }
            List<String> found = d.turns().stream().map(nl.veldwerk.model.SpeakerTurn::speaker).distinct().toList();
            labels.addAll(found);
            SavedLayouts.SavedLayout chosen = forFile(choices, found);
            marked.addAll(chosen.interviewersIn(d));
            documents.add(chosen.applyTo(d));
        }
        saveLayout(choices, labels);
        try (ProjectStore store = WritableProject.open(directory)) {
            DocumentNames.Named named = DocumentNames.unique(store.session().project(), documents);
            documents = new ArrayList<>(named.documents());
            for (DocumentNames.Renamed r : named.renamed()) {
                spec.commandLine().getErr().printf("Warning: the project already has a document named %s; "
                        + "imported as %s%n", r.from(), r.to());
            }
            List<Command> steps = new ArrayList<>();
            if (group != null) {
                String groupId = store.session().project().groups().stream()
                        .filter(g -> g.name().equals(group)).map(DocumentGroup::id).findFirst().orElse(null);
                if (groupId == null) {
                    groupId = Ids.newId();
                    steps.add(DocumentCommands.addGroup(new DocumentGroup(groupId, group, "")));
                }
                Set<String> groups = new HashSet<>(Set.of(groupId));
                documents.replaceAll(d -> d.withGroups(groups));
            }
            steps.add(DocumentCommands.addAll(documents));
            // Kept with each document, as the window's import keeps them: what reading its file had to decide.
            for (Document d : documents) {
                List<String> notes = keep.getOrDefault(d.id(), List.of());
                if (!notes.isEmpty()) {
                    steps.add(nl.veldwerk.project.NoteCommands.addMemo(notesMemo(d.id(), fileOf.get(d.id()), notes, now)));
                }
            }
            marked.forEach(name -> steps.add(nl.veldwerk.project.SpeakerCommands.setRole(name,
                    nl.veldwerk.model.SpeakerRole.INTERVIEWER)));
            store.session().execute(new CompositeCommand(Message.of("document.addAll", documents.size()), steps));
            WritableProject.saveVerified(store);
        }
        for (Document d : documents) {
            spec.commandLine().getOut().printf("Imported %s: %s, %s%n", d.name(), Counted.of(d.textLength(),
                    "character"), Counted.of(d.turns().size(), "speaker turn"));
            said.getOrDefault(d.id(), List.of()).forEach(note -> spec.commandLine().getOut().printf("  %s%n", note));
        }
        if (!marked.isEmpty()) {
            spec.commandLine().getOut().println("Interviewers (search, word counts and code-hits leave them out): "
                    + String.join(", ", marked));
        }
        return 0;
    }

    /** The memo about an imported document that keeps what reading its file had to decide (in English). */
    private static nl.veldwerk.model.Memo notesMemo(String documentId, Path file, List<String> notes, Instant when) {
        String text = file.getFileName() + ", imported " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.systemDefault()).format(when) + ". What reading the file had to decide or "
                + "left out:\n" + notes.stream().map(n -> "• " + Character.toUpperCase(n.charAt(0)) + n.substring(1))
                .collect(java.util.stream.Collectors.joining("\n"));
        return new nl.veldwerk.model.Memo(Ids.newId(), new nl.veldwerk.model.MemoTarget(
                nl.veldwerk.model.EntityKind.DOCUMENT, documentId), "Import notes", text, null, when, when);
    }

    /**
     * Saves the choices as a layout when asked, with the labels of the files read that name an interviewer
     * marked as the import marked them (the window saves the ticks it made itself; the command line saved only
     * --interviewer, so the layout used later left "Interviewer" a respondent: review).
     */
    private void saveLayout(SavedLayouts.SavedLayout choices, Set<String> labels)
            throws java.util.prefs.BackingStoreException {
        if (saveLayout != null) {
            SavedLayouts.SavedLayout marked = forFile(choices, List.copyOf(labels));
            SavedLayouts.user().save(new SavedLayouts.SavedLayout(saveLayout.strip(), marked.names(),
                    marked.interviewers(), marked.withTurns(), marked.labelsKept()));
            spec.commandLine().getOut().println("Saved the layout " + saveLayout.strip());
        }
    }

    /**
     * The choices for one file: without a saved layout, a label that names an interviewer ("I:", "Interviewer:")
     * is one, as the window's import preview ticks it (search, keyword in context and code-hits left out the
     * questions only when --interviewer was given).
     */
    private SavedLayouts.SavedLayout forFile(SavedLayouts.SavedLayout choices, List<String> labels) {
        return layout != null ? choices : choices.withInterviewersNamedAsSuch(labels);
    }

    /** The import's choices: a saved layout's, with --rename, --interviewer and --no-turns on top. */
    private SavedLayouts.SavedLayout choices() throws CliFailure {
        SavedLayouts.SavedLayout base = new SavedLayouts.SavedLayout("", java.util.Map.of(), Set.of(), true);
        if (layout != null) {
            SavedLayouts saved = SavedLayouts.user();
            java.util.Optional<SavedLayouts.SavedLayout> found = saved.named(layout);
            if (found.isEmpty()) {
                throw new CliFailure("no saved layout named " + layout + (saved.all().isEmpty()
                        ? "; none is saved yet (--save-layout)" : "; saved: " + String.join(", ", saved.all().stream()
                        .map(SavedLayouts.SavedLayout::name).toList())));
            }
            base = found.get();
        }
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>(base.names());
        renames.forEach(names::put);
        Set<String> marked = new HashSet<>(base.interviewers());
        marked.addAll(interviewers);
        // A saved suggestion stays one (its label kept in the text), unless --rename names that label (review).
        Set<String> kept = new HashSet<>(base.labelsKept());
        renames.keySet().forEach(label -> kept.remove(label.strip().toLowerCase(java.util.Locale.ROOT)));
        return new SavedLayouts.SavedLayout(base.name(), names, marked, base.withTurns() && !noTurns, kept);
    }
}
