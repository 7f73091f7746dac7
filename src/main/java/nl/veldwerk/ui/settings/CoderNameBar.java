package nl.veldwerk.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Preferences;

/**
 * Said above the window until the user has chosen the name their codings, memos and comments are signed with: until
 * then they are signed with the computer's user name ("root", "jdevries"), which a supervisor's review, the coders'
 * agreement and a merge of coders' projects show (QA: "resolved by root"). Offered when the program starts, not
 * asked in a dialog in the way of the first project.
 */
public final class CoderNameBar extends HBox {
    private final BooleanProperty offered = new SimpleBooleanProperty(false);
    private final Label text = new Label();
    private final Button keep = new Button();

    public CoderNameBar(MainViewModel vm) {
        super(10);
        setId("coder-name-bar");
        getStyleClass().add("notice-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button sign = new Button(I18n.text("coderName.sign"));
        sign.setId("coder-name-sign");
        sign.setOnAction(e -> vm.dialogs().askText(I18n.text("coderName.title"), I18n.text("coderName.prompt"),
                Preferences.coderName()).map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name -> {
                    Preferences.setCoderName(name);
                    vm.showStatus(I18n.text("coderName.set", name));
                }));
        keep.setId("coder-name-keep");
        keep.setOnAction(e -> {
            String account = Preferences.coderName();
            Preferences.setCoderName(account);
            vm.showStatus(I18n.text("coderName.kept", account));
        });
        // The buttons keep their words; the sentence wraps (at 1366 pixels they were cut to "Keep ...").
        sign.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(text, sign, keep);
        // Gone once a name is chosen, here or in File → Preferences.
        visibleProperty().bind(offered.and(Preferences.coderNameChosenProperty().not()));
        managedProperty().bind(visibleProperty());
    }

    /** Shows the bar if no name has been chosen yet (the program's start calls this; the tests' windows do not). */
    public void offer() {
        String name = Preferences.coderName();
        text.setText(I18n.text("coderName.bar", name));
        keep.setText(I18n.text("coderName.keep", name));
        offered.set(true);
    }
}
