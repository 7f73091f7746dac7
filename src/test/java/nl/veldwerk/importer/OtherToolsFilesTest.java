package nl.veldwerk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.SpeakerTurn;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcripts as other tools and people really write them (found by a tester with files of Zoom, Teams, f4,
 * Word and Whisper): no word lost, every turn its speaker's, names taken as the tools wrote them.
 */
class OtherToolsFilesTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private final DocumentImporter importer = new DocumentImporter();

    @TempDir
    Path tmp;

    private Document imported(String name, String content) throws Exception {
        return imported(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Document imported(String name, byte[] content) throws Exception {
        Path file = tmp.resolve(name);
        Files.write(file, content);
        return importer.importFile(file, T);
    }

    private static List<String> speakers(Document d) {
        return d.turns().stream().map(SpeakerTurn::speaker).toList();
    }

    private static String turnText(Document d, int turn) {
        SpeakerTurn t = d.turns().get(turn);
        return d.text().substring(t.start(), t.end());
    }

    @Test
    void subtitlesKeepAngleBracketsThatAreNoTagsAndLoseTheTagsThatAre() throws Exception {
        Document d = imported("bedragen.srt", """
                1
                00:00:01,000 --> 00:00:05,000
                Interviewer: Hoeveel verdient u, ongeveer?

                2
                00:00:05,500 --> 00:00:10,000
                Respondent: Minder dan <1500 euro netto, dus alles >1000 is al veel.

                3
                00:00:10,500 --> 00:00:14,000
                Interviewer: <i>Echt</i> <font color="#ffff00">waar</font>?

                4
                00:00:14,500 --> 00:00:18,000
                Respondent: Ja, huur<inkomen, maar net. <gelach> Echt waar.
                """);
        assertTrue(d.text().contains("Minder dan <1500 euro netto, dus alles >1000 is al veel."), d.text());
        assertTrue(d.text().contains("Ja, huur<inkomen, maar net. <gelach> Echt waar."), d.text());
        assertTrue(d.text().contains("Interviewer: Echt waar?"), "the format's own tags go: " + d.text());
        Document karaoke = imported("karaoke.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                <v Anna>Wel<00:00:01.500><c.yellow>kom</c></v>
                """);
        assertTrue(karaoke.text().contains("Anna: Welkom"), karaoke.text());
    }

    @Test
    void aUtf8TranscriptWithOneStrayWindowsByteKeepsItsAccents() throws Exception {
        byte[] before = "Interviewer: En ’s avonds, in het café?\nRespondent: Eén keer, zo".getBytes(
                StandardCharsets.UTF_8);
        byte[] after = "n dag. Daarna niet.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, bytes, 0, before.length);
        bytes[before.length] = (byte) 0x92; // Windows-1252's ’, pasted from an old document
        System.arraycopy(after, 0, bytes, before.length + 1, after.length);
        Document d = imported("geplakt.txt", bytes);
        assertEquals("Interviewer: En ’s avonds, in het café?\nRespondent: Eén keer, zo’n dag. Daarna niet.\n",
                d.text());
        // Windows-1252 throughout is read as before.
        Document old = imported("oud.txt", "Respondent: één café\n".getBytes(TextDecoder.WINDOWS_1252));
        assertEquals("Respondent: één café\n", old.text());
    }

    @Test
    void zoomAndTeamsNamesAreSpeakersAsTheyAreWritten() throws Exception {
        Document zoom = imported("zoom.vtt", """
                WEBVTT

                1
                00:00:01.000 --> 00:00:05.000
                Pieter Jansen: Goedemiddag, hoort u mij goed?

                2
                00:00:05.500 --> 00:00:09.000
                +31 6 1234 5678: Ja hoor, ik hoor u prima.

                3
                00:00:09.500 --> 00:00:14.000
                Pieter Jansen: Hoe lang woont u al in de wijk?

                4
                00:00:14.500 --> 00:00:20.000
                +31 6 1234 5678: Al twaalf jaar.

                5
                00:00:20.500 --> 00:00:24.000
                marieke: Ik ben er ook, via de link.

                6
                00:00:24.500 --> 00:00:28.000
                marieke: Sorry, ik was te laat.
                """);
        assertEquals(List.of("Pieter Jansen", "+31 6 1234 5678", "Pieter Jansen", "+31 6 1234 5678", "marieke"),
                speakers(zoom), "a phone dialling in and a lower-case name speak too");
        assertEquals("[00:00:20.5] marieke: Ik ben er ook, via de link. [00:00:24.5] Sorry, ik was te laat.", turnText(zoom, 4));

        Document teams = imported("teams.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:05.000
                <v UU: Pieter Jansen>Goedemorgen, ik stel de vragen.</v>

                00:00:05.500 --> 00:00:09.000
                <v UU: Anna de Boer>En ik maak aantekeningen.</v>

                00:00:09.500 --> 00:00:14.000
                <v Ayşe Ünal>Prima, ik ben Ayşe.</v>

                00:00:14.500 --> 00:00:19.000
                <v UU: Anna de Boer>Waarom dit werk?</v>
                """);
        assertEquals(List.of("UU: Pieter Jansen", "UU: Anna de Boer", "Ayşe Ünal", "UU: Anna de Boer"),
                speakers(teams), "a name with a colon in it is one speaker, not 'UU' for both");
    }

    @Test
    void twoPeopleInOneCueEachGetTheirWords() throws Exception {
        Document tags = imported("twee.vtt", """
                WEBVTT

                00:00:00.000 --> 00:00:04.000
                <v Sanne Bakker>Zullen we beginnen?</v>

                00:00:04.500 --> 00:00:09.000
                <v Dirk van den Berg>Ja, prima.</v>

                00:00:09.500 --> 00:00:13.000
                <v Sanne Bakker>Mooi.</v>
                <v Dirk van den Berg>Wat wil je weten?</v>
                """);
        assertEquals(List.of("Sanne Bakker", "Dirk van den Berg", "Sanne Bakker", "Dirk van den Berg"),
                speakers(tags));
        assertEquals("[00:00:09.5] Dirk van den Berg: Wat wil je weten?", turnText(tags, 3));

        Document lines = imported("zoom2.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:05.000
                Interviewer: Hoe gaat het met u?

                00:00:05.100 --> 00:00:08.000
                Dr. Ömer Şahin: Goed, dank u.

                00:00:11.000 --> 00:00:14.000
                Dr. Ömer Şahin: Ja?
                Interviewer: Ga door.

                00:00:14.000 --> 00:00:18.000
                Dr. Ömer Şahin: Het was, zoals ik zei: heel druk.
                """);
        assertEquals(List.of("Interviewer", "Dr. Ömer Şahin", "Dr. Ömer Şahin", "Interviewer", "Dr. Ömer Şahin"),
                speakers(lines), "a pause of three seconds starts a paragraph of the same speaker");
        assertEquals("[00:00:11.0] Dr. Ömer Şahin: Ja?", turnText(lines, 2));
        assertEquals("[00:00:11.0] Interviewer: Ga door.", turnText(lines, 3));
        assertTrue(turnText(lines, 4).endsWith("Het was, zoals ik zei: heel druk."), "a colon in speech is speech");
    }

    @Test
    void aCueWhoseTimeCannotBeReadKeepsItsWords() throws Exception {
        Document d = imported("handwerk.srt", """
                1
                00:00:01,000 --> 00:00:04,000
                Interviewer: Eerste vraag?

                2
                00:00:05,000 --> 00:00:08,000
                Respondent: Eerste antwoord.

                3
                00:00:09:000 --> 00:00:12:000
                Interviewer: Met een dubbele punt voor de milliseconden?

                4
                00:00:13,000 -> 00:00:16,000
                Respondent: Met een korte pijl.

                5
                00:00:1X,000 --> 00:00:20,000
                Interviewer: En een tijd die niet te lezen is?

                6
                00:00:21,000 --> 00:00:24,000
                Respondent: Die blijft, bij de tijd ervoor.
                """);
        for (String said : List.of("Met een dubbele punt voor de milliseconden?", "Met een korte pijl.",
                "En een tijd die niet te lezen is?", "Die blijft, bij de tijd ervoor.")) {
            assertTrue(d.text().contains(said), said + " in " + d.text());
        }
        assertTrue(d.text().contains("[00:00:09] Interviewer: Met een dubbele punt"), d.text());
        assertTrue(d.text().contains("[00:00:16] Interviewer: En een tijd die niet te lezen is?"),
                "at the time the cue before ended: " + d.text());
        assertTrue(!d.text().contains("1X"), "the damaged time line is not taken for words");
        assertEquals(List.of("Interviewer", "Respondent", "Interviewer", "Respondent", "Interviewer", "Respondent"),
                speakers(d));

        ImportException text = assertThrows(ImportException.class, () -> imported("notities.srt",
                "Dit is gewoon een tekst.\n\nMet twee alinea's.\n"));
        assertTrue(text.getMessage().contains("not one cue time"), text.getMessage());
    }

    @Test
    void f4sOpeningLinesAndAGreetingAreTurnsNotAHeader() throws Exception {
        Document f4 = imported("f4.txt", """
                I: Zo, de recorder loopt. #00:00:03-2#
                B: Oké. #00:00:04-0#
                I: Vertel eens hoe u in deze wijk terecht bent gekomen. #00:00:10-2#
                B: Dat is een lang verhaal. Mijn ouders woonden hier al. #00:01:02-7#
                I: En nu? #00:01:05-0#
                B: Nu woon ik er nog steeds. #00:01:12-3#
                """);
        assertEquals(List.of("I", "B", "I", "B", "I", "B"), speakers(f4));
        Document greeting = imported("groet.txt", """
                Interviewer: Goedemorgen mevrouw Bakker
                Respondent: Goedemorgen
                Interviewer: Zullen we beginnen met de eerste vraag over uw woning?
                Respondent: Ja hoor, dat is goed. Ik woon hier al bijna dertig jaar.
                Interviewer: Wat vindt u het fijnste aan de buurt?
                Respondent: De mensen. Iedereen kent elkaar hier.
                """);
        assertEquals(6, greeting.turns().size(), "the greeting's turns are kept: " + speakers(greeting));
        // A header that names people is still a header, not turns.
        assertTrue(SpeakerTurnDetector.namesSomeone("Dr. Helen Price"));
        assertTrue(SpeakerTurnDetector.namesSomeone("mw. S. de Vries (UU)"));
        assertTrue(!SpeakerTurnDetector.namesSomeone("Goedemorgen mevrouw Bakker"));
        assertTrue(!SpeakerTurnDetector.namesSomeone("Oké. #00:00:04-0#"));
    }

    @Test
    void labelsGivenByTheUserOpenTurnsHoweverTheyAreWritten() throws Exception {
        Path file = tmp.resolve("klein.txt");
        Files.writeString(file, """
                Pieter Jansen: Goedemiddag, hoort u mij?
                marieke: Ja hoor, prima.
                Pieter Jansen: Hoe lang woont u hier?
                marieke: Al twaalf jaar.
                """);
        Document d = new DocumentImporter(SpeakerTurnDetector.withLabels(List.of("Pieter Jansen", "marieke")))
                .importFile(file, T);
        assertEquals(List.of("Pieter Jansen", "marieke", "Pieter Jansen", "marieke"), speakers(d),
                "marieke's answers were inside Pieter's turns");
    }

    @Test
    void aWordTableCellOfSeveralParagraphsKeepsItsWordsApart() throws Exception {
        Path file = tmp.resolve("tabel.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Interviewer");
            table.getRow(0).getCell(1).setText("Wat betekent de buurt voor u?");
            table.getRow(1).getCell(0).setText("Respondent");
            table.getRow(1).getCell(1).setText("Ik ken hier iedereen.");
            table.getRow(1).getCell(1).addParagraph().createRun().setText("Vroeger was er een café.");
            doc.write(out);
        }
        String text = DocumentImporter.text(file);
        assertTrue(text.contains("Respondent\tIk ken hier iedereen. Vroeger was er een café."), text);
    }

    @Test
    void anOldOrPasswordProtectedWordFileIsSaidToBeOne() {
        byte[] ole2 = new byte[512];
        int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        for (int i = 0; i < magic.length; i++) {
            ole2[i] = (byte) magic[i];
        }
        ImportException e = assertThrows(ImportException.class, () -> imported("interview.docx", ole2));
        assertEquals("interview.docx: is an old Word 97–2003 document (.doc) or a document protected with a password. "
                + "Open it in Word or LibreOffice and save it as a Word document (.docx) without a password, then "
                + "import that file.", e.getMessage());
    }

    /** A PDF, under its own name or a Word document's or a text's, is said to be one, with what to do (QA). */
    @Test
    void aPdfIsSaidToBeOne() throws Exception {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String name : List.of("interview.docx", "interview.txt", "interview.odt")) {
            ImportException e = assertThrows(ImportException.class, () -> imported(name, pdf));
            assertEquals(name + ": is a PDF file: Veldwerk reads transcripts as text, not PDFs. Open it in Word or "
                    + "LibreOffice (or copy its text) and save it as a Word document (.docx) or a text file (.txt), then "
                    + "import that file.", e.getMessage());
        }
        Path real = Files.write(tmp.resolve("interview.pdf"), pdf);
        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(real, T));
        assertTrue(e.getMessage().startsWith("interview.pdf: is a PDF file: "), e.getMessage());
    }

    @Test
    void subtitlesInsideATextOrWordFileAreReadAsSubtitles() throws Exception {
        // The old Teams transcript in Word: a cue's times, the name on a line of its own, the words.
        Path file = tmp.resolve("teams-oud.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : List.of("0:0:0.0 --> 0:0:6.0", "Jansen, Pieter", "Goedemorgen allemaal.",
                    "0:0:7.13 --> 0:0:13.0", "Ünal, Ayşe", "Dank je. Ik werk hier nu een jaar.",
                    "0:0:14.26 --> 0:0:20.0", "Jansen, Pieter", "Wat vind je het mooiste?",
                    "0:0:21.39 --> 0:0:27.0", "Ünal, Ayşe", "Het contact met bewoners.")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        Document teams = importer.importFile(file, T);
        assertEquals(List.of("Jansen, Pieter", "Ünal, Ayşe", "Jansen, Pieter", "Ünal, Ayşe"), speakers(teams));
        assertEquals(List.of(0L, 7_130L, 14_260L, 21_390L), teams.turns().stream().map(SpeakerTurn::timestampMillis)
                .toList(), "each turn at its cue's start (it had the cue's end)");
        assertTrue(!teams.text().contains("-->"), teams.text());

        Document saved = imported("zoom-als-tekst.txt", """
                WEBVTT

                1
                00:00:01.120 --> 00:00:04.560
                Interviewer: Goedemiddag.

                2
                00:00:05.000 --> 00:00:09.300
                Marie-José de Vries: Dank u.

                3
                00:00:09.800 --> 00:00:12.100
                Interviewer: Hoe lang woont u hier?
                """);
        assertEquals(List.of(1_120L, 5_000L, 9_800L), saved.turns().stream().map(SpeakerTurn::timestampMillis)
                .toList());
    }

    @Test
    void accentsWrittenAsALetterAndACombiningMarkAreComposed() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Respondent: Eén keer per week naar het café.\n",
                java.text.Normalizer.Form.NFD);
        assertTrue(decomposed.length() > 45, "the file holds combining accents");
        Document d = imported("mac.txt", decomposed);
        assertEquals("Respondent: Eén keer per week naar het café.\n", d.text(),
                "as one character each, as search and keyword in context look for them");
    }

    @Test
    void youTubesRollingCaptionsComeInOnceAtTheirOwnTimes() throws Exception {
        Document d = imported("youtube.vtt", """
                WEBVTT
                Kind: captions
                Language: nl

                00:00:00.560 --> 00:00:02.869 align:start position:0%
                \s
                welkom<00:00:00.880><c> bij</c><00:00:01.040><c> deze</c><00:00:01.280><c> aflevering</c>

                00:00:02.869 --> 00:00:02.879 align:start position:0%
                welkom bij deze aflevering
                \s

                00:00:02.879 --> 00:00:05.510 align:start position:0%
                welkom bij deze aflevering
                over<00:00:03.120><c> het</c><00:00:03.280><c> café</c>

                00:00:05.510 --> 00:00:05.520 align:start position:0%
                over het café
                \s

                00:00:05.520 --> 00:00:08.000 align:start position:0%
                over het café
                en<00:00:05.800><c> één</c><00:00:06.000><c> bewoner</c>
                """);
        assertEquals("[00:00:00.560] welkom bij deze aflevering over het café en één bewoner\n", d.text(),
                "each line once, from the first cue's time (a line of one space does not end a cue)");
        // Ordinary subtitles that say the same twice keep both.
        Document twice = imported("twee-keer.srt", """
                1
                00:00:01,000 --> 00:00:02,000
                Ja.

                2
                00:00:02,100 --> 00:00:03,000
                Ja.
                """);
        assertEquals("[00:00:01.0] Ja.\n[00:00:02.1] Ja.\n", twice.text(), "each a sentence: a paragraph each");
    }

    /**
     * Whisper without speakers writes one sentence or so per cue, question and answer in turn: gathered into one
     * paragraph under one time mark, the conversation and every later time were lost. A cue cut mid-sentence
     * still joins the next.
     */
    @Test
    void whisperCuesThatNameNoOneKeepAParagraphAndATimePerSentence() throws Exception {
        Document d = imported("whisper.srt", """
                1
                00:00:00,000 --> 00:00:04,200
                Okay, we're recording now. Can you hear me?

                2
                00:00:04,200 --> 00:00:07,800
                Yes, loud and clear.

                3
                00:00:07,800 --> 00:00:13,500
                Great. So tell me about the first time you volunteered

                4
                00:00:13,500 --> 00:00:15,000
                at the food bank.
                """);
        assertEquals("""
                [00:00:00.0] Okay, we're recording now. Can you hear me?
                [00:00:04.2] Yes, loud and clear.
                [00:00:07.8] Great. So tell me about the first time you volunteered at the food bank.
                """, d.text());
    }

    @Test
    void ordinaryLinesAreNoSpeakersAndNoWordIsLost() throws Exception {
        Document repeated = imported("herhaald.srt", """
                1
                00:00:01,000 --> 00:00:03,000
                Ik denk dat
                het goed gaat.

                2
                00:00:03,500 --> 00:00:05,000
                Maar ja wat moet je.

                3
                00:00:05,500 --> 00:00:07,000
                Ik denk dat
                we moeten stoppen.
                """);
        assertEquals("[00:00:01.0] Ik denk dat het goed gaat.\n[00:00:03.5] Maar ja wat moet je.\n"
                + "[00:00:05.5] Ik denk dat we moeten stoppen.\n", repeated.text(), "a first line said twice is no name");
        Document spaces = imported("spaties.srt", "1\n00:00:01,000 --> 00:00:02,000\nJa\n \n2\n"
                + "00:00:02,100 --> 00:00:03,000\nDat klopt.\n \n3\n00:00:03,100 --> 00:00:04,000\nJa\n");
        assertEquals("[00:00:01.0] Ja Dat klopt.\n[00:00:03.1] Ja\n", spaces.text(),
                "a line of spaces between cues ends a cue");
        Document voiced = imported("stem.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:05.000
                <v Jan>Ik zei tegen hem
                Let op: dat is gevaarlijk.

                00:00:06.000 --> 00:00:08.000
                <v Piet>Ja, dat snap ik.
                Toen zei ik: nee.
                """);
        assertEquals(List.of("Jan", "Piet"), speakers(voiced), "in a voice's cue only a voice tag changes who speaks");
        assertTrue(voiced.text().contains("Jan: Ik zei tegen hem Let op: dat is gevaarlijk."), voiced.text());
        Document zoom = imported("zoom-zei.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                Jan: Hoe was het?

                00:00:04.000 --> 00:00:06.000
                Piet: Goed.
                Toen zei ik: nee.

                00:00:07.000 --> 00:00:09.000
                Jan: Echt?
                """);
        assertEquals(List.of("Jan", "Piet", "Jan"), speakers(zoom), "reported speech on a later line is no speaker");
        Document alone = imported("los.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                Jan:
                hallo daar

                00:00:04.000 --> 00:00:06.000
                Piet: Goedemorgen.
                """);
        assertEquals(List.of("Jan", "Piet"), speakers(alone), "a label alone on its line, its colon not in the name");
        Document html = imported("html.srt", """
                1
                00:00:01,000 --> 00:00:03,000
                Eerste regel<br/>tweede regel <span style="color:red">rood</span> en <s>weg</s>

                2
                00:00:05,000 --> 00:00:06,000
                Jan: schrijf &lt;b&gt;vet&lt;/b&gt; of AT&amp;amp;T
                """);
        assertTrue(html.text().contains("Eerste regel tweede regel rood en weg"), html.text());
        assertTrue(html.text().contains("schrijf <b>vet</b> of AT&amp;T"), "entities read once: " + html.text());
    }

    @Test
    void theOldTeamsLayoutInATextFileKeepsEveryoneAndEveryAnswer() throws Exception {
        Document d = imported("teams-oud.txt", """
                Interview met Pieter
                Datum: 3 maart 2024
                0:0:0.0 --> 0:0:5.0
                Anne de Boer
                In welk jaar begon u?
                0:0:5.0 --> 0:0:8.0
                Pieter Jansen
                1995
                0:0:8.0 --> 0:0:12.0
                Anne de Boer
                En daarna?
                0:0:12.0 --> 0:0:15.0
                Marloes Vos
                Mag ik iets zeggen?
                """);
        assertEquals(List.of("Anne de Boer", "Pieter Jansen", "Anne de Boer", "Marloes Vos"), speakers(d),
                "one who speaks once is a speaker too");
        assertTrue(d.text().contains("Pieter Jansen: 1995"), "an answer of a number is words: " + d.text());
        assertTrue(d.text().contains("Interview met Pieter Datum: 3 maart 2024"), "the title is kept: " + d.text());
        Document oneLine = imported("een-regel.txt", """
                00:00:01 --> 00:00:04 Jan: Hallo daar
                00:00:05 --> 00:00:08 Piet: Goedemorgen
                00:00:09 --> 00:00:12 Jan: Hoe gaat het?
                """);
        assertEquals(List.of("Jan", "Piet", "Jan"), speakers(oneLine), "words after the times on their line");
    }

    /**
     * The old Teams layout with names as Teams writes guests and organisations' people (QA): "Bakker, Els (Extern)",
     * "Piet Jansen (Guest)", initials "Bakker, E.J.". They were taken for sentences, so their words went to the
     * one before, with the name in the text; with both names so, the file had no turns at all.
     */
    @Test
    void theOldTeamsLayoutKeepsNamesWithTheirAdditionsAndInitials() throws Exception {
        Document d = imported("teams-gast.txt", """
                0:0:0 --> 0:0:3.36
                Jansen, P. (Piet)
                Goedemiddag allemaal.

                0:0:3.86 --> 0:0:7.22
                Bakker, E.J.
                Hoi Piet.

                0:0:7.72 --> 0:0:11.1
                Jansen, P. (Piet)
                Zullen we beginnen?

                0:0:11.6 --> 0:0:14.9
                Bakker, E.J.
                Ja, prima.

                0:0:15.4 --> 0:0:18.8
                Piet Jansen (Guest)
                Mag ik ook?
                """);
        assertEquals(List.of("Jansen, P. (Piet)", "Bakker, E.J.", "Jansen, P. (Piet)", "Bakker, E.J.",
                "Piet Jansen (Guest)"), speakers(d));
        assertTrue(turnText(d, 1).strip().endsWith("] Bakker, E.J.: Hoi Piet."), turnText(d, 1));
        // A line that is a sentence still reads as words, brackets or not.
        Document words = imported("teams-zin.txt", """
                0:0:0 --> 0:0:3.36
                Jansen, Piet
                Goedemiddag (allemaal).

                0:0:3.86 --> 0:0:7.22
                Bakker, Els
                Hoi Piet.

                0:0:7.72 --> 0:0:11.1
                Jansen, Piet
                Zullen we beginnen?
                """);
        assertEquals(List.of("Jansen, Piet", "Bakker, Els", "Jansen, Piet"), speakers(words));
        assertTrue(words.text().contains("Goedemiddag (allemaal)."), words.text());
    }

    /**
     * A label typed in lower case now and then ("interviewer:" beside "Interviewer:") opens that speaker's turn
     * (QA: "respondent: In Delft." was the interviewer's, so search, which leaves interviewers out, missed it, and
     * the file's first line belonged to nobody). A lower-case word before a colon in speech stays speech.
     */
    @Test
    void aLabelTypedInLowerCaseIsTheSameSpeaker() throws Exception {
        Document d = imported("hoofdletters.txt", """
                interviewer: Hoe oud bent u?
                Respondent: 67.
                Interviewer: En waar bent u geboren?
                respondent: In Delft.
                INTERVIEWER: Dank u.
                RESPONDENT: Graag gedaan.
                """);
        assertEquals(List.of("Interviewer", "Respondent", "Interviewer", "Respondent", "Interviewer", "Respondent"),
                speakers(d));
        assertTrue(turnText(d, 3).startsWith("respondent: In Delft."), "the text as typed: " + turnText(d, 3));
        Document speech = imported("spraak.txt", """
                Interviewer: Wat zei ze toen?
                Respondent: Ze zei het zo,
                kijk: het gaat niet.
                Interviewer: En toen?
                Respondent: Toen ging ik weg.
                """);
        assertEquals(List.of("Interviewer", "Respondent", "Interviewer", "Respondent"), speakers(speech));
        // Roles typed in lower case throughout, or first: labels too (QA: no turns at all).
        Document lower = imported("klein.txt", """
                interviewer: Hoe oud bent u?
                respondent: 67.
                interviewer: En waar bent u geboren?
                respondent: In Delft.
                """);
        assertEquals(List.of("interviewer", "respondent", "interviewer", "respondent"), speakers(lower));
        Document firstLower = imported("eerst-klein.txt", """
                interviewer: Hoe oud bent u?
                Respondent: 67.
                interviewer: En waar bent u geboren?
                respondent: In Delft.
                """);
        assertEquals(4, firstLower.turns().size(), speakers(firstLower).toString());
    }

    /**
     * Captions without any punctuation (Whisper's, YouTube's) start a paragraph with its own time every 20 s or so,
     * at a cue's start, never inside a line: a quotation's time was up to 45 s early (QA: 26 marks for 400 cues).
     */
    @Test
    void captionsWithoutPunctuationKeepATimeEveryFewCues() throws Exception {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int cue = 0; cue < 40; cue++) {
            long ms = cue * 3_000L;
            vtt.append(String.format(java.util.Locale.ROOT, "00:%02d:%02d.000 --> 00:%02d:%02d.500%n", ms / 60_000,
                    ms / 1000 % 60, ms / 60_000, ms / 1000 % 60 + 2)).append("en dan gaan we verder met woord ")
                    .append(cue).append("\n\n");
        }
        Document d = imported("geen-punten.vtt", vtt.toString());
        List<String> lines = d.text().lines().toList();
        assertTrue(lines.size() >= 5, "a paragraph every 20 s or so of 120: " + lines.size());
        for (String line : lines) {
            assertTrue(line.matches("\\[[0-9:.]+\\] [^\\[]+"), "one time, at the line's start: " + line);
        }
        String text = d.text();
        assertTrue(text.contains("woord 0 ") && text.contains("woord 39"), "no word lost");
    }

    /** Two people in one cue written with dashes keep a line each (QA: run together as one sentence). */
    @Test
    void dashLinesInACueStayLinesOfTheirOwn() throws Exception {
        Document d = imported("streepjes.srt", """
                1
                00:00:01,000 --> 00:00:04,000
                - Waar woon je?
                - In Utrecht.

                2
                00:00:05,000 --> 00:00:07,000
                Al twintig jaar - sinds de verbouwing.
                """);
        assertTrue(d.text().contains("- Waar woon je?\n- In Utrecht."), d.text());
        assertTrue(d.text().contains("Al twintig jaar - sinds de verbouwing."), "a dash inside a line stays: " + d.text());
    }

    /** A WebVTT file's NOTE blocks are its comments: not in the transcript, their words kept (QA: gone in silence). */
    @Test
    void webVttNotesAreKeptAsTheFilesComments() throws Exception {
        Path file = tmp.resolve("notities.vtt");
        Files.writeString(file, """
                WEBVTT - interview 4

                STYLE
                ::cue { color: yellow }

                NOTE
                Dit transcript is gecorrigeerd door L.B. op 3 mei.
                Namen zijn gepseudonimiseerd.

                00:00:01.000 --> 00:00:04.000
                <v Interviewer>Waar bent u geboren?

                NOTE pauze in opname

                00:00:30.000 --> 00:00:33.000
                <v Respondent>In Paramaribo.

                NOTES is no note
                """);
        TranscriptAnalysis a = importer.analyse(file);
        assertEquals(List.of(new LeftOut.Kept(true, null, "Dit transcript is gecorrigeerd door L.B. op 3 mei. Namen "
                + "zijn gepseudonimiseerd."), new LeftOut.Kept(true, null, "pauze in opname")), a.leftOut().kept());
        assertEquals(2, a.leftOut().comments());
        Path tight = tmp.resolve("krap.vtt");
        Files.writeString(tight, "WEBVTT\n\nNOTE namen gewijzigd\n1\n00:00:01.000 --> 00:00:04.000\nWaar bent u geboren?\n");
        TranscriptAnalysis t = importer.analyse(tight);
        assertEquals(List.of(new LeftOut.Kept(true, null, "namen gewijzigd")), t.leftOut().kept(),
                "a note the next cue follows without a blank line: the cue is not the note's");
        assertTrue(!a.text().contains("gepseudonimiseerd") && !a.text().contains("pauze"), a.text());
    }

    /**
     * Closed captions (Rev's) mark a change of speaker with ">>": before a name it opens that person's turn (the
     * speakers were "&gt;&gt; INTERVIEWER" and "&gt;&gt; HENK", QA); without one the line stays a line of its own.
     */
    @Test
    void captionsChangeOfSpeakerMarks() throws Exception {
        Document d = imported("rev.srt", """
                1
                00:00:00,480 --> 00:00:03,150
                >> INTERVIEWER: So, thank you
                for being here today.

                2
                00:00:06,300 --> 00:00:09,750
                >> HENK: I grew up in Groningen, near the coast.

                3
                00:00:14,000 --> 00:00:16,100
                >> INTERVIEWER: What was that like?

                4
                00:00:16,500 --> 00:00:21,800
                >> HENK: Early mornings. Very early mornings.
                """);
        assertEquals(List.of("INTERVIEWER", "HENK", "INTERVIEWER", "HENK"), speakers(d));
        assertTrue(d.text().contains("INTERVIEWER: So, thank you for being here today."), d.text());
        assertTrue(!d.text().contains(">>"), d.text());
        Document bare = imported("bare.srt", """
                1
                00:00:00,480 --> 00:00:03,150
                >> So, thank you for being here.
                >> Glad to be here.
                """);
        assertTrue(bare.text().contains("here.\n>> Glad"), "another person: a line of its own: " + bare.text());
        Document alone = imported("alone.srt", """
                1
                00:00:00,480 --> 00:00:03,150
                >> INTERVIEWER:
                So, thank you for being here.

                2
                00:00:04,000 --> 00:00:06,000
                >> HENK:
                Glad to be here.

                3
                00:00:07,000 --> 00:00:09,000
                >> INTERVIEWER:
                Shall we start?

                4
                00:00:10,000 --> 00:00:12,000
                >> HENK:
                Yes, please.
                """);
        assertEquals(List.of("INTERVIEWER", "HENK", "INTERVIEWER", "HENK"), speakers(alone), "a name alone on its line");
    }

    /** ASS override tags in an .srt (Subtitle Edit, YouTube) are no text, and no part of a speaker's name (QA). */
    @Test
    void assOverrideTagsInSubtitlesAreNoText() throws Exception {
        Document d = imported("ass.srt", """
                1
                00:00:01,000 --> 00:00:03,000
                {\\an8}Jan: Hoi.

                2
                00:00:04,000 --> 00:00:06,000
                Piet: {\\i1}Dag{\\i0} Jan.

                3
                00:00:07,000 --> 00:00:09,000
                Jan: Alles goed? {niet weg}
                """);
        assertEquals(List.of("Jan", "Piet", "Jan"), speakers(d));
        assertTrue(d.text().contains("Piet: Dag Jan.") && !d.text().contains("\\"), d.text());
        assertTrue(d.text().contains("{niet weg}"), "braces without a tag stay text: " + d.text());
    }

    @Test
    void aHeaderThatDescribesSomeoneStaysAHeader() throws Exception {
        Document d = imported("kop.txt", """
                Interviewer: S. Jansen
                Respondent: R12, vrouw, 45 jaar

                Interviewer: Hoe lang woont u hier al?
                Respondent: Al twintig jaar, sinds de verbouwing.
                Interviewer: En bevalt het?
                Respondent: Ja, heel goed.
                """);
        assertEquals(4, d.turns().size(), "the header's two lines are no turns: " + speakers(d));
    }

    @Test
    void aLongSubtitleFileIsReadInMemoryAsLongAsItself() throws Exception {
        StringBuilder srt = new StringBuilder();
        for (int cue = 0; cue < 20_000; cue++) {
            long ms = cue * 3_000L;
            srt.append(cue + 1).append('\n').append(time(ms)).append(" --> ").append(time(ms + 2_500)).append('\n')
                    .append(cue % 2 == 0 ? "Interviewer: " : "Respondent: ").append("Zin nummer ").append(cue)
                    .append(".\nNog een regel.\n\n");
        }
        Document d = imported("lang.srt", srt.toString()); // each cue held a copy of all 80,000 lines: out of memory
        assertEquals(20_000, d.turns().size());
    }

    private static String time(long ms) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d,%03d", ms / 3_600_000, ms / 60_000 % 60,
                ms / 1000 % 60, ms % 1000);
    }

    @Test
    void inZoomsLayoutSomeoneWhoSpeaksOnceIsASpeakerToo() throws Exception {
        Document d = imported("eenmaal.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                Pieter Jansen: Hoeveel verdient u?

                00:00:04.000 --> 00:00:06.000
                marieke: Minder dan 1500 euro.

                00:00:07.000 --> 00:00:09.000
                kees: Sorry, ik moet even weg.

                00:00:10.000 --> 00:00:12.000
                Pieter Jansen: Geen probleem.

                00:00:13.000 --> 00:00:15.000
                +31 6 1234 5678: Echt?
                marieke: Ja, echt.
                """);
        assertEquals(List.of("Pieter Jansen", "marieke", "kees", "Pieter Jansen", "+31 6 1234 5678", "marieke"),
                speakers(d), "kees said one thing; marieke's second line is hers");
        assertTrue(d.text().contains("[00:00:13] marieke: Ja, echt."), d.text());
    }

    @Test
    void labelsTheUserNamesSplitASharedCueToo() throws Exception {
        Path file = tmp.resolve("gedeeld.vtt");
        Files.writeString(file, """
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                +31 6 1234 5678: Hallo?

                00:00:04.000 --> 00:00:06.000
                Dit is een regel zonder naam.

                00:00:11.500 --> 00:00:13.000
                +31 6 1234 5678: Echt?
                marieke: Ja, echt.
                """);
        Document d = new DocumentImporter(SpeakerTurnDetector.withLabels(List.of("+31 6 1234 5678", "marieke")))
                .importFile(file, T);
        assertTrue(d.text().contains("[00:00:11.5] marieke: Ja, echt."), d.text());
        assertEquals("marieke", d.turns().getLast().speaker());
    }

    @Test
    void aFileThatIsNotThereIsSaidToBeMissing() {
        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(tmp.resolve("gesprek"), T));
        assertEquals("gesprek: does not exist", e.getMessage(), "not 'not a supported file type'");
    }
}
