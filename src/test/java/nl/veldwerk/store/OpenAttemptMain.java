package nl.veldwerk.store;

import java.nio.file.Path;

/** A second program trying to open a project for writing: exit 0 when refused, 3 when it got in. */
public final class OpenAttemptMain {
    private OpenAttemptMain() {
    }

    public static void main(String[] args) {
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]))) {
            System.exit(3);
        } catch (ProjectFileException refused) {
            System.out.println(refused.getMessage());
            System.exit(0);
        }
    }
}
