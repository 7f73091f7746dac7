package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

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
}
