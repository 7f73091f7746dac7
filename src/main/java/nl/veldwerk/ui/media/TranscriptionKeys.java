package nl.veldwerk.ui.media;

import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import nl.veldwerk.ui.app.Playback;
import nl.veldwerk.ui.common.TranscriptionKey;

/**
 * The transcription keys, caught before the focused control sees them, so they work while typing in the
 * transcript: the player's keys whenever a recording is ready, the typing keys (time mark, next speaker)
 * in transcription mode with the transcript focused. The keys are read from the preferences at each press, so a change there counts
 * at once.
 */
final class TranscriptionKeys {
    private static final long SKIP = 5_000;

    private TranscriptionKeys() {
    }

    static void install(Scene scene, MediaViewModel vm) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (vm.stateProperty().get() != MediaViewModel.State.READY) {
                return;
            }
            boolean inTranscript = scene.getFocusOwner() != null && "transcript".equals(scene.getFocusOwner().getId());
            if (scene.getAccelerators().keySet().stream().anyMatch(menu -> menu.match(e))) {
                // A menu's shortcut: the menu's, also for a key saved before the preferences refused such a key
                // (a saved Ctrl+D took Coding → To the document list while a recording was loaded: review).
                return;
            }
            for (TranscriptionKey key : TranscriptionKey.values()) {
                if (key.combination().match(e) && act(key, vm, inTranscript)) {
                    e.consume();
                    return;
                }
            }
        });
    }

    private static boolean act(TranscriptionKey key, MediaViewModel vm, boolean inTranscript) {
        Playback playback = vm.playback();
        // Typing keys type into the transcript only while it has the focus: never into a field elsewhere.
        Playback.Typist typist = playback.transcribingProperty().get() && inTranscript ? playback.typist() : null;
        switch (key) {
            case PLAY_PAUSE -> {
                // A later sitting goes on where the last ended, as in f4transkript: played with the recording still
                // at its start, it plays from the last time mark before the caret (QA: a second sitting began at
                // 00:00:00, and F9 typed that after #00:00:11-9#). At the top of the text it plays from the start.
                if (typist != null && !playback.playingProperty().get() && playback.positionProperty().get() <= 0) {
                    typist.markBeforeCaret().ifPresent(playback.player()::seek);
                }
                playback.player().togglePlay();
            }
            case BACK -> playback.player().skip(-SKIP);
            case FORWARD -> playback.player().skip(SKIP);
            case SLOWER -> playback.player().changeRate(-1);
            case FASTER -> playback.player().changeRate(1);
            case TIME_MARK -> {
                if (typist == null) {
                    return false;
                }
                // The player's time at the key, not the last it reported: that lags while the window is busy (QA).
                long now = playback.player().position();
                typist.insertTimeMark(Math.max(0, now >= 0 ? now : playback.positionProperty().get()));
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
