package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

/** An in-vivo code's name: the words selected, without the labels of turns inside, cut at a word's end. */
class InVivoNameTest {
    private static final String TEXT = "Interviewer: Welke invloed hebben cultuurverschillen op effectief aanbod?\n"
            + "[00:01:02] A02: Het is niet zo lastig, zegt men, maar wij merken dat mensen zich schamen om hulp te vragen"
            + " bij het buurthuis of de wijkcoach.\n";

    private static Document document() {
        int second = TEXT.indexOf("[00:01:02]");
        return Document.of("d", "A02", TEXT, SourceFormat.TXT, List.of(new SpeakerTurn("Interviewer", 0, second, null),
                new SpeakerTurn("A02", second, TEXT.length(), 62_000L)), Instant.EPOCH);
    }

    @Test
    void theLabelOfATurnInsideTheSelectionIsNoPartOfTheName() {
        int from = TEXT.indexOf("invloed");
        int to = TEXT.indexOf("lastig") + "lastig".length();
        assertEquals("invloed hebben cultuurverschillen op effectief aanbod? Het is niet zo lastig",
                CodingViewModel.inVivoName(document(), from, to));
    }

    @Test
    void theMarksThatCloseASentenceAndItsQuotesAreNoPartOfTheName() {
        assertEquals("graag gewoon hier", CodingViewModel.withoutClosingMarks("graag gewoon hier."));
        assertEquals("niemand komt", CodingViewModel.withoutClosingMarks("“niemand komt.”"));
        assertEquals("zo is het", CodingViewModel.withoutClosingMarks("'zo is het',"));
        assertEquals("waarom komt niemand?", CodingViewModel.withoutClosingMarks("waarom komt niemand?"),
                "a question keeps its mark");
        assertEquals("'s avonds", CodingViewModel.withoutClosingMarks("'s avonds"), "an apostrophe alone stays");
        assertEquals("\"ja\" en \"nee\"", CodingViewModel.withoutClosingMarks("\"ja\" en \"nee\"."),
                "no pair around the whole name (review)");
        assertEquals("'t is gezellig'", CodingViewModel.withoutClosingMarks("'t is gezellig'"),
                "an elision is no opening quote");
        assertEquals("en toen…", CodingViewModel.withoutClosingMarks("en toen…"), "trailing off keeps its mark");
        assertEquals("en toen...", CodingViewModel.withoutClosingMarks("en toen..."), "also in full stops (review)");
        assertEquals("daar heb ik meer contact", CodingViewModel.withoutClosingMarks(", daar heb ik meer contact."),
                "nor the comma before it (QA)");
        assertEquals(".", CodingViewModel.withoutClosingMarks("."), "nothing left: the name as selected");
        int from = TEXT.indexOf("bij het buurthuis");
        assertEquals("bij het buurthuis of de wijkcoach", CodingViewModel.inVivoName(document(), from,
                TEXT.length() - 1));
    }

    @Test
    void aLongNameIsCutAtAWordsEnd() {
        int from = TEXT.indexOf("Het is");
        String name = CodingViewModel.inVivoName(document(), from, TEXT.length() - 1);
        assertTrue(name.length() <= CodingViewModel.IN_VIVO_LENGTH, name);
        assertEquals("Het is niet zo lastig, zegt men, maar wij merken dat mensen zich schamen om hulp", name);
        assertEquals("A02: Het is", CodingViewModel.inVivoName(document(), TEXT.indexOf("A02:"), from + 6),
                "a label selected at the selection's start is not a turn inside it");
    }
}
