package nl.veldwerk.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in factor codebook, and codebooks through JSON, CSV and REFI-QDA .qdc and back. */
class CodebookFilesTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theFactorCodebookHasTheThesisStructureAndTabel1() {
        Codebook template = CodebookFiles.factorTemplate();
        Map<String, Code> byName = byName(template.codes());
        assertEquals(41, template.codes().size());
        assertEquals(List.of("Individueel gebruik"), template.codes().stream().filter(c -> c.phase() == Phase.SELECTIVE)
                .map(Code::name).toList());
        assertEquals(5, template.codes().stream().filter(c -> c.parentId() == null && c.phase() == Phase.AXIAL).count(),
                "the five axial categories of §4.3.2");
        Code netwerk = byName.get("Sociaal netwerk");
        assertEquals("fc-theorie", netwerk.parentId());
        assertEquals(3, netwerk.indicators().size());
        assertTrue(netwerk.definition().contains("familie, vrienden, buurtgenoten en kennissen"));
        assertEquals(netwerk.id(), byName.get("Weak ties").parentId());
        assertEquals(Phase.OPEN, byName.get("Schaamte").phase());
        assertEquals(6, template.relations().stream().filter(r -> r.targetCodeId().equals("fc-individueel-gebruik"))
                .count(), "every factor relates to the core category");
        assertEquals(2, template.relations().stream().filter(r -> r.sourceCodeId().equals("fc-rol-wijkcoach")
                && !r.targetCodeId().equals("fc-individueel-gebruik")).count(),
                "the social team links the demand side and the supply side (§6.1)");
        assertTrue(template.relations().stream().allMatch(r -> r.type() == nl.veldwerk.model.RelationType.IS_ASSOCIATED_WITH),
                "the codebook claims association, not causation");
        assertEquals(template.codes().size(), template.codes().stream().map(Code::color).distinct().count(),
                "every code its own colour");
    }

    @Test
    void jsonKeepsEverythingACodeHas() throws Exception {
        Codebook template = CodebookFiles.factorTemplate();
        Path file = dir.resolve("codeboek.json");
        CodebookFiles.writeJson(template, file);
        Codebook back = CodebookFiles.readJson(file);
        assertEquals(template, back);
    }

    /**
     * An indicator of two lines written by hand in a .json codebook reads as two indicators, one per line, as the
     * window and the CSV have them (QA: its second line was lost unsaid in a later .qdc).
     */
    @Test
    void anIndicatorOfTwoLinesInJsonReadsAsTwo() throws Exception {
        Path file = dir.resolve("regels.json");
        Code code = new Code("c1", "Drempel", "#336699", null, Phase.OPEN, "", List.of("indicator \"één\"\nregel twee",
                "derde"), "");
        CodebookFiles.writeJson(new Codebook("regels", List.of(code), List.of()), file);
        assertEquals(List.of("indicator \"één\"", "regel twee", "derde"),
                CodebookFiles.readJson(file).codes().getFirst().indicators());
    }

    @Test
    void csvKeepsTheTreePhasesColoursDefinitionsAndRules() throws Exception {
        Codebook template = CodebookFiles.factorTemplate();
        Path file = dir.resolve("codeboek.csv");
        CodebookFiles.writeCsv(template, file);
        String csv = Files.readString(file);
        assertTrue(csv.startsWith("\uFEFFname,parent,phase,colour,definition"), csv.substring(0, 60));
        assertTrue(csv.contains("Weak ties,Factoren uit het theoretisch kader > Sociaal netwerk,open,"));
        Codebook back = CodebookFiles.readCsv(file);
        assertEquals(shape(template), shape(back));
    }

    /**
     * For a Dutch window: Dutch headers and phases, separated by semicolons, as Dutch Excel reads a CSV (with commas
     * every code stood in column A); it reads back the same.
     */
    @Test
    void aDutchCsvHasDutchHeadersAndSemicolonsAndReadsBack() throws Exception {
        Codebook template = CodebookFiles.factorTemplate();
        Path file = dir.resolve("codeboek-nl.csv");
        CodebookFiles.writeCsv(template, file, java.util.Locale.forLanguageTag("nl-NL"));
        String csv = Files.readString(file);
        assertTrue(csv.startsWith("\uFEFFnaam;ouder;fase;kleur;definitie;indicatoren;inclusie;exclusie;"
                + "ankervoorbeeld"), csv.substring(0, 80));
        assertTrue(csv.contains("Weak ties;Factoren uit het theoretisch kader > Sociaal netwerk;open;"), csv);
        assertTrue(template.codes().stream().anyMatch(c -> c.phase() == nl.veldwerk.model.Phase.AXIAL)
                == csv.contains(";axiaal;"), "phases in Dutch");
        assertEquals(shape(template), shape(CodebookFiles.readCsv(file)));
    }

    /**
     * A name or text starting with = + - or @ is written as text, not a formula Excel would run (QA: a code named
     * "=HYPERLINK(...)" and a definition of "- " bullets), and reads back as it was.
     */
    @Test
    void valuesThatLookLikeFormulasAreWrittenAsTextAndReadBack() throws Exception {
        Code formula = new Code("c1", "=HYPERLINK(\"http://x\")", "#336699", null, Phase.OPEN,
                "- eerste punt\n- tweede punt", List.of("+ teken", "@iemand"), "", "-", "=1+1", "@buurt", null);
        Code child = new Code("c2", "Gewoon", "#339966", "c1", Phase.OPEN, "", List.of(), "");
        Codebook codebook = new Codebook("formules", List.of(formula, child), List.of(), java.util.Set.of());
        for (java.util.Locale language : List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("nl"))) {
            Path file = dir.resolve("formules-" + language + ".csv");
            CodebookFiles.writeCsv(codebook, file, language);
            try (org.apache.commons.csv.CSVParser csv = org.apache.commons.csv.CSVParser.parse(
                    Files.readString(file).substring(1), org.apache.commons.csv.CSVFormat.RFC4180.builder()
                            .setDelimiter(language.getLanguage().equals("nl") ? ';' : ',').get())) {
                for (org.apache.commons.csv.CSVRecord row : csv) {
                    row.forEach(cell -> assertTrue(cell.isEmpty() || "=+-@".indexOf(cell.charAt(0)) < 0, cell));
                }
            }
            assertEquals(shape(codebook), shape(CodebookFiles.readCsv(file)), language.toString());
        }
    }

    @Test
    void aSpreadsheetWithDutchHeadersAndOnlyNamesAndParentsReads() throws Exception {
        Path file = Files.writeString(dir.resolve("eigen.csv"), "Naam;Ouder\n".replace(';', ',')
                + "Vraagkant,\nSchaamte,Vraagkant\n\"Taal, cultuur\",Vraagkant\n");
        Codebook read = CodebookFiles.readCsv(file);
        assertEquals(List.of("Vraagkant", "Schaamte", "Taal, cultuur"), read.codes().stream().map(Code::name).toList());
        assertEquals(read.codes().getFirst().id(), read.codes().get(2).parentId());
    }

    /** A spreadsheet's codes without a colour get colours unlike the project's codes' (the file's n-th repeated one). */
    @Test
    void codesWithoutAColourGetColoursTheProjectDoesNotUse() throws Exception {
        Path file = Files.writeString(dir.resolve("kleurloos.csv"), "name,colour\nAngst,\nGeld,#123456\nSchaamte,\n");
        Codebook read = CodebookFiles.readCsv(file);
        Project p = new Project(ProjectInfo.named("Kleur", Instant.EPOCH));
        ProjectSession session = new ProjectSession(p);
        for (int i = 0; i < 3; i++) { // the colours the file's first three would get from the palette
            session.execute(nl.veldwerk.project.CodeCommands.add(Code.of("c" + i, "Code " + i,
                    nl.veldwerk.model.Colors.palette(i), null)));
        }
        session.execute(new AddCodebook(read).command());
        Map<String, String> colourOf = p.codes().stream().collect(Collectors.toMap(Code::name, Code::color));
        assertEquals("#123456", colourOf.get("Geld"), "a colour the file gives is kept");
        assertEquals(6, new java.util.HashSet<>(colourOf.values()).size(), "every code a colour of its own: " + colourOf);

        // A later row's own colour is not given to an earlier code without one (review).
        Path later = Files.writeString(dir.resolve("later.csv"), "name,colour\nAngst,\nGeld,"
                + nl.veldwerk.model.Colors.palette(0) + "\n");
        Project empty = new Project(ProjectInfo.named("Leeg", Instant.EPOCH));
        new ProjectSession(empty).execute(new AddCodebook(CodebookFiles.readCsv(later)).command());
        assertEquals(2, empty.codes().stream().map(Code::color).distinct().count(), empty.codes().toString());
    }

    /**
     * A JSON codebook must make one tree, as a CSV one must: an id twice, a parent not in the file and a loop were
     * taken in silently (a code dropped, one made top-level, the loop broken somewhere: QA); a broken file says
     * where, not what the parser's classes are called.
     */
    @Test
    void aJsonCodebookThatIsNoTreeIsRefusedSayingWhy() throws Exception {
        Codebook two = new Codebook("T", List.of(Code.of("a", "Angst", null, null), Code.of("b", "Bang", null, "a")),
                List.of());
        Path file = dir.resolve("boom.json");
        CodebookFiles.writeJson(two, file);
        String json = Files.readString(file);
        java.util.function.Function<String, String> refused = text -> assertThrows(InteropException.class,
                () -> CodebookFiles.readJson(Files.writeString(dir.resolve("x.json"), text))).getMessage();
        Path pair = dir.resolve("paar.json");
        CodebookFiles.writeJson(new Codebook("P", List.of(Code.of("a", "Angst", null, null), Code.of("a2", "Bang", null,
                null)), List.of()), pair);
        String twice = refused.apply(Files.readString(pair).replace("\"a2\"", "\"a\""));
        assertTrue(twice.contains("two codes with the id 'a' ('Angst' and 'Bang')"), twice);
        String orphan = refused.apply(json.replaceFirst("\"parentId\" ?: ?\"a\"", "\"parentId\" : \"weg\""));
        assertTrue(orphan.contains("names a parent 'weg' for 'Bang' that is not in the file"), orphan);
        Path circle = dir.resolve("kring.json");
        CodebookFiles.writeJson(new Codebook("K", List.of(Code.of("a", "Angst", null, "b"), Code.of("b", "Bang", null,
                "a")), List.of()), circle);
        String loop = refused.apply(Files.readString(circle));
        assertTrue(loop.contains("has a loop of parents at '"), loop);
        String cut = refused.apply(json.substring(0, json.length() / 2));
        assertTrue(cut.contains("is not valid codebook JSON") && !cut.contains("StreamReadFeature")
                && !cut.contains("nl.veldwerk"), cut);
        String phase = refused.apply(json.replaceFirst("\"phase\" ?: ?\"[A-Z]+\"", "\"phase\" : \"KERN\""));
        assertTrue(phase.contains("is not valid codebook JSON (at line ") && !phase.contains("nl.veldwerk"), phase);
    }

    @Test
    void badRowsAreRefusedWithTheLineAndTheReason() throws Exception {
        Path orphan = Files.writeString(dir.resolve("wees.csv"), "name,parent\nSchaamte,Vraagkant\n");
        InteropException e = assertThrows(InteropException.class, () -> CodebookFiles.readCsv(orphan));
        assertTrue(e.getMessage().contains("line 2: the parent 'Vraagkant' of 'Schaamte'"), e.getMessage());
        Path phase = Files.writeString(dir.resolve("fase.csv"), "name,phase\nSchaamte,kern\n");
        assertTrue(assertThrows(InteropException.class, () -> CodebookFiles.readCsv(phase)).getMessage()
                .contains("'kern' is not a phase"));
        Path noName = Files.writeString(dir.resolve("leeg.csv"), "titel\nSchaamte\n");
        assertTrue(assertThrows(InteropException.class, () -> CodebookFiles.readCsv(noName)).getMessage()
                .contains("no \"name\" column"));
        Path json = Files.writeString(dir.resolve("ander.json"), "{\"codes\": []}");
        assertTrue(assertThrows(InteropException.class, () -> CodebookFiles.readJson(json)).getMessage()
                .contains("not a Veldwerk codebook"));
    }

    @Test
    void addingACodebookKeepsWhatTheProjectHasAndUndoesExactly() {
        ProjectSession session = new ProjectSession(new Project(ProjectInfo.named("Studie", T)));
        session.execute(nl.veldwerk.project.CodeCommands.add(Code.of("mine", "Individueel gebruik", "#123456", null)));
        Project before = session.project().copy();
        AddCodebook add = new AddCodebook(CodebookFiles.factorTemplate());
        session.execute(add.command());
        Project p = session.project();
        assertEquals(41, p.codes().size(), "40 added, the project's own 'Individueel gebruik' kept");
        assertEquals("#123456", p.code("mine").orElseThrow().color());
        assertEquals(40, add.summary().count("codes"));
        assertTrue(p.relations().stream().filter(r -> !r.sourceCodeId().equals("fc-rol-wijkcoach")
                || r.targetCodeId().equals("mine")).allMatch(r -> r.targetCodeId().equals("mine")),
                "relations go to the kept code");
        assertEquals(6, p.relations().stream().filter(r -> r.targetCodeId().equals("mine")).count());
        session.undo();
        assertEquals(before, session.project());
    }

    /** A codebook's relation between codes a diagram shows is drawn there, as one made by hand is. */
    @Test
    void aCodebooksRelationsBetweenCodesOnADiagramAreDrawnThere() {
        ProjectSession session = new ProjectSession(new Project(ProjectInfo.named("Studie", T)));
        session.execute(nl.veldwerk.project.CodeCommands.add(Code.of("a", "Angst", null, null)));
        session.execute(nl.veldwerk.project.CodeCommands.add(Code.of("b", "Bang", null, null)));
        session.project().put(new nl.veldwerk.model.Diagram("d", "Model", List.of(new nl.veldwerk.model.DiagramNode("a",
                0, 0, false), new nl.veldwerk.model.DiagramNode("b", 50, 0, false)), List.of()));
        Project before = session.project().copy();
        session.execute(new AddCodebook(new Codebook("K", List.of(Code.of("x", "Angst", null, null), Code.of("y", "Bang",
                null, null)), List.of(new nl.veldwerk.model.Relation("r", "x", "y",
                nl.veldwerk.model.RelationType.CAUSES, "", 0, "")))).command());
        assertEquals(List.of("r"), session.project().diagram("d").orElseThrow().relationIds());
        session.undo();
        assertEquals(before, session.project());
    }

    @Test
    void theFactorCodebookAsQdcIsSchemaValidAndReadsBack() throws Exception {
        Project p = new Project(ProjectInfo.named("Template", T));
        AddCodebook.into(p, CodebookFiles.factorTemplate());
        Path qdc = dir.resolve("factor.qdc");
        RefiExport.exportCodebook(p, qdc, "Veldwerk");
        RefiRoundTripTest.validate(Files.readAllBytes(qdc), "Codebook.xsd");
        ProjectSession other = new ProjectSession(new Project(ProjectInfo.named("Other", T)));
        other.execute(RefiImport.readCodebook(qdc).command());
        assertEquals(shape(Codebook.of(p)), shape(Codebook.of(other.project())),
                "names, tree, phases, colours, definitions, indicators and rules survive the .qdc");
    }

    /**
     * A code without a colour (NVivo's) is the model's grey: written without one, so another tool shows its own
     * default, not every such code grey (QA); it reads back as the same grey. A chosen colour is written.
     */
    @Test
    void aCodeWithoutAColourIsWrittenWithoutOne() throws Exception {
        Project p = new Project(ProjectInfo.named("Kleur", T));
        p.put(nl.veldwerk.model.Code.of("a", "Zonder kleur", null, null));
        p.put(nl.veldwerk.model.Code.of("b", "Rood", "#d62728", null));
        Path qdc = dir.resolve("kleur.qdc");
        RefiExport.exportCodebook(p, qdc, "Veldwerk");
        String xml = Files.readString(qdc);
        assertTrue(xml.contains("name=\"Rood\" isCodable=\"true\" color=\"#D62728\""), xml);
        assertTrue(java.util.regex.Pattern.compile("name=\"Zonder kleur\" isCodable=\"true\"[ />]").matcher(xml)
                .find(), xml);
        ProjectSession other = new ProjectSession(new Project(ProjectInfo.named("Other", T)));
        other.execute(RefiImport.readCodebook(qdc).command());
        assertEquals(nl.veldwerk.model.Colors.DEFAULT, other.project().codes().stream().filter(c -> c.name()
                .equals("Zonder kleur")).findFirst().orElseThrow().color());
    }

    /**
     * A codebook CSV saved again by Dutch Excel: semicolons, Windows-1252, Windows line ends (it was refused as
     * having no "name" column, or with "Input length = 1").
     */
    @Test
    void aCsvSavedByDutchExcelReadsBack() throws Exception {
        String rows = "naam;ouder;fase;kleur;definitie\r\n"
                + "Financiële drempels;;axiaal;#336699;\"Kosten; ook indirect\"\r\n"
                + "Eigen bijdrage;Financiële drempels;open;;\r\n";
        Path cp1252 = Files.write(dir.resolve("excel-nl.csv"), rows.getBytes(java.nio.charset.Charset.forName(
                "windows-1252")));
        Path utf8 = Files.write(dir.resolve("excel-utf8.csv"), ("\uFEFF" + rows).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        // Its headings quoted after the mark; and Excel's "Unicode text": UTF-16 with its mark, tabs between.
        Path quoted = Files.write(dir.resolve("quoted.csv"), ("\uFEFF\"naam\";\"ouder\";\"fase\";\"kleur\";"
                + "\"definitie\"\r\n" + rows.substring(rows.indexOf('\n') + 1)).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        Path unicode = Files.write(dir.resolve("unicode.txt"), ("\uFEFF" + rows.replace(";", "\t")
                .replace("\"Kosten\t ook indirect\"", "Kosten; ook indirect")).getBytes(
                java.nio.charset.StandardCharsets.UTF_16LE));
        for (Path file : List.of(cp1252, utf8, quoted, unicode)) {
            Codebook read = CodebookFiles.readCsv(file);
            assertEquals(List.of("Financiële drempels > Eigen bijdrage|OPEN|" + read.codes().get(1).color() + "||[]|||",
                    "Financiële drempels|AXIAL|#336699|Kosten; ook indirect|[]|||"), shape(read),
                    file.getFileName().toString());
        }
    }

    /**
     * A project's own codebook read back into it adds nothing (its whole tree came in again as "… (2)": the
     * project's ids are not GUIDs, so its export gave them new ones); a code the file adds under a code the
     * project has by name goes under that code, and what was already there is said once.
     */
    @Test
    void aProjectsOwnQdcReadBackAddsOnlyWhatIsNew() throws Exception {
        Project p = new Project(ProjectInfo.named("Eigen", T));
        AddCodebook.into(p, CodebookFiles.factorTemplate());
        ProjectSession session = new ProjectSession(p);
        List<String> before = shape(Codebook.of(p));
        Path qdc = dir.resolve("eigen.qdc");
        RefiExport.exportCodebook(p, qdc, "Veldwerk");
        RefiImport.CodebookImport read = RefiImport.readCodebook(qdc);
        session.execute(read.command());
        assertEquals(before, shape(Codebook.of(session.project())), "nothing doubled");
        String said = read.summary().describe(java.util.Locale.ENGLISH);
        assertTrue(said.startsWith("Imported from Veldwerk: no codes."), said);
        assertTrue(said.contains(p.codes().size() + " codes the project has already ("), said);
        assertFalse(said.contains("(2)"), said);

        Code top = p.childrenOf(null).getFirst();
        Path more = Files.writeString(dir.resolve("meer.qdc"), """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti 23">
                <Codes>
                <Code guid="66666666-6666-6666-6666-666666666666" name="%s" isCodable="true">
                  <Code guid="77777777-7777-7777-7777-777777777777" name="Nieuw onder bestaand" isCodable="true"/>
                </Code>
                <Code guid="66666666-6666-6666-6666-666666666666" name="Nogmaals" isCodable="true"/>
                </Codes>
                </CodeBook>
                """.formatted(top.name().toUpperCase(java.util.Locale.ROOT).replace("&", "&amp;")));
        RefiImport.CodebookImport again = RefiImport.readCodebook(more);
        session.execute(again.command());
        assertEquals(before.size() + 1, session.project().codes().size(), "the GUID met again is the file's mistake");
        assertTrue(again.summary().describe(java.util.Locale.ENGLISH).contains("code 'Nogmaals': its GUID appears "
                + "twice"), again.summary().describe(java.util.Locale.ENGLISH));
        assertEquals(top.id(), session.project().codes().stream().filter(c -> c.name().equals("Nieuw onder bestaand"))
                .findFirst().orElseThrow().parentId(), "under the code of that name the project has");
    }

    /**
     * A .qdc with a name twice at one place: the second is numbered and said, so the two can be told apart;
     * the summary names the tool and counts codes, not documents; an empty set is no document group.
     */
    @Test
    void aQdcWithANameTwiceAtOnePlaceNumbersTheSecondAndSaysSo() throws Exception {
        Path qdc = Files.writeString(dir.resolve("dup.qdc"), """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4.1">
                <Codes>
                <Code guid="11111111-1111-1111-1111-111111111111" name="Trust" isCodable="true"/>
                <Code guid="22222222-2222-2222-2222-222222222222" name="trust" isCodable="true"/>
                <Code guid="33333333-3333-3333-3333-333333333333" name="Parent" isCodable="true">
                  <Code guid="44444444-4444-4444-4444-444444444444" name="Trust" isCodable="true"/>
                </Code>
                </Codes>
                <Sets><Set guid="55555555-5555-5555-5555-555555555555" name="leeg"/></Sets>
                </CodeBook>
                """);
        ProjectSession session = new ProjectSession(new Project(ProjectInfo.named("Dup", T)));
        RefiImport.CodebookImport read = RefiImport.readCodebook(qdc);
        session.execute(read.command());
        Project p = session.project();
        assertEquals(List.of("Parent", "Parent > Trust", "Trust", "trust (2)"), p.codes().stream().map(c ->
                c.parentId() == null ? c.name() : p.code(c.parentId()).orElseThrow().name() + " > " + c.name())
                .sorted().toList(), "under another code the same name is fine");
        String said = read.summary().describe(java.util.Locale.ENGLISH);
        assertTrue(said.startsWith("Imported from Taguette 1.4.1: 4 codes."), said);
        assertTrue(said.contains("code 'trust' is there already at that place in the code tree: imported as "
                + "'trust (2)'"), said);
        assertTrue(p.groups().isEmpty(), "a codebook's empty set is no group of documents");
    }

    /** A codebook without its ids: what a code is, where it sits. */
    private static List<String> shape(Codebook codebook) {
        Map<String, Code> byId = codebook.codes().stream().collect(Collectors.toMap(Code::id, Function.identity()));
        return codebook.codes().stream().map(c -> path(byId, c) + "|" + c.phase() + "|" + c.color() + "|"
                + c.definition() + "|" + c.indicators() + "|" + c.inclusion() + "|" + c.exclusion() + "|" + c.anchor())
                .sorted().toList();
    }

    private static String path(Map<String, Code> byId, Code c) {
        return c.parentId() == null ? c.name() : path(byId, byId.get(c.parentId())) + " > " + c.name();
    }

    private static Map<String, Code> byName(List<Code> codes) {
        return codes.stream().collect(Collectors.toMap(Code::name, Function.identity()));
    }

    /** A quoted value never closed is said with its line, not in the CSV library's words (QA). */
    @Test
    void aQuoteNeverClosedIsSaidWithItsLine() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("open.csv"), "name,definition\nA,\"never closed\nB,x\n");
        InteropException e = assertThrows(InteropException.class,
                () -> CodebookFiles.readCsv(file));
        assertTrue(e.getMessage().contains("a value in quotes that begins on line 2 is never closed"), e.getMessage());
        assertFalse(e.getMessage().contains("CSVException"), e.getMessage());
    }
}
