package nl.veldwerk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md §3. */
@AnalyzeClasses(packages = "nl.veldwerk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
}
