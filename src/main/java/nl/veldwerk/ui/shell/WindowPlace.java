package nl.veldwerk.ui.shell;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import nl.veldwerk.ui.common.Preferences;

/**
 * Where the main window was and how large, kept when it closes and given back at the next start, as desktop
 * programs do (QA: it always came back at its first size, in the middle). A place on a screen no longer there (a
 * laptop without its second monitor) or larger than the screen now is brought onto the screen that holds most of it.
 */
final class WindowPlace {
    private WindowPlace() {
    }

    /**
     * The window's bounds for this start: {@code saved} (x, y, width, height, frame included) kept on the screens
     * there are, or empty when none was saved or it lies on none of them.
     */
    static Optional<double[]> restored(double[] saved, List<Rectangle2D> screens) {
        if (saved == null || saved.length != 4 || saved[2] < 200 || saved[3] < 150) {
            return Optional.empty();
        }
        Rectangle2D wanted = new Rectangle2D(saved[0], saved[1], saved[2], saved[3]);
        Rectangle2D best = null;
        double most = 0;
        for (Rectangle2D screen : screens) {
            double overlap = Math.max(0, Math.min(wanted.getMaxX(), screen.getMaxX()) - Math.max(wanted.getMinX(),
                    screen.getMinX())) * Math.max(0, Math.min(wanted.getMaxY(), screen.getMaxY())
                    - Math.max(wanted.getMinY(), screen.getMinY()));
            if (overlap > most) {
                most = overlap;
                best = screen;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double width = Math.min(saved[2], best.getWidth());
        double height = Math.min(saved[3], best.getHeight());
        double x = Math.max(best.getMinX(), Math.min(saved[0], best.getMaxX() - width));
        double y = Math.max(best.getMinY(), Math.min(saved[1], best.getMaxY() - height));
        return Optional.of(new double[] {x, y, width, height});
    }

    /** Puts the stage where it was last time, if it was kept, and follows it from now on; true when it was put. */
    static boolean restore(Stage stage) {
        Optional<double[]> bounds = restored(Preferences.windowBounds().orElse(null), javafx.stage.Screen.getScreens()
                .stream().map(javafx.stage.Screen::getVisualBounds).toList());
        bounds.ifPresent(b -> {
            stage.setX(b[0]);
            stage.setY(b[1]);
            stage.setWidth(b[2]);
            stage.setHeight(b[3]);
        });
        // The place kept is the one to come back to when a window restored maximised is made smaller (QA: it came
        // back nearly as large as the screen, the window manager knowing no other).
        bounds.ifPresent(b -> stage.getProperties().put(NORMAL, b));
        if (Preferences.windowMaximized()) {
            stage.setMaximized(true);
        }
        follow(stage);
        return bounds.isPresent();
    }

    private static final String NORMAL = "veldwerk.normalBounds";

    /**
     * Remembers the stage's place while it is neither maximised, full screen nor minimised, so that a maximised
     * window keeps the place it came from (review: moved to the second monitor and maximised there, it kept the
     * first monitor's place).
     */
    private static void follow(Stage stage) {
        // Change listeners: an invalidation listener that returned early while maximised left the properties
        // invalid, and heard nothing after (QA: a place taken after maximising once was never kept).
        javafx.beans.value.ChangeListener<Number> note = (o, was, now) -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified() && stage.getWidth() > 0) {
                stage.getProperties().put(NORMAL, new double[] {stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight()});
            }
        };
        for (javafx.beans.value.ObservableValue<Number> o : List.of(stage.xProperty(), stage.yProperty(),
                stage.widthProperty(), stage.heightProperty())) {
            o.addListener(note);
        }
        // Made smaller again: the place it had before, whatever the window manager remembers of it.
        stage.maximizedProperty().addListener((o, was, now) -> {
            if (!now && stage.getProperties().get(NORMAL) instanceof double[] b) {
                javafx.application.Platform.runLater(() -> {
                    stage.setX(b[0]);
                    stage.setY(b[1]);
                    stage.setWidth(b[2]);
                    stage.setHeight(b[3]);
                });
            }
        });
    }

    /** Keeps the stage's place as it closes: the last one it had unmaximised, and whether it is maximised. */
    static void keep(Stage stage) {
        Object normal = stage.getProperties().get(NORMAL);
        if (normal instanceof double[] bounds) {
            Preferences.setWindowBounds(bounds);
        } else if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()) {
            Preferences.setWindowBounds(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()});
        }
        Preferences.setWindowMaximized(stage.isMaximized());
    }
}
