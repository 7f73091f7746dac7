package nl.veldwerk.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The window's architecture rules fail on a planted violation (test sources: ui.memos.PlantedViolations). */
class ArchitectureRulesBiteTest {
    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages("nl.veldwerk.ui.memos",
            "nl.veldwerk.ui.codebook");

    @Test
    void aViewThatRunsACommandIsReported() {
        assertTrue(ArchitectureTest.viewsNeverRunCommands.evaluate(PLANTED).hasViolation());
    }

    @Test
    void aFeatureThatReachesIntoAnotherIsReported() {
        assertTrue(ArchitectureTest.featuresDoNotDependOnEachOther.evaluate(PLANTED).hasViolation());
    }

    @Test
    void aCycleBetweenWindowPackagesIsReported() {
        // memos -> codebook (PlantedViolations) and codebook -> memos (PlantedCycle): a cycle.
        assertTrue(ArchitectureTest.windowPackagesFreeOfCycles.evaluate(PLANTED).hasViolation());
    }
}
