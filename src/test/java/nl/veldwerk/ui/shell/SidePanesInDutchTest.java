package nl.veldwerk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The side panes at the window's first width, in Dutch (the longer words): the explorer's five tabs are shown
 * whole beside each other, and the inspector fits its pane without a horizontal scroll bar.
 */
class SidePanesInDutchTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    private interface Check {
        void on(Stage stage, Workbench workbench) throws Exception;
    }

    /** The sample project open in a Dutch window of 1300 × 800, then the check, then English again. */
    private void inDutch(Check check) throws Exception {
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
            check.on(stage, workbench[0]);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                workbench[0].shutdown();
                I18n.setLocale(java.util.Locale.ENGLISH);
            }).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyTabIsNamedWholeInDutch() throws Exception {
        inDutch((stage, workbench) -> {
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
        });
    }

    @Test
    void theInspectorFitsItsPaneInDutchWithAndWithoutAQuotation() throws Exception {
        inDutch((stage, workbench) -> {
            assertTrue(inspectorFits(stage), "nothing selected: " + widths(stage));
            WaitForAsyncUtils.asyncFx(() -> workbench.coding().goTo("6:1")).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(inspectorFits(stage), "a quotation selected: " + widths(stage));
            assertEquals(List.of(), cutShort(stage), "labels and buttons wrap, their words whole, not cut short "
                    + "with an ellipsis");
        });
    }

    private static boolean inspectorFits(Stage stage) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node inspector = stage.getScene().getRoot().lookup("#inspector");
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) inspector.getParent()
                    .getParent().getParent();
            return inspector.getLayoutBounds().getWidth() <= scroll.getViewportBounds().getWidth() + 0.5
                    && scroll.lookupAll(".scroll-bar").stream().map(b -> (javafx.scene.control.ScrollBar) b)
                    .noneMatch(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
        }).get();
    }

    /** The inspector's labels and buttons (its code chips aside, which are cut in the middle) shown cut short. */
    private static List<String> cutShort(Stage stage) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().lookup("#inspector").lookupAll("*")
                .stream().filter(n -> n instanceof javafx.scene.control.Labeled && !"inspector-codes".equals(
                        n.getParent().getId())).map(n -> (javafx.scene.control.Labeled) n)
                .filter(l -> shown(l) && !l.getText().isEmpty() && l.lookup(".text") != null)
                .filter(l -> !((javafx.scene.text.Text) l.lookup(".text")).getText().replace('\n', ' ')
                        .equals(l.getText().replace('\n', ' ')))
                .map(l -> l.getText() + " shown as " + ((javafx.scene.text.Text) l.lookup(".text")).getText()).toList()).get();
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String widths(Stage stage) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.layout.Region inspector = (javafx.scene.layout.Region) stage.getScene().getRoot()
                    .lookup("#inspector");
            return "inspector " + inspector.getWidth() + ", its minimum " + inspector.minWidth(-1);
        }).get();
    }
}
