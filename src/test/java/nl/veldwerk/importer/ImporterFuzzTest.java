package nl.veldwerk.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamException;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.veldwerk.testing.Findings;

/**
 * Coverage-guided fuzzing of the transcript readers (Jazzer). In the suite each target replays its
 * committed inputs (src/test/resources/nl/veldwerk/importer/ImporterFuzzTestInputs/); {@code bin/fuzz}
 * fuzzes one for a chosen time. Whatever the bytes, a reader ends with text or its own refusal.
 */
class ImporterFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void txt(byte[] data) {
        String text = TextDecoder.normalise(TextDecoder.decodeNoting(data).text());
        wellFormed(SpeakerTurnDetector.automatic().analyse(text));
    }

    /** Subtitles: whatever the bytes, a text whose structure is well formed. */
    @FuzzTest(maxDuration = "10m")
    void subtitles(byte[] data) {
        String text = TextDecoder.normalise(SubtitleText.read(TextDecoder.decodeNoting(data).text()));
        wellFormed(SpeakerTurnDetector.automatic().analyse(text));
    }

    /** Turns in order, inside the text, not overlapping; time marks inside the text. */
    private static void wellFormed(TranscriptAnalysis a) {
        int previousEnd = 0;
        for (var turn : a.turns()) {
            if (turn.start() < previousEnd || turn.end() > a.text().length() || turn.end() < turn.start()) {
                throw new IllegalStateException("turn out of place: " + turn);
            }
            previousEnd = turn.end();
        }
        for (var mark : a.timeMarks()) {
            if (mark.start() < 0 || mark.end() > a.text().length() || mark.millis() < 0) {
                throw new IllegalStateException("mark out of place: " + mark);
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void rtf(byte[] data) {
        try {
            String text = TextDecoder.normalise(RtfText.extract(new String(data, StandardCharsets.ISO_8859_1)));
            wellFormed(SpeakerTurnDetector.automatic().analyse(text));
        } catch (IllegalArgumentException e) {
            if (!String.valueOf(e.getMessage()).startsWith("it does not start with")) { // the one refusal
                Findings.unlessFromALibrary(e);
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void odt(byte[] data) {
        try {
            TextDecoder.normalise(OdtText.extract(new ByteArrayInputStream(data)).text());
        } catch (IOException | XMLStreamException refused) {
            // a refusal with a reason: fine
        } catch (RuntimeException e) {
            Findings.unlessFromALibrary(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void docx(byte[] data) {
        try {
            TextDecoder.normalise(DocxText.extract(new ByteArrayInputStream(data)).text());
        } catch (IOException refused) {
            // a refusal with a reason: fine
        } catch (RuntimeException e) {
            Findings.unlessFromALibrary(e); // POI's own exceptions for what is not a Word file
        }
    }
}
