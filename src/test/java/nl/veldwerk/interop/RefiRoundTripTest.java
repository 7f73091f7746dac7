package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import nl.veldwerk.model.AttributeDefinition;
import nl.veldwerk.model.AttributeType;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export validates against the REFI-QDA schemas, and export then import gives back the same project. */
class RefiRoundTripTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00.123456Z");
    private static final String A01 = "Interviewer: Hoe bereikt u bewoners?\nA01: Via de buren 👍 en de wijkcoach. "
            + "Mensen schamen zich.\n";

    @TempDir
    Path tmp;
    private Project project;
    private String weakTies;
    private String emojiQuotation;

    @BeforeEach
    void buildProject() {
        project = new Project(new ProjectInfo(ProjectInfo.ID, "Wijk Y", "Voorliggende voorzieningen", "nl", T));
        String me = Ids.newId();
        project.put(new Coder(me, "Onderzoeker"));
        String group = Ids.newId();
        project.put(new DocumentGroup(group, "Aanbieders", "A01-A08"));
        project.put(new AttributeDefinition(Ids.newId(), "role", AttributeType.TEXT));
        project.put(new AttributeDefinition(Ids.newId(), "age", AttributeType.NUMBER));
        project.put(new AttributeDefinition(Ids.newId(), "interviewed", AttributeType.DATE));
        String network = Ids.newId();
        project.put(new Code(network, "Sociaal netwerk", "#1f77b4", null, Phase.AXIAL, "Het netwerk van de inwoner",
                List.of(), "Categorie uit het theoretisch kader"));
        weakTies = Ids.newId();
        project.put(new Code(weakTies, "Weak ties", "#aec7e8", network, Phase.OPEN, "Contact met professionals",
                List.of("noemt wijkcoach", "noemt huisarts"), ""));
        String core = Ids.newId();
        project.put(new Code(core, "Individueel gebruik", "#d62728", null, Phase.SELECTIVE, "", List.of(), ""));
        String doc = Ids.newId();
        project.put(new Document(doc, "A01", "Reconstructie", A01, SourceFormat.REFI_QDA, List.of(), Set.of(group),
                Map.of("role", "aanbieder", "age", "45.5", "interviewed", "2024-05-02"), T, 1));
        int start = A01.indexOf("de buren");
        emojiQuotation = Ids.newId();
        project.put(new Quotation(emojiQuotation, doc, start, A01.indexOf(" en de"), "met emoji", me, T, 1));
        String after = Ids.newId();
        int s2 = A01.indexOf("Mensen");
        project.put(new Quotation(after, doc, s2, s2 + "Mensen schamen zich".length(), "", me, T, 2));
        project.put(new Coding(Ids.newId(), emojiQuotation, weakTies, me, T));
        project.put(new Coding(Ids.newId(), after, core, me, T));
        project.put(new Coding(Ids.newId(), after, weakTies, null, null));
        String relation = Ids.newId();
        project.put(new Relation(relation, weakTies, core, RelationType.CAUSES, "", 2.5, "sterker dan strong ties"));
        project.put(new Relation(Ids.newId(), network, core, RelationType.USER_DEFINED, "verklaart", 0, ""));
        project.put(new Memo(Ids.newId(), MemoTarget.project(), "Storyline", "De kern is...", me, T, T));
        project.put(new Memo(Ids.newId(), new MemoTarget(EntityKind.CODE, weakTies), "Weak ties", "Zwaarder", me, T, T));
        project.put(new Memo(Ids.newId(), new MemoTarget(EntityKind.QUOTATION, after), "Schaamte", "!", me, T, null));
        project.put(new Memo(Ids.newId(), new MemoTarget(EntityKind.DOCUMENT, doc), "Over A01", "...", null, T, T));
    }

    @Test
    void exportThenImportGivesBackTheSameProject() throws Exception {
        Path qdpx = tmp.resolve("wijk-y.qdpx");
        RefiExport.exportProject(project, qdpx, "Veldwerk test");
        RefiImport.ProjectResult result = RefiImport.readProject(qdpx, ProjectInfo.named("other", Instant.EPOCH));
        assertEquals(List.of(), result.summary().skipped());
        assertEquals(List.of(), nl.veldwerk.model.ProjectDiff.between(project, result.project()));
        assertEquals(project, result.project());
    }

    /**
     * A document whose deletion was undone sits last in the project's order but keeps its number: the export lists
     * the documents by number, so they come back with the same numbers (QA: it came back last, the others renumbered).
     */
    @Test
    void aDocumentWhoseDeletionWasUndoneComesBackWithItsNumber() throws Exception {
        Project p = new Project(ProjectInfo.named("Volgorde", T));
        for (int i = 1; i <= 3; i++) {
            p.put(Document.of(Ids.newId(), "A0" + i, "A0" + i + ": Ja.\n", SourceFormat.TXT, List.of(), T).withNumber(i));
        }
        nl.veldwerk.project.ProjectSession session = new nl.veldwerk.project.ProjectSession(p);
        Document first = p.documentsByNumber().getFirst();
        session.execute(nl.veldwerk.project.DocumentCommands.delete(first.id()));
        session.undo();
        assertEquals(first.id(), List.copyOf(p.documents()).getLast().id(), "last in the project's order");
        Path qdpx = tmp.resolve("terug.qdpx");
        RefiExport.exportProject(p, qdpx, "Veldwerk test");
        Project back = RefiImport.readProject(qdpx, ProjectInfo.named("other", Instant.EPOCH)).project();
        assertEquals(List.of("1 A01", "2 A02", "3 A03"), back.documentsByNumber().stream()
                .map(d -> d.number() + " " + d.name()).toList());
    }

    /** A selection's name is its words without the label of a turn that begins inside it (QA: "ch ... A01: Bijv"). */
    /**
     * After a deleted document and a deleted quotation an import numbers afresh, without the gaps: the export says
     * how many IDs that changes, exactly those that do change (QA: 57 IDs changed unsaid).
     */
    @Test
    void theIdsAnImportWouldNumberAfreshAreSaid() throws Exception {
        Project p = new Project(ProjectInfo.named("Nummers", T));
        for (int i = 1; i <= 3; i++) {
            p.put(Document.of("d" + i, "A0" + i, "A0" + i + ": Ja, dat klopt helemaal.\n", SourceFormat.TXT, List.of(), T)
                    .withNumber(i));
            for (int q = 1; q <= 3; q++) {
                p.put(new Quotation("q" + i + q, "d" + i, q * 2, q * 2 + 3, "", null, T, q));
            }
        }
        assertEquals(0, RefiExport.losses(p).renumberedQuotations(), "no gaps: the same IDs");
        nl.veldwerk.project.ProjectSession session = new nl.veldwerk.project.ProjectSession(p);
        session.execute(nl.veldwerk.project.DocumentCommands.delete("d1")); // 2:x become 1:x, 3:x become 2:x
        session.execute(nl.veldwerk.project.QuotationCommands.delete("q32")); // and 3:3 becomes 2:2
        java.util.function.Function<Project, List<String>> ids = project -> project.documentsByNumber().stream()
                .flatMap(d -> project.quotationsOf(d.id()).stream().map(q -> d.number() + ":" + q.number()))
                .sorted().toList();
        Path qdpx = tmp.resolve("nummers.qdpx");
        RefiExport.exportProject(p, qdpx, "Veldwerk test");
        Project back = RefiImport.readProject(qdpx, ProjectInfo.named("other", Instant.EPOCH)).project();
        List<String> before = ids.apply(p);
        List<String> after = ids.apply(back);
        assertEquals(List.of("2:1", "2:2", "2:3", "3:1", "3:3"), before);
        assertEquals(List.of("1:1", "1:2", "1:3", "2:1", "2:2"), after);
        assertEquals(5, RefiExport.losses(p).renumberedQuotations(), "every ID that changes, said");
        assertTrue(RefiExport.losses(p).lines().stream().anyMatch(l -> l.startsWith("the IDs (\"3:12\") of 5 quotations")),
                RefiExport.losses(p).lines().toString());
    }

    @Test
    void aSelectionsNameHasNoSpeakersLabelInside() throws Exception {
        String text = "I: Bent u Nederlander?\nA01: Bijvoorbeeld wel.\n";
        int second = text.indexOf("A01:");
        Project p = new Project(ProjectInfo.named("Namen", T));
        p.put(Document.of("d", "A01", text, SourceFormat.TXT, List.of(new nl.veldwerk.model.SpeakerTurn("I", 0, second,
                null), new nl.veldwerk.model.SpeakerTurn("A01", second, text.length(), null)), T).withNumber(1));
        p.put(new Quotation(Ids.newId(), "d", text.indexOf("Nederlander"), text.indexOf(" wel"), "", null, T, 1));
        Path qdpx = tmp.resolve("namen.qdpx");
        RefiExport.exportProject(p, qdpx, "Veldwerk test");
        String qde = new String(unzip(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        assertTrue(qde.contains("name=\"Nederlander? Bijvoorbeeld\""), qde);
    }

    @Test
    void theProjectFileValidatesAndCountsCodePoints() throws Exception {
        Path qdpx = tmp.resolve("wijk-y.qdpx");
        RefiExport.exportProject(project, qdpx, "Veldwerk test");
        Map<String, byte[]> entries = unzip(qdpx);
        assertTrue(entries.containsKey("project.qde"));
        validate(entries.get("project.qde"), "Project.xsd");
        String qde = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
        assertTrue(qde.contains("name=\"age\" typeOfVariable=\"Float\""), "45.5 is no whole number");
        int emojiStart = A01.indexOf("de buren");
        int emojiEnd = A01.indexOf(" en de");
        assertTrue(qde.contains("startPosition=\"" + emojiStart + "\" endPosition=\"" + (emojiEnd - 1) + "\""),
                "the end lies after one emoji: one code point, two UTF-16 units");
        String source = entries.keySet().stream().filter(k -> k.startsWith("sources/")).findFirst().orElseThrow();
        assertTrue(source.matches("sources/[0-9a-f-]{36}\\.txt"), source);
        byte[] text = entries.get(source);
        assertTrue(text[0] != (byte) 0xEF, "no BOM");
        assertEquals(A01, new String(text, StandardCharsets.UTF_8));
    }

    @Test
    void controlCharactersInTextsDoNotBreakTheProjectFile() throws Exception {
        String text = "R: Ik zei\u000Bdat het\fniet ging.\n";
        Project p = new Project(ProjectInfo.named("Wijk\u0001 Y", T));
        String doc = Ids.newId();
        p.put(Document.of(doc, "R", text, SourceFormat.TXT, List.of(), T));
        p.put(new Quotation(Ids.newId(), doc, 3, text.length() - 1, "opmerking\u0008", null, T));
        p.put(new Memo(Ids.newId(), MemoTarget.project(), "Memo\u0007", "plakte\u000Btekst", null, T, T));
        Path qdpx = tmp.resolve("stuurtekens.qdpx");
        RefiExport.exportProject(p, qdpx, "Veldwerk test");
        byte[] qde = unzip(qdpx).get("project.qde");
        validate(qde, "Project.xsd");
        String written = new String(qde, StandardCharsets.UTF_8);
        assertTrue(written.contains("Ik zei dat het niet ging."), "a control character becomes a space: " + written);
        InteropException noCodes = org.junit.jupiter.api.Assertions.assertThrows(InteropException.class,
                () -> RefiExport.exportCodebook(p, tmp.resolve("leeg.qdc"), "Veldwerk test"));
        assertEquals("leeg.qdc: was not written: the project has no codes yet",
                noCodes.userText().text(java.util.Locale.ENGLISH));
    }

    /** Written where it cannot be: said of the file asked for, with the reason, not of a temporary file. */
    @Test
    void anExportThatCannotBeWrittenSaysWhyAboutTheFileAskedFor() throws Exception {
        Path nowhere = tmp.resolve("nope").resolve("sub").resolve("a.qdpx");
        InteropException missing = org.junit.jupiter.api.Assertions.assertThrows(InteropException.class,
                () -> RefiExport.exportProject(project, nowhere, "Veldwerk test"));
        assertEquals("a.qdpx: could not be written: the folder " + nowhere.getParent() + " does not exist",
                missing.userText().text(java.util.Locale.ENGLISH));
        Path folder = Files.createDirectories(tmp.resolve("out.qdpx"));
        InteropException isFolder = org.junit.jupiter.api.Assertions.assertThrows(InteropException.class,
                () -> RefiExport.exportCodebook(project, folder, "Veldwerk test"));
        assertEquals("out.qdpx: could not be written: a folder of that name is there",
                isFolder.userText().text(java.util.Locale.ENGLISH));
        assertTrue(!isFolder.userText().text(java.util.Locale.ENGLISH).contains(".tmp"));
    }

    @Test
    void theCodebookValidatesAndImportsBack() throws Exception {
        Path qdc = tmp.resolve("codes.qdc");
        RefiExport.CodebookLosses losses = RefiExport.exportCodebook(project, qdc, "Veldwerk test");
        validate(Files.readAllBytes(qdc), "Codebook.xsd");
        long memos = project.codes().stream().filter(c -> !c.memo().isEmpty()).count() + project.memos().stream()
                .filter(m -> m.target().kind() == nl.veldwerk.model.EntityKind.CODE).count();
        assertEquals(new RefiExport.CodebookLosses(project.relations().size(), (int) memos, (int) project.codes()
                .stream().filter(c -> c.review() != nl.veldwerk.model.ReviewStatus.PROPOSED).count(),
                (int) project.codes().stream().filter(c -> c.phase() != nl.veldwerk.model.Phase.OPEN).count(),
                RefiExport.losses(project).codesWithRules()), losses,
                "what the codebook leaves out is counted, not dropped silently");
        assertTrue(losses.relations() > 0 && memos > 0, "the fixture has relations and code memos to lose");
        Project empty = new Project(ProjectInfo.named("x", T));
        nl.veldwerk.project.ProjectSession session = new nl.veldwerk.project.ProjectSession(empty);
        session.execute(RefiImport.readCodebook(qdc).command());
        Code weak = empty.code(weakTies).orElseThrow();
        Code original = project.code(weakTies).orElseThrow();
        assertEquals(original.withMemo(""), weak, "a codebook carries codes without their memos");
        assertEquals(Phase.SELECTIVE, empty.codes().stream().filter(c -> c.name().equals("Individueel gebruik"))
                .findFirst().orElseThrow().phase());
    }

    @Test
    void nonGuidIdsGetStableGuids() throws Exception {
        Project p = nl.veldwerk.project.synthetic.SyntheticProject.generate(3, 200, 20, 10, 5);
        Path a = tmp.resolve("a.qdpx");
        Path b = tmp.resolve("b.qdpx");
        RefiExport.exportProject(p, a, "x");
        RefiExport.exportProject(p, b, "x");
        assertEquals(new String(unzip(a).get("project.qde"), StandardCharsets.UTF_8),
                new String(unzip(b).get("project.qde"), StandardCharsets.UTF_8));
        validate(unzip(a).get("project.qde"), "Project.xsd");
        Project back = RefiImport.readProject(a, ProjectInfo.named("x", T)).project();
        assertEquals(p.quotations().size(), back.quotations().size());
        assertEquals(p.codings().size(), back.codings().size());
    }

    static void validate(byte[] xml, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(RefiRoundTripTest.class.getResource("/refi-qda/" + schema))
                .newValidator();
        validator.validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
    }

    static Map<String, byte[]> unzip(Path zip) throws Exception {
        Map<String, byte[]> entries = new java.util.HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                entries.put(e.getName(), z.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void aNumberAttributeOfWholeNumbersGoesOutAsAnIntegerVariable() throws Exception {
        nl.veldwerk.model.Project p = new nl.veldwerk.model.Project(nl.veldwerk.model.ProjectInfo.named("Leeftijd", T));
        p.put(new AttributeDefinition("a", "leeftijd", AttributeType.NUMBER));
        p.put(new Document("d1", "A01", "", "Tekst.\n", SourceFormat.TXT, List.of(), Set.of(), Map.of("leeftijd", "45"),
                T, 1));
        p.put(new Document("d2", "A02", "", "Tekst.\n", SourceFormat.TXT, List.of(), Set.of(), Map.of("leeftijd", "7"),
                T, 2));
        Path qdpx = tmp.resolve("leeftijd.qdpx");
        RefiExport.exportProject(p, qdpx, "Veldwerk test");
        byte[] qde = unzip(qdpx).get("project.qde");
        validate(qde, "Project.xsd");
        String xml = new String(qde, StandardCharsets.UTF_8);
        assertTrue(xml.contains("typeOfVariable=\"Integer\"") && xml.contains("<IntegerValue>45</IntegerValue>"),
                "as it most likely came in (it came back as a Float): " + xml);
        assertEquals("45", RefiImport.readProject(qdpx, nl.veldwerk.model.ProjectInfo.named("x", T)).project()
                .documents().stream().filter(d -> d.name().equals("A01")).findFirst().orElseThrow().attributes()
                .get("leeftijd"));
    }
}
