package nl.veldwerk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.project.QuotationCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index finds inflected Dutch, folds diacritics, knows its fields, follows every command, and rebuilds itself. */
class SearchIndexTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final String A01 = "Interviewer: Welke voorzieningen kent u?\n"
            + "A01: De voorziening bij de coördinator ken ik. Mensen schamen zich vaak.\n";

    @TempDir
    Path dir;

    private static Project project() {
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Zoeken", "", "nl", T));
        int answer = A01.indexOf("A01:");
        p.put(new nl.veldwerk.model.AttributeDefinition("rol", "rol", nl.veldwerk.model.AttributeType.TEXT));
        p.put(new Document("a01", "A01", "", A01, SourceFormat.TXT, List.of(new SpeakerTurn("Interviewer", 0, answer - 1,
                null), new SpeakerTurn("A01", answer, A01.length() - 1, null)), java.util.Set.of(),
                java.util.Map.of("rol", "aanbieder"), T));
        p.put(Code.of("schaamte", "Schaamte", null, null));
        p.put(Code.of("bekendheid", "Bekendheid", null, null));
        return p;
    }

    private static List<String> texts(SearchIndex index, String query, Search.Scope scope) throws Exception {
        return Search.run(index, query, scope, 20).stream().map(h -> h.documentName() + "@" + h.start()).toList();
    }

    @Test
    void dutchStemsDiacriticsAndFields() throws Exception {
        try (SearchIndex index = SearchIndex.inMemory(project())) {
            assertEquals(2, texts(index, "voorziening", Search.Scope.PARAGRAPHS).size(),
                    "'voorziening' finds 'voorzieningen' too");
            assertEquals(1, texts(index, "coordinator", Search.Scope.ALL).size(), "coördinator without its diaeresis");
            assertEquals(1, texts(index, "speaker:interviewer", Search.Scope.ALL).size());
            assertEquals(2, texts(index, "document:A01", Search.Scope.ALL).size());
            assertEquals(2, texts(index, "rol:aanbieder", Search.Scope.ALL).size(), "a document attribute");
            assertEquals(0, texts(index, "rol:wijkcoach", Search.Scope.ALL).size());
            assertEquals(1, texts(index, "\"mensen schamen\"", Search.Scope.ALL).size(), "a phrase");
            assertEquals(1, texts(index, "coordinatr~", Search.Scope.ALL).size(), "a fuzzy term");
            Search.Hit hit = Search.run(index, "schamen", Search.Scope.ALL, 5).getFirst();
            assertTrue(hit.snippet().contains("«schamen»"), hit.snippet());
            assertEquals(A01.indexOf("A01:"), hit.start(), "a paragraph hit carries its offsets");
            assertThrows(Search.BadQuery.class, () -> Search.run(index, "AND OR", Search.Scope.ALL, 5));
            // Exclusions only: everything but those (QA: "NOT schaamte" found nothing, without a word).
            int all = texts(index, "document:A01", Search.Scope.ALL).size();
            assertEquals(all - 1, texts(index, "NOT schamen", Search.Scope.ALL).size(), "all but the one that says it");
            assertEquals(texts(index, "NOT schamen", Search.Scope.ALL), texts(index, "-schamen", Search.Scope.ALL));
            assertTrue(texts(index, "NOT schamen", Search.Scope.ALL).stream().noneMatch(t -> t.equals(
                    hit.documentName() + "@" + hit.start())));
        }
        // Excluding a code asks for the other quotations, not every paragraph too (which has no code: review).
        Project p = project();
        p.put(new nl.veldwerk.model.Quotation("q1", "a01", 0, 10, "", null, T));
        p.put(new nl.veldwerk.model.Quotation("q2", "a01", 20, 30, "", null, T));
        p.put(new nl.veldwerk.model.Coding("k1", "q1", "schaamte", null, T));
        p.put(new nl.veldwerk.model.Coding("k2", "q2", "bekendheid", null, T));
        try (SearchIndex index = SearchIndex.inMemory(p)) {
            assertEquals(List.of("q2"), Search.run(index, "-code:Schaamte", Search.Scope.ALL, 50).stream()
                    .map(Search.Hit::quotationId).toList());
            assertTrue(Search.run(index, "NOT schamen", Search.Scope.ALL, 50).stream()
                    .anyMatch(h -> h.quotationId() == null), "a word excluded: paragraphs too");
        }
    }

    /** Time marks are no words: "00" found the digits of every mark; the words beside them keep their places. */
    @Test
    void timeMarksAreNotSearchedAsWords() throws Exception {
        Project p = new Project(new ProjectInfo(ProjectInfo.ID, "Tijden", "", "nl", T));
        String text = "[00:00:04.0] A01: Ik fiets 00 minuten.\n#00:01:22-6# Het buurthuis [1:02] sluit.\n";
        p.put(new Document("t", "T", "", text, SourceFormat.TXT, List.of(), java.util.Set.of(), java.util.Map.of(), T));
        try (SearchIndex index = SearchIndex.inMemory(p)) {
            assertEquals(1, texts(index, "00", Search.Scope.PARAGRAPHS).size(), "the spoken 00 only");
            assertEquals(0, texts(index, "22", Search.Scope.PARAGRAPHS).size(), "not a mark's digits");
            assertEquals(0, texts(index, "02", Search.Scope.PARAGRAPHS).size());
            Search.Hit hit = Search.run(index, "buurthuis", Search.Scope.PARAGRAPHS, 5).getFirst();
            assertEquals("buurthuis", text.substring(hit.matchStart(), hit.matchEnd()), "offsets of the text kept");
            Search.Hit spoken = Search.run(index, "minuten", Search.Scope.PARAGRAPHS, 5).getFirst();
            assertEquals("minuten", text.substring(spoken.matchStart(), spoken.matchEnd()));
        }
    }

    /** A speaker asked for by name is searched even when left out of searches (QA: 0 hits, "2 left out"). */
    @Test
    void aSpeakerNamedInTheQueryIsNotLeftOut() throws Exception {
        try (SearchIndex index = SearchIndex.inMemory(project())) {
            java.util.Set<String> leftOut = java.util.Set.of("Interviewer");
            assertEquals(0, Search.run(index, "welke", Search.Scope.ALL, 20, leftOut).size(), "left out as asked");
            assertEquals(1, Search.run(index, "speaker:interviewer", Search.Scope.ALL, 20, leftOut).size());
            assertEquals(1, Search.run(index, "welke AND speaker:\"Interviewer\"", Search.Scope.ALL, 20, leftOut)
                    .size());
            assertEquals(0, Search.run(index, "welke AND speaker:A01", Search.Scope.ALL, 20, leftOut).size(),
                    "another speaker named leaves the interviewer out");
        }
    }

    /**
     * code: with a category's name finds the quotations of the codes under it (any depth), as the code tree's Σ
     * count counts them; it found only those coded with the category itself (QA: "0 hits" for a category of 11).
     */
    @Test
    void aCategorysNameFindsTheQuotationsOfItsSubCodes() throws Exception {
        Project p = project();
        p.put(Code.of("rol", "Rol van de wijkcoach", null, null));
        p.put(Code.of("zicht", "Zichtbaarheid", null, "rol"));
        p.put(Code.of("diep", "Bereikbaar", null, "zicht"));
        p.put(Code.of("elders", "Rol elders", null, null));
        int at = A01.indexOf("De voorziening");
        p.put(new nl.veldwerk.model.Quotation("q1", "a01", at, at + 14, "", null, T, 1));
        p.put(new nl.veldwerk.model.Coding("c1", "q1", "diep", null, T));
        int other = A01.indexOf("Mensen");
        p.put(new nl.veldwerk.model.Quotation("q2", "a01", other, other + 6, "", null, T, 2));
        p.put(new nl.veldwerk.model.Coding("c2", "q2", "elders", null, T));
        SubCodes subCodes = SubCodes.of(p);
        try (SearchIndex index = SearchIndex.inMemory(p)) {
            java.util.function.Function<String, List<String>> found = query -> {
                try {
                    return Search.run(index, query, Search.Scope.QUOTATIONS, 20, java.util.Set.of(), subCodes)
                            .stream().map(Search.Hit::quotationId).toList();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            };
            assertEquals(List.of("q1"), found.apply("code:\"Rol van de wijkcoach\""), "two levels down");
            assertEquals(List.of("q1"), found.apply("code:\"rol  van de WIJKCOACH\""), "case and spacing aside");
            assertEquals(List.of("q1"), found.apply("code:zichtbaarheid"), "a sub-category, unquoted");
            assertEquals(List.of("q1"), found.apply("code:bereikbaar"), "a code without sub-codes as before");
            assertEquals(List.of("q2"), found.apply("code:\"Rol elders\""), "another code's name is not a category");
            assertEquals(List.of(), found.apply("code:\"Rol van de wijkcoach\" AND mensen"));
            assertEquals(List.of(), Search.run(index, "code:\"Rol van de wijkcoach\"", Search.Scope.QUOTATIONS, 20),
                    "without the project's codebook only the category's own codings count");
        }
    }

    /**
     * A quoted phrase with a stop word in it finds that phrase only: "de voorziening" was searched as "any word,
     * then voorziening" (stop words were not indexed), so "een voorziening" was found too. A stop word alone, or
     * among words not quoted, still asks for nothing.
     */
    @Test
    void aPhraseWithAStopWordFindsThatPhraseOnly() throws Exception {
        Project p = project();
        String b02 = "B02: Een voorziening in de wijk helpt. Het buurthuis is dicht.\n";
        p.put(new Document("b02", "B02", "", b02, SourceFormat.TXT, List.of(new SpeakerTurn("B02", 0, b02.length() - 1,
                null)), java.util.Set.of(), java.util.Map.of(), T));
        try (SearchIndex index = SearchIndex.inMemory(p)) {
            assertEquals(List.of("A01@" + A01.indexOf("A01:")), texts(index, "\"de voorziening\"",
                    Search.Scope.PARAGRAPHS), "A01 says 'de voorziening', B02 'een voorziening'");
            assertEquals(List.of("B02@0"), texts(index, "\"een voorziening\"", Search.Scope.PARAGRAPHS));
            assertEquals(List.of("B02@0"), texts(index, "\"in de wijk\"", Search.Scope.PARAGRAPHS));
            assertEquals(List.of(), texts(index, "\"in het wijk\"", Search.Scope.PARAGRAPHS));
            assertEquals(texts(index, "voorziening", Search.Scope.PARAGRAPHS), texts(index, "de voorziening",
                    Search.Scope.PARAGRAPHS), "not quoted: the stop word asks for nothing");
            // ... and is named, so the hits can say so (a "geen" left out turns the question round).
            assertEquals(List.of("de"), Search.tooCommon(index, "de voorziening"));
            assertEquals(List.of("geen", "niet"), Search.tooCommon(index, "geen voorziening OR (niet AND wijk*)"));
            assertEquals(List.of(), Search.tooCommon(index, "\"de voorziening\" AND speaker:de"),
                    "in quotes it counts; a field's value is not a word of the text");
            assertEquals(3, texts(index, "voorziening", Search.Scope.PARAGRAPHS).size());
            Search.BadQuery alone = assertThrows(Search.BadQuery.class, () -> texts(index, "de het",
                    Search.Scope.PARAGRAPHS), "stop words alone: said, not 'no hits'");
            assertTrue(alone.getMessage().contains("too common to search on their own"), alone.getMessage());
            Search.BadQuery noWord = assertThrows(Search.BadQuery.class, () -> texts(index, "— …",
                    Search.Scope.PARAGRAPHS));
            assertTrue(noWord.getMessage().endsWith("it holds no word to look for"), noWord.getMessage());
            assertEquals(List.of("B02@0"), texts(index, "\"de\" wijk", Search.Scope.PARAGRAPHS), "quoted, it counts");
            Search.Hit hit = Search.run(index, "\"het buurthuis\"", Search.Scope.PARAGRAPHS, 5).getFirst();
            assertTrue(hit.snippet().contains("«Het buurthuis»") || hit.snippet().contains("«Het» «buurthuis»"),
                    hit.snippet());
        }
    }

    /**
     * A wildcard finds words as they are written, also when the pattern is longer than the word's stem
     * ("voorziening*" has more letters than the stem "voorzien"), and only those: not "voorzien" itself.
     */
    @Test
    void wildcardsFindTheWordsAsWrittenAndAreHighlighted() throws Exception {
        Project p = project();
        String text = "A02: Wij voorzien in veel. De kwetsbaarheid van mensen.\n";
        p.put(new Document("a02", "A02", "", text, SourceFormat.TXT, List.of(new SpeakerTurn("A02", 0,
                text.length() - 1, null)), java.util.Set.of(), java.util.Map.of(), T));
        try (SearchIndex index = SearchIndex.inMemory(p)) {
            assertEquals(List.of("A02@0"), texts(index, "kwetsbaarheid*", Search.Scope.PARAGRAPHS),
                    "longer than the stem 'kwetsbar'");
            assertEquals(List.of("A01@0", "A01@" + A01.indexOf("A01:")), texts(index, "voorziening*",
                    Search.Scope.PARAGRAPHS).stream().sorted().toList(), "voorziening, voorzieningen; not 'voorzien'");
            assertEquals(1, texts(index, "voorzien", Search.Scope.PARAGRAPHS).stream().filter(h -> h.startsWith("A02"))
                    .count(), "a word searched still finds by its stem");
            Search.Hit hit = Search.run(index, "kwetsbaarheid*", Search.Scope.PARAGRAPHS, 5).getFirst();
            assertEquals("kwetsbaarheid", text.substring(hit.matchStart(), hit.matchEnd()), "the word found is marked");
        }
    }

    /**
     * Hits in what a left-out speaker says are left out before the best are counted: an interviewer's many
     * questions, each scoring higher than an answer, do not crowd the answers out of the first {@code max}.
     */
    @Test
    void leftOutSpeakersDoNotCrowdOutTheHitsKept() throws Exception {
        Project p = project();
        StringBuilder text = new StringBuilder();
        List<SpeakerTurn> turns = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String question = "I: Buurthuis? Het buurthuis, buurthuis!\n";
            String answer = "R05: Ik ga soms naar het buurthuis als er koffie is en de buren daar ook komen. " + i + "\n";
            turns.add(new SpeakerTurn("I", text.length(), text.length() + question.length() - 1, null));
            text.append(question);
            turns.add(new SpeakerTurn("R05", text.length(), text.length() + answer.length() - 1, null));
            text.append(answer);
        }
        p.put(new Document("a05", "A05", "", text.toString(), SourceFormat.TXT, turns, java.util.Set.of(),
                java.util.Map.of(), T));
        try (SearchIndex index = SearchIndex.inMemory(p)) {
            assertEquals(List.of("I", "I", "I", "I", "I"), Search.run(index, "buurthuis", Search.Scope.PARAGRAPHS, 5)
                    .stream().map(Search.Hit::speaker).toList(), "the questions score highest");
            List<Search.Hit> kept = Search.run(index, "buurthuis", Search.Scope.PARAGRAPHS, 5, java.util.Set.of("I"));
            assertEquals(List.of("R05", "R05", "R05", "R05", "R05"), kept.stream().map(Search.Hit::speaker).toList());
            assertEquals(12, Search.run(index, "buurthuis", Search.Scope.PARAGRAPHS, 50, java.util.Set.of("I")).size(),
                    "every answer, read past all the questions");
            assertTrue(kept.stream().allMatch(h -> h.snippet().contains("«buurthuis»")), "and highlighted");
        }
    }

    /**
     * Each hit's text is highlighted as it is read (not read again by the highlighter): the snippets are those
     * the highlighter gives when it reads the hits itself, for words, phrases, wildcards, fuzzy terms, a hit
     * found by another field than its text, and none.
     */
    @Test
    void snippetsAreThoseTheHighlighterGivesReadingTheHitsItself() throws Exception {
        Project p = project();
        int s = A01.indexOf("Mensen");
        new ProjectSession(p).execute(QuotationCommands.codeRange("a01", s, A01.indexOf('.', s) + 1, "schaamte", null,
                T));
        try (SearchIndex index = SearchIndex.inMemory(p)) {
            for (String query : List.of("schamen", "voorziening", "\"mensen schamen\"", "voorz*", "coordinatr~",
                    "coördinator OR schamen", "code:schaamte", "document:A01", "speaker:interviewer",
                    "document:A01 -schamen", "rol:aanbieder AND kent")) {
                assertSnippetsAsTheLibrarys(index, query);
            }
        }
    }

    /** The hits' snippets are those the library's highlighter gives when it reads the hits itself. */
    static void assertSnippetsAsTheLibrarys(SearchIndex index, String query) throws Exception {
        List<Search.Hit> hits = Search.run(index, query, Search.Scope.ALL, 20);
        org.apache.lucene.search.IndexSearcher searcher = index.searchers().acquire();
        try {
            org.apache.lucene.queryparser.classic.QueryParser parser =
                    new org.apache.lucene.queryparser.classic.QueryParser(SearchIndex.TEXT, index.queryAnalyzer());
            parser.setDefaultOperator(org.apache.lucene.queryparser.classic.QueryParser.Operator.AND);
            org.apache.lucene.search.Query parsed = parser.parse(query);
            org.apache.lucene.search.TopDocs top = searcher.search(parsed, 20);
            String[] expected = org.apache.lucene.search.uhighlight.UnifiedHighlighter.builder(searcher,
                    index.analyzer()).withMaxLength(10_000).build().highlight(SearchIndex.TEXT, parsed, top, 1);
            assertEquals(top.scoreDocs.length, hits.size(), query);
            assertTrue(!hits.isEmpty(), query + " finds something");
            for (int i = 0; i < hits.size(); i++) {
                String text = searcher.storedFields().document(top.scoreDocs[i].doc).get(SearchIndex.TEXT);
                String snippet = expected[i] != null ? expected[i] : text;
                if (text != null && text.length() > 10_000 && !snippet.contains("<b>")) {
                    // Its match lies past the first 10,000 characters: the library, given the whole text.
                    String[] whole = org.apache.lucene.search.uhighlight.UnifiedHighlighter.builder(searcher,
                            index.analyzer()).withMaxLength(text.length() + 1).build().highlight(SearchIndex.TEXT,
                            parsed, new org.apache.lucene.search.TopDocs(top.totalHits,
                                    new org.apache.lucene.search.ScoreDoc[] {top.scoreDocs[i]}), 1);
                    snippet = whole[0] != null && whole[0].contains("<b>") ? whole[0] : snippet;
                }
                assertEquals(SnippetWindow.of(snippet), hits.get(i).snippet(), query + " #" + i);
            }
        } finally {
            index.searchers().release(searcher);
        }
    }

    @Test
    void everyCommandReachesTheIndex() throws Exception {
        ProjectSession session = new ProjectSession(project());
        try (SearchIndex index = SearchIndex.inMemory(session.project())) {
            listen(index, session);
            int s = A01.indexOf("Mensen");
            session.execute(QuotationCommands.codeRange("a01", s, A01.indexOf('.', s) + 1, "schaamte", null, T));
            assertEquals(List.of("A01@" + s), texts(index, "code:schaamte", Search.Scope.QUOTATIONS), "a new coding");
            String quotationId = session.project().quotations().iterator().next().id();
            session.execute(QuotationCommands.resize(quotationId, s, s + "Mensen schamen".length()));
            assertEquals(0, texts(index, "code:schaamte AND vaak", Search.Scope.QUOTATIONS).size(), "resized");
            session.execute(CodeCommands.rename("schaamte", "Schaamtegevoel"));
            assertEquals(1, texts(index, "code:schaamtegevoel", Search.Scope.QUOTATIONS).size(), "a renamed code");
            session.execute(QuotationCommands.delete(quotationId));
            assertEquals(0, texts(index, "code:schaamtegevoel", Search.Scope.QUOTATIONS).size(), "deleted");
            session.undo();
            assertEquals(1, texts(index, "code:schaamtegevoel", Search.Scope.QUOTATIONS).size(), "and undone");
        }
    }

    @Test
    void aMissingOrOutdatedIndexIsRebuilt() throws Exception {
        Project p = project();
        try (SearchIndex index = SearchIndex.open(dir, p, "saved-1", (done, total) -> true)) {
            assertEquals(1, texts(index, "schamen", Search.Scope.ALL).size());
        }
        Path folder = dir.resolve(SearchIndex.FOLDER);
        assertTrue(Files.isDirectory(folder));
        // Changed while the index was closed (another tool, a restored backup): rebuilt on opening.
        p.put(Document.of("w01", "W01", "W01: Schaamte speelt hier ook.\n", SourceFormat.TXT, List.of(), T));
        try (SearchIndex index = SearchIndex.open(dir, p, "saved-2", (done, total) -> true)) {
            assertEquals(2, texts(index, "schamen OR schaamte", Search.Scope.ALL).size());
        }
        SearchIndex.deleteTree(folder);
        try (SearchIndex index = SearchIndex.open(dir, p, "saved-2", (done, total) -> true)) {
            assertEquals(2, texts(index, "schamen OR schaamte", Search.Scope.ALL).size(), "a deleted index comes back");
        }
        // Damaged files: thrown away and rebuilt, never fatal.
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.writeString(f, "kapot");
            }
        }
        try (SearchIndex index = SearchIndex.open(dir, p, "saved-2", (done, total) -> true)) {
            assertEquals(2, texts(index, "schamen OR schaamte", Search.Scope.ALL).size());
        }
    }

    @Test
    void anIndexMarkedCurrentOpensAsItIsAndUpdatesNobodyConfirmedNeverReachTheDisk() throws Exception {
        ProjectSession session = new ProjectSession(project());
        int s = A01.indexOf("Mensen");
        try (SearchIndex index = SearchIndex.open(dir, session.project(), "saved-1", (done, total) -> true)) {
            listen(index, session);
            session.execute(QuotationCommands.codeRange("a01", s, s + 6, "schaamte", null, T));
            index.markCurrent("saved-2");
        }
        Project saved = session.project().copy();
        Project[] recovered = {null};
        int[] progress = {0};
        try (SearchIndex index = SearchIndex.open(dir, saved, "saved-2", (done, total) -> ++progress[0] > 0)) {
            assertEquals(0, progress[0], "marked current: opened as it is");
            assertEquals(1, texts(index, "code:schaamte", Search.Scope.QUOTATIONS).size());
            ProjectSession later = new ProjectSession(saved.copy());
            listen(index, later);
            later.execute(QuotationCommands.codeRange("a01", 0, 5, "schaamte", null, T));
            assertEquals(2, texts(index, "code:schaamte", Search.Scope.QUOTATIONS).size(), "searchable at once");
            recovered[0] = later.project().copy();
        } // closed without markCurrent: as after a crash, or a close without saving
        try (SearchIndex index = SearchIndex.open(dir, saved, "saved-2", (done, total) -> ++progress[0] > 0)) {
            assertEquals(0, progress[0], "the project as saved: the index on disk is that state");
            assertEquals(1, texts(index, "code:schaamte", Search.Scope.QUOTATIONS).size(), "the unsaved coding is not");
        }
        try (SearchIndex index = SearchIndex.open(dir, recovered[0], null, (done, total) -> ++progress[0] > 0)) {
            assertTrue(progress[0] > 0, "the project with the change (recovered): rebuilt, never stale");
            assertEquals(2, texts(index, "code:schaamte", Search.Scope.QUOTATIONS).size());
        }
    }

    /** Keeps the index up to date with the session, as the window does (on one thread here). */
    static void listen(SearchIndex index, ProjectSession session) {
        index.follow(session);
    }

    @Test
    void anIndexOfAnotherSchemaVersionIsRebuilt() throws Exception {
        Project p = project();
        try (SearchIndex index = SearchIndex.open(dir, p, "saved-1", (done, total) -> true)) {
            assertEquals(1, texts(index, "schamen", Search.Scope.ALL).size());
        }
        // Rewrite the commit as a future version would, with a field this version does not know.
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir.resolve(SearchIndex.FOLDER));
             var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.deleteAll();
            writer.setLiveCommitData(java.util.Map.of("schema", "99", "language", "nl", SearchIndex.STATE,
                    "saved-1").entrySet());
            writer.commit();
        }
        int[] rebuilt = {0};
        try (SearchIndex index = SearchIndex.open(dir, p, "saved-1", (done, total) -> {
            rebuilt[0]++;
            return true;
        })) {
            assertTrue(rebuilt[0] > 0, "another schema version is rebuilt, not trusted");
            assertEquals(1, texts(index, "schamen", Search.Scope.ALL).size());
        }
    }

    @Test
    void aRebuildCanBeCancelled() throws Exception {
        Project p = project();
        try (SearchIndex index = SearchIndex.inMemory(p)) {
            assertTrue(!index.rebuild(p, null, (done, total) -> false), "stopped at the first document");
        }
    }
}
