package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

class HighlightsTest {
    private static final Instant T = Instant.EPOCH;

    @Test
    void runsFollowCodingsOverlapsSpeakerLabelsAndTimeMarks() {
        String text = "A01: [00:01] Buren en schaamte.\n";
        Project p = new Project(ProjectInfo.named("x", T));
        p.put(Document.of("d", "A01", text, SourceFormat.TXT, List.of(new SpeakerTurn("A01", 0, 31, null)), T));
        p.put(Code.of("n", "Netwerk", "#112233", null));
        p.put(Code.of("s", "Schaamte", "#445566", null));
        int buren = text.indexOf("Buren");
        int schaamte = text.indexOf("schaamte");
        p.put(new Quotation("q1", "d", buren, schaamte + 8, "", null, T));
        p.put(new Coding("k1", "q1", "n", null, T));
        p.put(new Quotation("q2", "d", schaamte, schaamte + 8, "", null, T));
        p.put(new Coding("k2", "q2", "s", null, T));
        p.put(new Coding("k3", "q2", "n", null, T));

        List<Highlights.Run> runs = Highlights.of(p, p.document("d").orElseThrow());
        assertEquals(text.length(), runs.stream().mapToInt(Highlights.Run::length).sum());
        assertEquals(new Highlights.Run(4, List.of(), Highlights.Kind.SPEAKER), runs.get(0));
        assertEquals(new Highlights.Run(1, List.of(), Highlights.Kind.TEXT), runs.get(1));
        assertEquals(new Highlights.Run(7, List.of(), Highlights.Kind.TIMESTAMP), runs.get(2));
        assertEquals(new Highlights.Run(1, List.of(), Highlights.Kind.TEXT), runs.get(3));
        assertEquals(new Highlights.Run(schaamte - buren, List.of("#112233"), Highlights.Kind.TEXT), runs.get(4));
        assertEquals(new Highlights.Run(8, List.of("#112233", "#445566"), Highlights.Kind.TEXT), runs.get(5),
                "the overlap shows each code once, in the order the quotations start");
        assertEquals(new Highlights.Run(2, List.of(), Highlights.Kind.TEXT), runs.get(6));
        assertEquals(7, runs.size());
        assertEquals("-rtfx-background-color: #11223355;-rtfx-underline-color: #445566; -rtfx-underline-width: 3;",
                Highlights.css(runs.get(5)));
    }

    /** A bracketed clock that is no time is drawn as a slip, not as a mark nor as plain text (QA). */
    @Test
    void aMistypedMarkIsASlip() {
        String text = "A01: [00:01:10] Ja. [00:01:99] Nee.\n";
        Project p = new Project(ProjectInfo.named("x", T));
        p.put(Document.of("d", "A01", text, SourceFormat.TXT, List.of(new SpeakerTurn("A01", 0, text.length() - 1,
                null)), T));
        List<Highlights.Run> runs = Highlights.of(p, p.document("d").orElseThrow());
        assertEquals(new Highlights.Run(10, List.of(), Highlights.Kind.TIMESTAMP), runs.get(2));
        assertEquals(new Highlights.Run(10, List.of(), Highlights.Kind.UNREADABLE_MARK), runs.get(4));
        assertEquals("-fx-fill: #c0392b; -fx-font-family: monospace;", Highlights.css(runs.get(4)));
    }

    /**
     * After a coding only the touched stretch is computed again: it must look exactly as the same stretch of
     * the whole text does, whatever order the quotations are handed over in, or colours flip beside a coding.
     */
    @Test
    void aStretchLooksAsTheSameStretchOfTheWholeTextWhateverTheOrderOfTheQuotations() {
        java.util.Random random = new java.util.Random(7);
        Map<String, String> colors = new java.util.HashMap<>();
        for (int c = 0; c < 6; c++) {
            colors.put("c" + c, "#00000" + c);
        }
        int length = 400;
        for (int round = 0; round < 200; round++) {
            List<Highlights.Coded> coded = new java.util.ArrayList<>();
            for (int q = 0; q < 12; q++) {
                int start = random.nextInt(length - 20);
                List<String> codes = new java.util.ArrayList<>(new java.util.TreeSet<>(List.of("c" + random.nextInt(6),
                        "c" + random.nextInt(6))));
                coded.add(new Highlights.Coded(start, start + 1 + random.nextInt(120), codes));
            }
            List<String> whole = perCharacter(Highlights.of(0, length, coded, colors, new java.util.TreeMap<>()));
            int from = random.nextInt(length - 1);
            int to = from + 1 + random.nextInt(length - from);
            java.util.Collections.shuffle(coded, random);
            List<String> stretch = perCharacter(Highlights.of(from, to, coded, colors, new java.util.TreeMap<>()));
            assertEquals(whole.subList(from, to), stretch, "round " + round + ", stretch [" + from + ", " + to + ")");
        }
    }

    @Test
    void twoQuotationsOverTheSameTextShowTheSameColoursInEitherOrder() {
        Map<String, String> colors = Map.of("a", "#aaaaaa", "b", "#bbbbbb", "c", "#cccccc");
        Highlights.Coded one = new Highlights.Coded(0, 10, List.of("a", "b"));
        Highlights.Coded two = new Highlights.Coded(0, 10, List.of("a", "c"));
        assertEquals(Highlights.of(0, 10, List.of(one, two), colors, new java.util.TreeMap<>()),
                Highlights.of(0, 10, List.of(two, one), colors, new java.util.TreeMap<>()));
    }

    private static List<String> perCharacter(List<Highlights.Run> runs) {
        List<String> colors = new java.util.ArrayList<>();
        for (Highlights.Run run : runs) {
            for (int i = 0; i < run.length(); i++) {
                colors.add(String.join(",", run.colors()));
            }
        }
        return colors;
    }

    @Test
    void codesAppliedInAnotherOrderShowTheSameColours() {
        String text = "Buren en schaamte.\n";
        Project p = new Project(ProjectInfo.named("x", T));
        p.put(Document.of("d", "A01", text, SourceFormat.TXT, List.of(), T));
        p.put(Code.of("n", "Netwerk", "#112233", null));
        p.put(Code.of("s", "Schaamte", "#445566", null));
        p.put(new Quotation("q1", "d", 0, 5, "", null, T));
        p.put(new Coding("k1", "q1", "s", null, T));
        p.put(new Coding("k2", "q1", "n", null, T));
        assertEquals(List.of("n", "s"), Highlights.coded(p, p.quotation("q1").orElseThrow()).codeIds(),
                "by name: Netwerk, then Schaamte, though Schaamte was applied first");
    }
}
