package nl.veldwerk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md §3. */
@AnalyzeClasses(packages = "nl.veldwerk", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("nl.veldwerk.model..")
            .layer("project").definedBy("nl.veldwerk.project..")
            .layer("store").definedBy("nl.veldwerk.store..")
            .layer("importer").definedBy("nl.veldwerk.importer..")
            .layer("search").definedBy("nl.veldwerk.search..")
            .layer("analysis").definedBy("nl.veldwerk.analysis..")
            .layer("report").definedBy("nl.veldwerk.report..")
            .layer("interop").definedBy("nl.veldwerk.interop..")
            .layer("ui").definedBy("nl.veldwerk.ui..")
            .layer("cli").definedBy("nl.veldwerk.cli..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("interop").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("search").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("importer").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("report", "ui", "cli")
            .whereLayer("project").mayOnlyBeAccessedByLayers("store", "search", "analysis", "interop", "ui", "cli")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("nl.veldwerk.model..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.veldwerk.project..", "nl.veldwerk.store..",
                    "nl.veldwerk.importer..", "nl.veldwerk.search..", "nl.veldwerk.analysis..",
                    "nl.veldwerk.report..", "nl.veldwerk.interop..", "nl.veldwerk.ui..", "nl.veldwerk.cli..");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackage("nl.veldwerk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
            .because("only the ui layer may use JavaFX and RichTextFX");

    @ArchTest
    static final ArchRule noConsoleOutputOutsideCli = noClasses().that().resideOutsideOfPackage("nl.veldwerk.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("only the command line writes to the console; the rest reports through return values,"
                    + " exceptions and events");

    @ArchTest
    static final ArchRule onlyCommandsAndTheStoreMutateTheModel = noClasses()
            .that().resideOutsideOfPackages("nl.veldwerk.model..", "nl.veldwerk.project..", "nl.veldwerk.store..")
            .should().callMethod(nl.veldwerk.model.Project.class, "put", nl.veldwerk.model.Entity.class)
            .orShould().callMethod(nl.veldwerk.model.Project.class, "remove", nl.veldwerk.model.EntityKind.class,
                    String.class)
            .because("every change to project data is an undoable command");

    @ArchTest
    static final ArchRule dialogButtonsSpeakTheInterfacesLanguage = noClasses()
            .should().accessField(javafx.scene.control.ButtonType.class, "OK")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "CANCEL")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "YES")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "NO")
            .orShould().accessField(javafx.scene.control.ButtonType.class, "CLOSE")
            .because("JavaFX labels its own buttons in the system's language, without Dutch; ui.Buttons uses ours");

    // ---- the window (docs/decisions/0012) ------------------------------------------------------

    /** The window's features: each one a package beside the context (app) and the shared pieces (common). */
    static final String[] FEATURES = {"nl.veldwerk.ui.documents..", "nl.veldwerk.ui.coding..",
        "nl.veldwerk.ui.codebook..", "nl.veldwerk.ui.memos..", "nl.veldwerk.ui.search..", "nl.veldwerk.ui.diagrams..",
        "nl.veldwerk.ui.analysis..", "nl.veldwerk.ui.exchange..", "nl.veldwerk.ui.settings..", "nl.veldwerk.ui.media.."};

    @ArchTest
    public static final ArchRule viewsNeverRunCommands = noClasses().that().areAssignableTo(javafx.scene.Node.class)
            .should().callMethod(nl.veldwerk.project.ProjectSession.class, "execute", nl.veldwerk.project.Command.class)
            .orShould().callMethod(nl.veldwerk.project.ProjectSession.class, "undo")
            .orShould().callMethod(nl.veldwerk.project.ProjectSession.class, "redo")
            .because("only view models (and the action classes they own) change the project; views bind and call them");

    @ArchTest
    public static final ArchRule featuresDoNotDependOnEachOther = featuresIndependent();

    private static ArchRule featuresIndependent() {
        com.tngtech.archunit.lang.CompositeArchRule rule = null;
        for (String feature : FEATURES) {
            String[] others = java.util.Arrays.stream(FEATURES).filter(f -> !f.equals(feature))
                    .toArray(String[]::new);
            ArchRule one = noClasses().that().resideInAPackage(feature).should().dependOnClassesThat()
                    .resideInAnyPackage(others).orShould().dependOnClassesThat().resideInAPackage("nl.veldwerk.ui.shell..")
                    .because("a feature needs only the context (ui.app), the shared pieces (ui.common) and the core;"
                            + " what one feature asks of another goes through ui.app and is wired in ui.shell")
                    .allowEmptyShould(true);
            rule = rule == null ? com.tngtech.archunit.lang.CompositeArchRule.of(one) : rule.and(one);
        }
        return rule.as("features (ui.documents, ui.coding, ...) depend on ui.app, ui.common and the core only:"
                + " never on each other or on the window shell");
    }

    @ArchTest
    static final ArchRule contextAndCommonKnowNoFeature = noClasses().that()
            .resideInAnyPackage("nl.veldwerk.ui.app..", "nl.veldwerk.ui.common..").should().dependOnClassesThat()
            .resideInAnyPackage(FEATURES).orShould().dependOnClassesThat().resideInAPackage("nl.veldwerk.ui.shell..");

    @ArchTest
    static final ArchRule commonNeedsNoContext = noClasses().that().resideInAPackage("nl.veldwerk.ui.common..")
            .should().dependOnClassesThat().resideInAPackage("nl.veldwerk.ui.app..");

    @ArchTest
    public static final ArchRule windowPackagesFreeOfCycles = slices().matching("nl.veldwerk.ui.(*)..").should()
            .beFreeOfCycles();
}
