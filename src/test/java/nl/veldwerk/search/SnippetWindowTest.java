package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * A hit's snippet stays a few lines long around its first highlighted word, whatever the text: a paragraph
 * imported without sentence ends comes back from the highlighter whole, and a match past the first 10,000
 * characters was not highlighted at all.
 */
class SnippetWindowTest {
    private static String words(int count, String word) {
        return (word + " ").repeat(count).strip();
    }

    @Test
    void aShortSnippetIsKeptAsItIs() {
        String snippet = "Mensen «schamen» zich vaak.";
        assertEquals(snippet, SnippetWindow.of(snippet));
    }

    @Test
    void aLongSnippetIsCutAtSpacesAroundItsFirstMatch() {
        String snippet = words(300, "voor") + " de «buurthuis» en de " + words(300, "na");
        String cut = SnippetWindow.of(snippet);
        assertTrue(cut.length() <= SnippetWindow.MAX, cut.length() + ": " + cut);
        assertTrue(cut.startsWith("…voor ") && cut.endsWith(" na…"), cut);
        assertTrue(cut.contains("de «buurthuis» en de"), cut);
        int match = cut.indexOf('«');
        assertTrue(match > 100 && match < 140, "about 120 characters before the match: " + match);
    }

    @Test
    void aMatchNearTheStartKeepsTheStartAndAPairCutInTwoIsClosed() {
        String snippet = "Begin «" + words(200, "lang") + "» " + words(200, "rest");
        String cut = SnippetWindow.of(snippet);
        assertTrue(cut.startsWith("Begin «lang") && cut.endsWith("»…"), cut);
        assertTrue(cut.length() <= SnippetWindow.MAX, String.valueOf(cut.length()));
    }

    @Test
    void aSnippetWithoutMatchShowsItsBeginningAndNoCharacterIsSplit() {
        String text = "\uD83D\uDE00".repeat(300); // no space to cut at: a pair of chars each
        String cut = SnippetWindow.of(text);
        assertTrue(cut.endsWith("…") && cut.length() <= SnippetWindow.MAX, cut);
        String kept = cut.substring(0, cut.length() - 1);
        assertEquals(kept.length(), kept.codePoints().count() * 2, "whole characters only");
    }

    @Test
    void aSearchShowsAMatchFarIntoALongParagraphAroundIt() throws Exception {
        String paragraph = words(4_000, "vul") + " hier staat het buurthuis genoemd " + words(2_000, "nog");
        java.time.Instant t = java.time.Instant.parse("2026-03-01T09:00:00Z");
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Lang", "", "nl", t));
        p.put(new Document("a01", "A01", "", paragraph, SourceFormat.TXT, List.of(), java.util.Set.of(),
                java.util.Map.of(), t));
        p.put(Code.of("c", "C", null, null));
        try (SearchIndex index = SearchIndex.inMemory(p)) {
            List<Search.Hit> hits = Search.run(index, "buurthuis", Search.Scope.ALL, 10);
            assertEquals(1, hits.size());
            String snippet = hits.getFirst().snippet();
            assertTrue(snippet.contains("het «buurthuis» genoemd"), snippet);
            Search.Hit hit = hits.getFirst();
            assertEquals("buurthuis", paragraph.substring(hit.matchStart(), hit.matchEnd()),
                    "where the word found is in the document, to open the paragraph at it");
            Search.Hit byName = Search.run(index, "document:A01", Search.Scope.ALL, 10).getFirst();
            assertEquals(-1, byName.matchStart(), "found by its document's name: no word in its text");
            assertTrue(snippet.length() <= SnippetWindow.MAX, String.valueOf(snippet.length()));
            SearchIndexTest.assertSnippetsAsTheLibrarys(index, "buurthuis");
            SearchIndexTest.assertSnippetsAsTheLibrarys(index, "document:A01");
        }
    }
}
