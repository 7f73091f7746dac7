package nl.veldwerk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.veldwerk.model.Diagram;
import nl.veldwerk.model.DiagramNode;
import nl.veldwerk.model.Weighting;
import org.junit.jupiter.api.Test;

/** Diagrams saved before a field existed still load, with the field's default; new fields round-trip. */
class DiagramFormatTest {
    @Test
    void aDiagramSavedBeforeSubCodesInsideExistedLoadsWithoutThem() throws Exception {
        String old = "{\"id\":\"d\",\"name\":\"Model\",\"nodes\":[{\"codeId\":\"c\",\"x\":1.0,\"y\":2.0,\"hidden\":false}],"
                + "\"relationIds\":[\"r\"],\"weighting\":\"COOCCURRENCE\"}";
        Diagram d = StoreFormat.MAPPER.readValue(old, Diagram.class);
        assertFalse(d.subCodesInside(), "sub-codes are listed inside only when asked");
        assertEquals(Weighting.COOCCURRENCE, d.weighting());
        Diagram older = StoreFormat.MAPPER.readValue("{\"id\":\"d\",\"name\":\"Model\",\"nodes\":[],\"relationIds\":[]}",
                Diagram.class);
        assertEquals(Weighting.QUOTATIONS, older.weighting());
        assertFalse(older.subCodesInside());
    }

    @Test
    void aModelOfCategoriesKeepsItsSubCodesInside() throws Exception {
        Diagram model = new Diagram("d", "Model", List.of(new DiagramNode("c", 1, 2, false)), List.of("r"),
                Weighting.COOCCURRENCE, true);
        String json = StoreFormat.MAPPER.writeValueAsString(model);
        assertTrue(json.contains("\"subCodesInside\""), json);
        assertEquals(model, StoreFormat.MAPPER.readValue(json, Diagram.class));
    }

    @Test
    void codesTurnedDownAsSuggestionsAreSavedAndReadBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        nl.veldwerk.model.Project p = new nl.veldwerk.model.Project(nl.veldwerk.model.ProjectInfo.named("Afgewezen",
                java.time.Instant.parse("2026-03-01T09:00:00Z")));
        p.put(p.info().withRejected(new nl.veldwerk.model.RejectedSuggestion("d", 5, 40, "schaamte")));
        ProjectStore.create(dir.resolve("p"), p).close();
        nl.veldwerk.model.Project read = ProjectReader.read(dir.resolve("p"));
        assertEquals(java.util.Set.of("schaamte"), read.info().rejectedAt("d", 5, 40));
        assertEquals(java.util.Set.of(), read.info().rejectedAt("d", 5, 41), "for that passage only");
        assertFalse(StoreFormat.MAPPER.readValue("{\"id\":\"project\",\"name\":\"Oud\",\"language\":\"nl\"}",
                nl.veldwerk.model.ProjectInfo.class).rejectedSuggestions().iterator().hasNext(),
                "a project saved before suggestions existed loads with none");
    }
}
