package nl.veldwerk.i18n;

import nl.veldwerk.ui.common.I18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.veldwerk.importer.DocumentImporter;
import nl.veldwerk.importer.ImportException;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.store.ProjectFileException;
import nl.veldwerk.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every user-visible text exists in English and Dutch, and the core's errors reach the user in both. */
class MessagesTest {
    private static final Path SOURCES = Path.of("src/main/java/nl/veldwerk");
    private static final Path BUNDLES = Path.of("src/main/resources/nl/veldwerk");
    private static final Locale DUTCH = Locale.of("nl");

    /** Calls whose first string literal is a key of the bundle of the calling file's own package. */
    private static final Pattern OWN_KEY = Pattern.compile(
            "(?:skipReason\\(|conflict\\(|UserText\\.of\\((?!Project\\.class)\\w+\\.class, )\"([\\w.]+)\"");
    /** Keys of the model's bundle: its exception and its kind names, used from every layer. */
    private static final Pattern MODEL_KEY = Pattern.compile(
            "(?:ModelException\\(|UserText\\.of\\(Project\\.class, )\"([\\w.]+)\"");
    private static final Pattern STORE_KEY = exceptionKey("ProjectFileException");
    private static final Pattern IMPORTER_KEY = exceptionKey("ImportException");
    private static final Pattern INTEROP_KEY = exceptionKey("InteropException");
    private static final Pattern PROJECT_KEY = Pattern.compile("Message\\.of\\(\"([\\w.]+)\"");
    private static final Pattern UI_KEY = Pattern.compile("I18n\\.text\\(\"([\\w.]+)\"");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndDutchAndEveryPatternParses() throws IOException {
        List<String> layers = layersWithBundles();
        assertTrue(layers.containsAll(List.of("model", "project", "store", "importer", "interop", "analysis", "ui")),
                layers.toString());
        for (String layer : layers) {
            Properties english = load(BUNDLES.resolve(layer).resolve("messages.properties"));
            Properties dutch = load(BUNDLES.resolve(layer).resolve("messages_nl.properties"));
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(dutch.stringPropertyNames()),
                    layer + ": English and Dutch keys differ");
            for (Properties bundle : List.of(english, dutch)) {
                bundle.forEach((key, pattern) -> new MessageFormat((String) pattern)); // throws on a broken pattern
            }
            if (!layer.equals("ui")) {
                // The core's texts always go through MessageFormat, which eats a lone apostrophe ("alinea's"
                // would print "alineas (¶)..."): it must be written twice.
                for (Properties bundle : List.of(english, dutch)) {
                    bundle.forEach((key, pattern) -> assertFalse(LONE_APOSTROPHE.matcher((String) pattern).find(),
                            layer + ": " + key + " has a lone apostrophe; write '' for one"));
                }
            } else {
                // The window's texts without a placeholder are shown as written: a doubled apostrophe shows twice
                // (QA: "Merge another coder''s project").
                for (Properties bundle : List.of(english, dutch)) {
                    bundle.forEach((key, pattern) -> assertFalse(!((String) pattern).contains("{")
                            && ((String) pattern).contains("''"), "ui: " + key + " is shown as written: one ' only"));
                }
            }
        }
    }

    /** An apostrophe inside a word, not doubled: "alinea's", "user's". */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");

    @Test
    void everyKeyTheCodeUsesIsInItsBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        Properties project = load(BUNDLES.resolve("project/messages.properties"));
        Properties ui = load(BUNDLES.resolve("ui/messages.properties"));
        int checked = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String layer = SOURCES.relativize(file).getName(0).toString();
                Path own = BUNDLES.resolve(layer).resolve("messages.properties");
                Properties ownBundle = Files.exists(own) ? load(own) : new Properties();
                String source = Files.readString(file);
                checked += check(OWN_KEY, source, ownBundle, file, missing);
                checked += check(MODEL_KEY, source, bundle("model"), file, missing);
                checked += check(STORE_KEY, source, bundle("store"), file, missing);
                checked += check(IMPORTER_KEY, source, bundle("importer"), file, missing);
                checked += check(INTEROP_KEY, source, bundle("interop"), file, missing);
                checked += check(PROJECT_KEY, source, project, file, missing);
                checked += check(UI_KEY, source, ui, file, missing);
            }
        }
        assertTrue(checked > 300, "the scan should see the code's keys; it saw " + checked);
        assertEquals(List.of(), missing);
    }

    @Test
    void aRefusalOfTheModelReadsInTheUsersLanguage() {
        ModelException e = assertThrows(ModelException.class, () -> Code.of("c1", " ", null, null));
        assertEquals("code: a name is required", e.getMessage());
        assertEquals("code: een naam is verplicht", e.userText().text(DUTCH));
    }

    /** One of a thing is said in the singular, in both languages: "1 hit", not "1 hits". */
    @Test
    void countsOfOneAreSingular() {
        assertEquals("Import 1 document", nl.veldwerk.project.Message.of("document.addAll", 1).text(Locale.ENGLISH));
        assertEquals("1 document importeren", nl.veldwerk.project.Message.of("document.addAll", 1).text(DUTCH));
        assertEquals("Import 1,200 documents", nl.veldwerk.project.Message.of("document.addAll", 1_200)
                .text(Locale.ENGLISH));
        Locale before = I18n.locale();
        try {
            I18n.setLocale(Locale.ENGLISH);
            assertEquals("Opened: 1 document, 1 quotation, 2 codes", I18n.text("status.opened", 1, 1, 2));
            assertTrue(I18n.text("search.count", 1).startsWith("1 hit ("), I18n.text("search.count", 1));
            I18n.setLocale(DUTCH);
            assertEquals("Geopend: 1 document, 0 citaten, 1 code", I18n.text("status.opened", 1, 0, 1));
            assertTrue(I18n.text("search.count", 1).startsWith("1 treffer ("), I18n.text("search.count", 1));
        } finally {
            I18n.setLocale(before);
        }
    }

    @Test
    void aFileProblemNamesTheFileInBothLanguages(@TempDir Path dir) {
        Path absent = dir.resolve("weg");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.open(absent));
        assertTrue(e.getMessage().endsWith("weg: does not exist"), e.getMessage());
        assertTrue(e.userText().text(DUTCH).endsWith("weg: bestaat niet"), e.userText().text(DUTCH));
    }

    @Test
    void nestedReasonsAreRenderedInTheSameLanguage(@TempDir Path dir) throws IOException {
        Path png = Files.writeString(dir.resolve("scan.png"), "%PNG");
        ImportException e = assertThrows(ImportException.class,
                () -> new DocumentImporter().importFile(png, java.time.Instant.EPOCH));
        String dutch = e.userText().text(DUTCH);
        assertTrue(dutch.startsWith("scan.png: is geen ondersteund bestandstype"), dutch);
        assertFalse(dutch.contains("supported"), dutch);
        Path pdf = Files.writeString(dir.resolve("scan.pdf"), "%PDF");
        String pdfDutch = assertThrows(ImportException.class, () -> new DocumentImporter().importFile(pdf,
                java.time.Instant.EPOCH)).userText().text(DUTCH);
        assertTrue(pdfDutch.startsWith("scan.pdf: is een PDF-bestand: Veldwerk leest transcripten als tekst, geen "
                + "PDF's."), pdfDutch);
    }

    private static int check(Pattern pattern, String source, Properties bundle, Path file, List<String> missing) {
        Matcher m = pattern.matcher(source);
        int found = 0;
        while (m.find()) {
            found++;
            String key = m.group(1);
            boolean known = key.endsWith(".") // a prefix completed at run time, e.g. "kind." + kind.name()
                    ? bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                    : bundle.containsKey(key);
            if (!known) {
                missing.add(file.getFileName() + ": " + m.group(1));
            }
        }
        return found;
    }

    /** The key of {@code new X(file, "key"...)} or {@code new X(file, cause, "key"...)}. */
    private static Pattern exceptionKey(String exception) {
        return Pattern.compile(exception + "\\(\\w+, (?:\\w+, )?\"([\\w.]+)\"");
    }

    private static Properties bundle(String layer) throws IOException {
        return load(BUNDLES.resolve(layer).resolve("messages.properties"));
    }

    private static List<String> layersWithBundles() throws IOException {
        try (Stream<Path> dirs = Files.list(BUNDLES)) {
            return dirs.filter(d -> Files.exists(d.resolve("messages.properties")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
