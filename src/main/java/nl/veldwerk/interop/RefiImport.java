package nl.veldwerk.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.UserText;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.PlannedCommand;

/** Reading REFI-QDA files: a .qdpx becomes a new project, a .qdc adds codes to an open one (undoably). */
public final class RefiImport {
    private RefiImport() {
    }

    /**
     * A project read from a .qdpx, with what was imported and what was not, and the recordings inside the
     * archive to unpack into the new project's folder ({@link #unpackMedia}): project path → archive name.
     */
    public record ProjectResult(Project project, ImportSummary summary, java.util.Map<String, String> media) {
        public ProjectResult(Project project, ImportSummary summary) {
            this(project, summary, java.util.Map.of());
        }
    }

    /**
     * Unpacks the recordings a .qdpx holds into the new project's folder (after the project is written there),
     * each under the path its document links to. A recording that cannot be unpacked stays linked as missing;
     * the problems are returned in words.
     */
    public static java.util.List<String> unpackMedia(Path qdpx, Path projectFolder, ProjectResult result) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (result.media().isEmpty()) {
            return problems;
        }
        java.util.Map<String, String> byArchiveName = new java.util.HashMap<>();
        result.media().forEach((target, archived) -> byArchiveName.put(archived, target));
        Path folder = projectFolder.toAbsolutePath().normalize();
        Path mediaFolder = folder.resolve(nl.veldwerk.model.Recording.FOLDER);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/');
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (!lower.startsWith("sources/") || lower.indexOf('/', 8) >= 0) {
                    continue;
                }
                String target = byArchiveName.remove(lower.substring(8));
                if (target == null) {
                    continue;
                }
                Path file = folder.resolve(target).normalize();
                if (!file.startsWith(mediaFolder)) {
                    problems.add(target);
                    continue;
                }
                // One recording that cannot be unpacked (no room, a damaged entry) leaves the others to go on.
                Path temp = file.resolveSibling(file.getFileName() + ".unpacking");
                try {
                    Files.createDirectories(file.getParent());
                    long free = Files.getFileStore(file.getParent()).getUsableSpace();
                    if (entry.getSize() > free) {
                        problems.add(target + " (" + entry.getSize() + " bytes, " + free + " free)");
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(temp);
                    problems.add(target + ": " + e.getMessage());
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(qdpx.getFileName() + ": " + e.getMessage());
        }
        problems.addAll(byArchiveName.values());
        return problems;
    }

    /**
     * Refuses, quickly and before anything is asked or made, a file that is no .qdpx or an incomplete one (its
     * zip directory is missing or names no project file). Passing says nothing of the entries themselves.
     */
    public static void checkArchive(Path qdpx) throws InteropException {
        QdpxArchive.checkDirectory(qdpx);
        // The project file read as the import reads it, when it is small enough to read twice (nearly all are): a
        // file that is no REFI-QDA XML is refused before the questions where to put it and in which language (QA).
        java.util.Map.Entry<String, byte[]> qde = QdpxArchive.projectFile(qdpx, QUICK_CHECK_BYTES);
        if (qde != null) {
            parse(qdpx, qde.getValue(), qde.getKey());
        }
    }

    /** The largest project file read in the quick check; a larger one is read once, by the import. */
    private static final int QUICK_CHECK_BYTES = 16 << 20;

    /** The study's name to suggest for a .qdpx: its project's name, else the file's (see {@link QdpxArchive#projectName}). */
    public static String suggestedName(Path qdpx) {
        return QdpxArchive.projectName(qdpx);
    }

    /** As many of the import's notes as a memo keeps one by one (a file can give a note per selection). */
    private static final int NOTES_KEPT = 2_000;

    /**
     * Keeps what the import said (what came in, what was left out or changed) as a memo about the new project,
     * so that it can be read again after its message is closed (QA: eleven empty documents, and nowhere to see why).
     * Run on the fresh project before it is written; {@code more}: lines the caller adds to what it says (the speaker
     * turns found in the texts).
     */
    public static void keepSummary(ProjectResult result, Path qdpx, Instant when, Locale locale, List<String> more) {
        String name = qdpx.getFileName() == null ? qdpx.toString() : qdpx.getFileName().toString();
        String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(when.atZone(java.time.ZoneId.systemDefault()));
        String text = UserText.of(RefiImport.class, "summary.memoIntro", name, at).text(locale) + "\n\n"
                + result.summary().describe(locale, NOTES_KEPT) + more.stream().map(line -> "\n" + line)
                .collect(java.util.stream.Collectors.joining());
        if (text.length() > nl.veldwerk.model.Limits.NOTE) { // notes naming many long codes: a memo has a limit
            text = text.substring(0, text.lastIndexOf('\n', nl.veldwerk.model.Limits.NOTE - 2)) + "\n…";
        }
        Memo memo = new Memo(Ids.newId(), MemoTarget.project(), UserText.of(RefiImport.class, "summary.memoTitle",
                name).text(locale), text, null, when, when);
        // A fresh project nobody listens to yet: the command runs directly, with no undo history.
        nl.veldwerk.project.NoteCommands.addMemo(memo).execute(result.project());
    }

    /**
     * The language of a .qdpx's transcripts as their words suggest, "nl" or "en" (REFI-QDA does not say it; the
     * search stems by it); {@code otherwise} when they say too little (no plain-text sources, another language).
     */
    public static String suggestedLanguage(Path qdpx, String otherwise) {
        return nl.veldwerk.model.TranscriptLanguage.guess(QdpxArchive.sourcesSample(qdpx, 200_000), otherwise);
    }

    /** Reads a whole .qdpx into a new project; {@code base} gives the name and language if the file has none. */
    public static ProjectResult readProject(Path qdpx, ProjectInfo base) throws InteropException {
        return readProject(qdpx, base, QdpxArchive.Limits.DEFAULT);
    }

    static ProjectResult readProject(Path qdpx, ProjectInfo base, QdpxArchive.Limits limits)
            throws InteropException {
        // The archive's directory first: read entry by entry, an archive cut off just after one of its files ended
        // looked whole, and came in without the rest, said only as sources "not in the archive" (QA, command line).
        QdpxArchive.checkDirectory(qdpx);
        QdpxArchive archive = QdpxArchive.read(qdpx, limits);
        return convert(qdpx, archive.qde, archive.qdeName, archive.texts, archive.others.keySet(), base);
    }

    /** A project from the .qde's bytes and the text sources by name (lower case), as read from a .qdpx. */
    static ProjectResult convert(Path qdpx, byte[] qde, String qdeName, java.util.Map<String, byte[]> texts,
                                 ProjectInfo base) throws InteropException {
        return convert(qdpx, qde, qdeName, texts, java.util.Set.of(), base);
    }

    static ProjectResult convert(Path qdpx, byte[] qde, String qdeName, java.util.Map<String, byte[]> texts,
                                 java.util.Set<String> archived, ProjectInfo base) throws InteropException {
        RefiProject refi = parse(qdpx, qde, qdeName);
        int selections = refi.sources.stream().mapToInt(s -> s.selections.size()).sum();
        int codings = refi.sources.stream().flatMap(s -> s.selections.stream()).mapToInt(s -> s.codings.size()).sum();
        Project project = new Project(base, refi.sources.size(), selections, codings);
        ImportSummary[] summary = new ImportSummary[1];
        java.util.Map<String, String> media = new java.util.LinkedHashMap<>();
        try {
            // A fresh project nobody listens to yet: run the command directly, no undo history is needed.
            new PlannedCommand(Message.of("refi.import"), (plan, p) -> summary[0] = RefiConverter.convertProject(refi,
                    texts, archived, media, plan)).execute(project);
        } catch (ModelException e) {
            throw new InteropException(qdpx, e, "project.inconsistent", e.userText());
        }
        return new ProjectResult(project, summary[0], media);
    }

    /** A codebook read from a .qdc, ready to be added to a project as one undoable command. */
    public static final class CodebookImport {
        private final RefiProject refi;
        private ImportSummary summary;

        private CodebookImport(RefiProject refi) {
            this.refi = refi;
        }

        /** Adds the codebook's codes (codes already in the project, by GUID, are kept as they are). */
        public Command command() {
            return new PlannedCommand(Message.of("refi.codebook", refi.codes.size()),
                    (plan, p) -> summary = RefiConverter.convertCodebook(refi, plan));
        }

        /** What the command imported; null until it has run. */
        public ImportSummary summary() {
            return summary;
        }
    }

    public static CodebookImport readCodebook(Path qdc) throws InteropException {
        try {
            byte[] bytes = Files.readAllBytes(qdc);
            if (QdpxArchive.isZip(bytes)) {
                // A zip: a whole project (.qdpx) or an Office file, not a codebook ("is not valid UTF-8": QA).
                throw new InteropException(qdc, "codebook.isArchive");
            }
            if (bytes.length == 0) {
                throw new InteropException(qdc, "codebook.empty");
            }
            return new CodebookImport(parse(qdc, bytes, null));
        } catch (NoSuchFileException e) {
            throw new InteropException(qdc, "file.notExists");
        } catch (IOException e) {
            throw new InteropException(qdc, e, "file.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static Object[] concat(Object[] first, Object... rest) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    /** Parses a project or codebook file; {@code entryName} is its name inside an archive, null for a file alone. */
    private static RefiProject parse(Path file, byte[] xml, String entryName) throws InteropException {
        try (InputStream in = new ByteArrayInputStream(xml)) {
            return QdeReader.read(in);
        } catch (XMLStreamException e) {
            System.getLogger(RefiImport.class.getName()).log(System.Logger.Level.DEBUG, "Not REFI-QDA XML: " + file, e);
            String reason = String.valueOf(e.getMessage())
                    .replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
            // The file is named before the message already: a part of an archive is named again, the file not.
            String suffix = entryName == null ? "Whole" : "";
            Object[] where = entryName == null ? new Object[0] : new Object[] {entryName};
            if (e.getLocation() == null) {
                throw new InteropException(file, e, "xml.invalid" + suffix, concat(where, reason));
            }
            throw new InteropException(file, e, "xml.invalidAt" + suffix, concat(where,
                    String.valueOf(e.getLocation().getLineNumber()), reason));
        } catch (IOException e) {
            throw new InteropException(file, e, "file.unreadable", String.valueOf(e.getMessage()));
        }
    }
}
