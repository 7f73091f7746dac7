package nl.veldwerk.ui.common;

import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;

/**
 * Sizes a dialog to all of its content. The first dialog of a kind in a session was sometimes measured before
 * its content had its style, and opened too short: its buttons hidden, its lists drawn over each other, and
 * no way to enlarge it. Its pane now never shrinks below what it needs, the window is measured again once
 * shown, and it can be resized. Its title is the menu item's without the "…". A dialog taller than the screen
 * (the quotation report's on a laptop's 768 pixels) is made as tall as the screen, its title bar on it: it
 * opened with its title above the screen's top, where it could not be moved.
 */
public final class DialogFit {
    private DialogFit() {
    }

    public static void fit(Dialog<?> dialog, String title) {
        dialog.setTitle(FxDialogs.titled(title));
        dialog.setResizable(true);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.setOnShown(e -> {
            javafx.stage.Window window = dialog.getDialogPane().getScene().getWindow();
            window.sizeToScene();
            onScreen(dialog, window);
            // A window manager sizes the window after it is shown: kept on the screen whenever it grows past it.
            window.heightProperty().addListener((o, was, now) -> onScreen(dialog, window));
            javafx.application.Platform.runLater(() -> onScreen(dialog, window));
        });
    }

    /**
     * A window of its own (not a {@link Dialog}) placed over its owner and kept on the screen the same way: the
     * search-and-code window opened in the screen's top left corner, its title bar above the top (seen with
     * openbox), not to be moved.
     */
    public static void keepOnScreen(javafx.stage.Stage stage) {
        keepOnScreen(stage, () -> { });
    }

    /**
     * As {@link #keepOnScreen(javafx.stage.Stage)}, running {@code alsoOnShown} once the window is shown. Placed
     * again just after: openbox sometimes put a window it had just mapped back at the screen's top left corner,
     * its title bar above the top (QA, the code chooser opened a second time).
     */
    public static void keepOnScreen(javafx.stage.Stage stage, Runnable alsoOnShown) {
        stage.setOnShown(e -> {
            overOwner(stage, stage.getOwner());
            onScreen(null, stage);
            stage.heightProperty().addListener((o, was, now) -> onScreen(null, stage));
            alsoOnShown.run();
            javafx.application.Platform.runLater(() -> {
                overOwner(stage, stage.getOwner());
                onScreen(null, stage);
            });
        });
    }

    /**
     * Places a shown window over {@code owner} (centred across, a third down), whichever window that is: left to
     * the window manager, a dialog could open in the screen's top left corner, its title bar above the top.
     */
    public static void overOwner(javafx.stage.Window window, javafx.stage.Window owner) {
        // Not before the window has a size: a width unknown yet (NaN) would put it at the screen's corner.
        if (owner != null && owner.getWidth() > 0 && window.getWidth() > 0 && window.getHeight() > 0) {
            window.setX(owner.getX() + Math.max(0, (owner.getWidth() - window.getWidth()) / 2));
            window.setY(owner.getY() + Math.max(0, (owner.getHeight() - window.getHeight()) / 3));
        }
    }

    /** {@code dialog}: its pane gives up its least height to fit; null for a window of its own. */
    private static void onScreen(Dialog<?> dialog, javafx.stage.Window window) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(window.getX(), window.getY(),
                Math.max(1, window.getWidth()), Math.max(1, window.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        if (window.getHeight() > screen.getHeight()) {
            if (dialog != null) {
                dialog.getDialogPane().setMinHeight(Region.USE_COMPUTED_SIZE); // its lists give up the room
            }
            window.setHeight(screen.getHeight());
        }
        if (window.getY() + window.getHeight() > screen.getMaxY()) {
            window.setY(screen.getMaxY() - window.getHeight());
        }
        if (window.getY() < screen.getMinY()) {
            window.setY(screen.getMinY());
        }
    }
}
