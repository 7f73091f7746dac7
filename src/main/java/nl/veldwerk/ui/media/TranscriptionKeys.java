package nl.veldwerk.ui.media;

import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import nl.veldwerk.ui.app.Playback;
import nl.veldwerk.ui.common.TranscriptionKey;

/**
 * The transcription keys, caught before the focused control sees them, so they work while typing in the
 * transcript: the player's keys whenever a recording is loaded, the typing keys (time mark, next speaker)
 * in transcription mode. The keys are read from the preferences at each press, so a change there counts
 * at once.
 */
final class TranscriptionKeys {
    private static final long SKIP = 5_000;

    private TranscriptionKeys() {
    }

    static void install(Scene scene, MediaViewModel vm) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (vm.stateProperty().get() == MediaViewModel.State.NONE) {
                return;
            }
            for (TranscriptionKey key : TranscriptionKey.values()) {
                if (key.combination().match(e) && act(key, vm)) {
                    e.consume();
                    return;
                }
            }
        });
    }

    private static boolean act(TranscriptionKey key, MediaViewModel vm) {
        Playback playback = vm.playback();
        Playback.Typist typist = playback.transcribingProperty().get() ? playback.typist() : null;
        switch (key) {
            case PLAY_PAUSE -> playback.player().togglePlay();
            case BACK -> playback.player().skip(-SKIP);
            case FORWARD -> playback.player().skip(SKIP);
            case SLOWER -> playback.player().changeRate(-1);
            case FASTER -> playback.player().changeRate(1);
            case TIME_MARK -> {
                if (typist == null) {
                    return false;
                }
                typist.insertTimeMark(Math.max(0, playback.positionProperty().get()));
            }
            case NEXT_SPEAKER -> {
                if (typist == null) {
                    return false;
                }
                typist.insertNextSpeaker();
            }
        }
        return true;
    }
}
