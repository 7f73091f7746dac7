package nl.veldwerk.ui.shell;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.AppLog;
import nl.veldwerk.ui.common.FxDialogs;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Preferences;
import nl.veldwerk.ui.exchange.BundleFolders;

/** The application: one main window, opened on the project folder given as the first argument, if any. */
public final class VeldwerkApp extends Application {
    /** About as much as a window manager's frame and title bar add around the scene. */
    private static final double FRAME_WIDTH = 16;
    private static final double FRAME_HEIGHT = 40;
    private Workbench workbench;
    private MainViewModel viewModel;

    @Override
    public void start(Stage stage) {
        I18n.setLocale(Preferences.language());
        AppLog.start();
        FxDialogs dialogs = new FxDialogs(stage, getHostServices());
        UncaughtErrors.install(dialogs);
        workbench = new Workbench(dialogs);
        viewModel = workbench.main();
        dialogs.setProjectFolder(() -> java.util.Optional.ofNullable(viewModel.storeProperty().get())
                .map(nl.veldwerk.store.ProjectStore::directory));
        // Reading the project starts first, so it runs while the window is built and painted.
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            openArgument(Path.of(args.getFirst()).toAbsolutePath());
        }
        MainView view = new MainView(workbench);
        view.offerCoderName();
        Runnable close = () -> {
            WindowPlace.keep(stage);
            view.keepPaneSizes();
            stage.close();
        };
        view.setOnQuit(() -> viewModel.letGoThen(close));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double[] size = startSize(screen);
        Scene scene = new Scene(view, size[0], size[1]);
        stage.titleProperty().bind(viewModel.titleProperty());
        for (String icon : List.of("icon-64.png", "icon-512.png")) {
            stage.getIcons().add(new Image(VeldwerkApp.class.getResource("/nl/veldwerk/ui/" + icon).toExternalForm()));
        }
        stage.setScene(scene);
        // The window closes itself once the question is answered (after the save, when that was the answer).
        stage.setOnCloseRequest(event -> {
            event.consume();
            viewModel.letGoThen(close);
        });
        // On the screen, whole: at 1366 × 768 the window opened wider and taller, its status line and the
        // quotation pane's edge out of sight, and dialogs centred on it off the screen (QA). Placed before it is
        // shown, so it does not jump.
        if (!WindowPlace.restore(stage)) {
            stage.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - size[0] - FRAME_WIDTH) / 2));
            stage.setY(screen.getMinY() + Math.max(0, (screen.getHeight() - size[1] - FRAME_HEIGHT) / 2));
        }
        stage.show();
    }

    /**
     * The window's first size: 1400 × 860 where the screen has room, else the screen's room for windows (less
     * the frame the window manager adds, which the scene does not include).
     */
    static double[] startSize(javafx.geometry.Rectangle2D screen) {
        return new double[] {Math.min(1400, screen.getWidth() - FRAME_WIDTH),
                Math.min(860, screen.getHeight() - FRAME_HEIGHT)};
    }

    /**
     * Opens what the app was started with: a project folder, or a bundle (a double-click on a .vwz file),
     * which is unpacked into a new folder beside it, named after it.
     */
    private void openArgument(Path path) {
        if (nl.veldwerk.store.Bundles.isBundleName(path) && java.nio.file.Files.isRegularFile(path)) {
            viewModel.files().openBundle(path, BundleFolders.besideBundle(path));
        } else {
            viewModel.open(path);
        }
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.shutdown();
        }
    }
}
