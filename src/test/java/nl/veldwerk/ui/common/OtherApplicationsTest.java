package nl.veldwerk.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * "Open when written" hears whether a program took the file: no opener, or one that says it failed, is said
 * (it did nothing without a word where no program opens a .docx).
 */
class OtherApplicationsTest {
    private static final Path REPORT = Path.of("rapport.docx");

    @Test
    void anOpenerThatIsNotThereOrFailsHandsNothingOver() {
        assertFalse(new OtherApplications(List.of("/no/such/opener-" + System.nanoTime())).handedOver(REPORT));
        Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell to stand in");
        assertFalse(new OtherApplications(List.of("/bin/sh", "-c", "exit 4", "opener")).handedOver(REPORT),
                "xdg-open's 'the action failed'");
        assertTrue(new OtherApplications(List.of("/bin/sh", "-c", "exit 0", "opener")).handedOver(REPORT));
    }

    @Test
    void noProgramIsSaidOnItsOwnThread() throws Exception {
        java.util.concurrent.CountDownLatch said = new java.util.concurrent.CountDownLatch(1);
        new OtherApplications(List.of("/no/such/opener-" + System.nanoTime())).open(REPORT, null, said::countDown);
        assertTrue(said.await(10, java.util.concurrent.TimeUnit.SECONDS));
    }
}
