package nl.veldwerk.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.collections.ListChangeListener;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.ProjectChange;
import nl.veldwerk.project.Touch;
import org.junit.jupiter.api.Test;

/** The window's document list: a change to one document replaces its item alone; the selection follows. */
class DocumentListTest {
    private final Project p = new Project(ProjectInfo.named("Lijst", Fixtures.T));
    private final DocumentList list = new DocumentList();
    /** Each change the list reported: "replaced FROM-TO" or "all" for anything wider. */
    private final List<String> changes = new ArrayList<>();

    DocumentListTest() {
        for (String id : new String[] {"a", "b", "c"}) {
            p.put(Document.of(id, id.toUpperCase(), "Tekst " + id + ".\n", SourceFormat.TXT, List.of(), Fixtures.T)
                    .withNumber(id.charAt(0) - 'a' + 1));
        }
        list.refresh(p);
        list.items().addListener((ListChangeListener<DocumentItem>) c -> {
            while (c.next()) {
                changes.add(c.wasReplaced() && c.getTo() - c.getFrom() == 1 ? "replaced " + c.getFrom() : "all");
            }
        });
    }

    @Test
    void aRenamedDocumentReplacesOnlyItsItemAndStaysSelected() {
        list.select("b");
        p.put(p.document("b").orElseThrow().withName("B-nieuw"));
        list.refresh(p);
        assertEquals(List.of("replaced 1"), changes);
        assertEquals("B-nieuw", list.selectedProperty().get().label());
        assertSame(list.items().get(1), list.selectedProperty().get());

        changes.clear();
        list.refresh(p);
        assertEquals(List.of(), changes, "nothing changed, nothing replaced");
    }

    @Test
    void aDocumentAddedOrRemovedListsAllAgainKeepingTheSelection() {
        list.select("c");
        p.put(Document.of("d", "D", "Tekst d.\n", SourceFormat.TXT, List.of(), Fixtures.T).withNumber(4));
        list.refresh(p);
        assertEquals(List.of("all"), changes);
        assertEquals(4, list.items().size());
        assertEquals("c", list.selectedProperty().get().document().id());

        p.remove(EntityKind.DOCUMENT, "a");
        list.refresh(p);
        assertEquals(List.of("B", "C", "D"), list.items().stream().map(DocumentItem::label).toList());
        assertEquals("c", list.selectedProperty().get().document().id());

        // The document shown goes (its import undone): its neighbour is shown, not an empty page.
        p.remove(EntityKind.DOCUMENT, "c");
        list.refresh(p);
        assertEquals("d", list.selectedProperty().get().document().id());
        p.remove(EntityKind.DOCUMENT, "d");
        list.refresh(p);
        assertEquals("b", list.selectedProperty().get().document().id(), "the last one gone: the one before it");
        p.remove(EntityKind.DOCUMENT, "b");
        list.refresh(p);
        assertEquals(null, list.selectedProperty().get(), "none left");
    }

    private static ProjectChange change(Touch... touched) {
        return new ProjectChange(ProjectChange.Type.EXECUTE, Message.of("test"), Set.of(touched));
    }

    @Test
    void aChangeLooksOnlyAtTheRowsOfTheDocumentsItNames() {
        list.select("b");
        // "a" renamed without a change naming it: a list that walked every row would replace it too.
        p.put(p.document("a").orElseThrow().withName("A-stil"));
        p.put(p.document("b").orElseThrow().withName("B-nieuw"));
        list.follow(p, change(new Touch(EntityKind.DOCUMENT, "b", "b", null, null, true)));
        assertEquals(List.of("replaced 1"), changes);
        assertEquals(List.of("A", "B-nieuw", "C"), list.items().stream().map(DocumentItem::label).toList());
        assertSame(list.items().get(1), list.selectedProperty().get(), "the selection follows the new row");

        changes.clear();
        p.put(new Quotation("q", "c", 0, 5, "", null, Fixtures.T).withNumber(1));
        list.follow(p, change(new Touch(EntityKind.QUOTATION, "q", "c", "q", null, false)));
        assertEquals(List.of("replaced 2"), changes, "a quotation more: its document's row");
        assertEquals(1, list.items().get(2).quotations());

        changes.clear();
        list.follow(p, change(new Touch(EntityKind.CODE, "k", null, null, "k", true)));
        assertEquals(List.of(), changes, "a code renamed changes no row");
    }

    @Test
    void aDocumentAddedOrAnUnlistedOneNamedListsAllAgain() {
        p.put(Document.of("d", "D", "Tekst d.\n", SourceFormat.TXT, List.of(), Fixtures.T).withNumber(4));
        list.follow(p, change(new Touch(EntityKind.DOCUMENT, "d", "d", null, null, false)));
        assertEquals(List.of("all"), changes);
        assertEquals(4, list.items().size());
        assertEquals(true, list.select("d"), "found by its row");

        changes.clear();
        p.put(Document.of("e", "E", "Tekst e.\n", SourceFormat.TXT, List.of(), Fixtures.T).withNumber(5));
        list.follow(p, change(new Touch(EntityKind.DOCUMENT, "e", "e", null, null, true)));
        assertEquals(List.of("all"), changes, "named as replaced but not listed: listed anew, not left out");
        assertEquals(5, list.items().size());
    }
}
