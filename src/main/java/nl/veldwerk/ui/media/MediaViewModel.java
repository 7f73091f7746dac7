package nl.veldwerk.ui.media;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.ui.app.DocumentItem;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.app.Playback;
import nl.veldwerk.model.TimeMarks;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Preferences;

/**
 * The player of the selected document's recording. The file is looked for and opened on a thread of its
 * own, never on the FX thread, so a missing or slow recording never holds up the window; a missing file is
 * a state the pane shows (with "Locate…"), not an error. It plays for the transcript through
 * {@link Playback}: from a time mark, a quotation's stretch, and the transcription keys.
 */
public final class MediaViewModel implements Playback.Player {
    /** What the pane shows. */
    public enum State { NONE, LOADING, READY, MISSING, UNPLAYABLE }

    /** The slowest and fastest speeds offered, as f4transkript does. */
    static final double SLOWEST = 0.5;
    static final double FASTEST = 2.0;

    private final MainViewModel main;
    private final Playback playback;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
    private final ReadOnlyObjectWrapper<MediaPlayer> player = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper duration = new ReadOnlyLongWrapper();
    private final DoubleProperty rate = new SimpleDoubleProperty(1.0);
    private final DoubleProperty volume = new SimpleDoubleProperty(1.0);
    /** The document whose recording is loaded (or looked for), and the file. */
    private String documentId;
    private Path file;
    /** Bumped on every load: a load that finishes after another began is thrown away. */
    private long generation;
    /** Where a stretch being played stops, in milliseconds; -1 when playing on. */
    private long stopAt = -1;
    /** A request made before the recording was ready: played from here once it is. */
    private long pendingFrom = -1;
    private long pendingTo = -1;
    /** Plays the sound at speeds other than 1× with the pitch kept; the JavaFX player runs muted then. */
    private final PitchKeeper keeper = new PitchKeeper();
    /** Whether the loaded recording's sound can be played with its pitch kept (false after it failed). */
    private final javafx.beans.property.ReadOnlyBooleanWrapper pitchKept = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** Where the last seek went, until the player reports a time near it (or a second passed): skips add up. */
    private long seekedTo = -1;
    private long seekedAt;
    /** Whether the window asked the player to play (and has not paused it since): the kept sound follows this. */
    private boolean playing;
    /**
     * Whether the recording played to its end and nothing moved it since. The JavaFX player then reports its end as
     * the time until it is sought: played again from the start without a seek, every pause showed the end, and F9
     * wrote the end's time into the transcript (QA).
     */
    private boolean atEnd;
    /** When the kept-pitch sound was last started again to catch up with the player (System.nanoTime). */
    private long lastResync;

    public MediaViewModel(MainViewModel main) {
        this.main = main;
        this.playback = main.playback();
        playback.setPlayer(this);
        main.selectedProperty().addListener((o, was, now) -> follow());
        main.changesProperty().addListener((o, was, now) -> follow());
        main.storeProperty().addListener((o, was, now) -> follow());
        rate.addListener((o, was, now) -> {
            double clamped = Math.max(SLOWEST, Math.min(FASTEST, Math.round(now.doubleValue() * 10) / 10.0));
            if (clamped != now.doubleValue()) {
                rate.set(clamped);
            } else if (player.get() != null) {
                player.get().setRate(clamped);
                muteWhileKept();
                keepPitch(soundPosition(player.get()));
            }
        });
        volume.addListener((o, was, now) -> {
            if (player.get() != null) {
                player.get().setVolume(now.doubleValue());
            }
            keeper.setVolume(now.doubleValue());
        });
    }

    /** Loads the selected document's recording when it differs from the one loaded (a new link, Locate…). */
    private void follow() {
        Document document = selectedDocument();
        Path wanted = document == null ? null : main.recordings().fileOf(document).orElse(null);
        String wantedId = document == null ? null : document.id();
        if (java.util.Objects.equals(wantedId, documentId) && java.util.Objects.equals(wanted, file)) {
            return;
        }
        load(wantedId, wanted);
    }

    private Document selectedDocument() {
        DocumentItem item = main.selectedProperty().get();
        if (item == null || main.storeProperty().get() == null) {
            return null;
        }
        Project p = main.storeProperty().get().session().project();
        return p.document(item.document().id()).orElse(null);
    }

    private void load(String newDocumentId, Path newFile) {
        release();
        documentId = newDocumentId;
        file = newFile;
        long mine = ++generation;
        problem.set("");
        if (newFile == null) {
            state.set(State.NONE);
            return;
        }
        state.set(State.LOADING);
        Thread.ofPlatform().daemon().name("recording-loader").start(() -> {
            if (!Files.isRegularFile(newFile)) {
                Platform.runLater(() -> loaded(mine, null, State.MISSING, I18n.text("player.missing", newFile), false));
                return;
            }
            try {
                MediaPlayer opened = new MediaPlayer(new Media(newFile.toUri().toString()));
                boolean keepable = PitchKeeper.canKeep(newFile);
                Platform.runLater(() -> loaded(mine, opened, State.LOADING, "", keepable));
            } catch (MediaException | UnsupportedOperationException | SecurityException e) {
                String why = unplayable(newFile, e); // here: it reads the file's first bytes
                Platform.runLater(() -> loaded(mine, null, State.UNPLAYABLE, why, false));
            }
        });
    }

    static String unplayable(Path file, Exception e) {
        // What the file is, in the words a link says it in ("empty (0 bytes)"), before the player's own
        // ("Empty signature!") for a recording damaged after it was linked (QA).
        java.util.Optional<nl.veldwerk.model.UserText> problem = nl.veldwerk.importer.RecordingFiles.problem(file);
        if (problem.isPresent()) {
            return I18n.text(problem.get());
        }
        // On Linux JavaFX decodes MP3, AAC and H.264 with the system's FFmpeg: say so rather than a bare error.
        if (nl.veldwerk.model.Recording.needsSystemCodecs(file.getFileName().toString()) && System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                && !ffmpegInstalled()) {
            return I18n.text("player.needsCodecs", file.getFileName());
        }
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        if (!nl.veldwerk.model.Recording.needsSystemCodecs(file.getFileName().toString())
                && reason.contains("Could not create player")) {
            // A WAV or AIFF whose header reads well: what failed is the sound output, not the file (QA: "damaged").
            return I18n.text("player.noSoundOutput", file.getFileName(), reason);
        }
        return I18n.text("player.unplayable", file.getFileName(), reason);
    }

    /** Whether the system has FFmpeg's libavformat where JavaFX's media module looks for it (Linux). */
    private static boolean ffmpegInstalled() {
        for (String folder : new String[] {"/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64",
            "/usr/lib", "/lib/x86_64-linux-gnu"}) {
            String[] names = new java.io.File(folder).list((dir, name) -> name.startsWith("libavformat.so"));
            if (names != null && names.length > 0) {
                return true;
            }
        }
        return false;
    }

    private void loaded(long loadGeneration, MediaPlayer opened, State newState, String message, boolean keepable) {
        if (loadGeneration != generation) {
            if (opened != null) {
                opened.dispose();
            }
            return;
        }
        pitchKept.set(keepable);
        problem.set(message);
        state.set(newState);
        if (opened == null) {
            return;
        }
        opened.setOnError(() -> {
            if (player.get() != opened) {
                return;
            }
            Path broken = file;
            MediaException error = opened.getError();
            // Said once the file's first bytes are read, off the FX thread, as a load's problem is.
            Thread.ofVirtual().name("recording-problem").start(() -> {
                String why = unplayable(broken, error);
                Platform.runLater(() -> {
                    if (player.get() == opened) {
                        problem.set(why);
                        state.set(State.UNPLAYABLE);
                        playback.setReady(false);
                    }
                });
            });
        });
        opened.setOnReady(() -> ready(opened));
        // A length known only later (some MP3s): seeks are not cut short meanwhile.
        opened.totalDurationProperty().addListener((o, was, now) -> {
            if (player.get() == opened) {
                duration.set(lengthOf(opened));
            }
        });
        opened.currentTimeProperty().addListener((o, was, now) -> moved(opened, now));
        opened.statusProperty().addListener((o, was, now) -> {
            if (player.get() == opened) {
                playback.report(millis(opened), now == MediaPlayer.Status.PLAYING);
                if (now == MediaPlayer.Status.STOPPED || now == MediaPlayer.Status.HALTED) {
                    playing = false;
                    keeper.stop();
                }
            }
        });
        opened.setOnEndOfMedia(() -> {
            // Stopped then paused: a player left at its end ignores seeks; this one can seek and play again.
            opened.stop();
            opened.pause();
            stopAt = -1;
            seekedTo = -1; // the end is where it is now: a skip goes from here, not from a seek not yet reported
            playing = false; // the kept sound plays its last buffered moment and ends by itself
            atEnd = true;
            playback.report(Math.max(0, duration.get()), false); // shown at its end, not back at the start
        });
        player.set(opened);
        // Set up on the FX thread after it was made on the loader's: it may be ready already.
        if (opened.getStatus() == MediaPlayer.Status.READY) {
            ready(opened);
        }
    }

    private void ready(MediaPlayer opened) {
        if (player.get() != opened || state.get() == State.READY) {
            return;
        }
        duration.set(lengthOf(opened));
        opened.setRate(rate.get());
        opened.setVolume(volume.get());
        muteWhileKept();
        state.set(State.READY);
        playback.setReady(true);
        playback.report(0, false);
        if (pendingFrom >= 0) {
            long from = pendingFrom;
            pendingFrom = -1;
            playRange(from, pendingTo);
        }
    }

    /** The recording's length in milliseconds, or -1 while it is not known. */
    private static long lengthOf(MediaPlayer p) {
        Duration d = p.getTotalDuration();
        if (d == null || d.isUnknown() || d.isIndefinite()) {
            d = p.getMedia().getDuration();
        }
        return d == null || d.isUnknown() || d.isIndefinite() ? -1 : (long) d.toMillis();
    }

    /** A time within the recording (not past its end when the length is known). */
    private long within(long millis) {
        long at = Math.max(0, millis);
        return duration.get() >= 0 ? Math.min(at, duration.get()) : at;
    }

    private void moved(MediaPlayer opened, Duration now) {
        if (player.get() != opened) {
            return;
        }
        long at = (long) now.toMillis();
        if (seekedTo >= 0 && (Math.abs(at - seekedTo) < 500 || System.nanoTime() - seekedAt > 1_000_000_000L)) {
            seekedTo = -1;
        }
        if (stopAt >= 0 && at >= stopAt) {
            stopAt = -1;
            playing = false; // the kept sound was asked to end here too: it plays to there and stops by itself
            opened.pause();
        }
        catchUp(opened, at);
        playback.report(at, opened.getStatus() == MediaPlayer.Status.PLAYING);
    }

    private static long millis(MediaPlayer p) {
        Duration t = p.getCurrentTime();
        return t == null || t.isUnknown() ? 0 : (long) t.toMillis();
    }

    // ---- the pitch kept at other speeds ---------------------------------------------------------

    /** Mutes the player while the keeper is the one heard: at speeds other than 1×, for a file it can play. */
    private void muteWhileKept() {
        MediaPlayer p = player.get();
        if (p != null) {
            p.setMute(pitchKept.get() && rate.get() != 1.0);
        }
    }

    /**
     * Plays the sound through the keeper from {@code fromMillis} while the window has the player playing at a
     * speed other than 1× (JavaFX's rate would change the voice's pitch); otherwise silences it.
     */
    private void keepPitch(long fromMillis) {
        MediaPlayer p = readyPlayer();
        if (p == null || !playing || !pitchKept.get() || rate.get() == 1.0) {
            keeper.stop();
            return;
        }
        lastResync = System.nanoTime();
        MediaPlayer heard = p;
        // No sound output or a file the decoder refuses: heard through JavaFX, the pitch changing.
        keeper.start(file, fromMillis, stopAt, rate.get(), volume.get(),
                reason -> Platform.runLater(() -> giveUpKeepingPitch(heard, reason)));
    }

    /**
     * Starts the kept-pitch sound again where the player is when the two have drifted apart; and lets the
     * player be heard when the kept sound ended well before the player's end (a file whose header says it is
     * shorter than it is), rather than leave the player muted in silence.
     */
    private void catchUp(MediaPlayer opened, long at) {
        if (!playing || opened.getStatus() != MediaPlayer.Status.PLAYING || !pitchKept.get() || rate.get() == 1.0) {
            return;
        }
        boolean settled = System.nanoTime() - lastResync > 2_000_000_000L;
        long end = stopAt >= 0 ? stopAt : duration.get();
        if (!keeper.running()) {
            if (settled && end > 0 && at < end - 1000) {
                giveUpKeepingPitch(opened, I18n.text("player.soundEnded"));
            }
            return;
        }
        // Only once the sound is heard: opening a long MP3 far in reads it from its start, which takes a while.
        if (settled && keeper.sounding() && Math.abs(keeper.position() - at) > 300) {
            keepPitch(at);
        }
    }

    /** Lets the player be heard itself, the pitch changing with the speed, and says why. */
    private void giveUpKeepingPitch(MediaPlayer heard, String reason) {
        if (player.get() == heard && pitchKept.get()) {
            pitchKept.set(false);
            keeper.stop();
            muteWhileKept();
            main.showStatus(I18n.text("player.pitchNotKept", reason));
        }
    }

    /** Remembers a seek's target until the player reports a time near it. */
    private long markSeek(long to) {
        seekedTo = to;
        seekedAt = System.nanoTime();
        return to;
    }

    /** Where the player is, or the last seek's target until the player has reported it. */
    private long soundPosition(MediaPlayer p) {
        return seekedTo >= 0 ? seekedTo : millis(p);
    }

    /** Lets the loaded recording go (another document, the project closed). */
    private void release() {
        keeper.stop();
        seekedTo = -1;
        playing = false;
        atEnd = false;
        MediaPlayer old = player.get();
        player.set(null);
        stopAt = -1;
        pendingFrom = -1;
        duration.set(0);
        playback.setReady(false);
        if (old != null) {
            old.dispose();
        }
    }

    // ---- Playback.Player -----------------------------------------------------------------------

    @Override
    public void playFrom(long millis) {
        playRange(millis, -1);
    }

    @Override
    public void playRange(long from, long to) {
        MediaPlayer p = readyPlayer();
        if (p == null) {
            if (state.get() == State.LOADING) {
                pendingFrom = from;
                pendingTo = to;
            } else {
                main.showStatus(noRecording());
            }
            return;
        }
        long length = duration.get();
        if (length > 0 && from > length + 500) {
            // A mark or quotation past the recording's end (another recording's times, a typo in a mark): said,
            // and the player stays where it is (it jumped to the end without a word).
            main.showStatus(I18n.text("player.pastEnd", TimeMarks.clock(from), TimeMarks.clock(length)));
            return;
        }
        stopAt = to > from ? to : -1;
        atEnd = false;
        long at = markSeek(within(from));
        p.seek(Duration.millis(at));
        p.play();
        playing = true;
        keepPitch(at);
    }

    @Override
    public void togglePlay() {
        MediaPlayer p = readyPlayer();
        if (p == null) {
            main.showStatus(noRecording());
            return;
        }
        if (playing || p.getStatus() == MediaPlayer.Status.PLAYING) {
            playing = false;
            keeper.stop();
            p.pause();
            if (playback.transcribingProperty().get()) {
                // f4's rewind: after a pause the typist hears the last words again.
                seek(p, soundPosition(p) - Preferences.rewindSeconds() * 1000L);
            }
        } else {
            if (atEnd) {
                seek(p, 0); // played again from the start, as a player does at its end
            }
            p.play();
            playing = true;
            keepPitch(soundPosition(p));
        }
    }

    @Override
    public void skip(long millis) {
        MediaPlayer p = readyPlayer();
        if (p != null) {
            // From where the last seek went, if the player has not got there yet: two quick skips add up.
            seek(p, soundPosition(p) + millis);
        }
    }

    @Override
    public void changeRate(int steps) {
        rate.set(rate.get() + steps / 10.0);
    }

    @Override
    public long position() {
        MediaPlayer p = readyPlayer();
        return p == null ? -1 : soundPosition(p);
    }

    /** Moves to a time without starting or stopping (the slider). */
    @Override
    public void seek(long millis) {
        MediaPlayer p = readyPlayer();
        if (p != null) {
            seek(p, millis);
        }
    }

    private void seek(MediaPlayer p, long millis) {
        atEnd = false;
        long to = markSeek(within(millis));
        p.seek(Duration.millis(to));
        playback.report(to, p.getStatus() == MediaPlayer.Status.PLAYING);
        keepPitch(to);
    }

    private MediaPlayer readyPlayer() {
        return state.get() == State.READY ? player.get() : null;
    }

    private String noRecording() {
        return state.get() == State.MISSING || state.get() == State.UNPLAYABLE ? problem.get()
                : I18n.text("player.none");
    }

    // ---- the recording's file ------------------------------------------------------------------

    /** Links another file to the shown document (Locate…, Link…): asks whether to copy it into the project. */
    public void relink(Path newFile) {
        if (documentId != null) {
            main.recordings().linkAsking(documentId, newFile);
        }
    }

    public void unlink() {
        if (documentId != null) {
            main.recordings().unlink(documentId);
        }
    }

    // ---- what the pane shows -------------------------------------------------------------------

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The loaded player (for the video view), or null. */
    public ReadOnlyObjectProperty<MediaPlayer> playerProperty() {
        return player.getReadOnlyProperty();
    }

    /** Why the recording cannot be played (missing, a format the system cannot play), or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    /**
     * The speed, 0.5 to 2 in tenths. WAV, AIFF and MP3 keep their pitch at every speed; other formats play
     * at JavaFX's rate, which changes the pitch with it.
     */
    public DoubleProperty rateProperty() {
        return rate;
    }

    /** Whether the loaded recording keeps its pitch at other speeds (its sound can be decoded and played here). */
    public javafx.beans.property.ReadOnlyBooleanProperty pitchKeptProperty() {
        return pitchKept.getReadOnlyProperty();
    }

    /** The kept-pitch sound (for tests: whether it plays, from where, at which speed). */
    PitchKeeper keeper() {
        return keeper;
    }

    public DoubleProperty volumeProperty() {
        return volume;
    }

    public Playback playback() {
        return playback;
    }

    /** The file looked for or played, or null. */
    public Path file() {
        return file;
    }

    /** Whether the loaded recording has a picture. */
    public boolean hasVideo() {
        MediaPlayer p = player.get();
        return p != null && p.getMedia().getWidth() > 0;
    }
}
