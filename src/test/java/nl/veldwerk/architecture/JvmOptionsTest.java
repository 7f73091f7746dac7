package nl.veldwerk.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every way the app is started runs with the collector's options of {@code packaging/jvm-options}
 * (docs/decisions/0017): the clone's scripts read that file, the app image is built from it, and the two
 * places that cannot read it (Maven's javafx:run, the command-line launcher's properties) hold the same
 * options, which this test keeps equal when one of them changes.
 */
class JvmOptionsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void everyLauncherRunsWithTheCollectorsOptions() throws Exception {
        List<String> options = Files.readAllLines(ROOT.resolve("packaging/jvm-options")).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        assertFalse(options.isEmpty());
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        String cli = Files.readString(ROOT.resolve("packaging/launchers/veldwerk-cli.properties"));
        for (String option : options) {
            assertTrue(pom.contains("<option>" + option + "</option>"), "javafx:run in pom.xml lacks " + option);
            assertTrue(cli.lines().anyMatch(l -> l.startsWith("java-options=") && l.contains(option + " ")),
                    "veldwerk-cli.properties lacks " + option);
        }
        for (String script : List.of("bin/veldwerk", "bin/bench-workbench", "bin/bench-transcript",
                "bin/bench-diagram", "bin/screenshots")) {
            assertTrue(Files.readString(ROOT.resolve(script)).contains("$(cat \"$root/packaging/jvm-options\")"),
                    script + " does not start Java with packaging/jvm-options");
        }
        assertTrue(Files.readString(ROOT.resolve("packaging/build.sh")).contains("done < packaging/jvm-options"),
                "the app image is not built with packaging/jvm-options");
    }
}
