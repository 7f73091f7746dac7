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

    private static boolean noHalfCharacter(String s) {
        return s.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    @Test
    void aShortSnippetIsKeptAsItIsOnOneLine() {
        assertEquals("Mensen «schamen» zich\nvaak.".replace('\n', ' '), SnippetWindow.of("Mensen <b>schamen</b> zich\nvaak."));
    }

    @Test
    void aLongSnippetIsCutAtSpacesAroundItsFirstMatch() {
        String snippet = words(300, "voor") + " de <b>buurthuis</b> en de " + words(300, "na");
        String cut = SnippetWindow.of(snippet);
        assertTrue(cut.length() <= SnippetWindow.MAX, cut.length() + ": " + cut);
        assertTrue(cut.startsWith("…voor ") && cut.endsWith(" na…"), cut);
        assertTrue(cut.contains("de «buurthuis» en de"), cut);
        int match = cut.indexOf('«');
        assertTrue(match > 100 && match < 140, "about 120 characters before the match: " + match);
    }

    @Test
    void aMatchNearTheStartKeepsTheStartAndAPairCutInTwoIsClosed() {
        String snippet = "Begin <b>" + words(200, "lang") + "</b> " + words(200, "rest");
        String cut = SnippetWindow.of(snippet);
        assertTrue(cut.startsWith("Begin «lang") && cut.endsWith("»…"), cut);
        assertTrue(cut.length() <= SnippetWindow.MAX, String.valueOf(cut.length()));
    }

    @Test
    void aMatchNearTheEndIsShownWithAsMuchBeforeItAsFits() {
        String cut = SnippetWindow.of(words(200, "woord") + " <b>eind</b>");
        assertTrue(cut.startsWith("…woord ") && cut.endsWith("woord «eind»"), cut);
        assertTrue(cut.length() > SnippetWindow.MAX - 8 && cut.length() <= SnippetWindow.MAX, String.valueOf(cut.length()));
    }

    @Test
    void cutAtBothEndsWithAPairClosedItStaysWithinTheLength() {
        String cut = SnippetWindow.of("voor ".repeat(100) + "<b>" + "x".repeat(600) + "</b> rest");
        assertTrue(cut.startsWith("…") && cut.endsWith("»…"), cut);
        assertEquals(SnippetWindow.MAX, cut.length(), cut);
    }

    @Test
    void quotesInTheTextAreNotTakenForTheMatch() {
        String snippet = "Zij zei «nee» en toen " + words(200, "vul") + " ging ze naar het <b>buurthuis</b> "
                + words(50, "nog");
        String cut = SnippetWindow.of(snippet);
        assertTrue(cut.contains("het «buurthuis» nog"), cut);
        assertTrue(cut.length() <= SnippetWindow.MAX, String.valueOf(cut.length()));
        String unclosed = SnippetWindow.of("Hij zei «nee en toen " + words(10, "vul") + " het <b>buurthuis</b> "
                + words(200, "nog"));
        assertTrue(unclosed.startsWith("Hij zei «nee") && unclosed.contains("het «buurthuis» nog"), unclosed);
        assertTrue(unclosed.endsWith(" nog…"), "no » added for the text's own «: " + unclosed);
    }

    @Test
    void aSnippetWithoutSpacesIsCutWithoutSplittingACharacter() {
        for (String before : java.util.List.of("", "a", "ab", "abc")) {
            String emoji = "\uD83D\uDE00";
            String cut = SnippetWindow.of(before + emoji.repeat(150) + "x<b>woord</b>" + emoji.repeat(300));
            assertTrue(cut.contains("«woord»") && cut.length() <= SnippetWindow.MAX, cut);
            assertTrue(noHalfCharacter(cut), "whole characters only, after " + before.length());
        }
        String noMatch = SnippetWindow.of("\uD83D\uDE00".repeat(300));
        assertTrue(noMatch.endsWith("…") && noMatch.length() <= SnippetWindow.MAX && noHalfCharacter(noMatch), noMatch);
    }

    @Test
    void anySnippetStaysWithinTheLengthInWholeCharactersWithItsFirstMatch() {
        java.util.Random random = new java.util.Random(400);
        String[] pieces = {"woord", " ", "  ", "\uD83D\uDE00", "«", "»", "é", "x".repeat(50), "\n"};
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(1_500);
            int matchAt = random.nextInt(Math.max(1, length));
            while (text.length() < length) {
                if (text.length() >= matchAt && matchAt >= 0) {
                    text.append("<b>treffer</b>");
                    matchAt = -1;
                }
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String cut = SnippetWindow.of(text.toString());
            assertTrue(cut.length() <= SnippetWindow.MAX, round + ": " + cut.length());
            assertTrue(noHalfCharacter(cut), round + ": " + cut);
            assertTrue(!text.toString().contains("<b>") || cut.contains("«treffer»"), round + ": " + cut);
        }
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
