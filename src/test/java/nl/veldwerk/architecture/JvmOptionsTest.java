package nl.veldwerk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every way the app is started runs with the collector's options of {@code packaging/jvm-options}
 * (docs/decisions/0017): the clone's scripts read that file, the app image is built from it, and the two
 * places that cannot read it (Maven's javafx:run, the command-line launcher's properties) hold the same
 * options in the same order, which this test keeps so when one of them changes.
 */
class JvmOptionsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void everyLauncherRunsWithTheCollectorsOptions() throws Exception {
        List<String> options = Files.readAllLines(ROOT.resolve("packaging/jvm-options")).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        assertFalse(options.isEmpty());
        assertEquals("-XX:+UseG1GC", options.getFirst(), "the options are G1's: the collector is named");

        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher javafxOptions = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>.*?<options>(.*?)</options>",
                Pattern.DOTALL).matcher(pom);
        assertTrue(javafxOptions.find(), "javafx:run's options in pom.xml");
        assertEquals(options, xxOptions(Pattern.compile("<option>(.*?)</option>").matcher(javafxOptions.group(1))
                .results().map(r -> r.group(1).strip())), "javafx:run in pom.xml");

        String cli = Files.readString(ROOT.resolve("packaging/launchers/veldwerk-cli.properties"));
        String javaOptions = cli.lines().filter(l -> l.startsWith("java-options=")).findFirst().orElseThrow();
        assertEquals(options, xxOptions(Arrays.stream(javaOptions.substring("java-options=".length()).split("\\s+"))),
                "veldwerk-cli.properties");

        try (Stream<Path> scripts = Files.list(ROOT.resolve("bin"))) {
            List<Path> startingJava = scripts.filter(f -> read(f).contains("\"$java\"")).toList();
            assertFalse(startingJava.isEmpty());
            for (Path script : startingJava) {
                assertTrue(read(script).contains("\"$java\" $(cat \"$root/packaging/jvm-options\")"),
                        script.getFileName() + " does not start Java with packaging/jvm-options");
            }
        }
        String build = Files.readString(ROOT.resolve("packaging/build.sh"));
        assertTrue(build.contains("done < packaging/jvm-options"), "build.sh reads packaging/jvm-options");
        Matcher appImage = Pattern.compile("\"\\$JPACKAGE\" --type app-image(.*?)\\n\\n", Pattern.DOTALL).matcher(build);
        assertTrue(appImage.find(), "the app image's jpackage call in build.sh");
        assertTrue(appImage.group(1).contains("\"${GC_OPTIONS[@]}\""), "the app image is built without the options");
    }

    /** The -XX options among a launcher's options, in their order (the others are not the collector's). */
    private static List<String> xxOptions(Stream<String> all) {
        return all.filter(o -> o.startsWith("-XX:")).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
