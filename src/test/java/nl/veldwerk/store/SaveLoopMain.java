package nl.veldwerk.store;

import java.nio.file.Path;

import nl.veldwerk.model.Code;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.project.Fixtures;

/**
 * Run in a child JVM by {@link CrashDuringSaveTest}: changes and saves a project in a tight loop,
 * printing "saved N" after each completed save, until it is killed.
 */
public final class SaveLoopMain {
    private SaveLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]))) {
            String prefix = args[1];
            for (int i = 0; ; i++) {
                String id = prefix + i;
                store.session().execute(CodeCommands.add(Code.of(id, "Loop " + id, null, null)));
                store.session().execute(QuotationCommands.codeRange("a01", i % 50, i % 50 + 10, id, "me",
                        Fixtures.T));
                if (i % 3 == 0) {
                    store.write(store.capture(), ProjectStore.Target.RECOVERY);
                } else {
                    store.save();
                    System.out.println("saved " + i);
                    System.out.flush();
                }
            }
        }
    }
}
