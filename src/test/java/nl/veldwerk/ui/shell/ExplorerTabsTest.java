package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.veldwerk.testing.RecordingDialogs;
import nl.veldwerk.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer's five tabs are shown whole beside each other, in Dutch too, at the window's first width. */
class ExplorerTabsTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    @Test
    void everyTabIsNamedWholeInDutch() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Workbench[] workbench = new Workbench[1];
        try {
            FxToolkit.setupStage(s -> {
                I18n.setLocale(java.util.Locale.of("nl"));
                workbench[0] = new Workbench(new RecordingDialogs());
                MainView view = new MainView(workbench[0]);
                s.setScene(new Scene(view, 1300, 800));
                s.show();
            });
            java.nio.file.Path copy = nl.veldwerk.testing.WindowTestSupport.copySample(tmp.resolve("wijk-y"));
            WaitForAsyncUtils.asyncFx(() -> workbench[0].main().open(copy)).get();
            nl.veldwerk.testing.WindowTestSupport.idle(workbench[0].main());
            // The explorer dragged as narrow as it goes: it stops where its tabs still fit.
            WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.Node explorer = stage.getScene().getRoot().lookup("#explorer");
                javafx.scene.Parent split = explorer.getParent();
                while (!(split instanceof javafx.scene.control.SplitPane)) {
                    split = split.getParent();
                }
                ((javafx.scene.control.SplitPane) split).setDividerPosition(0, 0.05);
            }).get();
            WaitForAsyncUtils.waitForFxEvents();
            List<javafx.scene.Node> labels = WaitForAsyncUtils.asyncFx(() -> List.copyOf(stage.getScene().getRoot()
                    .lookup("#explorer").lookupAll(".tab-label"))).get();
            List<String> shown = labels.stream().map(n -> ((javafx.scene.text.Text) n.lookup(".text")).getText())
                    .toList();
            List<String> named = labels.stream().map(n -> ((Label) n).getText()).toList();
            assertEquals(5, named.size());
            assertEquals(named, shown, "no tab cut short (\"Zoeke…\")");
            List<Double> overflow = WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.Node explorer = stage.getScene().getRoot().lookup("#explorer");
                double right = explorer.localToScene(explorer.getLayoutBounds()).getMaxX();
                return explorer.lookupAll(".tab").stream().filter(javafx.scene.Node::isVisible)
                        .map(t -> t.localToScene(t.getLayoutBounds()).getMaxX() - right).filter(d -> d > 0.5)
                        .toList();
            }).get();
            assertEquals(List.of(), overflow, "every tab within the explorer's width, none behind its edge");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                workbench[0].shutdown();
                I18n.setLocale(java.util.Locale.ENGLISH);
            }).get(5, TimeUnit.SECONDS);
        }
    }
}
