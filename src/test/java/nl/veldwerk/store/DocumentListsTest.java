package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.project.synthetic.SyntheticProject;
import nl.veldwerk.store.StoreFormat.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 6: the manifest keeps its list of documents in list parts, so a one-document save of a
 * project with thousands of documents writes one document part, one short list part and a small manifest,
 * and the backups it keeps are small too (issue 24: a save's cost must not grow with the project).
 */
class DocumentListsTest {
    private static final int DOCUMENTS = 1_200;

    /** Made once (a create forces every part to disk): each test works on a copy. */
    @TempDir
    static Path template;
    @TempDir
    Path tmp;
    private Path dir;

    @BeforeAll
    static void createProject() throws Exception {
        Project project = SyntheticProject.generate(DOCUMENTS, 20, 1_200, 20, 5);
        try (ProjectStore store = ProjectStore.create(template.resolve("p"), project)) {
            store.save(); // the numbers given at creation, and the list moves into list parts
        }
    }

    @BeforeEach
    void copyProject() throws Exception {
        dir = tmp.resolve("p");
        Path from = template.resolve("p");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals(StoreFormat.LOCK)) {
                    Files.copy(file, dir.resolve(from.relativize(file).toString()));
                }
            }
        }
    }

    @Test
    void aOneDocumentSaveWritesOneDocumentPartOneListPartAndASmallManifest() throws Exception {
        long wholeList = DOCUMENTS * 100L; // an entry of the list is about 110 bytes
        try (ProjectStore store = ProjectStore.open(dir)) {
            Manifest before = manifest();
            assertTrue(before.documentLists().size() >= DOCUMENTS / DocumentLists.LONGEST,
                    "lists of a few hundred entries: " + before.documentLists().size());
            for (int save = 0; save < 8; save++) {
                Set<Path> partsBefore = files(dir.resolve(StoreFormat.PARTS));
                Document document = List.copyOf(store.session().project().documents()).get(save * 137);
                store.session().execute(QuotationCommands.codeRange(document.id(), 0, 5,
                        store.session().project().codes().iterator().next().id(), null, Instant.now()));
                store.save();
                Set<Path> added = files(dir.resolve(StoreFormat.PARTS));
                added.removeAll(partsBefore);
                assertEquals(List.of("d-", "l-"), added.stream().map(f -> f.getFileName().toString().substring(0, 2))
                        .sorted().toList(), "one document part and the one list that names it: " + added);
                assertTrue(Files.size(dir.resolve(StoreFormat.MANIFEST)) < wholeList / 20,
                        "the manifest does not hold every document: " + Files.size(dir.resolve(StoreFormat.MANIFEST)));
                Path newestBackup = dir.resolve(StoreFormat.BACKUPS).resolve(
                        String.format("veldwerk-%09d.json", manifest().sequence() - 1));
                assertTrue(Files.size(newestBackup) < wholeList / 20, "its backup is as small: " + newestBackup);
            }
            assertFalse(Files.readString(dir.resolve(StoreFormat.MANIFEST)).contains("\"documents\" : ["),
                    "on disk the manifest names list parts, not documents");
            Project saved = store.session().project().copy();
            store.close();
            try (ProjectStore reopened = ProjectStore.open(dir)) {
                assertEquals(saved, reopened.session().project());
            }
        }
    }

    @Test
    void aDocumentDeletedInTheMiddleChangesOneListNotEveryListAfterIt() throws Exception {
        try (ProjectStore store = ProjectStore.open(dir)) {
            List<String> listsBefore = manifest().documentLists().stream().map(StoreFormat.ListRef::file).toList();
            store.session().execute(DocumentCommands.delete(List.copyOf(store.session().project().documents()).get(300).id()));
            store.save();
            List<String> listsAfter = manifest().documentLists().stream().map(StoreFormat.ListRef::file).toList();
            Set<String> newLists = new HashSet<>(listsAfter);
            listsBefore.forEach(newLists::remove);
            assertTrue(newLists.size() <= 2, "a deletion rewrites the list that held it (and may join it to the "
                    + "next): " + newLists.size() + " of " + listsAfter.size());
        }
    }

    @Test
    void aDamagedListPartIsReadFromItsSecondCopyAndBothDamagedIsAClearError() throws Exception {
        Manifest manifest = manifest();
        String list = manifest.documentLists().get(1).file();
        Files.copy(dir.resolve(StoreFormat.MANIFEST), tmp.resolve("manifest-before"));
        Files.writeString(dir.resolve(list), "{\"documents\":[]}");
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertEquals(DOCUMENTS, store.session().project().documents().size(), "read from backups/parts/");
            Document first = store.session().project().documents().iterator().next();
            store.session().execute(DocumentCommands.rename(first.id(), "elsewhere"));
            store.save();
            assertFalse(manifest().documentLists().stream().anyMatch(l -> l.file().equals(list)),
                    "the next save writes the run anew instead of resting on the copy");
        }
        // The manifest as it was, naming the damaged list again, and now its second copy gone too.
        Files.writeString(dir.resolve(StoreFormat.MANIFEST), Files.readString(tmp.resolve("manifest-before")));
        Files.delete(dir.resolve(StoreFormat.BACKUPS).resolve(list));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
        assertEquals(dir.resolve(list).toAbsolutePath(), e.file().toAbsolutePath());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    /** A list part that is empty, claims more than a list holds, or is a link is refused before it is used. */
    @Test
    void hostileListPartsAreRefused() throws Exception {
        Manifest manifest = manifest();
        String list = manifest.documentLists().getFirst().file();
        String text = Files.readString(dir.resolve(StoreFormat.MANIFEST));
        int count = manifest.documentLists().getFirst().documents();
        String declared = "\"documents\" : " + count;
        assertTrue(text.contains(declared), text);
        for (String bad : List.of("0", "100000")) {
            Files.writeString(dir.resolve(StoreFormat.MANIFEST), text.replaceFirst(declared, "\"documents\" : " + bad));
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
            assertTrue(e.getMessage().contains("list part"), e.getMessage());
        }
        Files.writeString(dir.resolve(StoreFormat.MANIFEST), text);
        Path elsewhere = Files.move(dir.resolve(list), tmp.resolve("elsewhere.json"));
        Files.createSymbolicLink(dir.resolve(list), elsewhere);
        Files.delete(dir.resolve(StoreFormat.BACKUPS).resolve(list));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
        assertTrue(e.getMessage().contains("plain file"), e.getMessage());
    }

    /** A save that fails half-way (a full disk) leaves parts behind; the next save that succeeds removes them. */
    @Test
    void partsOfAFailedSaveAreCollectedByTheNextSave() throws Exception {
        boolean[] full = {true};
        Disk fillsUpAtTheList = new ForwardingDisk() {
            @Override
            public void writeForced(Path file, byte[] content) throws IOException {
                if (full[0] && file.getFileName().toString().startsWith("l-")) {
                    throw new IOException("No space left on device");
                }
                Disk.SYSTEM.writeForced(file, content);
            }
        };
        try (ProjectStore store = ProjectStore.open(dir, false, fillsUpAtTheList)) {
            store.prepareSaves();
            List<Document> documents = List.copyOf(store.session().project().documents());
            store.session().execute(DocumentCommands.rename(documents.get(3).id(), "first try"));
            assertThrows(ProjectFileException.class, store::save);
            full[0] = false;
            store.session().execute(DocumentCommands.rename(documents.get(900).id(), "second try"));
            store.save();
            assertEquals(referred(), names(files(dir.resolve(StoreFormat.PARTS))));
        }
    }

    @Test
    void aManifestThatNamesItsDocumentsTwiceIsRefused() throws Exception {
        String manifest = Files.readString(dir.resolve(StoreFormat.MANIFEST));
        Files.writeString(dir.resolve(StoreFormat.MANIFEST), manifest.replace("\"documentLists\"",
                "\"documents\" : [ ],\n  \"documentLists\""));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(dir));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    /**
     * After many saves (a recovery save between some), the parts folder holds exactly what the manifest, the
     * backups and the recovery save refer to: the collector, which looks only at what may have lost its last
     * reference, neither leaves old parts behind nor takes one that is still named.
     */
    @Test
    void afterManySavesThePartsFolderHoldsExactlyWhatIsReferred() throws Exception {
        try (ProjectStore store = ProjectStore.open(dir)) {
            for (int save = 0; save < 3 * StoreFormat.BACKUPS_KEPT; save++) {
                Document document = List.copyOf(store.session().project().documents()).get((save * 131) % DOCUMENTS);
                store.session().execute(QuotationCommands.codeRange(document.id(), 0, 5,
                        store.session().project().codes().iterator().next().id(), null, Instant.now()));
                if (save % 4 == 1) {
                    store.write(store.capture(), ProjectStore.Target.RECOVERY);
                } else {
                    store.save();
                }
                Set<String> referred = referred();
                Set<String> present = names(files(dir.resolve(StoreFormat.PARTS)));
                Set<String> missing = new HashSet<>(referred);
                missing.removeAll(present);
                Set<String> leftOver = new HashSet<>(present);
                leftOver.removeAll(referred);
                assertEquals(Set.of(), missing, "named but deleted, after write " + save);
                assertEquals(Set.of(), leftOver, "left behind, after write " + save);
            }
        }
    }

    /**
     * What a crash left (a part no manifest names, a temporary file) is removed when the saves are prepared
     * after opening, as the first save did before; the parts of a recovery save that holds newer work stay.
     */
    @Test
    void preparingTheSavesRemovesWhatACrashLeftAndKeepsARecoverySave() throws Exception {
        try (ProjectStore crashed = ProjectStore.open(dir)) {
            Document document = List.copyOf(crashed.session().project().documents()).get(7);
            crashed.session().execute(DocumentCommands.rename(document.id(), "after the last save"));
            crashed.write(crashed.capture(), ProjectStore.Target.RECOVERY);
        }
        Path orphan = Files.writeString(dir.resolve(StoreFormat.PARTS).resolve("d-99-0-deadbeef.json"), "{}");
        Path temporary = Files.writeString(dir.resolve(StoreFormat.PARTS).resolve("d-98-0-deadbeef.json.tmp"), "{");
        try (ProjectStore store = ProjectStore.open(dir)) {
            store.prepareSaves();
            assertFalse(Files.exists(orphan));
            assertFalse(Files.exists(temporary));
            assertEquals(referred(), names(files(dir.resolve(StoreFormat.PARTS))));
        }
        try (ProjectStore recovered = ProjectStore.openRecovered(dir)) {
            assertTrue(recovered.session().project().documents().stream()
                    .anyMatch(d -> d.name().equals("after the last save")));
        }
    }

    @Test
    void aBundleOfAFolderWithListPartsUnpacksAndOpens() throws Exception {
        Path bundle = tmp.resolve("zipped.vwz");
        try (OutputStream out = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(out)) {
            Set<String> entries = new java.util.TreeSet<>(referredBy(manifest()));
            entries.add(StoreFormat.MANIFEST);
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(Files.readAllBytes(dir.resolve(name)));
                zip.closeEntry();
            }
        }
        Path unpacked = tmp.resolve("unpacked");
        Bundles.extract(bundle, unpacked);
        try (ProjectStore store = ProjectStore.open(unpacked)) {
            assertEquals(DOCUMENTS, store.session().project().documents().size());
        }
    }

    @Test
    void aProjectSavedBeforeListPartsOpensAndItsFirstSaveMovesTheList() throws Exception {
        Path old = tmp.resolve("old");
        Project project = SyntheticProject.generate(300, 20, 300, 10, 6);
        ProjectReader.numberUnnumbered(project);
        Files.createDirectories(old.resolve(StoreFormat.PARTS));
        FullWriter.write(project, (name, content) -> Files.write(old.resolve(name), content));
        Manifest inline = ProjectReader.readManifest(old.resolve(StoreFormat.MANIFEST));
        assertNull(inline.documentLists(), "as version 5 wrote it: the list in the manifest");
        try (ProjectStore store = ProjectStore.open(old)) {
            assertEquals(project, store.session().project());
            store.session().execute(DocumentCommands.rename(project.documents().iterator().next().id(), "renamed"));
            store.save();
        }
        assertTrue(ProjectReader.readManifest(old.resolve(StoreFormat.MANIFEST)).documentLists().size() > 0);
        try (ProjectStore store = ProjectStore.open(old)) {
            assertEquals("renamed", store.session().project().documents().iterator().next().name());
        }
    }

    private Manifest manifest() throws ProjectFileException {
        return ProjectReader.readManifest(dir.resolve(StoreFormat.MANIFEST));
    }

    private Set<String> referred() throws Exception {
        Set<String> all = new HashSet<>(referredBy(manifest()));
        try (Stream<Path> backups = Files.list(dir.resolve(StoreFormat.BACKUPS))) {
            for (Path backup : backups.filter(Files::isRegularFile).toList()) {
                all.addAll(referredBy(ProjectReader.readManifest(backup, dir)));
            }
        }
        if (Files.exists(dir.resolve(StoreFormat.RECOVERY_MANIFEST))) {
            all.addAll(referredBy(ProjectReader.readManifest(dir.resolve(StoreFormat.RECOVERY_MANIFEST))));
        }
        return all;
    }

    private static Set<String> referredBy(Manifest manifest) {
        return GarbageCollector.filesOf(manifest);
    }

    private static Set<String> names(Set<Path> files) {
        Set<String> names = new HashSet<>();
        files.forEach(f -> names.add(StoreFormat.PARTS + "/" + f.getFileName()));
        return names;
    }

    private static Set<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new HashSet<>(files.collect(java.util.stream.Collectors.toCollection(ArrayList::new)));
        }
    }
}
