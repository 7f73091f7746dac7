package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Long work reports progress and stops when the user cancels; the result arrives on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class BackgroundTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aJobReportsProgressAndStopsWhenCancelled() throws Exception {
        Background background = new Background();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Exception> failure = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> background.run(() -> {
            for (int step = 1; step <= 1000; step++) {
                if (background.cancelled()) {
                    throw new CancellationException("stopped at " + step);
                }
                background.report("step " + step);
                started.countDown();
                Thread.sleep(5);
            }
            return "finished";
        }, result -> failure.complete(null), failure::complete)).get();
        assertTrue(started.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(background.progressProperty().get().startsWith("step "), background.progressProperty().get());
        assertTrue(background.busyProperty().get());
        WaitForAsyncUtils.asyncFx(background::cancel).get();
        Exception e = failure.get(5, TimeUnit.SECONDS);
        assertTrue(e instanceof CancellationException, String.valueOf(e));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(false, background.busyProperty().get());
        assertEquals("", background.progressProperty().get());
        background.shutdown();
    }

    /**
     * A finished job's callback may show a message and wait for the user: the spinner is off meanwhile (it spun
     * behind every error message), while "busy" lasts until the callback returns and covers a job it starts.
     */
    @Test
    void theSpinnerStopsBeforeAFinishedJobsCallbackAndBusyLastsThroughIt() throws Exception {
        Background background = new Background();
        CompletableFuture<boolean[]> during = new CompletableFuture<>();
        CountDownLatch release = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> background.run(() -> {
            background.report("reading");
            return "read";
        }, result -> {
            boolean[] seen = {background.workingProperty().get(), background.busyProperty().get(),
                    background.progressProperty().get().isEmpty()};
            background.run(() -> {
                release.await(5, TimeUnit.SECONDS);
                return "second";
            }, second -> { }, e -> { });
            during.complete(new boolean[] {seen[0], seen[1], seen[2], background.workingProperty().get()});
        }, e -> during.completeExceptionally(e))).get();
        boolean[] seen = during.get(5, TimeUnit.SECONDS);
        assertEquals(false, seen[0], "no spinner while the callback runs");
        assertEquals(true, seen[1], "still busy for whoever waits for idle");
        assertEquals(true, seen[2], "no progress text left behind");
        assertEquals(true, seen[3], "a job the callback starts spins again");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(true, background.busyProperty().get(), "busy while the job the callback started runs");
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !background.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(false, background.workingProperty().get());
        background.shutdown();
    }

    /**
     * A job finishing while another job's callback waits for the user (a message in a nested event loop) does
     * not start the spinner behind that message.
     */
    @Test
    void aJobFinishingBehindAnotherCallbacksMessageDoesNotSpin() throws Exception {
        Background background = new Background();
        CompletableFuture<Boolean> spinningBehind = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> background.run(() -> "a", a -> {
            Object key = new Object();
            background.run(() -> "b", b -> javafx.application.Platform.runLater(() -> {
                spinningBehind.complete(background.workingProperty().get());
                javafx.application.Platform.exitNestedEventLoop(key, null);
            }), e -> { });
            javafx.application.Platform.enterNestedEventLoop(key); // the message A's callback shows
        }, e -> { })).get();
        assertEquals(false, spinningBehind.get(5, TimeUnit.SECONDS), "B is done, A only waits for the user");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !background.busyProperty().get());
        assertEquals(false, background.workingProperty().get());
        background.shutdown();
    }
}
