package nl.veldwerk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report that cannot be written is said about the file asked for, with what to do when the system refused. */
class FileNotWrittenTest {
    @TempDir
    Path tmp;

    @Test
    void aRefusedWriteNamesTheFileAskedForAndWhatToDo() throws Exception {
        Path file = tmp.resolve("rapport.docx");
        Files.writeString(file, "the report written before");
        // The system's refusal, as a read-only (or immutable) folder and a file Word holds give it on Linux.
        FileNotWritten refused = assertThrows(FileNotWritten.class, () -> GridExport.writeAtomically(file, out -> {
            throw new FileSystemException(file + ".tmp", null, "Operation not permitted");
        }));
        String said = refused.userText().text(Locale.ENGLISH);
        assertTrue(said.startsWith(file + " could not be written: the folder is read-only"), said);
        assertTrue(said.contains("open in another program"), said);
        assertFalse(said.contains(".tmp"), said);
        assertTrue(refused.userText().text(Locale.forLanguageTag("nl")).contains("kon niet worden geschreven"));
        assertEquals("the report written before", Files.readString(file), "the file written before is as it was");
        assertFalse(Files.exists(tmp.resolve("rapport.docx.tmp")), "no temporary file left behind");
    }

    @Test
    void anotherFailureGivesTheSystemsReasonAboutTheFileAskedFor() {
        Path file = tmp.resolve("tabel.xlsx");
        FileNotWritten failed = assertThrows(FileNotWritten.class, () -> GridExport.writeAtomically(file, out -> {
            throw new FileSystemException(file + ".tmp", null, "Input/output error");
        }));
        assertEquals(file + " could not be written: Input/output error", failed.userText().text(Locale.ENGLISH));
        FileNotWritten moved = FileNotWritten.of(file, tmp.resolve("tabel.xlsx.tmp"), new FileSystemException(
                tmp.resolve("tabel.xlsx.tmp").toString(), file.toString(), "Operation not permitted"));
        assertTrue(moved.userText().text(Locale.ENGLISH).startsWith(file + " could not be written: the folder is"),
                "a move over a file another program holds");
    }
}
