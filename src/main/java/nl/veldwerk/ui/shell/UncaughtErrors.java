package nl.veldwerk.ui.shell;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import nl.veldwerk.ui.common.AppLog;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.I18n;

/**
 * What happens to an exception nothing caught, on the FX thread or any other: its stack trace goes to the
 * log file, and the user sees what happened in a dialog that says where the log is. One dialog at a time:
 * a fault that repeats on every frame must not bury the window under dialogs.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());

    private final Dialogs dialogs;
    private final AtomicBoolean showing = new AtomicBoolean();

    private UncaughtErrors(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Handles what nothing caught on the FX thread and on every other thread from now on. */
    static void install(Dialogs dialogs) {
        UncaughtErrors handler = new UncaughtErrors(dialogs);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler); // the FX thread, which start() runs on
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        LOG.log(System.Logger.Level.ERROR, "Uncaught on " + thread.getName(), e);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Runnable show = () -> {
            try {
                dialogs.showError(I18n.text("error.unexpected"), I18n.text("error.unexpectedMessage",
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), AppLog.file()));
            } finally {
                showing.set(false);
            }
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
