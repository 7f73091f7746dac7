package nl.veldwerk.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Preferences;

/** What the window shows while no project is open: new, open, and the recently opened projects. */
final class WelcomePane extends VBox {
    WelcomePane(MainViewModel vm) {
        super(14);
        setId("welcome");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        Label title = new Label(I18n.text("welcome.title"));
        title.setStyle("-fx-font-size: 26px; -fx-font-weight: bold;");
        Label text = new Label(I18n.text("welcome.text"));
        Button create = new Button(I18n.text("welcome.new"));
        create.setOnAction(e -> vm.dialogs().askNewProject(I18n.text("dialog.newProject")).ifPresent(vm::create));
        Button open = new Button(I18n.text("welcome.open"));
        open.setOnAction(e -> vm.dialogs().chooseProjectFolder(I18n.text("dialog.openProject")).ifPresent(vm::open));
        Button sample = new Button(I18n.text("welcome.sample"));
        sample.setId("welcome-sample");
        sample.setOnAction(e -> vm.files().openSampleAsking());
        Label recent = new Label(I18n.text("welcome.recent"));
        recent.setStyle("-fx-font-weight: bold;");
        VBox recentList = new VBox(4);
        recentList.setAlignment(Pos.CENTER);
        Runnable fill = () -> {
            recentList.getChildren().clear();
            for (String path : Preferences.recentProjects()) {
                if (Files.isDirectory(Path.of(path))) {
                    Hyperlink link = new Hyperlink(path);
                    link.setMnemonicParsing(false); // a name's "_" is shown, not taken for a shortcut
                    link.setOnAction(e -> vm.open(Path.of(path)));
                    recentList.getChildren().add(link);
                }
            }
            if (recentList.getChildren().isEmpty()) {
                recentList.getChildren().add(new Label(I18n.text("welcome.noRecent")));
            }
        };
        fill.run();
        vm.storeProperty().addListener((o, was, now) -> fill.run());
        getChildren().addAll(title, text, new HBox(10, create, open, sample), recent, recentList);
        ((HBox) getChildren().get(2)).setAlignment(Pos.CENTER);
    }
}
