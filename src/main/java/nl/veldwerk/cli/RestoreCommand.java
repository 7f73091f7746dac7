package nl.veldwerk.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.veldwerk.store.Backups;
import nl.veldwerk.store.ProjectReader;
import nl.veldwerk.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code veldwerk restore PROJECT}: damaged documents back from the newest backup with an intact copy. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore damaged documents (see info) from the newest backup that holds an intact copy.")
final class RestoreCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    Path directory;

    @Override
    public Integer call() throws Exception {
        try (ProjectStore store = ProjectStore.openSalvaging(directory)) {
            if (store.damaged().isEmpty()) {
                spec.commandLine().getOut().println("Nothing is damaged.");
                return 0;
            }
            // A crash's unsaved work waits for the window to keep or discard it: restoring now would write
            // around it (the window asks first, with both in view).
            WritableProject.requireNothingToRecover(store, directory);
            Map<String, Backups.Copy> copies = store.restorable();
            List<String> restored = store.restoreDamaged();
            for (String id : restored) {
                Backups.Copy copy = copies.get(id);
                spec.commandLine().getOut().printf("Restored %s from the backup of %s%n", copy.documentName(),
                        WHEN.format(copy.savedAt()));
            }
            List<ProjectReader.Damage> left = store.damaged().stream()
                    .filter(d -> !restored.contains(d.documentId())).toList();
            for (ProjectReader.Damage d : left) {
                spec.commandLine().getErr().printf("veldwerk: no backup holds an intact copy of document %s (%s)%n",
                        d.documentId(), d.file());
            }
            return left.isEmpty() ? 0 : 1;
        }
    }
}
