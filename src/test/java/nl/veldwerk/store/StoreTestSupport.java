package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.DocumentCommands;
import nl.veldwerk.project.Fixtures;
import nl.veldwerk.project.NoteCommands;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Document;

final class StoreTestSupport {
    private StoreTestSupport() {
    }

    /** Creates a project in {@code dir} holding the fixture's data plus a coding, and saves it. */
    static ProjectStore createFixtureProject(Path dir) throws ProjectFileException {
        ProjectStore store = ProjectStore.create(dir, ProjectInfo.named("Wijk Y", Fixtures.T));
        ProjectSession source = Fixtures.session();
        ProjectSession s = store.session();
        source.project().coders().forEach(c -> s.execute(NoteCommands.addCoder(new Coder(c.id(), c.name()))));
        for (Document d : source.project().documents()) {
            s.execute(DocumentCommands.add(d));
        }
        for (Code c : source.project().codes()) {
            s.execute(CodeCommands.add(c));
        }
        s.execute(QuotationCommands.codeRange("a01", 5, 20, "schaamte", "me", Fixtures.T));
        store.save();
        return store;
    }

    /**
     * Every file under {@code dir} with a hash of its content: to prove nothing on disk changed. The lock
     * file is left out: it is no project data, and every attempt to open writes who holds it.
     */
    static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString()
                    .equals(StoreFormat.LOCK)).toList()) {
                result.put(dir.relativize(f).toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return result;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema version a bundle's manifest is stamped with. */
    static int bundleVersion(Path bundle) throws java.io.IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bundle.toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry(StoreFormat.MANIFEST)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"schemaVersion\"\\s*:\\s*(\\d+)")
                    .matcher(manifest);
            if (!m.find()) {
                throw new AssertionError("no schema version in " + manifest);
            }
            return Integer.parseInt(m.group(1));
        }
    }
}
