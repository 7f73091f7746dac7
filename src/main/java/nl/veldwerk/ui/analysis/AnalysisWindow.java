package nl.veldwerk.ui.analysis;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.veldwerk.model.Project;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.Styles;

/** The analysis tools in one window with a tab each; they work on a snapshot taken when it opens. */
public final class AnalysisWindow {
    private AnalysisWindow() {
    }

    /**
     * Opens the window at once on the open project and fills it when the copy it works on is made, on a thread
     * of its own (a second at a million quotations, which the main window does not stand still for).
     */
    public static Stage openCopying(Window owner, Project project, Dialogs dialogs, QuotationJump jump) {
        Label preparing = new Label(I18n.text("analysis.preparing"));
        Stage stage = stage(owner, project.info().name(), new StackPane(preparing));
        stage.show();
        Thread.ofPlatform().daemon().name("veldwerk-analysis-copy").start(() -> {
            Project snapshot = project.copy();
            Platform.runLater(() -> {
                if (stage.isShowing()) {
                    stage.getScene().setRoot(tools(snapshot, dialogs, jump));
                }
            });
        });
        return stage;
    }

    private static TabPane tools(Project snapshot, Dialogs dialogs, QuotationJump jump) {
        AnalysisViewModel vm = new AnalysisViewModel(snapshot);
        TabPane tabs = new TabPane(
                new Tab(I18n.text("analysis.codeDocument"), new CodeDocumentTab(vm, dialogs, jump)),
                new Tab(I18n.text("analysis.cooccurrence"), new CooccurrenceTab(vm, dialogs, jump)),
                new Tab(I18n.text("analysis.words"), new WordsTab(vm, dialogs)),
                new Tab(I18n.text("analysis.agreement"), new AgreementTab(vm, dialogs, jump)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("analysis-tabs");
        return tabs;
    }

    private static Stage stage(Window owner, String projectName, javafx.scene.Parent root) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(I18n.text("analysis.title", projectName));
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(Styles.SHEET);
        stage.setScene(scene);
        nl.veldwerk.ui.common.EscapeCloses.install(stage);
        return stage;
    }

    /** Opens a quotation in the main window. */
    public interface QuotationJump {
        void show(String documentId, int start, int end);
    }
}
