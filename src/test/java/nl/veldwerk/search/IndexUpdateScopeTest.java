package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.DocumentGroup;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.CompositeCommand;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.NoteCommands;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.project.QuotationCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a change costs the index: only the entries that carry what changed are written again. A new coder's
 * first coding (which adds the coder) writes that one quotation, not every document holding the code; so do
 * its undo and redo; a code's colour costs nothing, its rename only its quotations' entries.
 */
class IndexUpdateScopeTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String TEXT_A = "Ik schaam me voor de voedselbank.\nDe buren helpen.\n";
    private static final String TEXT_B = "Schaamte houdt mensen thuis.\nHet buurthuis is ver weg.\n";

    private ProjectSession session;
    private SearchIndex index;
    private final List<SearchIndex.Update> updates = new ArrayList<>();
    private String quotationA;
    private String quotationB;

    @BeforeEach
    void codedInTwoDocuments() throws Exception {
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Bereik", "", "nl", T));
        p.put(new DocumentGroup("g1", "Bewoners", ""));
        p.put(new Document("a", "A01", "", TEXT_A, SourceFormat.TXT, List.of(), Set.of("g1"), java.util.Map.of(), T));
        p.put(new Document("b", "A02", "", TEXT_B, SourceFormat.TXT, List.of(), Set.of(), java.util.Map.of(), T));
        p.put(Code.of("schaamte", "Schaamte", "#aa0000", null));
        p.put(new Coder("c1", "Onderzoeker"));
        session = new ProjectSession(p);
        session.execute(QuotationCommands.codeRange("a", 0, 33, "schaamte", "c1", T));
        session.execute(QuotationCommands.codeRange("b", 0, 28, "schaamte", "c1", T));
        quotationA = session.project().quotationsOf("a").getFirst().id();
        quotationB = session.project().quotationsOf("b").getFirst().id();
        index = SearchIndex.inMemory(session.project());
        SearchIndex.IndexedNames names = new SearchIndex.IndexedNames(session.project());
        session.addListener(change -> {
            SearchIndex.Update update = SearchIndex.prepare(session.project(), change, names);
            updates.add(update);
            try {
                index.apply(update);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        index.close();
    }

    private int found(String query) throws Exception {
        return Search.run(index, query, Search.Scope.QUOTATIONS, 50).size();
    }

    private SearchIndex.Update last() {
        return updates.getLast();
    }

    @Test
    void aNewCodersFirstCodingWritesOnlyItsQuotation() throws Exception {
        session.execute(new CompositeCommand(Message.of("coding.add", "Schaamte"), List.of(
                NoteCommands.addCoder(new Coder("c2", "Begeleider")),
                QuotationCommands.codeRange("b", 29, 53, "schaamte", "c2", T))));
        String added = session.project().quotationsOf("b").stream().filter(q -> q.start() == 29).findFirst()
                .orElseThrow().id();
        assertEquals(Set.of(), last().documentIds(), "no document is indexed again");
        assertEquals(Set.of(added), last().quotationIds(), "only the new quotation's entry");
        assertEquals(3, found("code:schaamte"));
        assertEquals(1, found("coder:begeleider"));

        session.undo();
        assertEquals(Set.of(), last().documentIds());
        assertEquals(Set.of(added), last().quotationIds(), "the undo drops that entry alone");
        assertEquals(2, found("code:schaamte"));
        assertEquals(0, found("coder:begeleider"));

        session.redo();
        assertEquals(Set.of(), last().documentIds());
        assertEquals(Set.of(added), last().quotationIds());
        assertEquals(1, found("coder:begeleider"));
    }

    @Test
    void aCodesColourCostsNothingAndItsRenameOnlyItsQuotations() throws Exception {
        Code code = session.project().code("schaamte").orElseThrow();
        session.execute(CodeCommands.update(code.withColor("#00aa00").withMemo("Schaamte over hulp vragen")));
        assertTrue(last().isEmpty(), "a new colour is not in the index");

        session.execute(CodeCommands.rename("schaamte", "Gêne"));
        assertEquals(Set.of(), last().documentIds(), "paragraphs carry no codes");
        assertEquals(Set.of(quotationA, quotationB), last().quotationIds());
        assertEquals(2, found("code:gene"));
        assertEquals(0, found("code:schaamte"));
        session.undo();
        assertEquals(Set.of(quotationA, quotationB), last().quotationIds());
        assertEquals(2, found("code:schaamte"));
    }

    @Test
    void aRenamedCoderRewritesTheirQuotationsAndARenamedGroupItsDocuments() throws Exception {
        session.execute(NoteCommands.addCoder(new Coder("c1", "Hoofdonderzoeker"))); // puts it anew: a rename
        assertEquals(Set.of(quotationA, quotationB), last().quotationIds());
        assertEquals(2, found("coder:hoofdonderzoeker"));

        session.execute(DocumentCommands.renameGroup("g1", "Wijkbewoners"));
        assertEquals(Set.of("a"), last().documentIds(), "only the document in the group");
        assertEquals(Set.of(), last().quotationIds());
        assertEquals(1, found("group:wijkbewoners"));

        session.execute(DocumentCommands.rename("b", "A02-bis"));
        assertEquals(Set.of("b"), last().documentIds(), "a document's own change: that document");
    }
}
