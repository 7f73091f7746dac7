package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A saved search's code: fields follow a code's new name, and only where the name is the code's alone. */
class SearchAfterCodeRenameTest {
    @Test
    void eachCodeFieldOfTheOldNameIsWrittenAnew() {
        List<String> others = List.of("Geld", "Angst");
        assertEquals("buurt AND code:Argwaan", Search.afterCodeRename("buurt AND code:Wantrouwen", "Wantrouwen",
                "Argwaan", others));
        assertEquals("CODE:\"Gebrek aan vertrouwen\" OR code:Geld", Search.afterCodeRename(
                "CODE:\"wantrouwen\" OR code:Geld", "Wantrouwen", "Gebrek aan vertrouwen", others),
                "case and quotes as found; a name with spaces quoted");
        assertEquals("wantrouwen document:Wantrouwen mycode:Wantrouwen", Search.afterCodeRename(
                "wantrouwen document:Wantrouwen mycode:Wantrouwen", "Wantrouwen", "Argwaan", others),
                "words and other fields stay");
        assertEquals("code:Wantrouwen", Search.afterCodeRename("code:Wantrouwen", "Wantrouwen", "Argwaan",
                List.of("wantrouwen")), "another code keeps the old name: code: still finds it");
        assertEquals("code:Wantrouwen", Search.afterCodeRename("code:Wantrouwen", "Wantrouwen", "Geld", others),
                "the new name is another code's: code: would find both");
        assertEquals("(code:Argwaan)", Search.afterCodeRename("(code:Wantrouwen)", "Wantrouwen", "Argwaan", others));
    }

    /** A group renamed: its group: fields follow, quoted where the new name needs it; other fields and groups stay. */
    @org.junit.jupiter.api.Test
    void aGroupRenameRewritesItsGroupFields() {
        org.junit.jupiter.api.Assertions.assertEquals("group:\"Buurt coaches\" AND code:wijkcoaches OR GROUP:\"Buurt coaches\" "
                + "OR group:Aanbieders", Search.afterGroupRename("group:Wijkcoaches AND code:wijkcoaches OR "
                + "GROUP:\"wijkcoaches\" OR group:Aanbieders", "Wijkcoaches", "Buurt coaches"));
    }

    /** An attribute renamed: the fields that search it ask for the new name; words, values and other fields stay. */
    @Test
    void anAttributeRenameRewritesItsFields() {
        List<String> others = List.of("Leeftijd", "Functie oud");
        assertEquals("functie:aanbieder AND rol OR (functie:\"wijk coach\" -roldoc:x)", Search.afterAttributeRename(
                "rol:aanbieder AND rol OR (Rol:\"wijk coach\" -roldoc:x)", "Rol", "Functie", others));
        assertEquals("huidigefunctie:x", Search.afterAttributeRename("rol:x", "Rol", "Huidige functie!", others),
                "searched by its letters and digits");
        assertEquals("rol:x", Search.afterAttributeRename("rol:x", "Rol", "Leeftijd", others),
                "the new name is another attribute's field");
        assertEquals("rol:x", Search.afterAttributeRename("rol:x", "Rol", "Rol!", others), "the same field");
        assertEquals("rol:x", Search.afterAttributeRename("rol:x", "Rol", "?", others), "no field to search by");
        assertEquals("group:Coaches AND x", Search.afterAttributeRename("group:Coaches AND x", "Group", "Team", others),
                "an attribute called Group: group: asks for the document groups too, and is left alone");
        assertEquals("rol:x", Search.afterAttributeRename("rol:x", "Rol", "Speaker", others));
        assertEquals("twee:x", Search.afterAttributeRename("ÉÉN:x", "Één", "Twee", others), "any letter's case");
    }
    /** The code: fields that name no code, said when nothing is found (QA: "Nothing found." alone). */
    @Test
    void codeFieldsNamingNoCodeAreFound() {
        List<nl.veldwerk.model.Code> codes = List.of(nl.veldwerk.model.Code.of("a", "Schaamte", null, null),
                nl.veldwerk.model.Code.of("b", "Sociaal netwerk", null, null));
        assertEquals(List.of("Bestaatniet", "Geen code"), Search.unknownCodes("code:Bestaatniet OR CODE:schaamte OR "
                + "code:\"sociaal  netwerk\" OR code:\"Geen code\" OR code:Bestaatniet OR code:Scha* OR code:Sch?amte OR "
                + "code:Schaamt~ OR code:Angst^2", codes));
        assertEquals(List.of(), Search.unknownCodes("schaamte AND group:Bestaatniet", codes));
    }

    /** The code: fields that name two codes at once, with their places (QA: both codes' quotations mixed unsaid). */
    @Test
    void codeFieldsNamingTwoCodesAreFoundWithTheirPlaces() {
        nl.veldwerk.model.Project p = new nl.veldwerk.model.Project(nl.veldwerk.model.ProjectInfo.named("Wijk",
                nl.veldwerk.project.Fixtures.T));
        p.put(nl.veldwerk.model.Code.of("psy", "Psychische kenmerken", null, null));
        p.put(nl.veldwerk.model.Code.of("qa", "QA Categorie", null, null));
        p.put(nl.veldwerk.model.Code.of("s1", "Schaamte", null, "psy"));
        p.put(nl.veldwerk.model.Code.of("s2", "schaamte", null, "qa"));
        p.put(nl.veldwerk.model.Code.of("g", "Geld", null, null));
        assertEquals(java.util.Map.of("Schaamte", List.of("Psychische kenmerken > Schaamte", "QA Categorie > schaamte")),
                Search.sharedCodeNames("code:Schaamte AND code:Geld OR code:Scha*", p));
        assertEquals(java.util.Map.of(), Search.sharedCodeNames("code:Geld schaamte", p));
    }
}
