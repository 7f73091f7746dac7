package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * A save refused by the system says so in the user's words, with a way out, not the system's English words on
 * an inner temporary file ("…/parts/p-31.json.tmp: Operation not permitted").
 */
class SaveProblemWordsTest {
    private static String said(Exception cause, Locale language) {
        return new ProjectFileException(Path.of("proj", "veldwerk.json"), cause, "save.failed",
                ProjectFileException.detail(cause)).userText().text(language);
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidSoWithAWayOut() {
        String english = said(new FileSystemException("/p/parts/p-31-e8.json.tmp: Operation not permitted"),
                Locale.ENGLISH);
        assertTrue(english.contains("could not be saved: the project folder cannot be written to (it is read-only, "
                + "or you lack permission there: a USB stick's lock"), english);
        assertTrue(english.contains("File → Export bundle (.vwz)…"), english);
        assertTrue(!english.contains(".tmp") && !english.contains("Operation not permitted"), english);
        assertTrue(said(new AccessDeniedException("/p/parts/x.tmp"), Locale.of("nl")).contains(
                "er kan niet in de projectmap worden geschreven"));
        assertTrue(said(new FileSystemException("/p/x: Read-only file system"), Locale.ENGLISH)
                .contains("cannot be written to"));
    }

    @Test
    void otherProblemsKeepTheSystemsWords() {
        assertEquals("Connection timed out", ProjectFileException.detail(new java.io.IOException("Connection timed out")));
    }

    /** A full disk is said with what to do, the system's words kept (QA: no advice), on Linux and Windows. */
    @Test
    void aFullDiskIsSaidWithWhatToDo() {
        for (String system : List.of("No space left on device", "C:\\p\\x.tmp: There is not enough space on the disk")) {
            Object detail = ProjectFileException.detail(new java.io.IOException(system));
            String said = detail instanceof nl.veldwerk.model.UserText u ? u.text(Locale.ENGLISH) : String.valueOf(detail);
            assertTrue(said.contains("disk is full") && said.contains("Free some space"), said);
        }
    }
}
