package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** Every operator of the code query against a project whose answers are known by hand. */
class CodeQueryTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    /**
     * In one document: big [0,50) Netwerk; in1 [10,20) Schaamte (inside big); both [30,40) Schaamte and Netwerk;
     * edge [45,60) Wantrouwen (overlaps big, not inside); far [70,80) Wantrouwen.
     */
    static Project project() {
        Project p = new Project(ProjectInfo.named("Query", T));
        p.put(Document.of("d", "A01", "x".repeat(100), SourceFormat.TXT, List.of(), T));
        p.put(Code.of("net", "Sociaal netwerk", null, null));
        p.put(Code.of("sch", "Schaamte", null, null));
        p.put(Code.of("wan", "Wantrouwen", null, null));
        quote(p, "big", 0, 50, "net");
        quote(p, "in1", 10, 20, "sch");
        quote(p, "both", 30, 40, "sch", "net");
        quote(p, "edge", 45, 60, "wan");
        quote(p, "far", 70, 80, "wan");
        return p;
    }

    private static void quote(Project p, String id, int start, int end, String... codes) {
        p.put(new Quotation(id, "d", start, end, "", null, T));
        for (String c : codes) {
            p.put(new Coding(id + c, id, c, null, T));
        }
    }

    private static List<String> ids(String query) throws Exception {
        return CodeQuery.run(project(), query).stream().map(Quotation::id).toList();
    }

    /** A saved query follows a code through a rename: each of its names written anew, nothing else touched. */
    @Test
    void aQueryIsWrittenAnewForARenamedCode() throws Exception {
        Project p = project();
        p.put(Code.of("psy", "Psychische kenmerken", null, null));
        p.put(Code.of("sch2", "Schaamte", null, "psy"));
        assertEquals("Stigma OVERLAPS \"Sociaal netwerk\"", CodeQuery.afterRename(p,
                "Stigma OVERLAPS \"Sociaal netwerk\"", "sch", "Stigma"), "a name it does not use: as it was");
        assertEquals("\"Top > Stigma\" AND (Wantrouwen OR NOT \"Sociaal netwerk\")", CodeQuery.afterRename(p,
                "\"Top > Stigma\" AND (Wantrouwen OR NOT \"Sociaal netwerk\")", "sch", "x"), "a path of no code");
        assertEquals("\"Sociale steun\" WITHIN Wantrouwen", CodeQuery.afterRename(p,
                "\"sociaal netwerk\" WITHIN Wantrouwen", "net", "Sociale steun"), "quoted, whatever case it had");
        assertEquals("\"Steun\"  AND  Wantrouwen", CodeQuery.afterRename(p, "\"Sociaal netwerk\"  AND  Wantrouwen",
                "net", "Steun"), "quoted as it was; the spaces between stay");
        assertEquals("Argwaan AND NOT (Argwaan WITHIN Schaamte)", CodeQuery.afterRename(p,
                "Wantrouwen AND NOT (wantrouwen WITHIN Schaamte)", "wan", "Argwaan"), "each place it is named");
        assertEquals("\"Psyche > Schaamte\" OR \"Psyche\"", CodeQuery.afterRename(p,
                "\"Psychische kenmerken > Schaamte\" OR \"Psychische kenmerken\"", "psy", "Psyche"),
                "a step of a path too");
        assertEquals("\"Psychische kenmerken > Stigma\"", CodeQuery.afterRename(p,
                "\"Psychische kenmerken > Schaamte\"", "sch2", "Stigma"), "the one of the two Schaamtes it names");
        assertEquals("Schaamte OR (", CodeQuery.afterRename(p, "Schaamte OR (", "sch", "x"),
                "ambiguous or unreadable: as it was");
        assertEquals("\"OR\"", CodeQuery.afterRename(project(), "Wantrouwen", "wan", "OR"), "an operator's name quoted");
    }

    /** A saved query follows a code merged into another: it names the code the quotations went to. */
    @Test
    void aQueryNamesTheCodeAMergedOneWentInto() throws Exception {
        Project p = project();
        p.put(Code.of("psy", "Psychische kenmerken", null, null));
        p.put(Code.of("sch2", "Schaamte", null, "psy"));
        p.put(Code.of("kind", "Gene", null, "wan"));
        assertEquals("\"Sociaal netwerk\" OVERLAPS \"Sociaal netwerk\"", CodeQuery.afterMerge(p,
                "Wantrouwen OVERLAPS \"Sociaal netwerk\"", "wan", "net"));
        assertEquals("\"Sociaal netwerk > Gene\" OR Schaamte", CodeQuery.afterMerge(p, "\"Wantrouwen > Gene\" OR "
                + "Schaamte", "wan", "net"), "a sub-code goes with it; a name of two codes is left as it was");
        assertEquals("\"Psychische kenmerken > Schaamte\"", CodeQuery.afterMerge(p, "Wantrouwen", "wan", "sch2"),
                "into a code whose name another has too: by its path");
        assertEquals("Wantrouwen AND Gene", CodeQuery.afterMerge(p, "Wantrouwen AND Gene", "sch", "net"),
                "a query without the code: as it was");
    }

    @Test
    void booleanOperators() throws Exception {
        assertEquals(List.of("in1", "both"), ids("Schaamte"));
        assertEquals(List.of("both"), ids("Schaamte AND \"Sociaal netwerk\""));
        assertEquals(List.of("big", "in1", "both"), ids("schaamte OR \"sociaal netwerk\""));
        assertEquals(List.of("big", "edge", "far"), ids("NOT Schaamte"));
        assertEquals(List.of("in1"), ids("Schaamte AND NOT \"Sociaal netwerk\""));
        assertEquals(List.of("in1", "both", "far"), ids("Schaamte OR (Wantrouwen AND NOT (Wantrouwen OVERLAPS "
                + "\"Sociaal netwerk\"))"));
    }

    @Test
    void positionalOperators() throws Exception {
        assertEquals(List.of("edge"), ids("Wantrouwen OVERLAPS \"Sociaal netwerk\""), "co-occurrence");
        assertEquals(List.of("in1", "both"), ids("Schaamte WITHIN \"Sociaal netwerk\""));
        assertEquals(List.of("big", "both"), ids("\"Sociaal netwerk\" ENCLOSES Schaamte"));
        assertEquals(List.of(), ids("Wantrouwen WITHIN \"Sociaal netwerk\""), "overlapping is not within");
        // A code against itself: each quotation against the others (QA: every quotation was within itself).
        assertEquals(List.of("both"), ids("\"Sociaal netwerk\" WITHIN \"Sociaal netwerk\""));
        assertEquals(List.of("big"), ids("\"Sociaal netwerk\" ENCLOSES \"Sociaal netwerk\""));
        assertEquals(List.of("big", "both"), ids("\"Sociaal netwerk\" OVERLAPS \"Sociaal netwerk\""));
        assertEquals(List.of(), ids("Schaamte WITHIN Schaamte"), "apart from each other");
        // Two codes always applied together are two codes still: each quotation with both counts (review).
        Project p = project();
        p.put(Code.of("twin", "Tweeling", null, null));
        p.put(new Coding("bigtwin", "big", "twin", null, T));
        p.put(new Coding("bothtwin", "both", "twin", null, T));
        assertEquals(List.of("big", "both"), CodeQuery.run(p, "Tweeling WITHIN \"Sociaal netwerk\"").stream()
                .map(Quotation::id).toList());
    }

    /**
     * A category stands for its sub-codes' quotations, as the code tree's Σ and the diagram count them (QA: a
     * category OVERLAPS the core category found none while the diagram's arrow counted six).
     */
    @Test
    void aCategoryStandsForItsSubCodes() throws Exception {
        Project p = project();
        p.put(Code.of("drempels", "Drempels", null, null));
        p.put(Code.of("psy", "Psychisch", null, "drempels"));
        p.put(Code.of("sch", "Schaamte", null, "psy")); // Schaamte two levels under Drempels
        p.put(Code.of("wan", "Wantrouwen", null, "drempels"));
        assertEquals(List.of("in1", "both", "edge", "far"), CodeQuery.run(p, "Drempels").stream().map(Quotation::id)
                .toList());
        assertEquals(List.of("in1", "both", "edge"), CodeQuery.run(p, "Drempels OVERLAPS \"Sociaal netwerk\"")
                .stream().map(Quotation::id).toList());
        assertEquals(List.of("in1", "both"), CodeQuery.run(p, "Psychisch").stream().map(Quotation::id).toList());
        assertEquals(List.of("big"), CodeQuery.run(p, "NOT Drempels").stream().map(Quotation::id).toList());
        p.put(new Coding("eigen", "far", "drempels", null, T));
        assertEquals(List.of("far"), CodeQuery.run(p, "ONLY Drempels").stream().map(Quotation::id).toList(),
                "ONLY: coded with the category itself");
        assertEquals(List.of(), CodeQuery.run(p, "ONLY Drempels OVERLAPS ONLY Psychisch").stream().map(Quotation::id)
                .toList());
        assertEquals("ONLY Remmen OR Schaamte", CodeQuery.afterRename(p, "ONLY Drempels OR Schaamte", "drempels",
                "Remmen"), "ONLY is no code name to rewrite");
        // Said beside the count: the categories that stood for their sub-codes (a saved query naming one meant its own
        // codings before), not a code without any, nor one under ONLY.
        assertEquals(List.of("Drempels", "Psychisch"), CodeQuery.ask(p, "Drempels OR Psychisch OR Schaamte OR ONLY "
                + "Drempels").withSubCodes());
        assertEquals(List.of(), CodeQuery.ask(p, "ONLY Drempels OR Schaamte").withSubCodes());
        // Two categories of one name are told apart as labels tell them (review: one "'Overig'" for two).
        p.put(Code.of("overig1", "Overig", null, "drempels"));
        p.put(Code.of("overig1-kind", "Kind", null, "overig1"));
        p.put(Code.of("overig2", "Overig", null, "psy"));
        p.put(Code.of("overig2-kind", "Kind", null, "overig2"));
        assertEquals(List.of(p.labelOf("overig1"), p.labelOf("overig2")), CodeQuery.ask(p,
                "\"Drempels > Overig\" OR \"Drempels > Psychisch > Overig\"").withSubCodes());
        assertTrue(!p.labelOf("overig1").equals(p.labelOf("overig2")));
    }

    @Test
    void mistakesAreNamed() {
        assertTrue(assertThrows(CodeQuery.BadCodeQuery.class, () -> ids("Schaamt")).getMessage()
                .contains("no code named 'Schaamt'"));
        assertTrue(assertThrows(CodeQuery.BadCodeQuery.class, () -> ids("(Schaamte")).getMessage().contains("not closed"));
        assertTrue(assertThrows(CodeQuery.BadCodeQuery.class, () -> ids("Schaamte AND")).getMessage().contains("missing"));
        assertTrue(assertThrows(CodeQuery.BadCodeQuery.class, () -> ids("Schaamte Wantrouwen")).getMessage()
                .contains("unexpected 'Wantrouwen'"));
    }

    @Test
    void aNameUsedTwiceIsRefusedWithThePlacesToChooseFrom() throws Exception {
        Project p = project();
        p.put(Code.of("psy", "Psychische kenmerken", null, null));
        p.put(Code.of("sch", "Schaamte", null, "psy"));
        p.put(Code.of("zic", "Zichtbaarheid", null, null));
        p.put(Code.of("sch2", "Schaamte", null, "zic"));
        quote(p, "new", 85, 90, "sch2");
        String refused = assertThrows(CodeQuery.BadCodeQuery.class, () -> CodeQuery.run(p, "Schaamte")).getMessage();
        assertTrue(refused.contains("'Schaamte' names 2 codes; write the one you mean with its place in the codebook: "
                + "\"Psychische kenmerken > Schaamte\", \"Zichtbaarheid > Schaamte\""), refused);
        assertEquals(List.of("new"), CodeQuery.run(p, "\"Zichtbaarheid > Schaamte\"").stream().map(Quotation::id)
                .toList());
        assertEquals(List.of("in1", "both", "new"), CodeQuery.run(p, "\"psychische kenmerken>schaamte\" OR "
                + "\"Zichtbaarheid > Schaamte\"").stream().map(Quotation::id).toList());
    }
}
