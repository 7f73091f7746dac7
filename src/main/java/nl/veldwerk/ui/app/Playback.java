package nl.veldwerk.ui.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What the recording's player and the transcript ask of each other, without knowing each other: the
 * transcript plays from a clicked time mark or a quotation, and follows the position the player reports;
 * the player's keys type time marks and speaker labels into the transcript. The player and the typist
 * register themselves; until they do, requests go nowhere.
 */
public final class Playback {
    /** The player of the selected document's recording (the media feature). */
    public interface Player {
        /** Plays from a time in the recording, in milliseconds. */
        void playFrom(long millis);

        /** Plays from one time to another and stops there ({@code to} below 0: to the end). */
        void playRange(long from, long to);

        /** Plays, or pauses (rewinding a little while transcribing). */
        void togglePlay();

        /** Moves the position by {@code millis} (negative: back). */
        void skip(long millis);

        /** Moves to a time in the recording, in milliseconds, playing on or staying paused as it was. */
        void seek(long millis);

        /** Plays slower (negative) or faster (positive) by steps of a tenth. */
        void changeRate(int steps);

        /**
         * Where the recording is now, in milliseconds, asked of the player itself; negative when it cannot say. The
         * position reported to the window lags while the window is busy (QA: an F9 typed after a burst of typing
         * took a time about a second early).
         */
        default long position() {
            return -1;
        }
    }

    /** Types into the transcript while transcribing (the coding feature, which owns the text). */
    public interface Typist {
        /** Inserts a time mark for {@code millis} at the caret, in the chosen format. */
        void insertTimeMark(long millis);

        /** Inserts the label of the speaker who comes next at the caret. */
        void insertNextSpeaker();

        /** The time of the last time mark before the caret in the text as typed, if there is one. */
        java.util.OptionalLong markBeforeCaret();
    }

    private static final Player NO_PLAYER = new Player() {
        @Override
        public void playFrom(long millis) {
        }

        @Override
        public void playRange(long from, long to) {
        }

        @Override
        public void togglePlay() {
        }

        @Override
        public void skip(long millis) {
        }

        @Override
        public void changeRate(int steps) {
        }

        @Override
        public void seek(long millis) {
        }
    };

    private Player player = NO_PLAYER;
    private Typist typist;
    private final ReadOnlyLongWrapper position = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final BooleanProperty transcribing = new SimpleBooleanProperty();

    Playback() {
    }

    public void setPlayer(Player newPlayer) {
        player = newPlayer == null ? NO_PLAYER : newPlayer;
    }

    public Player player() {
        return player;
    }

    public void setTypist(Typist newTypist) {
        typist = newTypist;
    }

    /** The typist, or null while no transcript can be typed into. */
    public Typist typist() {
        return typist;
    }

    /** Called by the player as it plays: the position in milliseconds, -1 when nothing is loaded. */
    public void report(long millis, boolean isPlaying) {
        // Playing first: whoever follows the position (the played turn scrolled into view while playing) sees
        // the new position with the state it was reached in.
        playing.set(isPlaying);
        position.set(millis);
    }

    /** Called by the player when a recording is ready to play, or gone. */
    public void setReady(boolean isReady) {
        ready.set(isReady);
        if (!isReady) {
            report(-1, false);
        }
    }

    public ReadOnlyLongProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Whether the transcript scrolls to the turn being played. */
    public BooleanProperty followProperty() {
        return follow;
    }

    /** Transcription mode: the text can be typed while the player runs, and the typing keys work. */
    public BooleanProperty transcribingProperty() {
        return transcribing;
    }
}
