package nl.veldwerk.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Project;

/**
 * Writing REFI-QDA files: a .qdpx (project.qde plus sources/GUID.txt in UTF-8 without BOM, LF line ends,
 * positions in code points, end exclusive) and a .qdc. Written to a temporary file and moved into place.
 */
public final class RefiExport {
    private RefiExport() {
    }

    /**
     * What a REFI-QDA project cannot carry of this project, counted, so that an export says so instead of
     * dropping it silently. Diagrams go as graphs (codes, places, relations) but not their arrows' weighting,
     * nor the sub-codes a box lists inside it. Also what it keeps only in forms other tools show as something
     * else ({@link Conventions}): {@code phasedCodes} in code sets named for their phase, {@code relationNotes}
     * relations' weight and comment in notes, {@code codesWithRules} rules and indicators at the end of a code's
     * description.
     */
    public record Losses(int documentsWithTurns, int turns, int weightedDiagrams, int savedQueries,
                         int reviewedCodes, int rejectedSuggestions, int recordingsNotFound,
                         int diagramsWithSubCodesInside, int phasedCodes, int relationNotes, int codesWithRules,
                         int guidsGivenAnew, int reviewComments, int marksOutOfOrder, int renumberedQuotations) {
        public boolean none() {
            return documentsWithTurns == 0 && weightedDiagrams == 0 && savedQueries == 0 && reviewedCodes == 0
                    && rejectedSuggestions == 0 && recordingsNotFound == 0 && diagramsWithSubCodesInside == 0
                    && phasedCodes == 0 && relationNotes == 0 && codesWithRules == 0 && guidsGivenAnew == 0
                    && reviewComments == 0 && marksOutOfOrder == 0 && renumberedQuotations == 0;
        }

        /** The losses as lines of English, for the command line. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            if (documentsWithTurns > 0) {
                lines.add(String.format(java.util.Locale.ROOT, "speaker turns (%,d in %s): REFI-QDA has none; the "
                        + "labels stay in the text", turns, counted(documentsWithTurns, "document", "documents")));
            }
            if (weightedDiagrams > 0) {
                lines.add("the arrow weighting of " + counted(weightedDiagrams, "diagram", "diagrams")
                        + ": written as graphs without weights");
            }
            if (diagramsWithSubCodesInside > 0) {
                lines.add("the sub-codes listed inside the boxes of " + counted(diagramsWithSubCodesInside, "diagram",
                        "diagrams") + ": REFI-QDA's graphs have no such setting");
            }
            if (savedQueries > 0) {
                lines.add(counted(savedQueries, "saved query", "saved queries"));
            }
            if (reviewedCodes > 0) {
                lines.add("the review status (approved, needs work, merged) of " + counted(reviewedCodes, "code",
                        "codes"));
            }
            if (rejectedSuggestions > 0) {
                lines.add(counted(rejectedSuggestions, "code suggestion", "code suggestions") + " turned down for passages");
            }
            if (reviewComments > 0) {
                lines.add("that " + counted(reviewComments, "note is a review comment", "notes are review comments")
                        + ", and which are handled and by whom: written as notes");
            }
            if (recordingsNotFound > 0) {
                lines.add(counted(recordingsNotFound, "recording", "recordings")
                        + " not found: the path is written, not the file");
            }
            if (marksOutOfOrder > 0) {
                lines.add(counted(marksOutOfOrder, "time mark", "time marks") + " earlier than a mark before it in a "
                        + "transcript with a recording: written without its time (a transcript's sync points run forward)");
            }
            if (renumberedQuotations > 0) {
                lines.add("the IDs (\"3:12\") of " + counted(renumberedQuotations, "quotation", "quotations")
                        + " after a document or quotation deleted: REFI-QDA has no place for them, and an import "
                        + "numbers the quotations afresh, without the gaps");
            }
            lines.addAll(writtenOtherwise(phasedCodes, relationNotes, codesWithRules));
            if (guidsGivenAnew > 0) {
                lines.add("the GUID of " + counted(guidsGivenAnew, "element", "elements") + " that another element "
                        + "of another kind has too (as a file imported gave them): each written with a GUID of its own");
            }
            return lines;
        }

        /** What goes out in a form other tools show as something else, as lines of English. */
        static List<String> writtenOtherwise(int phasedCodes, int relationNotes, int codesWithRules) {
            List<String> lines = new ArrayList<>();
            if (phasedCodes > 0) {
                lines.add("the phase (axial, selective) of " + counted(phasedCodes, "code", "codes") + ": written as "
                        + "code sets named \"" + Conventions.PHASE_SET_PREFIX + "...\", which other tools show as sets");
            }
            if (relationNotes > 0) {
                lines.add("the weight and comment of " + counted(relationNotes, "relation", "relations") + ": written "
                        + "as notes named \"" + Conventions.RELATION_NOTE + "\" on the links");
            }
            if (codesWithRules > 0) {
                lines.add("the inclusion and exclusion rules, anchor example and indicators of " + counted(
                        codesWithRules, "code", "codes") + ": written at the end of the code's description under "
                        + "English headings");
            }
            return lines;
        }

        static String counted(int n, String one, String more) {
            return n == 1 ? "1 " + one : String.format(java.util.Locale.ROOT, "%,d %s", n, more);
        }
    }

    public static Losses losses(Project project) {
        return losses(project, null);
    }

    /** What the export loses; recordings are looked for in {@code projectFolder} (null: none are carried). */
    public static Losses losses(Project project, Path projectFolder) {
        return losses(project, (int) project.documents().stream().filter(d -> d.recording() != null)
                .filter(d -> recordingFile(d, projectFolder) == null).count());
    }

    private static Losses losses(Project project, int recordingsNotFound) {
        int documents = 0;
        int turns = 0;
        for (Document d : project.documents()) {
            if (!d.turns().isEmpty()) {
                documents++;
                turns += d.turns().size();
            }
        }
        int reviewed = (int) project.codes().stream()
                .filter(c -> c.review() != nl.veldwerk.model.ReviewStatus.PROPOSED).count();
        int noted = (int) project.relations().stream().filter(r -> r.weight() != 0 || !r.comment().isEmpty())
                .count();
        return new Losses(documents, turns, project.diagrams().size(), project.info().savedQueries().size(), reviewed,
                project.info().rejectedSuggestions().size(), recordingsNotFound,
                (int) project.diagrams().stream().filter(nl.veldwerk.model.Diagram::subCodesInside).count(),
                phasedCodes(project), noted, codesWithRules(project), new RefiIds.ForFile(project).givenAnew(),
                (int) project.memos().stream().filter(nl.veldwerk.model.Memo::comment).count(),
                marksOutOfOrder(project), renumbered(project));
    }

    /**
     * How many quotations an import of the file numbers otherwise than this project does: the file holds the
     * documents and each one's quotations in the order of their numbers, and an import numbers them 1, 2, 3 in that
     * order, so an ID after a gap (a document or quotation deleted) changes (QA: 57 IDs changed unsaid).
     */
    static int renumbered(Project project) {
        int renumbered = 0;
        int position = 0;
        for (Document d : project.documentsByNumber()) {
            position++;
            List<nl.veldwerk.model.Quotation> quotations = project.quotationsOf(d.id()).stream().sorted(
                    java.util.Comparator.comparingInt(nl.veldwerk.model.Quotation::number)
                            .thenComparingInt(nl.veldwerk.model.Quotation::start)).toList();
            for (int i = 0; i < quotations.size(); i++) {
                if (d.number() != position || quotations.get(i).number() != i + 1) {
                    renumbered++;
                }
            }
        }
        return renumbered;
    }

    /** The time marks written without their time, in the transcripts that go out with their recording. */
    private static int marksOutOfOrder(Project project) {
        int out = 0;
        for (Document d : project.documents()) {
            if (d.recording() != null) {
                List<nl.veldwerk.model.TimeMark> marks = nl.veldwerk.model.TimeMarks.find(d.text());
                out += marks.size() - QdeWriter.runningForward(marks).size();
            }
        }
        return out;
    }

    /** Codes whose phase goes out as a code set named for it. */
    private static int phasedCodes(Project project) {
        return (int) project.codes().stream().filter(c -> c.phase() != nl.veldwerk.model.Phase.OPEN).count();
    }

    /** Codes whose rules, anchor example or indicators go out at the end of their description. */
    private static int codesWithRules(Project project) {
        return (int) project.codes().stream().filter(c -> !c.inclusion().isBlank() || !c.exclusion().isBlank()
                || !c.anchor().isBlank() || !c.indicators().isEmpty()).count();
    }

    /** The recording's file when it can be carried (it exists), else null. */
    private static Path recordingFile(Document d, Path projectFolder) {
        if (d.recording() == null || projectFolder == null && d.recording().relative()) {
            return null;
        }
        Path file = d.recording().resolve(projectFolder);
        return Files.isRegularFile(file) ? file : null;
    }

    public static Losses exportProject(Project project, Path qdpx, String origin) throws InteropException {
        return exportProject(project, qdpx, origin, null);
    }

    /**
     * Writes a .qdpx. A document with a recording becomes an AudioSource or VideoSource with the document as
     * its Transcript; a recording found (relative ones in {@code projectFolder}) goes into the archive, one not
     * found is named by its path. Returns what the file could not carry, those recordings among it (each looked
     * for once, here).
     */
    public static Losses exportProject(Project project, Path qdpx, String origin, Path projectFolder)
            throws InteropException {
        java.util.Map<String, Path> embedded = new java.util.LinkedHashMap<>();
        java.util.Map<Path, String> nameOfFile = new java.util.HashMap<>();
        java.util.Map<String, String> paths = new java.util.HashMap<>();
        int notFound = 0;
        for (Document d : project.documents()) {
            if (d.recording() == null) {
                continue;
            }
            Path file = recordingFile(d, projectFolder);
            if (file != null) {
                // One recording with several transcripts goes in once, and each source points at it.
                String name = nameOfFile.computeIfAbsent(file.toAbsolutePath().normalize(),
                        f -> RefiIds.of(nl.veldwerk.model.EntityKind.DOCUMENT, d.id()) + extension(file));
                embedded.put(name, file);
                paths.put(d.id(), "internal://" + name);
            } else {
                Path where = d.recording().resolve(projectFolder);
                paths.put(d.id(), "absolute://" + where.toAbsolutePath().toString().replace('\\', '/'));
                notFound++;
            }
        }
        writeAtomically(qdpx, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("project.qde"));
                // Straight into the archive, element by element: the XML of a million quotations is never
                // held whole in memory. Buffered: the XML writer hands over small pieces, and the deflater
                // works best on large ones.
                java.io.BufferedOutputStream qde = new java.io.BufferedOutputStream(new java.io.FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() {
                        // the archive goes on: its next entries follow
                    }
                }, 1 << 16);
                QdeWriter.writeProject(project, origin, qde, d -> paths.get(d.id()));
                qde.flush();
                zip.closeEntry();
                for (Document d : project.documentsByNumber()) {
                    zip.putNextEntry(new ZipEntry("sources/" + QdeWriter.sourceFile(d)));
                    zip.write(d.text().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
                for (java.util.Map.Entry<String, Path> media : embedded.entrySet()) {
                    zip.putNextEntry(new ZipEntry("sources/" + media.getKey()));
                    Files.copy(media.getValue(), zip);
                    zip.closeEntry();
                }
            }
        });
        return losses(project, notFound);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * What a REFI-QDA codebook cannot carry: it holds codes with their descriptions and sets, no notes and no
     * links, so relations between codes, memos about codes and the review status stay behind; and, as
     * {@link Losses}, what it writes in forms other tools show otherwise.
     */
    public record CodebookLosses(int relations, int codeMemos, int reviewedCodes, int phasedCodes,
                                 int codesWithRules) {
        public boolean none() {
            return relations == 0 && codeMemos == 0 && reviewedCodes == 0 && phasedCodes == 0 && codesWithRules == 0;
        }

        /** The losses as lines of English, for the command line. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            if (relations > 0) {
                lines.add(Losses.counted(relations, "relation", "relations") + " between codes");
            }
            if (codeMemos > 0) {
                lines.add(Losses.counted(codeMemos, "memo", "memos") + " about codes");
            }
            if (reviewedCodes > 0) {
                lines.add("the review status (approved, needs work, merged) of " + Losses.counted(reviewedCodes,
                        "code", "codes"));
            }
            lines.addAll(Losses.writtenOtherwise(phasedCodes, 0, codesWithRules));
            return lines;
        }
    }

    /** What {@link #exportCodebook} leaves out of this project's codebook. */
    public static CodebookLosses codebookLosses(Project project) {
        int memos = (int) project.codes().stream().filter(c -> !c.memo().isEmpty()).count()
                + (int) project.memos().stream().filter(m -> m.target().kind() == EntityKind.CODE).count();
        int reviewed = (int) project.codes().stream()
                .filter(c -> c.review() != nl.veldwerk.model.ReviewStatus.PROPOSED).count();
        return new CodebookLosses(project.relations().size(), memos, reviewed, phasedCodes(project),
                codesWithRules(project));
    }

    /** Writes a .qdc and says what it could not carry. */
    public static CodebookLosses exportCodebook(Project project, Path qdc, String origin) throws InteropException {
        if (project.codes().isEmpty()) {
            throw new InteropException(qdc, "codebook.noCodes"); // a .qdc must hold at least one code
        }
        writeAtomically(qdc, out -> QdeWriter.writeCodebook(project, origin, out));
        return codebookLosses(project);
    }

    interface Writer {
        void write(OutputStream out) throws IOException, XMLStreamException;
    }

    /** Whole or not at all: a temporary file beside the target, moved over it. */
    static void writeAtomically(Path target, Writer writer) throws InteropException {
        // Said about the file asked for, not about the temporary file beside it ("…a.qdpx.tmp").
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InteropException(target, "file.noFolder", folder);
        }
        if (Files.isDirectory(target)) {
            throw new InteropException(target, "file.isFolder");
        }
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            // Buffered: a zip writes each header field on its own, a system call each without a buffer.
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                writer.write(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | XMLStreamException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                // the temporary file is all that is left; nothing else changed
                e.addSuppressed(cleanup);
            }
            if (nl.veldwerk.model.WriteRefusals.notWritable(e)) { // also "Operation not permitted": a locked file
                throw new InteropException(target, e, "file.noPermission");
            }
            String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : String.valueOf(e.getMessage()).replace(temp.toString(), target.toString());
            throw new InteropException(target, e, "file.unwritable", reason);
        }
    }
}
