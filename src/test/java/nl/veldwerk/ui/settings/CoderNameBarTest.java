package nl.veldwerk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import nl.veldwerk.project.UserSettings;
import nl.veldwerk.ui.common.Preferences;
import nl.veldwerk.ui.shell.WorkbenchTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Until a name is chosen, the work is signed with the computer's user name (QA: "resolved by root"): the window
 * offers, above itself, to sign with the user's own name or to keep that one, and is gone once either is chosen,
 * here or in the preferences.
 */
class CoderNameBarTest extends WorkbenchTest {
    private String before;

    @BeforeEach
    void rememberTheName() {
        before = UserSettings.node().get("coder", null);
    }

    @AfterEach
    void putTheNameBack(FxRobot robot) {
        robot.interact(() -> {
            if (before == null) {
                Preferences.forgetCoderName();
            } else {
                Preferences.setCoderName(before);
            }
        });
    }

    private CoderNameBar offered(FxRobot robot) {
        CoderNameBar bar = robot.lookup("#coder-name-bar").query();
        robot.interact(() -> {
            Preferences.forgetCoderName();
            bar.offer();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.isVisible() && bar.isManaged(), "offered while no name is chosen");
        return bar;
    }

    @Test
    void theWorkIsSignedWithTheNameTheUserGives(FxRobot robot) {
        CoderNameBar bar = offered(robot);
        String account = System.getProperty("user.name");
        assertTrue(((Label) bar.getChildren().getFirst()).getText().contains("'" + account + "'"),
                ((Label) bar.getChildren().getFirst()).getText());
        dialogs.text = "  Marieke de Vries ";
        robot.clickOn("#coder-name-sign");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Marieke de Vries", Preferences.coderName());
        assertEquals("Marieke de Vries", UserSettings.node().get("coder", null), "kept for the next start");
        assertFalse(bar.isVisible() || bar.isManaged(), "gone once chosen");
        assertEquals("Your work is now signed 'Marieke de Vries'. File → Preferences changes it.",
                vm.statusProperty().get());
    }

    @Test
    void keepingTheAccountsNameOrChoosingInThePreferencesEndsTheOffer(FxRobot robot) {
        CoderNameBar bar = offered(robot);
        robot.clickOn("#coder-name-keep");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(System.getProperty("user.name"), UserSettings.node().get("coder", null), "chosen: not offered again");
        assertEquals("Your work stays signed '" + System.getProperty("user.name") + "'. File → Preferences changes it.",
                vm.statusProperty().get());
        assertFalse(bar.isVisible());

        offered(robot);
        dialogs.text = null; // the question cancelled: nothing chosen, still offered
        robot.clickOn("#coder-name-sign");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.isVisible());
        robot.interact(() -> Preferences.setCoderName("Jan")); // as File → Preferences' OK does
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar.isVisible() || bar.isManaged());
    }
}
