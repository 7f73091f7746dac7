package nl.veldwerk.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordSnapTest {
    private static String snapped(String text, String selected, int from) {
        int start = text.indexOf(selected, from);
        int[] r = WordSnap.snap(text, start, start + selected.length());
        return text.substring(r[0], r[1]);
    }

    private static String snapped(String text, String selected) {
        return snapped(text, selected, 0);
    }

    @Test
    void anEndInsideAWordMovesOutToTheWholeWord() {
        String text = "Ik ken mensen die niet komen. Maar er zijn er ook die wel komen.";
        assertEquals("Ik ken mensen", snapped(text, "k ken mensen"));
        assertEquals("Maar er zijn", snapped(text, "Maar er zij"));
        assertEquals("ken mensen die", snapped(text, "en mensen di"));
        assertEquals("mensen", snapped(text, "ens"), "inside one word: that word");
    }

    @Test
    void whiteSpaceAtTheEndsIsDroppedAndPunctuationTakenAlongStays() {
        String text = "Ik ken mensen die niet komen.\nMaar er zijn er ook.";
        assertEquals("niet komen.", snapped(text, " niet komen.\n"));
        assertEquals("mensen", snapped(text, " mensen "));
        assertEquals("komen.", snapped(text, "men."));
    }

    @Test
    void anEndMovedOutOfAWordTakesTheMarksThatCloseItsSentence() {
        String text = "Kennen inwoners de voorzieningen? Ja (lacht). Nee, \"nooit.\" Dus.";
        assertEquals("inwoners de voorzieningen?", snapped(text, "inwoners de voorzie"), "QA: without its '?'");
        assertEquals("Ja (lacht).", snapped(text, "Ja (lac"));
        assertEquals("\"nooit.\"", snapped(text, "\"noo"));
        assertEquals("inwoners de voorzieningen", snapped(text, "inwoners de voorzieningen"),
                "an end put right after the word stays there");
        assertEquals("Nee", snapped(text, "Ne"), "a comma closes no sentence: taken only when dragged over");
        String quoted = "Ze zei \"ik kom niet.\" En om 10.30 uur (of later) ging ze.";
        assertEquals("ik kom niet.", snapped(quoted, "ik kom nie"), "not the quote opened before the selection (review)");
        assertEquals("om 10", snapped(quoted, "om 1"), "a full stop inside a number ends no sentence");
        assertEquals("of later", snapped(quoted, "of lat"), "not the bracket opened before the selection");
        assertEquals("Nee,", snapped(text, "Nee,"));
        int[] edge = {WordSnap.snapEdge(text, text.indexOf("voorzie") + 4, false)};
        assertEquals("voorzieningen?", text.substring(text.indexOf("voorzie"), edge[0]), "a dragged bound too");
    }

    @Test
    void joinedWordsAndAccentsStayWhole() {
        String text = "Zo'n buurt-huis, d’r café en naïeve hulp.";
        assertEquals("Zo'n", snapped(text, "o'"));
        assertEquals("buurt-huis", snapped(text, "rt-h"));
        assertEquals("d’r café", snapped(text, "’r caf"));
        assertEquals("naïeve", snapped(text, "aïe"));
        assertEquals("buurt-huis, d’r", snapped(text, "is, d"), "a comma between words does not join them");
    }

    @Test
    void wholeWordsAndEmptyOrBlankSelectionsAreLeftAlone() {
        String text = "de buren helpen";
        assertEquals("buren", snapped(text, "buren"));
        int[] empty = WordSnap.snap(text, 4, 4);
        assertEquals(4, empty[0]);
        assertEquals(4, empty[1]);
        int[] blank = WordSnap.snap("a   b", 1, 4);
        assertEquals(1, blank[0], "only white space: kept as it was rather than made empty");
        assertEquals(4, blank[1]);
        int[] reversed = WordSnap.snap(text, 9, 4);
        assertEquals("buren", text.substring(reversed[0], reversed[1]));
    }

    /** What a keyboard selection codes: no white space, no letterless line (a time mark) at either end. */
    @Test
    void theCodedPartLeavesOutWhiteSpaceAndLetterlessLinesAtItsEdges() {
        String text = "R: Het was een graf.\n[00:00:49.5] I: En toen?\n R: tweede huiskamer\n";
        assertEquals("Het was een graf.", coded(text, "Het was een graf.\n["));
        assertEquals("Het was een graf.", coded(text, "Het was een graf.\n[00:00:49.5"));
        assertEquals("tweede huiskamer", coded(text, " tweede huiskamer\n"));
        assertEquals("[00:00:49.5] I: En toen?", coded(text, "\n[00:00:49.5] I: En toen?"),
                "a time mark on a line with words stays");
        assertEquals("[00:00:49.5]", coded(text, "[00:00:49.5]"), "a time mark alone is coded as asked");
        assertEquals("graf.\n[00:00:49.5] I: En", coded(text, "graf.\n[00:00:49.5] I: En"));
        String marks = "R: Het was een graf.\n[00:01]\n[00:02]\nI: Ja.";
        assertEquals("Het was een graf.", coded(marks, "Het was een graf.\n[00:01]\n[00:02]\n"), "every such line");
        assertEquals("I: Ja.", coded(marks, "[00:01]\n[00:02]\nI: Ja."));
        String turns = "A01: Met de vader.\nInterviewer: En toen?\n";
        assertEquals("vader.", coded(turns, "vader.\nInterviewer"), "the next turn's label is not taken along");
        assertEquals("vader.", coded(turns, "vader.\nInterviewer: "));
        assertEquals("vader.\nInterviewer: En", coded(turns, "vader.\nInterviewer: En"), "what is said after it is");
    }

    private static String coded(String text, String selected) {
        int at = text.indexOf(selected);
        int[] part = WordSnap.codedPart(text, at, at + selected.length());
        return text.substring(part[0], part[1]);
    }

    /**
     * An edge inside a character as seen takes the whole character: an emoji of several joined (a drag from the
     * family's third face, Shift+→ over its first face), a flag, a thumb with its skin tone, an "e" with its accent
     * written apart (QA: a quotation opened with an invisible joiner, or with half an emoji, "�" in the reports).
     */
    @Test
    void anEdgeInsideAnEmojiOrAnAccentedLetterTakesTheWholeCharacter() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        String text = "a family of five " + family + " on one income. Cafe\u0301 \uD83C\uDDF3\uD83C\uDDF1 "
                + "\uD83D\uDC4D\uD83C\uDFFD ok";
        int at = text.indexOf(family);
        assertEquals(family + " on one income.", part(text, WordSnap.snap(text, at + 6, text.indexOf("income") + 3)));
        assertEquals(family, part(text, WordSnap.codedPart(text, at, at + 2)));
        assertEquals(family, part(text, WordSnap.codedPart(text, at + 2, at + 5)), "from a joiner");
        int accent = text.indexOf("e\u0301");
        assertEquals("Cafe\u0301", part(text, WordSnap.codedPart(text, accent - 3, accent + 1)));
        int flag = text.indexOf("\uD83C\uDDF3");
        assertEquals("\uD83C\uDDF3\uD83C\uDDF1", part(text, WordSnap.codedPart(text, flag + 2, flag + 4)));
        int thumb = text.indexOf("\uD83D\uDC4D");
        assertEquals("\uD83D\uDC4D\uD83C\uDFFD", part(text, WordSnap.codedPart(text, thumb, thumb + 2)));
        assertEquals("one income", part(text, WordSnap.codedPart(text, text.indexOf("one"), text.indexOf("."))),
                "ordinary edges as they were");
    }

    private static String part(String text, int[] range) {
        return text.substring(range[0], range[1]);
    }
}
