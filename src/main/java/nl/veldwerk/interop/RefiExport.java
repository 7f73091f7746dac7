package nl.veldwerk.interop;

import java.io.ByteArrayOutputStream;
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
     * dropping it silently. Diagrams go as graphs (codes, places, relations) but not their arrows' weighting.
     */
    public record Losses(int documentsWithTurns, int turns, int weightedDiagrams, int savedQueries,
                         int reviewedCodes, int rejectedSuggestions) {
        public boolean none() {
            return documentsWithTurns == 0 && weightedDiagrams == 0 && savedQueries == 0 && reviewedCodes == 0
                    && rejectedSuggestions == 0;
        }

        /** The losses as lines of English, for the command line. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            if (documentsWithTurns > 0) {
                lines.add(String.format(java.util.Locale.ROOT, "speaker turns (%,d in %d documents): REFI-QDA has "
                        + "none; the labels stay in the text", turns, documentsWithTurns));
            }
            if (weightedDiagrams > 0) {
                lines.add(weightedDiagrams + " diagrams' arrow weighting: written as graphs without weights");
            }
            if (savedQueries > 0) {
                lines.add(savedQueries + " saved queries");
            }
            if (reviewedCodes > 0) {
                lines.add(reviewedCodes + " codes' review status (accepted, to discuss, rejected)");
            }
            if (rejectedSuggestions > 0) {
                lines.add(rejectedSuggestions + " code suggestions turned down for passages");
            }
            return lines;
        }
    }

    public static Losses losses(Project project) {
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
        return new Losses(documents, turns, project.diagrams().size(), project.info().savedQueries().size(), reviewed,
                project.info().rejectedSuggestions().size());
    }

    public static void exportProject(Project project, Path qdpx, String origin) throws InteropException {
        writeAtomically(qdpx, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("project.qde"));
                ByteArrayOutputStream qde = new ByteArrayOutputStream();
                QdeWriter.writeProject(project, origin, qde);
                qde.writeTo(zip);
                zip.closeEntry();
                for (Document d : project.documents()) {
                    zip.putNextEntry(new ZipEntry("sources/" + QdeWriter.sourceFile(d)));
                    zip.write(d.text().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        });
    }

    public static void exportCodebook(Project project, Path qdc, String origin) throws InteropException {
        if (project.codes().isEmpty()) {
            throw new InteropException(qdc, "codebook.noCodes"); // a .qdc must hold at least one code
        }
        writeAtomically(qdc, out -> QdeWriter.writeCodebook(project, origin, out));
    }

    interface Writer {
        void write(OutputStream out) throws IOException, XMLStreamException;
    }

    /** Whole or not at all: a temporary file beside the target, moved over it. */
    static void writeAtomically(Path target, Writer writer) throws InteropException {
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
            throw new InteropException(target, e, "file.unwritable", String.valueOf(e.getMessage()));
        }
    }
}
