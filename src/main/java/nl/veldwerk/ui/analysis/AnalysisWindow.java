package nl.veldwerk.ui.analysis;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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

    public static Stage open(Window owner, Project snapshot, Dialogs dialogs, QuotationJump jump) {
        AnalysisViewModel vm = new AnalysisViewModel(snapshot);
        TabPane tabs = new TabPane(
                new Tab(I18n.text("analysis.codeDocument"), new CodeDocumentTab(vm, dialogs, jump)),
                new Tab(I18n.text("analysis.cooccurrence"), new CooccurrenceTab(vm, dialogs, jump)),
                new Tab(I18n.text("analysis.words"), new WordsTab(vm, dialogs)),
                new Tab(I18n.text("analysis.agreement"), new AgreementTab(vm, dialogs, jump)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("analysis-tabs");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(I18n.text("analysis.title", snapshot.info().name()));
        Scene scene = new Scene(tabs, 1000, 700);
        scene.getStylesheets().add(Styles.SHEET);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** Opens a quotation in the main window. */
    public interface QuotationJump {
        void show(String documentId, int start, int end);
    }
}
