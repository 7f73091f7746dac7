package nl.veldwerk.ui.media;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.media.MediaView;
import nl.veldwerk.model.TimeMarks;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.FileType;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.TranscriptionKey;

/**
 * The recording's player, docked above the transcript: play/pause, skip back and forward, the position
 * with its time, speed and volume, "follow" (the transcript scrolls to the turn being played) and
 * transcription mode; the video, when the recording has one, in a pane that grows with the player. A
 * recording that cannot be found or played is said here, with Locate… and Unlink.
 */
public final class PlayerPane extends VBox {
    private static final long SKIP = 5_000;
    private final MediaViewModel vm;
    private final Slider position = new Slider(0, 1, 0);
    private final Label time = new Label();
    private final MediaView video = new MediaView();
    private boolean dragging;
    private final javafx.beans.property.ObjectProperty<Double> rate;

    public PlayerPane(MediaViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.rate = vm.rateProperty().asObject();
        setId("player");
        getStyleClass().add("player");
        setPadding(new Insets(4, 8, 4, 8));
        setSpacing(4);
        VBox controls = controls();
        HBox trouble = trouble(dialogs);
        StackPane picture = new StackPane(video);
        picture.setMinHeight(0);
        picture.setId("player-video");
        video.setPreserveRatio(true);
        video.fitWidthProperty().bind(picture.widthProperty());
        video.fitHeightProperty().bind(picture.heightProperty());
        VBox.setVgrow(picture, Priority.ALWAYS);
        getChildren().addAll(controls, trouble, picture);
        vm.playerProperty().addListener((o, was, now) -> video.setMediaPlayer(now));
        // Once per window: the pane leaves the window and comes back as documents with and without recordings
        // are selected, and a second filter would act twice on every key.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null && !now.getProperties().containsKey(TranscriptionKeys.class)) {
                now.getProperties().put(TranscriptionKeys.class, Boolean.TRUE);
                TranscriptionKeys.install(now, vm);
            }
        });
        Runnable show = () -> {
            MediaViewModel.State s = vm.stateProperty().get();
            boolean playable = s == MediaViewModel.State.READY || s == MediaViewModel.State.LOADING;
            boolean troubled = s == MediaViewModel.State.MISSING || s == MediaViewModel.State.UNPLAYABLE;
            shown(this, s != MediaViewModel.State.NONE);
            shown(controls, playable);
            shown(trouble, troubled);
            shown(picture, s == MediaViewModel.State.READY && vm.hasVideo());
            controls.setDisable(s != MediaViewModel.State.READY);
        };
        vm.stateProperty().addListener((o, was, now) -> show.run());
        show.run();
        // Docked as a bar, the pane gets its least height: that must hold the whole message, wrapped to the
        // width it has (measured without a width, a wrapping label counts one line, and the reason a
        // recording does not play was cut off at the top and bottom with its buttons).
        Runnable fit = () -> fitHeight(controls, trouble);
        widthProperty().addListener((o, was, now) -> fit.run());
        vm.problemProperty().addListener((o, was, now) -> fit.run());
        vm.stateProperty().addListener((o, was, now) -> fit.run());
        vm.playback().positionProperty().addListener((o, was, now) -> showTime(now.longValue()));
        vm.durationProperty().addListener((o, was, now) -> {
            position.setMax(Math.max(1, now.longValue()));
            showTime(vm.playback().positionProperty().get());
        });
    }

    private void fitHeight(VBox controls, HBox trouble) {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        if (width <= 0) {
            return;
        }
        double height = snappedTopInset() + snappedBottomInset();
        int parts = 0;
        for (javafx.scene.layout.Region part : java.util.List.of(controls, trouble)) {
            if (part.isManaged()) {
                height += part.prefHeight(width);
                parts++;
            }
        }
        setMinHeight(Math.ceil(height + Math.max(0, parts - 1) * getSpacing()));
    }

    private static void shown(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private VBox controls() {
        Button back = button("◀◀ 5", "player-back", TranscriptionKey.BACK);
        back.setOnAction(e -> vm.skip(-SKIP));
        Button play = button("▶", "player-play", TranscriptionKey.PLAY_PAUSE);
        // Glyphs every default font has (DejaVu, Segoe UI): the media symbols (⏸, ⏩) are often missing.
        play.textProperty().bind(Bindings.when(vm.playback().playingProperty()).then("❚❚").otherwise("▶"));
        play.setMinWidth(40);
        play.setOnAction(e -> vm.togglePlay());
        Button forward = button("5 ▶▶", "player-forward", TranscriptionKey.FORWARD);
        forward.setOnAction(e -> vm.skip(SKIP));
        position.setId("player-position");
        HBox.setHgrow(position, Priority.ALWAYS);
        position.setMinWidth(80);
        position.valueChangingProperty().addListener((o, was, now) -> {
            dragging = now;
            if (!now) {
                vm.seek((long) position.getValue());
            }
        });
        position.setOnMouseReleased(e -> vm.seek((long) position.getValue()));
        time.setId("player-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        Spinner<Double> speed = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(
                MediaViewModel.SLOWEST, MediaViewModel.FASTEST, 1.0, 0.1));
        speed.setId("player-speed");
        speed.setPrefWidth(96);
        speed.getValueFactory().setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(I18n.locale(), "%.1f×", value);
            }

            /** A speed as typed ("1.5", "0,8", "1.2×"), within the player's range; anything else keeps the speed. */
            @Override
            public Double fromString(String text) {
                try {
                    double typed = Double.parseDouble(text.replace('×', ' ').replace('x', ' ').replace(',', '.')
                            .strip());
                    return Math.clamp(Math.round(typed * 10) / 10.0, MediaViewModel.SLOWEST, MediaViewModel.FASTEST);
                } catch (NumberFormatException e) {
                    return vm.rateProperty().get();
                }
            }
        });
        speed.setEditable(true); // it looked like a field and ignored what was typed
        // Nonsense typed keeps the speed, and the box shows it again ("abc" stayed while it played on at 1.0×:
        // QA); after the spinner's own commit, which runs first.
        Runnable showSpeed = () -> speed.getEditor().setText(speed.getValueFactory().getConverter()
                .toString(speed.getValue()));
        speed.getEditor().addEventHandler(javafx.event.ActionEvent.ACTION, e -> javafx.application.Platform
                .runLater(showSpeed));
        speed.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                javafx.application.Platform.runLater(showSpeed);
            }
        });
        // Held in a field: a bidirectional binding holds its properties weakly, and a throwaway asObject()
        // would be collected, leaving F7/F8 unseen by the spinner.
        speed.getValueFactory().valueProperty().bindBidirectional(rate);
        Tooltip speedTip = new Tooltip();
        speedTip.textProperty().bind(javafx.beans.binding.Bindings.when(vm.pitchKeptProperty())
                .then(I18n.text("player.speed")).otherwise(I18n.text("player.speedPitchChanges")));
        speed.setTooltip(speedTip);
        Slider volume = new Slider(0, 1, 1);
        volume.setId("player-volume");
        volume.setPrefWidth(70);
        volume.valueProperty().bindBidirectional(vm.volumeProperty());
        volume.setTooltip(new Tooltip(I18n.text("player.volume")));
        CheckBox follow = new CheckBox(I18n.text("player.follow"));
        follow.setId("player-follow");
        follow.selectedProperty().bindBidirectional(vm.playback().followProperty());
        follow.setTooltip(new Tooltip(I18n.text("player.followTip")));
        ToggleButton transcribe = new ToggleButton(I18n.text("player.transcribe"));
        transcribe.setId("player-transcribe");
        transcribe.selectedProperty().bindBidirectional(vm.playback().transcribingProperty());
        transcribe.setTooltip(new Tooltip(I18n.text("player.transcribeTip", TranscriptionKey.PLAY_PAUSE
                .combination().getDisplayText(), TranscriptionKey.TIME_MARK.combination().getDisplayText())));
        // Two rows: in a narrow middle column one row cut "Follow" and "Transcribe" short.
        HBox moving = new HBox(6, back, play, forward, position, time);
        moving.setAlignment(Pos.CENTER_LEFT);
        Label volumeLabel = new Label(I18n.text("player.volume"));
        HBox settings = new HBox(8, new Label(I18n.text("player.speedLabel")), speed, volumeLabel, volume, follow,
                transcribe);
        settings.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : settings.getChildren()) {
            if (n instanceof javafx.scene.control.Control c && c != volume) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        volume.setMinWidth(40);
        VBox bar = new VBox(4, moving, settings);
        return bar;
    }

    private static Button button(String text, String id, TranscriptionKey key) {
        Button b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE); // never "…" in a narrow window
        b.setId(id);
        b.setFocusTraversable(false); // the typist's focus stays in the transcript
        b.setTooltip(new Tooltip(key.label() + " (" + key.combination().getDisplayText() + ")"));
        return b;
    }

    private HBox trouble(Dialogs dialogs) {
        Label message = new Label();
        message.setId("player-problem");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE); // the whole message, on as many lines as it needs
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(vm.problemProperty());
        message.setTooltip(new Tooltip());
        message.getTooltip().textProperty().bind(vm.problemProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        Button locate = new Button(I18n.text("player.locate"));
        locate.setId("player-locate");
        locate.setOnAction(e -> {
            // Start where the recording was, when that folder is still there (it was renamed, say).
            java.nio.file.Path was = vm.file() == null ? null : vm.file().toAbsolutePath().getParent();
            if (was != null && java.nio.file.Files.isDirectory(was)) {
                nl.veldwerk.ui.common.StartFolders.remember(nl.veldwerk.ui.common.StartFolders.Kind.RECORDING, was);
            }
            dialogs.chooseFileToOpen(I18n.text("player.locate"), FileType.RECORDING).ifPresent(vm::relink);
        });
        Button unlink = new Button(I18n.text("player.unlink"));
        unlink.setId("player-unlink");
        locate.setMinWidth(Region.USE_PREF_SIZE);
        unlink.setMinWidth(Region.USE_PREF_SIZE);
        unlink.setOnAction(e -> vm.unlink());
        HBox bar = new HBox(8, new Label("⚠"), message, locate, unlink);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void showTime(long millis) {
        long at = Math.max(0, millis);
        if (!dragging) {
            position.setValue(at);
        }
        long length = vm.durationProperty().get();
        time.setText(TimeMarks.clockTenths(at) + " / " + (length < 0 ? "?" : TimeMarks.clock(length)));
    }
}
