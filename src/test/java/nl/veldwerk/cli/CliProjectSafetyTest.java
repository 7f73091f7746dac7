package nl.veldwerk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.veldwerk.model.Limits;
import nl.veldwerk.store.ProjectReader;
import nl.veldwerk.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line refuses rather than write a project it could not open again, and a second writer:
 * each gets one line on stderr, exit status 1, and the project as it was.
 */
class CliProjectSafetyTest {
    private static final String GUID = "11111111-2222-3333-4444-555555555555";

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.veldwerk(args);
    }

    private Path project() {
        Path project = tmp.resolve("p");
        assertEquals(0, run("new", project.toString()).status());
        return project;
    }

    private static Map<String, Long> files(Path dir) throws Exception {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).filter(f -> !f.endsWith(".lock")).toList()) {
                sizes.put(dir.relativize(f).toString(), Files.size(f));
            }
        }
        return sizes;
    }

    private static void refusedInOneLine(CliRun result, String expected) {
        assertEquals(1, result.status(), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains(expected), result.err());
        assertFalse(result.out().contains("Imported"), result.out());
    }

    /**
     * A bundle or export is made from the last save: work a window has not saved yet, or a crash left in a recovery
     * save, is said to be missing from it (QA: a bundle made while the window had three imports unsaved held none
     * of them, and said nothing).
     */
    @Test
    void workNotInTheLastSaveIsSaidToBeMissingFromWhatIsWritten() throws Exception {
        Path project = project();
        CliRun plain = run("bundle", project.toString(), tmp.resolve("a.vwz").toString());
        assertEquals(0, plain.status(), plain.err());
        assertEquals("", plain.err(), "nothing to say");
        try (ProjectStore window = ProjectStore.open(project)) {
            window.session().execute(nl.veldwerk.project.CodeCommands.add(nl.veldwerk.model.Code.of("nieuw", "Nieuw",
                    null, null)));
            window.write(window.capture(), ProjectStore.Target.RECOVERY);
            CliRun open = run("bundle", project.toString(), tmp.resolve("b.vwz").toString());
            assertEquals(0, open.status(), open.err());
            assertTrue(open.err().contains("open in the Veldwerk window"), open.err());
            assertTrue(open.err().contains("this bundle holds the project's last save, without what is not yet saved"
                    + " there (unsaved work since "), open.err());
        }
        CliRun crashed = run("export-qdpx", project.toString(), tmp.resolve("c.qdpx").toString());
        assertEquals(0, crashed.status(), crashed.err());
        assertTrue(crashed.err().contains("that a crash left in a recovery save. It is not in this export, which holds"
                + " the last save"), crashed.err());
    }

    /** An export or report made before is not written over unless asked, whichever command writes the file. */
    @Test
    void anExistingFileIsNotWrittenOverWithoutOverwrite() throws Exception {
        Path project = project();
        String[][] commands = {
            {"export-qdpx", project.toString(), "FILE"},
            {"export-qdc", project.toString(), "FILE"},
            {"bundle", project.toString(), "FILE"},
            {"report", project.toString(), "--format", "csv", "--out", "FILE"},
            {"codebook-report", project.toString(), "--out", "FILE"},
            {"memo-report", project.toString(), "--out", "FILE"},
        };
        for (String[] command : commands) {
            String ending = switch (command[0]) {
                case "export-qdpx" -> ".qdpx";
                case "export-qdc" -> ".qdc";
                case "bundle" -> ".vwz";
                case "report" -> ".csv";
                default -> ".docx";
            };
            Path file = Files.writeString(tmp.resolve(command[0] + ending), "made before, by hand");
            String[] args = java.util.Arrays.stream(command).map(a -> a.equals("FILE") ? file.toString() : a)
                    .toArray(String[]::new);
            CliRun refused = run(args);
            assertEquals(1, refused.status(), command[0] + ": " + refused.err());
            assertTrue(refused.err().contains("exists already; nothing was written. Add --overwrite"), refused.err());
            assertEquals("made before, by hand", Files.readString(file), command[0]);

            String[] again = java.util.Arrays.copyOf(args, args.length + 1);
            again[args.length] = "--overwrite";
            if (!command[0].equals("export-qdpx") && !command[0].equals("bundle")) {
                continue; // this project has no codes or quotations to report: refused for that, after the file
            }
            CliRun replaced = run(again);
            assertEquals(0, replaced.status(), command[0] + ": " + replaced.err());
            assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).equals("made before, by hand"),
                    command[0]);
        }
    }

    @Test
    void aTranscriptLongerThanADocumentCanHoldIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path project = project();
        var before = files(project);
        Path huge = Files.writeString(tmp.resolve("huge.txt"), "a".repeat(Limits.TEXT + 1));
        refusedInOneLine(run("import", project.toString(), huge.toString()), "holds 20,000,001 characters of text; with the "
                + "line end it is given at its end, more than the 20,000,000 a Veldwerk document can hold");
        // Exactly the limit, without a line end: counted as the file has it (QA: "20,000,001"), and the line end
        // it is given said to count.
        Path limit = Files.writeString(tmp.resolve("grens.txt"), "a".repeat(Limits.TEXT));
        refusedInOneLine(run("import", project.toString(), limit.toString()), "holds 20,000,000 characters of text; with the "
                + "line end it is given at its end, more than the 20,000,000 a Veldwerk document can hold");
        Path over = Files.writeString(tmp.resolve("over.txt"), "a".repeat(Limits.TEXT) + "\n");
        refusedInOneLine(run("import", project.toString(), over.toString()), "holds 20,000,001 characters of text, "
                + "more than the 20,000,000 a Veldwerk document can hold");
        assertEquals(before, files(project));
        assertEquals(0, run("info", project.toString()).status(), "the project still opens");
    }

    @Test
    void aCodebookWithAnEndlessDescriptionIsRefused() throws Exception {
        Path project = project();
        var before = files(project);
        Path qdc = Files.writeString(tmp.resolve("long.qdc"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"" + GUID + "\" name=\"x\""
                + " isCodable=\"true\"><Description>" + "d".repeat(Limits.NOTE + 1) + "</Description></Code>"
                + "</Codes></CodeBook>");
        refusedInOneLine(run("import-qdc", project.toString(), qdc.toString()), "more than the 1,000,000");
        assertEquals(before, files(project));
    }

    @Test
    void aQdpxWithAnEndlessAttributeNameOrASourceThatInflatesPastTheLimitIsRefused() throws Exception {
        String longName = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\""
                + " name=\"p\"><Variables><Variable guid=\"" + GUID + "\" name=\"" + "v".repeat(60_000)
                + "\" typeOfVariable=\"Text\"/></Variables></Project>";
        Path target = tmp.resolve("imported");
        refusedInOneLine(run("import-qdpx", nl.veldwerk.hostile.HostileFiles.zip(tmp.resolve("name.qdpx"),
                nl.veldwerk.hostile.HostileFiles.entries("project.qde", longName)).toString(), target.toString()), "more than the 1,000 allowed");
        assertFalse(Files.exists(target.resolve("veldwerk.json")), "no project left behind");

        String oneSource = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\""
                + " name=\"p\"><Sources><TextSource guid=\"" + GUID + "\" name=\"d\" plainTextPath=\"internal://"
                + GUID + ".txt\"/></Sources></Project>";
        Path bomb = tmp.resolve("bomb.qdpx");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("project.qde"));
            z.write(oneSource.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("sources/" + GUID + ".txt"));
            byte[] block = "wijk ".repeat(200_000).getBytes(StandardCharsets.US_ASCII); // 1 MB, a few kB zipped
            for (int i = 0; i < 70; i++) {
                z.write(block);
            }
            z.closeEntry();
        }
        assertTrue(Files.size(bomb) < 2_000_000, "a small file: " + Files.size(bomb));
        refusedInOneLine(run("import-qdpx", bomb.toString(), target.toString()), "more than the allowed size");
        assertFalse(Files.exists(target.resolve("veldwerk.json")));
    }

    @Test
    void aSecondWriterIsRefusedNamingTheHolderAndNoReportedImportIsLost() throws Exception {
        Path project = project();
        Path a = Files.writeString(tmp.resolve("A.txt"), "Interviewer: a\nR1: b\n");
        try (ProjectStore window = ProjectStore.open(project)) {
            // In this same program, as a test runs it (another program is told who holds it: LockTest).
            refusedInOneLine(run("import", project.toString(), a.toString()), "is already open in this Veldwerk");
            assertEquals(0, window.session().project().documents().size());
        }
        CliRun imported = run("import", project.toString(), a.toString());
        assertEquals(0, imported.status(), imported.err());
        assertEquals(1, ProjectReader.read(project).documents().size(), "every reported import is there");
    }

    /** A project with one document and a window's unsaved work in a recovery save: the window then crashed. */
    private Path crashedWithUnsavedWork() throws Exception {
        Path project = project();
        assertEquals(0, run("import", project.toString(), Files.writeString(tmp.resolve("A01.txt"),
                "A01: Ja.\n").toString()).status());
        try (ProjectStore window = ProjectStore.open(project)) {
            window.session().execute(nl.veldwerk.project.CodeCommands.add(nl.veldwerk.model.Code.of("c", "Werk",
                    null, null)));
            window.write(window.capture(), ProjectStore.Target.RECOVERY);
        } // crashed
        return project;
    }

    @Test
    void unsavedWorkACrashLeftIsNeverOverwrittenFromTheCommandLine() throws Exception {
        Path project = crashedWithUnsavedWork();
        Path a = Files.writeString(tmp.resolve("A.txt"), "R1: b\n");
        refusedInOneLine(run("import", project.toString(), a.toString()), "recovery save");
        assertTrue(ProjectStore.recoverableSince(project).isPresent());
        // Info says so (its counts are of the last save); restore of a damaged part waits for the window too.
        CliRun info = run("info", project.toString());
        assertEquals(0, info.status(), info.err());
        assertTrue(info.err().contains("holds unsaved work from") && info.err().contains("counts above are of the"
                + " last save"), info.err());
        String partName = nl.veldwerk.store.ManifestFiles.documentParts(project).getFirst();
        Path part = project.resolve(partName);
        Files.writeString(part, Files.readString(part) + " ");
        refusedInOneLine(run("restore", project.toString()), "recovery save");
        assertTrue(ProjectStore.recoverableSince(project).isPresent());
    }

    /** Info says what the window says at opening: a damaged recovery save, a project part read from its copy (QA). */
    @Test
    void infoSaysADamagedRecoverySaveAndAProjectPartReadFromItsCopy() throws Exception {
        Path project = crashedWithUnsavedWork();
        Path recovery = project.resolve("autosave.json");
        Files.write(recovery, java.util.Arrays.copyOf(Files.readAllBytes(recovery), 40));
        String projectPart = nl.veldwerk.testing.ProjectFolders.projectPartOf(project);
        Files.writeString(project.resolve(projectPart), "{");
        CliRun info = run("info", project.toString());
        assertEquals(0, info.status(), info.err());
        assertTrue(info.out().contains("documents:  1"), info.out());
        assertTrue(info.err().contains("saved automatically at") && info.err().contains("cannot be read back: its file"
                + " is damaged"), info.err());
        assertTrue(info.err().contains("the project part " + projectPart) && info.err().contains("read from its second "
                + "copy and nothing is lost"), info.err());
    }

    @Test
    void infoNamesADamagedPartAndRestoreTakesItFromTheNewestIntactBackup() throws Exception {
        Path project = project();
        Path a = Files.writeString(tmp.resolve("A03.txt"), "Interviewer: Hoe?\nA03: Via de buurvrouw.\n");
        Path b = Files.writeString(tmp.resolve("W01.txt"), "W01: Bekendheid.\n");
        assertEquals(0, run("import", project.toString(), a.toString()).status());
        assertEquals(0, run("import", project.toString(), b.toString()).status()); // A03's part is in a backup now
        String partName = nl.veldwerk.store.ManifestFiles.documentParts(project).getFirst();
        Path part = project.resolve(partName);
        Files.writeString(part, Files.readString(part).replace("buurvrouw", "Buurvrouw"));
        // Both imports wrote A03's part anew? Then no backup holds another copy; the first one did not.
        CliRun info = run("info", project.toString());
        assertEquals(1, info.status());
        assertTrue(info.err().contains("damaged: part " + partName),
                info.err());
        assertTrue(info.out().contains("documents:  1"), "the rest is counted: " + info.out());
        CliRun restored = run("restore", project.toString());
        assertEquals(0, restored.status(), restored.err());
        assertTrue(restored.out().contains("Restored A03 from the backup of"), restored.out());
        assertEquals(0, run("info", project.toString()).status());
        assertTrue(ProjectReader.read(project).documents().stream().anyMatch(d -> d.text().contains("buurvrouw")));
    }

}
