package nl.veldwerk.ui.app;

import java.util.List;

import nl.veldwerk.importer.TranscriptAnalysis;
import nl.veldwerk.ui.common.I18n;

/**
 * What reading a file had to decide or leave out, a sentence each, as the import preview says it before the
 * import and the memo about the imported document keeps it after (what was found there is not in the file).
 */
public final class ImportNotes {
    private ImportNotes() {
    }

    /**
     * What the import changes in the file, or had to decide about it, a sentence each, for the preview: lines
     * broken into paragraphs (the document's ¶s are not the file's lines), time lines that could not be read, cues
     * put in order or joined, times that may be times of day, the encoding guessed, what a word processor's file
     * held beside its text, and speakers with nearly the same name.
     */
    public static List<String> of(TranscriptAnalysis a) {
        List<String> notes = notes(a, false);
        String similar = similarNames(a);
        if (!similar.isEmpty()) {
            notes.add(similar);
        }
        return notes;
    }

    /**
     * The notes that stay true after the import, kept with the document as a memo about it: all but the speakers
     * with nearly the same name, which the preview is there to settle.
     */
    public static List<String> kept(TranscriptAnalysis a) {
        List<String> notes = notes(a, true);
        if (a.wrapsJoined() && !a.turns().isEmpty()) {
            // The preview says it beside the layout; kept, a reader comparing the document with its file knows
            // why its paragraphs are not the file's lines (QA).
            notes.add(I18n.text("importNotes.wrapsJoined"));
        }
        // Why the text has no speaker turns, as the preview said (QA), with the other notes: alone it would make a
        // memo for every text of field notes.
        if (!notes.isEmpty() && a.turns().isEmpty() && a.verdict() != TranscriptAnalysis.Verdict.TURNS_OFF) {
            notes.add(I18n.text("importNotes.noTurns", I18n.text("importPreview.why." + a.verdict().name())));
        }
        return notes;
    }

    /**
     * The notes a sentence each; {@code afterImport}: worded for the document made (no advice to import the file
     * again, which would make a second document: QA).
     */
    private static List<String> notes(TranscriptAnalysis a, boolean afterImport) {
        List<String> notes = new java.util.ArrayList<>();
        if (a.longLinesBroken() > 0) {
            notes.add(I18n.text("importPreview.longLines", a.longLinesBroken(), nl.veldwerk.model.LongLines.MAX));
        }
        nl.veldwerk.importer.ReadNotes read = a.notes();
        counted(notes, "importPreview.unreadableTimes", read.unreadableTimes());
        counted(notes, "importPreview.cuesReordered", read.cuesReordered());
        List<nl.veldwerk.model.TimeMarks.Unreadable> slips = nl.veldwerk.model.TimeMarks.unreadable(a.text(),
                a.timeMarks());
        if (!slips.isEmpty()) {
            notes.add(I18n.text("importPreview.unreadableMarks", slips.size(), slips.stream().limit(3)
                    .map(slip -> a.text().substring(slip.start(), slip.end()))
                    .collect(java.util.stream.Collectors.joining(", ")) + (slips.size() > 3 ? ", …" : "")));
        }
        counted(notes, "importPreview.cuesJoined", read.cuesJoined());
        if (read.clockStart() >= 0) {
            notes.add(I18n.text("importPreview.clockTimes", nl.veldwerk.model.TimeMarks.bracketed(read.clockStart())));
        }
        if (read.windows1252()) {
            notes.add(I18n.text(afterImport ? "importNotes.windows1252" : "importPreview.windows1252"));
        }
        counted(notes, "importPreview.strayBytes", read.strayBytes());
        java.util.Map<String, Integer> headings = nl.veldwerk.importer.SpeakerTurnDetector.headingsOutsideTurns(a);
        if (!headings.isEmpty()) {
            notes.add(I18n.text("importPreview.headings", headings.entrySet().stream()
                    .map(e -> I18n.text("importPreview.headingCount", e.getKey(), e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
        if (!a.leftOut().isEmpty()) {
            notes.add(leftOut(a.leftOut()));
        }
        return notes;
    }

    /** "Not in the transcript, ...: 1 footnote or endnote, 2 comments": what a word processor's file held besides. */
    public static String leftOut(nl.veldwerk.importer.LeftOut left) {
        String end = left.endMissing() ? I18n.text("importPreview.endMissing") : "";
        if (!left.anyLeftOut()) {
            return end;
        }
        return leftOutParts(left) + (end.isEmpty() ? "" : ". " + end);
    }

    private static String leftOutParts(nl.veldwerk.importer.LeftOut left) {
        List<String> parts = new java.util.ArrayList<>();
        counted(parts, "importPreview.leftOut.notes", left.notes());
        counted(parts, "importPreview.leftOut.comments", left.comments());
        counted(parts, "importPreview.leftOut.headers", left.headersAndFooters());
        return I18n.text("importPreview.leftOut", String.join(", ", parts));
    }

    /** Adds the sentence of {@code key} for {@code count} things, when there are any. */
    private static void counted(List<String> into, String key, int count) {
        if (count > 0) {
            into.add(I18n.text(key, count));
        }
    }

    /** "Nearly the same name: R1 and R 1. ...", naming the speakers that may be one; "" when none may. */
    public static String similarNames(TranscriptAnalysis a) {
        List<String> pairs = nl.veldwerk.importer.SimilarNames.pairs(a.speakers().stream()
                .map(TranscriptAnalysis.Speaker::name).toList()).stream()
                .map(pair -> I18n.text("importPreview.similarPair", pair.get(0), pair.get(1))).toList();
        return pairs.isEmpty() ? "" : I18n.text("importPreview.similarNames", String.join("; ", pairs));
    }

    /** The words of the file's comments (with their authors) and notes, under a line that says what they are. */
    private static String keptWords(List<nl.veldwerk.importer.LeftOut.Kept> kept) {
        if (kept.isEmpty()) {
            return "";
        }
        return "\n\n" + I18n.text("importNotes.keptHeading") + "\n" + kept.stream().map(k -> "– " + (!k.comment()
                ? I18n.text("importNotes.note", k.text()) : k.author() == null ? I18n.text("importNotes.comment", k.text())
                : I18n.text("importNotes.commentBy", k.author(), k.text())))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * The memo about an imported document that keeps its notes, or null when reading the file decided nothing
     * worth keeping: a reader of the project months later (or a supervisor) sees that its text was, for example,
     * read as Windows-1252, or that the Word file's comments are not in it.
     */
    public static nl.veldwerk.model.Memo memo(TranscriptAnalysis a, String documentId, java.nio.file.Path file,
                                              java.time.Instant when) {
        List<String> kept = kept(a);
        if (kept.isEmpty()) {
            return null;
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text = I18n.text("import.notesIntro", name, nl.veldwerk.ui.common.Dates.MINUTES.format(when)) + "\n"
                + kept.stream().map(n -> "• " + n).collect(java.util.stream.Collectors.joining("\n"))
                + keptWords(a.leftOut().kept());
        return new nl.veldwerk.model.Memo(nl.veldwerk.model.Ids.newId(), new nl.veldwerk.model.MemoTarget(
                nl.veldwerk.model.EntityKind.DOCUMENT, documentId), I18n.text("import.notesTitle"), text, null, when,
                when);
    }
}
