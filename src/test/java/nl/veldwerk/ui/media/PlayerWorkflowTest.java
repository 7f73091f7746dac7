package nl.veldwerk.ui.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.Recording;
import nl.veldwerk.model.SourceFormat;
import nl.veldwerk.model.SpeakerTurn;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.ui.app.Playback;
import nl.veldwerk.testing.WindowTestSupport;
import nl.veldwerk.ui.shell.WorkbenchTest;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A transcript beside its recording in the real window (headless, ALSA's null device): the player loads
 * without holding the window, a click on a time mark plays from there, the turn being played is
 * highlighted, a quotation plays its own stretch, a missing recording is said with Locate file…, and
 * transcription mode's keys type labels and time marks as undoable text.
 */
class PlayerWorkflowTest extends WorkbenchTest {
    static final Path FIXTURES = Path.of("src/test/resources/nl/veldwerk/media");
    private static final String TEXT = "[00:00:00] Interviewer: Hoe vaak gaat u naar het buurthuis?\n\n"
            + "[00:00:04] Respondent: Elke week, op dinsdag, voor de koffie.\n";

    private Path open(FxRobot robot, String recordingFile, boolean copyIn) throws Exception {
        Path dir = tmp.resolve("opname-" + System.nanoTime());
        Project p = new Project(ProjectInfo.named("Opname", Fixtures.T));
        int second = TEXT.indexOf("[00:00:04]");
        Document d = new Document("d", "A01", "", TEXT, SourceFormat.TXT, List.of(
                new SpeakerTurn("Interviewer", 0, second, 0L), new SpeakerTurn("Respondent", second, TEXT.length(), 4000L)),
                null, null, Fixtures.T, 1);
        if (recordingFile != null) {
            Path file = FIXTURES.resolve(recordingFile);
            if (copyIn) {
                Files.createDirectories(dir.resolve("media"));
                Files.copy(file, dir.resolve("media").resolve(recordingFile));
                d = d.withRecording(new Recording("media/" + recordingFile));
            } else {
                d = d.withRecording(new Recording(file.toAbsolutePath().toString()));
            }
        }
        p.put(d);
        p.put(new Quotation("q1", "d", TEXT.indexOf("Elke week"), TEXT.indexOf("koffie.") + 7, "", null, Fixtures.T, 1));
        Files.createDirectories(dir.getParent());
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        return dir;
    }

    private void waitForState(MediaViewModel.State state) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> workbench.media().stateProperty().get() == state);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited for " + state + ", still " + workbench.media().stateProperty().get()
                    + ": " + workbench.media().problemProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long playerMillis() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> (long) workbench.media().playerProperty().get().getCurrentTime()
                .toMillis()).get(5, TimeUnit.SECONDS);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean)
                .get(5, TimeUnit.SECONDS));
    }

    private int[] highlighted(FxRobot robot) throws Exception {
        InlineCssTextArea area = robot.lookup("#transcript").query();
        return WaitForAsyncUtils.asyncFx(() -> {
            int first = -1;
            int last = -1;
            for (int i = 0; i < area.getParagraphs().size(); i++) {
                if (!area.getParagraph(i).getParagraphStyle().isEmpty()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            return first < 0 ? null : new int[] {first, last};
        }).get(5, TimeUnit.SECONDS);
    }

    /**
     * What the window asks of the player, recorded, and passed on to the real one with a seek instead of play:
     * headless, ALSA's null device takes sound as fast as it comes, so playing runs to the end at once; the
     * positions asked for are what the tests can check.
     */
    static class AskedPlayer implements Playback.Player {
        final List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final MediaViewModel real;

        AskedPlayer(MediaViewModel real) {
            this.real = real;
        }

        @Override
        public void playFrom(long millis) {
            asked.add("playFrom " + millis);
            real.seek(millis);
        }

        @Override
        public void playRange(long from, long to) {
            asked.add("playRange " + from + " " + to);
            real.seek(from);
        }

        @Override
        public void togglePlay() {
            asked.add("togglePlay");
        }

        @Override
        public void seek(long millis) {
            asked.add("seek " + millis);
            real.seek(millis);
        }

        @Override
        public void skip(long millis) {
            asked.add("skip " + millis);
            real.skip(millis);
        }

        @Override
        public void changeRate(int steps) {
            asked.add("rate " + steps);
            real.changeRate(steps);
        }
    }

    private AskedPlayer askedPlayer(FxRobot robot) {
        AskedPlayer asked = new AskedPlayer(workbench.media());
        robot.interact(() -> vm.playback().setPlayer(asked));
        return asked;
    }

    /**
     * Played to its end, Play plays the recording again from its start, and the player says where it is from then on:
     * without a seek the JavaFX player went on reporting its end, so every pause showed the end and F9 wrote the
     * end's time into the transcript (QA).
     */
    @Test
    void playAtTheEndPlaysFromTheStartAndTellsWhereItIs(FxRobot robot) throws Exception {
        open(robot, "interview-nl.wav", true);
        waitForState(MediaViewModel.State.READY);
        robot.interact(() -> workbench.media().playFrom(6000));
        waitUntil(() -> vm.playback().positionProperty().get() >= 7900); // headless it runs to the end at once
        Thread.sleep(300); // the end reported
        WaitForAsyncUtils.waitForFxEvents();
        long[] right = new long[1];
        robot.interact(() -> {
            workbench.media().togglePlay(); // play
            right[0] = vm.playback().positionProperty().get();
            workbench.media().togglePlay(); // and pause at once, before the null device runs it to the end again
        });
        assertEquals(0, right[0], "played again from the start, sought there (the seek ends the player's end)");
    }

    @Test
    void aClickOnATimeMarkPlaysFromThereAndTheTurnBeingPlayedIsHighlighted(FxRobot robot) throws Exception {
        open(robot, "interview-nl.wav", true);
        waitForState(MediaViewModel.State.READY);
        assertTrue(robot.lookup("#player").query().isVisible(), "the player docks above the transcript");
        assertEquals(8000, workbench.media().durationProperty().get(), 50.0, "the recording's length");

        // The real player plays (headless it runs to the end at once) and stays ready for more.
        robot.interact(() -> workbench.media().playFrom(4000));
        waitUntil(() -> vm.playback().positionProperty().get() >= 4000);
        assertEquals(MediaViewModel.State.READY, workbench.media().stateProperty().get());
        // Played to its end within a second of the seek: a skip back goes from the end, not from the seek's 4 s.
        waitUntil(() -> vm.playback().positionProperty().get() >= 7900);
        robot.interact(() -> workbench.media().skip(-5000));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(playerMillis() - 3000) <= 250);
        // A time past the recording's end is said, and the player stays where it was.
        robot.interact(() -> workbench.media().playFrom(20_000));
        assertEquals("00:00:20 is past the end of the recording (00:00:08): nothing to play there. Is this the "
                + "right recording?", vm.statusProperty().get());
        assertEquals(3000, playerMillis(), 250.0);

        AskedPlayer asked = askedPlayer(robot);
        InlineCssTextArea area = robot.lookup("#transcript").query();
        int mark = TEXT.indexOf("[00:00:04]");
        Bounds bounds = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(mark + 2, mark + 3)
                .orElseThrow()).get(5, TimeUnit.SECONDS);
        robot.interact(() -> workbench.media().seek(0));
        robot.clickOn(bounds.getCenterX(), bounds.getCenterY());
        WindowTestSupport.idle(vm);
        assertEquals(List.of("playFrom 4000"), asked.asked, "a click on [00:00:04] plays from 4 s");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(playerMillis() - 4000) <= 200);

        // The second turn (its paragraph and the blank line after it) is highlighted; then the first.
        waitUntil(() -> vm.playback().positionProperty().get() >= 4000);
        assertEquals(2, highlighted(robot)[0], "the respondent's turn, at the player's position, is highlighted");
        robot.interact(() -> workbench.media().seek(1500));
        waitUntil(() -> vm.playback().positionProperty().get() < 4000);
        assertEquals(0, highlighted(robot)[0], "back in the interviewer's turn, the highlight follows");
        assertEquals(1, highlighted(robot)[1], "the first turn only");

        // Lines taken out across both turns and put back by an undo: RichTextFX gives the lines put back the
        // highlighted paragraph's style; only the turn being played stays highlighted.
        int from = TEXT.indexOf("buurthuis");
        int to = TEXT.indexOf("dinsdag");
        robot.interact(() -> workbench.coding().editText("d", from, to, ""));
        robot.interact(vm::undo);
        WindowTestSupport.idle(vm);
        assertEquals(TEXT, area.getText());
        assertEquals(List.of(0, 1), java.util.Arrays.stream(highlighted(robot)).boxed().toList(),
                "the first turn only, after the lines came back");
        // A line end typed in the played turn: the new line is in the turn, the other turn is not.
        robot.interact(() -> workbench.coding().editText("d", from, from, "\n"));
        WindowTestSupport.idle(vm);
        assertEquals(List.of(0, 2), java.util.Arrays.stream(highlighted(robot)).boxed().toList());
        robot.interact(vm::undo);
        WindowTestSupport.idle(vm);

        // A click on the text beside the marks plays nothing.
        Bounds word = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(TEXT.indexOf("buurthuis"),
                TEXT.indexOf("buurthuis") + 1).orElseThrow()).get(5, TimeUnit.SECONDS);
        robot.clickOn(word.getCenterX(), word.getCenterY());
        WindowTestSupport.idle(vm);
        assertEquals(1, asked.asked.size(), asked.asked.toString());
    }

    @Test
    void slowerOrFasterTheSoundKeepsItsPitch(FxRobot robot) throws Exception {
        open(robot, "interview-nl.wav", true);
        waitForState(MediaViewModel.State.READY);
        MediaViewModel media = workbench.media();
        assertTrue(media.pitchKeptProperty().get(), "a WAV keeps its pitch");
        PitchKeeper keeper = media.keeper();

        // At 1× JavaFX's player is heard itself.
        robot.interact(() -> media.playFrom(1000));
        waitUntil(() -> vm.playback().positionProperty().get() >= 1000);
        assertEquals(0, keeper.starts(), "at 1× the player plays the sound");

        // Slower: the player is muted and the sound is played stretched from where the player was asked to play.
        robot.interact(() -> media.rateProperty().set(0.5));
        assertTrue(media.playerProperty().get().isMute(), "at 0.5× the kept sound is heard, not the player");
        boolean[] whilePlaying = new boolean[2];
        robot.interact(() -> {
            media.playFrom(3000);
            whilePlaying[0] = keeper.running();
            media.togglePlay(); // pause
            whilePlaying[1] = keeper.running();
        });
        assertEquals(new PitchKeeper.Started(3000, -1, 0.5), keeper.last(), "played stretched from 3 s at half speed");
        assertTrue(whilePlaying[0], "the kept sound plays while the player plays");
        assertFalse(whilePlaying[1], "and stops when it is paused");
        assertTrue(media.playerProperty().get().isMute(), "paused at 0.5×, still muted: a resume is not heard twice");

        // Faster, and a skip before the player has reported the seek: the sound starts where the skip went.
        robot.interact(() -> {
            media.rateProperty().set(1.5);
            media.playFrom(1000);
            media.skip(2000);
        });
        assertEquals(new PitchKeeper.Started(3000, -1, 1.5), keeper.last());

        // A quotation's stretch: the kept sound is asked to end where the quotation does.
        robot.interact(() -> media.playRange(4000, 6000));
        assertEquals(new PitchKeeper.Started(4000, 6000, 1.5), keeper.last());

        // Back at 1×: the player is heard itself and the kept sound is silent.
        robot.interact(() -> media.rateProperty().set(1.0));
        assertFalse(media.playerProperty().get().isMute());
        assertFalse(keeper.running());
        int starts = keeper.starts();
        robot.interact(() -> media.playFrom(1000));
        assertEquals(starts, keeper.starts());

        // A speed typed into the speed box, with a decimal comma, takes; nonsense leaves the speed as it was.
        javafx.scene.control.Spinner<?> speed = robot.lookup("#player-speed").query();
        robot.interact(() -> {
            speed.getEditor().setText("1,5");
            speed.commitValue();
        });
        assertEquals(1.5, media.rateProperty().get(), 1e-9);
        robot.interact(() -> {
            speed.getEditor().setText("snel");
            speed.getEditor().fireEvent(new javafx.event.ActionEvent()); // Enter
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.5, media.rateProperty().get(), 1e-9);
        assertEquals("1.5×", speed.getEditor().getText(), "the speed shown again, not what was typed (QA)");
        robot.interact(() -> media.rateProperty().set(1.0));

        // An M4A has no decoder here: at other speeds JavaFX plays it, the pitch changing with the speed.
        assertTrue(PitchKeeper.canKeep(Path.of("a.mp3")) && !PitchKeeper.canKeep(Path.of("a.m4a")));
    }

    @Test
    void aQuotationPlaysItsOwnStretch(FxRobot robot) throws Exception {
        open(robot, "interview-nl.mp3", false);
        boolean codecs = java.nio.file.Files.exists(Path.of("/usr/lib/x86_64-linux-gnu"))
                && java.util.Arrays.stream(new java.io.File("/usr/lib/x86_64-linux-gnu").list())
                .anyMatch(f -> f.startsWith("libavformat.so"));
        if (!codecs) {
            // Without the system's FFmpeg, JavaFX on Linux cannot decode MP3: the pane says so and what to do.
            waitForState(MediaViewModel.State.UNPLAYABLE);
            assertTrue(workbench.media().problemProperty().get().contains("libavcodec"),
                    workbench.media().problemProperty().get());
            return;
        }
        waitForState(MediaViewModel.State.READY);
        AskedPlayer asked = askedPlayer(robot);
        robot.interact(() -> vm.selectedQuotationProperty().set(vm.session().project().quotation("q1").orElseThrow()));
        WindowTestSupport.idle(vm);
        javafx.scene.control.Button play = robot.lookup("#play-quotation").query();
        assertTrue(play.isVisible(), "the inspector offers to play the quotation");
        assertTrue(play.getText().contains("00:00:04"), play.getText());
        robot.interact(play::fire);
        // From the mark before it; no mark after it: on to the end of the recording.
        assertEquals(List.of("playRange 4000 -1"), asked.asked);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(playerMillis() - 4000) <= 200);

        Quotation first = new Quotation("q2", "d", TEXT.indexOf("Hoe vaak"), TEXT.indexOf("buurthuis?") + 10, "",
                null, Fixtures.T, 2);
        robot.interact(() -> vm.selectedQuotationProperty().set(first));
        assertTrue(play.getText().contains("from the start of the recording"), "before the first mark its time is "
                + "not known: " + play.getText());
        robot.interact(play::fire);
        assertEquals("playRange 0 4000", asked.asked.getLast(), "a quotation between two marks stops at the second");
    }

    /**
     * Playing follows the turn being said into view, but not while transcribing: the typist's place is the
     * caret (F4 at turn 200 jumped the view to turn 104).
     */
    @Test
    void playingFollowsTheTurnButNotWhileTranscribing(FxRobot robot) throws Exception {
        Path dir = tmp.resolve("lang-" + System.nanoTime());
        StringBuilder text = new StringBuilder();
        List<SpeakerTurn> turns = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int start = text.length();
            text.append(String.format("[00:00:%02d] %s: ", i, i % 2 == 0 ? "Interviewer" : "Respondent"))
                    .append("Een regel van het gesprek.\n".repeat(30)).append('\n');
            turns.add(new SpeakerTurn(i % 2 == 0 ? "Interviewer" : "Respondent", start, text.length(), i * 1000L));
        }
        Files.createDirectories(dir.resolve("media"));
        Files.copy(FIXTURES.resolve("interview-nl.wav"), dir.resolve("media/interview-nl.wav"));
        Project p = new Project(ProjectInfo.named("Lang", Fixtures.T));
        p.put(new Document("d", "A01", "", text.toString(), SourceFormat.TXT, turns, null, null, Fixtures.T, 1)
                .withRecording(new Recording("media/interview-nl.wav")));
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        waitForState(MediaViewModel.State.READY);
        InlineCssTextArea area = robot.lookup("#transcript").query();
        robot.interact(() -> {
            vm.playback().followProperty().set(true);
            area.showParagraphAtTop(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.playback().report(6500, true)); // the seventh turn is being said
        WaitForAsyncUtils.waitForFxEvents();
        int followed = WaitForAsyncUtils.asyncFx(area::firstVisibleParToAllParIndex).get();
        assertTrue(followed > 150, "the played turn is scrolled into view: " + followed);

        // The slider moved while paused, then Play: the turn at the new place comes into view as playing starts (QA:
        // it stayed off screen until the next turn began).
        robot.interact(() -> {
            vm.playback().report(6500, false);
            area.showParagraphAtTop(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.playback().report(2500, false)); // sought to the third turn, paused
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) WaitForAsyncUtils.asyncFx(area::firstVisibleParToAllParIndex).get(), "not while paused");
        robot.interact(() -> vm.playback().report(2500, true)); // Play
        WaitForAsyncUtils.waitForFxEvents();
        int third = WaitForAsyncUtils.asyncFx(area::firstVisibleParToAllParIndex).get();
        assertTrue(third > 40 && third < 70, "the third turn is scrolled into view as playing starts: " + third);

        robot.interact(() -> {
            vm.playback().report(0, false);
            vm.playback().transcribingProperty().set(true);
            area.showParagraphAtTop(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.playback().report(6500, true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) WaitForAsyncUtils.asyncFx(area::firstVisibleParToAllParIndex).get(),
                "while transcribing the text stays where the typing is");
        robot.interact(() -> vm.playback().transcribingProperty().set(false));
    }

    /** A saved project whose one document, the transcript TEXT, is linked to a recording by that path. */
    private Path projectLinkedTo(String recording) throws Exception {
        Path dir = tmp.resolve("opname-" + System.nanoTime());
        Project p = new Project(ProjectInfo.named("Opname", Fixtures.T));
        p.put(new Document("d", "A01", "", TEXT, SourceFormat.TXT, List.of(), null, null, Fixtures.T, 1)
                .withRecording(new Recording(recording)));
        ProjectStore.create(dir, p).close();
        return dir;
    }

    /** The reason a recording does not play is shown whole, on as many lines as it takes, with its buttons. */
    @Test
    void aLongProblemIsShownWholeAboveTheTranscript(FxRobot robot) throws Exception {
        Path dir = projectLinkedTo("media/kapot.wav");
        // Linked before recordings were checked (or damaged since): a text where the sound should be.
        Files.createDirectories(dir.resolve("media"));
        Files.writeString(dir.resolve("media/kapot.wav"), "geen geluid ".repeat(100));
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        waitForState(MediaViewModel.State.UNPLAYABLE);
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#player-problem").query();
        assertTrue(problem.getText().startsWith("kapot.wav is not a recording Veldwerk can play"),
                "in the words a link says it in, not the player's own (QA): " + problem.getText());
        javafx.scene.Node player = robot.lookup("#player").query();
        javafx.scene.control.Button unlink = robot.lookup("#player-unlink").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                problem.getHeight() + 0.5 >= problem.prefHeight(problem.getWidth())).get());
        double[] seen = WaitForAsyncUtils.asyncFx(() -> {
            Bounds label = problem.localToScene(problem.getLayoutBounds());
            Bounds pane = player.localToScene(player.getLayoutBounds());
            Bounds button = unlink.localToScene(unlink.getLayoutBounds());
            return new double[] {problem.prefHeight(problem.getWidth()), problem.getFont().getSize(), label.getMinY(),
                    label.getMaxY(), pane.getMinY(), pane.getMaxY(), button.getMinY(), button.getMaxY()};
        }).get();
        assertTrue(seen[0] > 2 * seen[1], "the message takes several lines at this width: " + seen[0]);
        assertTrue(seen[2] >= seen[4] - 0.5 && seen[3] <= seen[5] + 0.5, "every line inside the player: "
                + java.util.Arrays.toString(seen));
        assertTrue(seen[6] >= seen[4] - 0.5 && seen[7] <= seen[5] + 0.5, "and its buttons");
    }

    /** Unlinked, a copy in the project's media folder stays there (Undo needs it): said, not left silently. */
    @Test
    void unlinkingACopiedRecordingSaysTheCopyStays(FxRobot robot) throws Exception {
        Path dir = projectLinkedTo("media/gesprek.wav");
        Files.createDirectories(dir.resolve("media"));
        Files.copy(FIXTURES.resolve("interview-en.wav"), dir.resolve("media/gesprek.wav"));
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        robot.interact(() -> vm.recordings().unlink("d"));
        assertNull(vm.session().project().document("d").orElseThrow().recording());
        String said = vm.statusProperty().get();
        assertTrue(said.contains("media/gesprek.wav") && said.contains("stays"), said);
        assertTrue(Files.exists(dir.resolve("media/gesprek.wav")), "kept for Undo");
        robot.interact(() -> vm.undo());
        assertFalse(vm.statusProperty().get().contains("stays"), "linked again: " + vm.statusProperty().get());
        robot.interact(() -> vm.redo());
        said = vm.statusProperty().get();
        assertTrue(said.startsWith("Redone") && said.contains("media/gesprek.wav") && said.contains("Undo needs it"),
                "beside what was redone: " + said);
        // Linked anew and that undone: it is Redo that needs the file then.
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.DocumentCommands.linkRecording("d",
                new Recording("media/gesprek.wav"))));
        robot.interact(() -> vm.undo());
        said = vm.statusProperty().get();
        assertTrue(said.startsWith("Undone") && said.contains("Redo needs it"), said);

        // A copy found missing is not said to stay (QA: said of a file that was not there).
        Path lost = projectLinkedTo("media/weg.wav");
        robot.interact(() -> vm.open(lost));
        WindowTestSupport.idle(vm);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.recordings().missingRecordings().contains("d"));
        robot.interact(() -> vm.recordings().unlink("d"));
        assertFalse(vm.statusProperty().get().contains("stays"), "no file to stay: " + vm.statusProperty().get());

        Path elsewhere = projectLinkedTo(FIXTURES.resolve("interview-en.wav").toAbsolutePath().toString());
        robot.interact(() -> vm.open(elsewhere));
        WindowTestSupport.idle(vm);
        robot.interact(() -> vm.recordings().unlink("d"));
        assertFalse(vm.statusProperty().get().contains("stays"), "a file outside the project is the user's own: "
                + vm.statusProperty().get());
    }

    @Test
    void aMissingRecordingIsSaidAndCanBeLocated(FxRobot robot) throws Exception {
        Path dir = projectLinkedTo("media/verdwenen.mp3");
        try (ProjectStore store = ProjectStore.open(dir)) { // a second transcript of it, and one of another
            store.session().execute(nl.veldwerk.project.DocumentCommands.add(new Document("d2", "A01 (2)", "", TEXT,
                    SourceFormat.TXT, List.of(), null, null, Fixtures.T, 2).withRecording(new Recording(
                    "media/verdwenen.mp3"))));
            store.session().execute(nl.veldwerk.project.DocumentCommands.add(new Document("d3", "A03", "", TEXT,
                    SourceFormat.TXT, List.of(), null, null, Fixtures.T, 3).withRecording(new Recording(
                    "media/elders.wav"))));
            store.save();
        }
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        waitForState(MediaViewModel.State.MISSING);
        Label problem = robot.lookup("#player-problem").query();
        assertTrue(problem.getText().contains("verdwenen.mp3"), problem.getText());
        assertTrue(problem.isVisible());
        // Said at open and marked in the document list, not only on opening each document (QA).
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.recordings().missingRecordings().size() == 3);
        assertTrue(vm.statusProperty().get().startsWith("The recordings of 3 documents are not where the project says "
                + "(A01, A01 (2), A03)"), vm.statusProperty().get());
        assertEquals(3, robot.lookup("#documents .document-details").queryAll().stream().filter(n -> ((Label) n)
                .getText().endsWith(" · recording not found")).count());

        // A text file named like a recording is refused before anything is linked or copied.
        Path fake = tmp.resolve("nep-" + System.nanoTime() + ".wav");
        Files.writeString(fake, "Dit is een transcript, geen opname.");
        dialogs.toOpen = fake;
        dialogs.answer = true;
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#player-locate").query()).fire());
        WindowTestSupport.idle(vm);
        assertTrue(dialogs.errors.getLast().contains("is not a recording Veldwerk can play"), dialogs.errors.toString());
        assertEquals("media/verdwenen.mp3", vm.session().project().document("d").orElseThrow().recording().path());
        assertTrue(!Files.exists(dir.resolve("media").resolve(fake.getFileName())), "and not copied");
        assertTrue(dialogs.questions.isEmpty(), "nor asked about: " + dialogs.questions);
        // Nor as a new transcript: refused before the question whether to copy it (QA: asked, then refused).
        int documents = vm.session().project().documents().size();
        robot.interact(() -> vm.recordings().newTranscriptAsking(fake));
        WindowTestSupport.idle(vm);
        assertTrue(dialogs.questions.isEmpty(), "not asked to copy a file it then refuses: " + dialogs.questions);
        assertEquals(documents, vm.session().project().documents().size());

        // A WAV, which JavaFX plays itself: an MP3 needs the system's libavcodec, which a clone's machine may lack.
        Path moved = tmp.resolve("elders-" + System.nanoTime() + ".wav");
        Files.copy(FIXTURES.resolve("interview-en.wav"), moved);
        dialogs.toOpen = moved;
        dialogs.answer = true; // copy it into the project
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#player-locate").query()).fire());
        WindowTestSupport.idle(vm);
        waitForState(MediaViewModel.State.READY);
        Recording linked = vm.session().project().document("d").orElseThrow().recording();
        assertEquals("media/" + moved.getFileName(), linked.path(), "copied into the project, kept relative");
        assertTrue(Files.isRegularFile(dir.resolve(linked.path())));
        assertEquals(linked, vm.session().project().document("d2").orElseThrow().recording(),
                "the other transcript of the same missing recording is linked along (it had to be located again)");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.recordings().missingRecordings().equals(
                java.util.Set.of("d3")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#documents .document-details").queryAll().stream().filter(n -> ((Label) n)
                .getText().endsWith(" · recording not found")).count(), "found again: no longer marked");
        assertEquals(new Recording("media/elders.wav"), vm.session().project().document("d3").orElseThrow()
                .recording(), "another recording's document is left alone");
        robot.interact(vm::undo);
        assertEquals("media/verdwenen.mp3", vm.session().project().document("d").orElseThrow().recording().path(),
                "locating is one undoable step");
        assertEquals("media/verdwenen.mp3", vm.session().project().document("d2").orElseThrow().recording().path());
    }

    /** A project open, and a new transcript of the English test recording, ready to play; the recording. */
    private Path newTranscriptOfTheEnglishInterview(FxRobot robot) throws Exception {
        open(robot, null, false);
        Path recording = FIXTURES.resolve("interview-en.wav").toAbsolutePath();
        robot.interact(() -> vm.recordings().newTranscript(recording, false));
        WindowTestSupport.idle(vm);
        waitForState(MediaViewModel.State.READY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#transcript").query().isFocused(), "typing goes into the new transcript (QA)");
        return recording;
    }

    /**
     * A new transcript of the English interview, a first sitting typed in it ("I: Hello", "R: Hi") and transcription
     * left; the transcript's document id.
     */
    /** A later sitting at the transcript's end: F12 and a question, F12 and an answer; transcription left. */
    private void laterSitting(FxRobot robot, InlineCssTextArea area, String question, String answer) {
        robot.interact(() -> vm.playback().transcribingProperty().set(true));
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.type(KeyCode.F12);
        robot.write(question);
        robot.type(KeyCode.F12);
        robot.write(answer);
        robot.interact(() -> vm.playback().transcribingProperty().set(false));
    }

    private String firstSitting(FxRobot robot) throws Exception {
        newTranscriptOfTheEnglishInterview(robot);
        return typeFirstSitting(robot);
    }

    /** In the new transcript of the English interview, "I: Hello", "R: Hi" typed and transcription left; its id. */
    private String typeFirstSitting(FxRobot robot) throws Exception {
        String id = vm.session().project().documents().stream().filter(d -> d.name().equals("interview-en"))
                .findFirst().orElseThrow().id();
        robot.clickOn(robot.lookup("#transcript").<InlineCssTextArea>query());
        robot.type(KeyCode.F12);
        robot.write("Hello");
        robot.type(KeyCode.F12);
        robot.write("Hi");
        robot.interact(() -> vm.playback().transcribingProperty().set(false));
        WindowTestSupport.idle(vm);
        return id;
    }

    /** Types, transcribing: F12 "Hello", the recording moved to 1.5 s and F9, F12 "Hi". */
    private void typeHelloAMarkAt1500AndHi(FxRobot robot) throws Exception {
        robot.type(KeyCode.F12);
        robot.write("Hello");
        robot.interact(() -> workbench.media().seek(1500));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(vm.playback().positionProperty().get() - 1500) < 50);
        robot.type(KeyCode.F9);
        robot.type(KeyCode.F12);
        robot.write("Hi");
    }


    /**
     * F9 takes the player's time at the key, not the last position it reported to the window, which lags while the
     * window is busy (QA: a mark about a second early after a burst of typing).
     */
    @Test
    void aTimeMarkTakesThePlayersTimeAtTheKey(FxRobot robot) throws Exception {
        newTranscriptOfTheEnglishInterview(robot);
        robot.interact(() -> workbench.media().seek(1500));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(vm.playback().positionProperty().get() - 1500) < 50);
        robot.interact(() -> vm.playback().setPlayer(new AskedPlayer(workbench.media()) {
            @Override
            public long position() {
                return 4200; // played on since it last reported 1500
            }
        }));
        InlineCssTextArea area = robot.lookup("#transcript").query();
        robot.clickOn(area);
        robot.type(KeyCode.F9);
        WindowTestSupport.idle(vm);
        assertTrue(area.getText().contains("#00:00:04-2#"), area.getText());
    }

    @Test
    void transcriptionKeysTypeLabelsAndTimeMarksAndControlThePlayer(FxRobot robot) throws Exception {
        Path recording = newTranscriptOfTheEnglishInterview(robot);
        assertTrue(vm.playback().transcribingProperty().get(), "a new transcript opens in transcription mode");
        Document fresh = vm.session().project().documents().stream().filter(d -> d.name().equals("interview-en"))
                .findFirst().orElseThrow();
        assertEquals(recording.toString(), fresh.recording().path(), "outside the project: the absolute path");
        // Away to a document without a recording (the player leaves the window) and back: the keys still act once.
        robot.interact(() -> vm.selectedProperty().set(vm.documents().stream().filter(i -> i.document().id()
                .equals("d")).findFirst().orElseThrow()));
        waitForState(MediaViewModel.State.NONE);
        robot.interact(() -> vm.selectedProperty().set(vm.documents().stream().filter(i -> i.document().id()
                .equals(fresh.id())).findFirst().orElseThrow()));
        waitForState(MediaViewModel.State.READY);
        robot.interact(() -> vm.playback().transcribingProperty().set(true));
        assertTrue(robot.lookup("#transcript").query().isFocused(), "transcribing: the keys go into the text (QA)");
        // With the focus elsewhere (a field the user clicked into), the typing keys type nothing anywhere.
        robot.interact(() -> robot.lookup("#quotation-filter").query().requestFocus());
        assertTrue(robot.lookup("#quotation-filter").query().isFocused());
        robot.type(KeyCode.F9);
        WindowTestSupport.idle(vm);
        assertEquals("", vm.session().project().document(fresh.id()).orElseThrow().text());
        InlineCssTextArea area = robot.lookup("#transcript").query();
        robot.clickOn(area);

        typeHelloAMarkAt1500AndHi(robot);
        WindowTestSupport.idle(vm);
        String typed = vm.session().project().document(fresh.id()).orElseThrow().text();
        assertEquals("I: Hello #00:00:01-5#\nR: Hi", typed, "labels in turn, f4's time mark at the position");
        // Leaving transcription mode, the typed labels become the document's speaker turns (one undoable step).
        robot.interact(() -> vm.playback().transcribingProperty().set(false));
        WindowTestSupport.idle(vm);
        assertEquals(List.of("I", "R"), vm.session().project().document(fresh.id()).orElseThrow().turns().stream()
                .map(SpeakerTurn::speaker).toList());
        robot.interact(() -> vm.playback().transcribingProperty().set(true));

        // The player's keys work while typing: F4 play/pause, F5/F6 five seconds back/forward, F7/F8 speed.
        AskedPlayer asked = new AskedPlayer(workbench.media());
        robot.interact(() -> vm.playback().setPlayer(asked));
        robot.type(KeyCode.F4).type(KeyCode.F5).type(KeyCode.F6);
        assertEquals(List.of("togglePlay", "skip -5000", "skip 5000"), asked.asked);
        robot.type(KeyCode.F7);
        assertEquals(0.9, workbench.media().rateProperty().get(), 1e-9);
        robot.type(KeyCode.F8).type(KeyCode.F8);
        assertEquals(1.1, workbench.media().rateProperty().get(), 1e-9);
        // A key saved before the preferences refused a menu's shortcut stays the menu's (Coding → To the document
        // list), not the player's.
        nl.veldwerk.ui.common.Preferences.setTranscriptionKeys(nl.veldwerk.ui.common.TranscriptionKey.PLAY_PAUSE,
                "Shortcut+D");
        List<String> askedBefore = List.copyOf(asked.asked);
        try {
            robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
            WindowTestSupport.idle(vm);
            assertEquals(askedBefore, asked.asked, "the player not asked");
            assertTrue(robot.lookup("#documents").query().isFocused(), "the menu's: the document list");
        } finally {
            nl.veldwerk.ui.common.Preferences.setTranscriptionKeys(nl.veldwerk.ui.common.TranscriptionKey.PLAY_PAUSE,
                    "");
        }
        robot.clickOn(area);
        WindowTestSupport.idle(vm);
        assertEquals("I: Hello #00:00:01-5#\nR: Hi", vm.session().project().document(fresh.id()).orElseThrow().text(),
                "the player's keys type nothing");

        // What was typed is ordinary text editing: undone step by step back to the empty transcript.
        // Ctrl+Z in the editable transcript is the project's undo (the area has no history of its own).
        robot.clickOn(area);
        List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 20 && !vm.session().project().document(fresh.id()).orElseThrow().text().isEmpty(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            WindowTestSupport.idle(vm);
            seen.add(vm.session().project().document(fresh.id()).orElseThrow().text());
        }
        assertEquals("", vm.session().project().document(fresh.id()).orElseThrow().text());
        // A label or a mark is a step of its own, however fast the typing around it: Ctrl+Z after F9 takes
        // away the mark, not the sentences before and after it.
        assertTrue(seen.containsAll(List.of("I: Hello #00:00:01-5#\nR: ", "I: Hello #00:00:01-5#", "I: Hello",
                "I: ")), seen.toString());
        assertNotNull(vm.session().project().document(fresh.id()).orElseThrow().recording(),
                "undoing the typing leaves the new transcript and its recording");
        assertFalse(dialogs.errors.stream().anyMatch(e -> !e.isEmpty()), dialogs.errors.toString());
    }

    /**
     * A second sitting: the labels typed after the turns of the first become turns too (they stayed plain text,
     * out of reach of speaker search and "leave interviewers out"); and "I" is the project's interviewer.
     */
    @Test
    void labelsTypedInALaterSittingBecomeTurnsAndIIsTheInterviewer(FxRobot robot) throws Exception {
        String id = firstSitting(robot);
        InlineCssTextArea area = robot.lookup("#transcript").query();
        assertEquals(nl.veldwerk.model.SpeakerRole.INTERVIEWER, vm.session().project().info().roleOf("I"));
        assertEquals(nl.veldwerk.model.SpeakerRole.RESPONDENT, vm.session().project().info().roleOf("R"));

        laterSitting(robot, area, "How so?", "Because.");
        WindowTestSupport.idle(vm);
        Document d = vm.session().project().document(id).orElseThrow();
        assertEquals("I: Hello\nR: Hi\nI: How so?\nR: Because.", d.text());
        assertEquals(List.of("I", "R", "I", "R"), d.turns().stream().map(SpeakerTurn::speaker).toList());
        assertEquals(List.of(0, 9, 15, 26), d.turns().stream().map(SpeakerTurn::start).toList());
        robot.interact(vm::undo);
        assertEquals(2, vm.session().project().document(id).orElseThrow().turns().size(), "one step, undone whole");

        // Closed or quit while transcribing: the mode is left first, so the labels become turns before the
        // question whether to save (they stayed plain text: QA).
        robot.interact(() -> vm.playback().transcribingProperty().set(true));
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.type(KeyCode.F12);
        robot.write("Anything else?");
        robot.interact(() -> vm.letGoThen(() -> { }));
        WindowTestSupport.idle(vm);
        assertFalse(vm.playback().transcribingProperty().get());
        assertEquals(5, vm.session().project().document(id).orElseThrow().turns().size(),
                vm.session().project().document(id).orElseThrow().text());
    }

    /**
     * A later sitting goes on where the last ended: F4 with the recording still at its start plays from the last time
     * mark before the caret (QA: a second sitting began at 00:00:00); at the top of the text, from the start.
     */
    @Test
    void aLaterSittingPlaysOnFromTheLastTimeMarkBeforeTheCaret(FxRobot robot) throws Exception {
        newTranscriptOfTheEnglishInterview(robot);
        InlineCssTextArea area = robot.lookup("#transcript").query();
        robot.clickOn(area);
        typeHelloAMarkAt1500AndHi(robot);
        robot.interact(() -> vm.playback().transcribingProperty().set(false));
        WindowTestSupport.idle(vm);
        // As after opening the document again: the recording at its start.
        robot.interact(() -> workbench.media().seek(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.playback().positionProperty().get() == 0);
        AskedPlayer asked = new AskedPlayer(workbench.media());
        robot.interact(() -> vm.playback().setPlayer(asked));
        robot.interact(() -> vm.playback().transcribingProperty().set(true));
        robot.interact(() -> area.moveTo(0));
        robot.type(KeyCode.F4);
        assertEquals(List.of("togglePlay"), asked.asked, "at the top of the text: from where the recording is");
        asked.asked.clear();
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.type(KeyCode.F4);
        assertEquals(List.of("seek 1500", "togglePlay"), asked.asked, "at the end: from the last mark before the caret");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(vm.playback().positionProperty().get() - 1500) < 50);
    }

    /**
     * In a project whose interviewer is "Interviewer", the "I" F12 types is that interviewer: one speaker, not a new
     * "I" beside them (QA: the interviewer's turns split over two speakers), also when F12 takes turns in a later
     * sitting.
     */
    @Test
    void anITypedInAProjectWithAnInterviewerIsThatInterviewer(FxRobot robot) throws Exception {
        newTranscriptOfTheEnglishInterview(robot);
        robot.interact(() -> vm.session().execute(nl.veldwerk.project.SpeakerCommands.setRole("Interviewer",
                nl.veldwerk.model.SpeakerRole.INTERVIEWER)));
        String id = typeFirstSitting(robot);
        InlineCssTextArea area = robot.lookup("#transcript").query();
        Document d = vm.session().project().document(id).orElseThrow();
        assertEquals("I: Hello\nR: Hi", d.text());
        assertEquals(List.of("Interviewer", "R"), d.turns().stream().map(SpeakerTurn::speaker).toList());
        assertFalse(vm.session().project().info().speakers().stream().anyMatch(s -> s.name().equals("I")),
                "no speaker 'I' beside the interviewer: " + vm.session().project().info().speakers());

        laterSitting(robot, area, "Why?", "Because.");
        WindowTestSupport.idle(vm);
        d = vm.session().project().document(id).orElseThrow();
        assertEquals("I: Hello\nR: Hi\nInterviewer: Why?\nR: Because.", d.text(),
                "after R the interviewer again, not a third speaker 'I'");
        assertEquals(List.of("Interviewer", "R", "Interviewer", "R"), d.turns().stream().map(SpeakerTurn::speaker)
                .toList());
    }

    /**
     * While transcribing, a label line typed at the start of a turn's line (after the turn before's line break)
     * starts that speaker's turn when transcription ends, as it does after Edit text (review: it joined the turn
     * before, whose line break it followed, so its words were given to the wrong speaker).
     */
    @Test
    void aLabelLineTypedBetweenTurnsWhileTranscribingStartsATurn(FxRobot robot) throws Exception {
        String id = firstSitting(robot);
        InlineCssTextArea area = robot.lookup("#transcript").query();
        assertEquals("I: Hello\nR: Hi", vm.session().project().document(id).orElseThrow().text());

        robot.interact(() -> vm.playback().transcribingProperty().set(true));
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo("I: Hello\n".length());
        });
        robot.write("R: Pardon?");
        robot.type(KeyCode.ENTER);
        robot.interact(() -> vm.playback().transcribingProperty().set(false));
        WindowTestSupport.idle(vm);
        Document d = vm.session().project().document(id).orElseThrow();
        assertEquals("I: Hello\nR: Pardon?\nR: Hi", d.text());
        int pardon = d.text().indexOf("Pardon");
        SpeakerTurn said = d.turns().stream().filter(t -> t.start() <= pardon && pardon < t.end()).findFirst()
                .orElseThrow(() -> new AssertionError("in no turn: " + d.turns()));
        assertEquals("R", said.speaker(), d.turns().toString());
        assertEquals(d.text().indexOf("R: Pardon"), said.start(), d.turns().toString());
        assertEquals(List.of("I", "R", "R"), d.turns().stream().map(SpeakerTurn::speaker).toList());
        assertEquals(List.of(0, 9, 20), d.turns().stream().map(SpeakerTurn::start).toList());
        assertTrue(d.turns().getFirst().end() <= said.start(), "the question keeps its own line: " + d.turns());
        robot.interact(vm::undo);
        Document undone = vm.session().project().document(id).orElseThrow();
        assertEquals("I: Hello\nR: Pardon?\nR: Hi", undone.text(), "one undo takes the turns found, not the typing");
        assertEquals(2, undone.turns().size(), undone.turns().toString());
    }

    /**
     * A label line typed with Edit text on, before transcription was started in the same document, becomes a turn when
     * transcription ends (review: the text when transcription began was the baseline, so that line was no new one).
     */
    @Test
    void aLabelTypedInEditModeBeforeTranscribingBecomesATurnWhenTranscriptionEnds(FxRobot robot) throws Exception {
        String id = firstSitting(robot);
        InlineCssTextArea area = robot.lookup("#transcript").query();
        assertEquals("I: Hello\nR: Hi", vm.session().project().document(id).orElseThrow().text());

        robot.clickOn("#edit-text");
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo("I: Hello\n".length());
        });
        robot.write("I: Well?");
        robot.type(KeyCode.ENTER);
        robot.interact(() -> vm.playback().transcribingProperty().set(true));
        robot.interact(() -> vm.playback().transcribingProperty().set(false));
        WindowTestSupport.idle(vm);
        Document d = vm.session().project().document(id).orElseThrow();
        assertEquals("I: Hello\nI: Well?\nR: Hi", d.text());
        assertEquals(List.of("I", "I", "R"), d.turns().stream().map(SpeakerTurn::speaker).toList(), d.turns().toString());
        assertEquals(List.of(0, 9, 18), d.turns().stream().map(SpeakerTurn::start).toList());
    }

    @Test
    void aRecordingBesideAnImportedTranscriptIsLinkedWithIt(FxRobot robot) throws Exception {
        open(robot, null, false);
        Path folder = tmp.resolve("interviews-" + System.nanoTime());
        Files.createDirectories(folder);
        Files.copy(FIXTURES.resolve("interview-nl.txt"), folder.resolve("B07.txt"));
        Files.copy(FIXTURES.resolve("interview-nl.wav"), folder.resolve("B07.wav"));
        WindowTestSupport.importFiles(robot, vm, List.of(folder.resolve("B07.txt")));
        Document imported = vm.session().project().documents().stream().filter(d -> d.name().equals("B07"))
                .findFirst().orElseThrow();
        assertEquals(folder.resolve("B07.wav").toAbsolutePath().toString(), imported.recording().path(),
                "the recording with the transcript's name, offered and linked; not copied when the answer is no");
        assertTrue(dialogs.questions.getLast().startsWith("Copy into the project?: Copy the recording found beside"
                + " the transcript ("), dialogs.questions.getLast());
        assertEquals("Imported one document", vm.statusProperty().get());
        waitForState(MediaViewModel.State.READY);
        robot.interact(vm::undo);
        assertTrue(vm.session().project().documents().stream().noneMatch(d -> d.name().equals("B07")),
                "the import and its link are one step");

        // Yes: copied into the project's media folder before the import, and kept by a relative path.
        dialogs.answer = true;
        WindowTestSupport.importFiles(robot, vm, List.of(folder.resolve("B07.txt")));
        Document copied = vm.session().project().documents().stream().filter(d -> d.name().equals("B07"))
                .findFirst().orElseThrow();
        assertEquals("media/B07.wav", copied.recording().path());
        Path project = vm.storeProperty().get().directory();
        assertEquals(-1, Files.mismatch(folder.resolve("B07.wav"), project.resolve("media/B07.wav")));
    }

    /**
     * A folder of recordings moved: once one missing recording is located, the others found (by name) in the same
     * folder are offered to be linked too (QA: each had to be located by hand).
     */
    @Test
    void locatingOneMissingRecordingOffersTheOthersInThatFolder(FxRobot robot) throws Exception {
        Path was = Files.createDirectories(tmp.resolve("opnamen-" + System.nanoTime()));
        Path now = Files.createDirectories(tmp.resolve("verplaatst-" + System.nanoTime()));
        Project p = new Project(ProjectInfo.named("Verplaatst", Fixtures.T));
        for (String name : List.of("A01", "A02", "A03")) {
            Files.copy(FIXTURES.resolve("interview-nl.wav"), now.resolve(name + ".wav"));
            p.put(Document.of(name.toLowerCase(java.util.Locale.ROOT), name, "[00:00:01] I: Ja.\n", SourceFormat.TXT,
                    List.of(), Fixtures.T).withNumber(Integer.parseInt(name.substring(1)))
                    .withRecording(new Recording(was.resolve(name + ".wav").toAbsolutePath().toString())));
        }
        Files.delete(now.resolve("A03.wav")); // not in the new folder: stays missing
        Path dir = tmp.resolve("verplaatst-project-" + System.nanoTime());
        ProjectStore.create(dir, p).close();
        robot.interact(() -> vm.open(dir));
        WindowTestSupport.idle(vm);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.recordings().missingRecordings().size() == 3);
        dialogs.answer = true; // copied into the project, and the others linked too
        robot.interact(() -> vm.recordings().linkAsking("a01", now.resolve("A01.wav")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.session().project().document("a02").orElseThrow()
                .recording().path().equals("media/A02.wav"));
        WindowTestSupport.idle(vm);
        assertTrue(dialogs.questions.stream().anyMatch(q -> q.contains("One other document's recording not found "
                + "(A02.wav) is in " + now.toAbsolutePath() + " too. Link it from there?")), dialogs.questions.toString());
        assertEquals("media/A01.wav", vm.session().project().document("a01").orElseThrow().recording().path());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.recordings().missingRecordings().equals(
                java.util.Set.of("a03")));
    }

    /** The quotation list's menu plays a quotation, as the inspector's button does (QA: only the inspector did). */
    @Test
    void theQuotationListsMenuPlaysAQuotation(FxRobot robot) throws Exception {
        open(robot, "interview-nl.wav", true);
        waitForState(MediaViewModel.State.READY);
        AskedPlayer asked = askedPlayer(robot);
        javafx.scene.control.TableView<?> list = robot.lookup("#quotation-list").queryTableView();
        robot.interact(() -> list.getSelectionModel().select(0));
        WindowTestSupport.idle(vm);
        javafx.scene.control.MenuItem play = WaitForAsyncUtils.asyncFx(() -> {
            list.getContextMenu().show(list, javafx.geometry.Side.BOTTOM, 0, 0);
            return list.getContextMenu().getItems().stream().filter(i -> "quotation-list-play".equals(i.getId()))
                    .findFirst().orElseThrow();
        }).get(5, TimeUnit.SECONDS);
        assertTrue(play.isVisible() && play.getText().equals("▶ Play this quotation (from 00:00:04)"), play.getText());
        robot.interact(() -> {
            list.getContextMenu().hide();
            play.fire();
        });
        assertEquals(List.of("playRange 4000 -1"), asked.asked);
    }

    /** A recording linked by its full path elsewhere, which no bundle carries, is said after writing (QA). */
    @Test
    void aBundleSaysARecordingLinkedElsewhereStaysBehind(FxRobot robot) throws Exception {
        open(robot, "interview-nl.wav", false);
        Path bundle = tmp.resolve("zonder-opname-" + System.nanoTime() + ".vwz");
        int asked = dialogs.questions.size();
        robot.interact(() -> vm.files().exportBundle(bundle));
        WindowTestSupport.idle(vm);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(bundle)
                && vm.statusProperty().get().startsWith("Wrote "));
        assertEquals(asked, dialogs.questions.size(), "nothing to ask: no recording in the project's media folder");
        assertTrue(vm.statusProperty().get().endsWith(". One recording is linked by its full path elsewhere and not "
                + "in the bundle: send it along apart"), vm.statusProperty().get());
    }

    @Test
    void aBundleAsksWhetherToCarryTheRecordingsWithTheirSize(FxRobot robot) throws Exception {
        open(robot, "interview-nl.wav", true);
        Path bundle = tmp.resolve("met-opname-" + System.nanoTime() + ".vwz");
        dialogs.answer = true;
        robot.interact(() -> vm.files().exportBundle(bundle));
        WindowTestSupport.idle(vm);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(bundle));
        assertTrue(dialogs.questions.stream().anyMatch(q -> q.contains("one recording") && q.contains("256 KB")),
                dialogs.questions.toString());
        try (var zip = new java.util.zip.ZipFile(bundle.toFile())) {
            assertNotNull(zip.getEntry("media/interview-nl.wav"), "the recording travels in the bundle");
        }
    }
}
