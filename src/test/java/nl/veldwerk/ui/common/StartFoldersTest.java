package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where file dialogs start, and what a new project may be put in. */
class StartFoldersTest {
    @TempDir
    Path tmp;

    @Test
    void exportsStartBesideTheProjectAndImportsWhereTheLastImportWas() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("wijk-y"));
        Path transcripts = Files.createDirectories(tmp.resolve("transcripten"));
        Path gone = Files.createDirectories(tmp.resolve("weg"));
        StartFolders.remember(StartFolders.Kind.SAVE, gone.resolve("rapport.docx"));
        StartFolders.remember(StartFolders.Kind.OPEN, gone.resolve("terug.vwz"));
        StartFolders.remember(StartFolders.Kind.PROJECT, gone.resolve("oud"));
        Files.delete(gone);
        assertEquals(tmp, StartFolders.start(StartFolders.Kind.PROJECT, Optional.of(project)),
                "another project to merge, the first time: beside this one, where its other versions are made (QA)");
        assertEquals(tmp, StartFolders.start(StartFolders.Kind.SAVE, Optional.of(project)),
                "the first export starts beside the project, not in its folder");
        assertEquals(tmp, StartFolders.start(StartFolders.Kind.OPEN, Optional.of(project)),
                "so does the first file to open (a bundle sent back), not the home folder");
        Path reports = Files.createDirectories(tmp.resolve("rapporten"));
        StartFolders.remember(StartFolders.Kind.SAVE, reports.resolve("rapport.docx"));
        assertEquals(reports, StartFolders.start(StartFolders.Kind.SAVE, Optional.of(project)), "then where the last went");
        assertEquals(reports, StartFolders.start(StartFolders.Kind.OPEN, Optional.of(project)),
                "nothing opened yet: where the last export went");
        StartFolders.remember(StartFolders.Kind.IMPORT, transcripts.resolve("A01.docx"));
        assertEquals(transcripts, StartFolders.start(StartFolders.Kind.IMPORT, Optional.of(project)),
                "the folder of the last imported file, not the project's");
        assertEquals(transcripts, StartFolders.start(StartFolders.Kind.RECORDING, Optional.of(project)),
                "the first recording to link: where the transcripts came from (QA), not the last export's folder");
        Path audio = Files.createDirectories(tmp.resolve("opnamen"));
        StartFolders.remember(StartFolders.Kind.RECORDING, audio.resolve("A01.mp3"));
        assertEquals(audio, StartFolders.start(StartFolders.Kind.RECORDING, Optional.of(project)), "then its own");
        assertEquals(transcripts, StartFolders.start(StartFolders.Kind.IMPORT, Optional.of(project)));
        StartFolders.remember(StartFolders.Kind.PROJECT, project);
        assertEquals(tmp, StartFolders.start(StartFolders.Kind.PROJECT, Optional.empty()),
                "a new project starts beside the last one");
        Files.delete(transcripts);
        assertEquals(StartFolders.home(), StartFolders.start(StartFolders.Kind.IMPORT, Optional.empty()),
                "a folder that is gone: home, never the program's folder");
    }

    @Test
    void aNewProjectGetsAFolderOfItsNameAndNeverOneWithFilesInIt() throws Exception {
        NewProject p = NewProject.in(tmp, "  Wijk Y: pilot ");
        assertEquals("Wijk Y: pilot", p.name(), "the name as typed");
        assertEquals(tmp.resolve("Wijk Y - pilot"), p.folder(), "the folder as the file system allows");
        assertNull(p.problem());
        Files.createDirectories(p.folder());
        assertNull(p.problem(), "an empty folder will do");
        Files.writeString(p.folder().resolve("notities.txt"), "eigen werk");
        assertTrue(p.problem().contains("not empty"), p.problem());
    }
}
