package nl.veldwerk.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The window's title names the project's folder beside its name, so copies of one project can be told apart. */
class WindowTitleTest {
    @Test
    void aFolderNamedOtherwiseIsNamedBesideTheProject() {
        assertEquals(" [wijk-y kopie]", ProjectStatus.folderBeside("Wijk Y", Path.of("/data", "wijk-y kopie")));
        assertEquals(" [backup 2026-11]", ProjectStatus.folderBeside("Wijk Y", Path.of("backup 2026-11")));
    }

    @Test
    void aFolderNamedAsTheProjectIsNotRepeated() {
        assertEquals("", ProjectStatus.folderBeside("Wijk Y", Path.of("/data", "wijk y")));
        assertEquals("", ProjectStatus.folderBeside("Wijk Y", null));
    }
}
