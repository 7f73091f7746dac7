package nl.veldwerk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Project;
import nl.veldwerk.store.ProjectReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "info", description = "Show a project's name, counts, diagrams and saved queries.")
final class InfoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Option(names = "--json", description = "print JSON, for scripts")
    boolean json;

    @Override
    public Integer call() throws Exception {
        // Read only: works while the app has the project open. A damaged document part is left out and named.
        ProjectReader.Salvaged read = ProjectReader.readSalvaging(directory);
        Project p = read.project();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", p.info().name());
        info.put("language", p.info().language());
        info.put("documents", p.count(EntityKind.DOCUMENT));
        info.put("quotations", p.count(EntityKind.QUOTATION));
        info.put("codes", p.count(EntityKind.CODE));
        info.put("codings", p.count(EntityKind.CODING));
        // Counted as the window's Memos tab lists them: review comments (stored as memos) and the codes' memos apart
        // (QA: info said 9 where the tab listed 8 and the memo report counted 9 of other things).
        long comments = p.memos().stream().filter(nl.veldwerk.model.Memo::comment).count();
        info.put("memos", p.count(EntityKind.MEMO) - comments);
        info.put("codeMemos", p.codes().stream().filter(c -> !c.memo().isBlank()).count());
        info.put("reviewComments", comments);
        info.put("relations", p.count(EntityKind.RELATION));
        info.put("groups", p.count(EntityKind.GROUP));
        info.put("coders", p.count(EntityKind.CODER));
        // By name, as report --diagram and --query take them.
        info.put("diagrams", p.diagrams().stream().map(nl.veldwerk.model.Diagram::name).sorted().toList());
        info.put("savedQueries", p.info().savedQueries().stream().map(q -> q.name()).sorted().toList());
        if (!read.damaged().isEmpty()) {
            info.put("damaged", read.damaged().stream().map(d -> Map.of("document", d.documentId(), "part", d.file(),
                    "problem", d.problem().toString())).toList());
        }
        // A sync service's other version of the save (saved on two computers at once): work not in this one.
        java.nio.file.Path folder = java.nio.file.Files.isDirectory(directory) ? directory
                : directory.toAbsolutePath().getParent(); // a project's veldwerk.json given for it: its folder
        java.util.List<String> others = nl.veldwerk.store.OtherVersions.in(folder).stream().map(v -> v.file().getFileName() + " (saved " + v.savedAt() + ")").toList();
        if (!others.isEmpty()) {
            info.put("otherVersions", others);
        }
        var pending = nl.veldwerk.store.ProjectStore.recoverableSince(folder);
        pending.ifPresent(since -> info.put("unsavedWorkSince", since.toString()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.shared().writeValueAsString(info));
        } else {
            info.forEach((key, value) -> {
                if (!key.equals("damaged")) {
                    out.printf("%-11s %s%n", key + ":", value instanceof java.util.List<?> names
                            ? names.size() + (names.isEmpty() ? "" : " (" + String.join(", ", names.stream()
                            .map(String::valueOf).toList()) + ")") : value);
                }
            });
        }
        // The counts above are the last save's: a crash's unsaved work is not in them (said, not an error).
        // Open in a window now, its recovery save is that window's unsaved work, not a crash's.
        java.util.Optional<String> openIn = nl.veldwerk.store.ProjectStore.openNowIn(folder);
        // The holder's name as an argument, not in the format: a "%" in a user's or computer's name threw.
        pending.ifPresent(since -> spec.commandLine().getErr().print(openIn.map(holder -> String.format(
                "veldwerk: %s: open in %s; its unsaved work (since %s) is in a recovery save until it is saved there. "
                + "The counts above are of the last save.%n", directory, holder, WritableProject.TIME.format(since)))
                .orElse(String.format("veldwerk: %s: %s The counts above are of the last save; open the project in the "
                + "Veldwerk window to keep or discard that work.%n", directory, WritableProject.unsavedWork(since)))));
        if (!others.isEmpty()) {
            spec.commandLine().getErr().printf("veldwerk: %s: a sync service kept another version of the save (the "
                    + "project was saved on two computers at once); its work is not in this one. The window offers "
                    + "a copy of the project with it, to open or merge.%n", directory);
        }
        // Said as the window says them when it opens the project (QA: info was silent on both).
        nl.veldwerk.store.ProjectStore.damagedRecoverySince(folder).ifPresent(at -> spec.commandLine().getErr().printf(
                "veldwerk: %s: the work saved automatically at %s (after the last save, before a crash) cannot be read "
                + "back: its file is damaged. The counts above are of the last save.%n", directory,
                WritableProject.TIME.format(at)));
        if (read.projectPartFromCopy() != null) {
            spec.commandLine().getErr().printf("veldwerk: %s: the project part %s (the codebook, memos and groups) is "
                    + "damaged or missing; it was read from its second copy and nothing is lost. Opening the project "
                    + "puts it back.%n", directory, read.projectPartFromCopy());
        }
        // Damage is a failure: said in one line on stderr, with exit status 1 (the counts above lack it).
        if (!read.damaged().isEmpty()) {
            spec.commandLine().getErr().printf("veldwerk: %s: damaged: %s; 'veldwerk restore' or the window restores"
                    + " from a backup%n", directory, String.join("; ", read.damaged().stream().map(d -> "part "
                    + d.file() + " (document " + d.documentId() + ") " + d.problem()).toList()));
            return 1;
        }
        return 0;
    }
}
