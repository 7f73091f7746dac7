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
        String text = TextDecoder.normalise(TextDecoder.decode(data));
        SpeakerTurnDetector.automatic().detect(text);
    }

    @FuzzTest(maxDuration = "10m")
    void rtf(byte[] data) {
        try {
            String text = TextDecoder.normalise(RtfText.extract(new String(data, StandardCharsets.ISO_8859_1)));
            SpeakerTurnDetector.automatic().detect(text);
        } catch (IllegalArgumentException e) {
            if (!String.valueOf(e.getMessage()).startsWith("it does not start with")) { // the one refusal
                Findings.unlessFromALibrary(e);
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void odt(byte[] data) {
        try {
            TextDecoder.normalise(OdtText.extract(new ByteArrayInputStream(data)));
        } catch (IOException | XMLStreamException refused) {
            // a refusal with a reason: fine
        } catch (RuntimeException e) {
            Findings.unlessFromALibrary(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void docx(byte[] data) {
        try {
            TextDecoder.normalise(DocxText.extract(new ByteArrayInputStream(data)));
        } catch (IOException refused) {
            // a refusal with a reason: fine
        } catch (RuntimeException e) {
            Findings.unlessFromALibrary(e); // POI's own exceptions for what is not a Word file
        }
    }
}
