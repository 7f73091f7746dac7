package nl.veldwerk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TimeMarksTest {
    private static List<Long> millis(String text) {
        return TimeMarks.find(text).stream().map(TimeMark::millis).toList();
    }

    @Test
    void bracketedMarksCountAnywhere() {
        assertEquals(List.of(82_600L, 83_000L, 83_000L, 125_500L, 754_000L),
                millis("Ja. #00:01:22-6# [00:01:23] (00:01:23) [00:02:05.5] en (12:34)\n"));
    }

    @Test
    void aBareMarkWithAFractionCountsAnywhere() {
        assertEquals(List.of(83_456L), millis("en toen 00:01:23.456 zei ze\n"));
    }

    @Test
    void aBareClockCountsOnlyBesideALabel() {
        assertEquals(List.of(3_000L, 61_000L, 83_000L),
                millis("00:00:03 Speaker 1\nJordan Lee   1:01\nJordan Lee 00:01:23\n"));
        assertEquals(List.of(), millis("We meet at 10:30\nom 10:30 uur gaan we weg, zei ze.\n"));
    }

    /** A header's field about time holds a value, not a place in the recording (QA: the first turns got it). */
    @Test
    void aHeaderFieldAboutTimeIsNoMark() {
        assertEquals(List.of(), millis("Duur: 00:45:12\nOpnameduur: 01:02:03\nBeginn: 10:15:00\nStart time: 14:00:00\n"
                + "Aufnahmedauer: 00:30:00\nTotal duration: 00:50:00\n[Einde]: 00:59:00\n"));
        assertEquals(List.of(1_000L, 2_000L, 3_000L, 4_000L, 5_000L), millis("Michael Ende: 00:00:01\nFatime: 00:00:02\n"
                + "Candidate   0:03\nAnna Start 00:00:04\nEsther Tijd 00:00:05\n"), "speakers whose names hold such words");
        assertEquals(List.of(10_000L, 3_000L, 61_000L), millis("Duur: 00:45:12\nI: Goed. [00:00:10]\n"
                + "Interviewer: 00:00:03\nBakker, Jan (Guest)   1:01\n"), "a speaker's label beside a clock still is one");
    }

    @Test
    void bareClocksOpeningLinesCountWhenSeveralRiseThroughTheText() {
        assertEquals(List.of(12_000L, 30_000L, 75_000L), millis("00:12 Ja.\n00:30 Nee.\n01:15 Misschien.\n"));
        assertEquals(List.of(), millis("10:30 vertrek.\n09:15 aankomst.\n11:00 lunch.\n"), "not rising: a timetable");
        assertEquals(List.of(), millis("10:30 vertrek.\n11:15 aankomst.\n"), "two could be times of day");
    }

    /**
     * Bare clocks after the last bracketed mark that go on from it in another style are times of day: an appendix's
     * programme, a day's schedule read aloud in the last answer (QA). A second part counted from zero, clocks written
     * as the marks were, and bare clocks that stood among the marks already stay the recording's.
     */
    @Test
    void bareClocksPastTheLastMarkInAnotherStyleAreTimesOfDay() {
        String talk = "M: [00:00:04] Welkom.\nA: [00:00:10] Dank je.\nM: [00:00:37] Zullen we?\n\n";
        assertEquals(List.of(4_000L, 10_000L, 37_000L), millis(talk + "Bijlage: programma van de avond\n"
                + "19:00 Inloop met koffie\n19:30 Focusgroep\n21:00 Afsluiting\n"), "an appendix's programme");
        assertEquals(List.of(4_000L, 10_000L, 37_000L), millis(talk + "08:00 opstaan.\n10:30 koffie.\n14:00 dutje.\n"),
                "a schedule read aloud");
        assertEquals(List.of(4_000L, 10_000L, 37_000L, 5_000L, 20_000L, 45_000L), millis(talk + "Deel 2\n"
                + "00:05 Ja.\n00:20 Nee.\n00:45 Misschien.\n"), "a second part counted from zero");
        assertEquals(List.of(4_000L, 10_000L, 37_000L, 60_000L, 75_000L, 90_000L), millis(talk
                + "00:01:00 R: Ja.\n00:01:15 I: Nee.\n00:01:30 R: Misschien.\n"), "went on without brackets");
        assertEquals(List.of(5_000L, 9_000L, 30_000L, 41_000L, 80_000L, 91_000L, 110_000L), millis("Interviewer  0:05\n"
                + "How long?\n\nParticipant  0:09\nThirty years.\n\n[00:00:30] (door bell)\n\nInterviewer  0:41\nSorry.\n\n"
                + "[00:01:20] (phone rings)\n\nParticipant  1:31\nLess often.\n\nInterviewer  1:50\nThank you.\n"),
                "bare clocks among the marks already (Otter's lines, a typist's notes)");
        assertEquals(List.of(0L, 5_000L, 9_000L, 41_000L), millis("[00:00:00] (opname start)\n\nInterviewer  0:05\n"
                + "How long?\n\nParticipant  0:09\nThirty years.\n\nInterviewer  0:41\nSorry.\n"),
                "one bracketed mark, then Otter's lines going on from it (review)");
        assertEquals(List.of(5_000L, 12_000L, 20_100L, 25_000L, 40_000L, 55_000L), millis("I: Hoe? #00:00:05-0#\n"
                + "R: Zo. #00:00:12-0#\nI: En? #00:00:20-1#\n00:25 I: Verder.\n00:40 R: Ja.\n00:55 I: Dank u.\n"),
                "f4's marks, then a typist going on with bare clocks from where they were (review)");
    }

    /**
     * "Interviewer 00:05" with one space, as Otter and others write a speaker's line: several rising through the
     * text are the recording's (QA: read as a speaker "Interviewer 00" saying "05 ..."); one or two, or times that
     * do not rise, may be times of day in notes.
     */
    @Test
    void bareClocksClosingLabelLinesCountWhenSeveralRiseThroughTheText() {
        assertEquals(List.of(5_000L, 12_000L, 40_000L), millis("Interviewer 00:05\nHoe lang al?\nRespondent 00:12\n"
                + "Sinds 1998.\nInterviewer 00:40\nEn verder?\n"));
        assertEquals(List.of(), millis("Lunch 12:30\nWe eten.\nVergadering 14:00\nOver het plan.\n"), "two");
        assertEquals(List.of(), millis("Vertrek 10:30\nAankomst 09:15\nLunch 11:00\n"), "not rising: a timetable");
        assertEquals(List.of(), millis("Ik zei 00:05\nen jij 00:12\nen toen 00:40\n"), "not after a label");
        assertEquals(List.of(), millis("Maandag 09:00\nDinsdag 10:30\nWoensdag 14:00\n"), "days: no label comes back");
        assertEquals(List.of(), millis("Ik sta op om 06:30\nDe bus gaat om 07:15\nIk begin om 08:00\n"), "review");
    }

    @Test
    void mismatchedBracketsAndImpossibleTimesAreNoMarks() {
        assertEquals(List.of(), millis("[00:01:23) en #01:75:00# en 00:01:22-6\n"));
    }

    @Test
    void writtenAsVeldwerkWritesThem() {
        assertEquals("[01:02:03]", TimeMarks.bracketed(3_723_900L));
    }

    /** Exact times keep their part of a second, and read back as the same time. */
    @Test
    void exactMarksKeepThePartOfASecondAndReadBack() {
        assertEquals("[00:00:04]", TimeMarks.bracketedExact(4_000));
        assertEquals("[00:00:04.5]", TimeMarks.bracketedExact(4_500));
        assertEquals("[01:02:03.25]", TimeMarks.bracketedExact(3_723_250));
        // As lists and reports cite a mark: exactly as the mark gives it, whole seconds without a part.
        assertEquals("00:00:09.5", TimeMarks.clockExact(9_500));
        assertEquals("00:00:14", TimeMarks.clockExact(14_000));
        assertEquals("01:02:03.25", TimeMarks.clockExact(3_723_250));
        assertEquals("01:02:03.2", TimeMarks.clockTenths(3_723_250), "the player's clock: tenths, never rounded up");
        assertEquals("00:00:14.0", TimeMarks.clockTenths(14_000));
        assertEquals("00:00:00.0", TimeMarks.clockTenths(99));
        assertEquals("[00:00:00.007]", TimeMarks.bracketedExact(7));
        for (long millis : new long[] {4_500, 3_723_250, 61_001}) {
            String text = "R: ja " + TimeMarks.bracketedExact(millis) + " nee";
            assertEquals(millis, TimeMarks.find(text).getFirst().millis(), text);
        }
    }

    /** A dash between a mark and a label counts only beside a mark with hours: a clock time in notes stays text. */
    @Test
    void aDashBesideAClockTimeWithoutHoursIsNoMark() {
        assertEquals(List.of(), TimeMarks.find("Lunch – 12:30\n"));
        assertEquals(List.of(), TimeMarks.find("12:30 – Koffie en thee\n"));
        assertEquals(List.of(), TimeMarks.find("Bijeenkomst buurthuis - 19:30\n"));
        assertEquals(List.of(3_000L), TimeMarks.find("00:00:03 - Interviewer\nHoe gaat het?\n").stream()
                .map(TimeMark::millis).toList());
        assertEquals(List.of(3_000L), TimeMarks.find("Interviewer – 00:00:03\nHoe gaat het?\n").stream()
                .map(TimeMark::millis).toList());
    }

    /**
     * A passage's time: the mark that opens it after no more than a speaker's label (a turn selected whole, label and
     * all: QA saw the turn before's time), else the mark before it.
     */
    @Test
    void aPassageBeginsAtTheMarkAfterItsSpeakersLabel() {
        String text = "Interviewer: [00:03:10] Wilt u koffie?\nJan: [00:03:20] Nee, dank u.\n\n"
                + "Dr. de Vries: [00:03:30] Ik wel.\nJan: Ja, dat klopt. [00:03:40] Echt.\n";
        List<TimeMark> marks = TimeMarks.find(text);
        assertEquals(200_000L, startOf(text, marks, text.indexOf("Jan: [00:03:20]")));
        assertEquals(200_000L, startOf(text, marks, text.indexOf("[00:03:20]")), "at the mark itself");
        assertEquals(210_000L, startOf(text, marks, text.indexOf("\nDr. de Vries")), "blank lines and a label");
        assertEquals(200_000L, startOf(text, marks, text.indexOf("Nee, dank")), "inside the turn: the mark before");
        assertEquals(210_000L, startOf(text, marks, text.indexOf("Jan: Ja, dat")), "words said before a mark");
        assertEquals(190_000L, startOf(text, marks, 0));
        int label = text.indexOf("Jan: [00:03:20]");
        assertEquals(190_000L, TimeMarks.startOf(text, marks, label, label + 4).millis(),
                "the label alone, ending before the mark: the mark before (review)");
        // Otter's name above its time opens it; f4's words before the mark that closes the line do not.
        String otter = "Interviewer  0:05\nHow long have you lived here?\n\nParticipant  0:09\nThirty years.\n";
        assertEquals(9_000L, startOf(otter, TimeMarks.find(otter), otter.indexOf("Participant")));
        String f4 = "I: Hoe vaak? #00:00:04-0#\n\nR: Elke week #00:00:09-5#\n";
        assertEquals(4_000L, startOf(f4, TimeMarks.find(f4), f4.indexOf("R: Elke")));
    }

    /**
     * A bracketed clock that is no time ("[00:01:99]", f4's "#00:75:10-2#", "(0:1:5)") is not a mark: it is found as a
     * slip to show, in a text with marks only; marks themselves, a lone bracket, and a ratio in notes without marks
     * are not.
     */
    @Test
    void bracketedClocksThatAreNoTimeAreFoundAsSlips() {
        String text = "I: [00:01:10] Goed.\nR: [00:01:99] Ja. #00:75:10-2# En (0:1:5) of [00:02:00] of [12:30 of (1:2].\n"
                + "I: [00:02:30] Verhouding (1:2), uitslag [2:1], schaal (1:100), vers (23:4), om (12:75) uur.\n";
        List<TimeMark> marks = TimeMarks.find(text);
        assertEquals(List.of("[00:01:10]", "[00:02:00]", "[00:02:30]"), marks.stream().map(m -> text.substring(m.start(),
                m.end())).toList());
        assertEquals(List.of("[00:01:99]", "#00:75:10-2#"), TimeMarks.unreadable(text, marks).stream()
                .map(u -> text.substring(u.start(), u.end())).toList(), "a ratio, a score, a scale, a verse, a clock of "
                + "another shape than the marks' are no slips (review)");
        String notes = "Verhouding (1:2) en [3:99] in aantekeningen zonder markeringen.";
        assertEquals(List.of(), TimeMarks.unreadable(notes, TimeMarks.find(notes)));
    }

    private static long startOf(String text, List<TimeMark> marks, int offset) {
        return TimeMarks.startOf(text, marks, offset, text.length()).millis();
    }
}
