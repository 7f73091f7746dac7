package nl.veldwerk.ui.media;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;

/**
 * A WAV whose header reads well and still fails to open: the sound output failed, not the file, and it is said so
 * (QA: a good recording was called damaged when the sound device could not be opened).
 */
class UnplayableTest {
    private static final Path WAV = Path.of("src/test/resources/nl/veldwerk/media/interview-nl.wav");

    @Test
    void aGoodWavThatCannotOpenIsTheSoundOutput() {
        I18n.setLocale(Locale.ENGLISH);
        String said = MediaViewModel.unplayable(WAV, new IllegalStateException("Could not create player!"));
        assertTrue(said.contains("sound output could not be opened") && !said.contains("damaged"), said);
        String other = MediaViewModel.unplayable(WAV, new IllegalStateException("Unrecognized file signature!"));
        assertTrue(other.contains("cannot be played: it is damaged"), other);
    }
}
