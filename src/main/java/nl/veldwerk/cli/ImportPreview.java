package nl.veldwerk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.veldwerk.importer.TranscriptAnalysis;
import nl.veldwerk.importer.TranscriptLayout;
import nl.veldwerk.model.TimeMark;
import nl.veldwerk.model.TimeMarks;

/** What {@code import --preview} prints for a file: its layout, speakers and time marks, or why it has no turns. */
final class ImportPreview {
    private static final Map<TranscriptLayout, String> LAYOUTS = Map.of(
            TranscriptLayout.LABEL_COLON, "label and colon, or tab (\"Interviewer: text\", a table's columns)",
            TranscriptLayout.LABEL_LINE, "label alone on its line (\"INTERVIEWER\", then the text)",
            TranscriptLayout.TIME_LABEL_LINE, "time and label on a line (\"00:00:03 Speaker 1\", then the text)",
            TranscriptLayout.LABEL_TIME_LINE, "label and time on a line (\"Jordan Lee   0:01\", then the text)",
            TranscriptLayout.LABEL_BRACKETS, "label in brackets (\"[Interviewer] text\")",
            TranscriptLayout.LABEL_DASH, "label and dash (\"I - text\")",
            TranscriptLayout.SUBTITLES, "subtitles",
            TranscriptLayout.TIMESPAN_TABLE, "a table of timespans, words and speakers (NVivo's transcripts)",
            TranscriptLayout.NONE, "no speaker turns");
    private static final Map<TranscriptAnalysis.Verdict, String> WHY = Map.of(
            TranscriptAnalysis.Verdict.CONVERSATION, "labels that repeat and take turns",
            TranscriptAnalysis.Verdict.LABELS_GIVEN, "the labels given with --speakers",
            TranscriptAnalysis.Verdict.TURNS_OFF, "imported without turns",
            TranscriptAnalysis.Verdict.NO_LABELS, "no line starts with a speaker label",
            TranscriptAnalysis.Verdict.TOO_FEW_SPEAKERS, "fewer than two labels that each start more than one turn",
            TranscriptAnalysis.Verdict.NO_ALTERNATION, "the same label starts turn after turn",
            TranscriptAnalysis.Verdict.TOO_RARE, "the labels are rare in the text (headers, not a conversation)",
            TranscriptAnalysis.Verdict.TOO_SHORT, "what follows the labels is too short to be speech (a form)");

    private ImportPreview() {
    }

    /** A file as the import would take it, with the choices: the name each speaker gets, who is an interviewer. */
    static void print(PrintWriter out, Path file, TranscriptAnalysis a,
                      nl.veldwerk.importer.SavedLayouts.SavedLayout choices,
                      java.util.Map<String, Integer> documentsOfSpeakers) {
        out.printf("%s: %,d characters; %s%n", file.getFileName(), a.text().length(), LAYOUTS.get(a.layout()));
        if (a.turns().isEmpty()) {
            out.printf("  no speaker turns: %s%n", WHY.get(a.verdict()));
        } else {
            // Subtitles name their speakers (a voice tag, a label on a cue's line): not given with --speakers (QA).
            String why = a.layout() == TranscriptLayout.SUBTITLES ? "the speakers the subtitles name"
                    : a.layout() == TranscriptLayout.TIMESPAN_TABLE ? "the speakers the table names" : WHY.get(a.verdict());
            out.printf("  %s (%s)%s%n", Counted.of(a.turns().size(), "turn"), why,
                    a.wrapsJoined() ? "; hard-wrapped lines joined" : "");
            int width = a.speakers().stream().mapToInt(s -> s.name().length()).max().orElse(0);
            for (TranscriptAnalysis.Speaker s : a.speakers()) {
                String name = choices.nameOf(s.name());
                Integer speaksIn = documentsOfSpeakers.get(name.strip());
                String as = (name.equals(s.name()) ? "" : " → " + name)
                        + (choices.interviewer(s.name()) ? " (interviewer)" : "")
                        + (speaksIn == null || speaksIn == 0 ? ""
                        : "; already speaks in " + Counted.of(speaksIn, "document") + ": the same speaker");
                out.printf("  %-" + width + "s  %3d %-5s  \"%s\"%s%n", s.name(), s.turns(), s.turns() == 1 ? "turn" : "turns",
                        s.firstWords(), as);
            }
        }
        List<List<String>> similar = nl.veldwerk.importer.SimilarNames.pairs(a.speakers().stream()
                .map(TranscriptAnalysis.Speaker::name).toList());
        if (!similar.isEmpty()) {
            out.printf("  nearly the same name: %s (one person? --rename gives them one name, e.g. --rename \"%s=%s\")%n",
                    String.join("; ", similar.stream().map(p -> p.get(0) + " and " + p.get(1)).toList()),
                    similar.getFirst().get(1), similar.getFirst().get(0));
        }
        if (!a.leftOut().isEmpty()) {
            out.printf("  %s%n", leftOut(a.leftOut()));
        }
        readNotes(a.notes()).forEach(note -> out.printf("  %s%n", note));
        headings(a).forEach(note -> out.printf("  %s%n", note));
        List<TimeMark> marks = a.timeMarks();
        if (marks.isEmpty()) {
            out.println("  no time marks");
        } else {
            // Earliest to latest: first to last said "00:01:23 to 00:01:02" of marks not in time order (QA).
            TimeMark earliest = marks.stream().min(java.util.Comparator.comparingLong(TimeMark::millis)).orElseThrow();
            TimeMark latest = marks.stream().max(java.util.Comparator.comparingLong(TimeMark::millis)).orElseThrow();
            boolean inOrder = java.util.stream.IntStream.range(1, marks.size())
                    .allMatch(i -> marks.get(i).millis() >= marks.get(i - 1).millis());
            out.printf("  %s, %s to %s%s%n", Counted.of(marks.size(), "time mark"), clock(earliest), clock(latest),
                    inOrder ? "" : "; not all in time order");
        }
    }

    /** "left out, as not said in the interview: one comment, 2 footnotes or endnotes", or "" when nothing was. */
    static String leftOut(nl.veldwerk.importer.LeftOut left) {
        List<String> parts = new java.util.ArrayList<>();
        if (left.notes() > 0) {
            parts.add(Counted.of(left.notes(), "footnote or endnote", "footnotes or endnotes"));
        }
        if (left.comments() > 0) {
            parts.add(Counted.of(left.comments(), "comment"));
        }
        if (left.headersAndFooters() > 0) {
            parts.add(Counted.of(left.headersAndFooters(), "header or footer", "headers and footers"));
        }
        String end = left.endMissing() ? "the file ends before its last group is closed: its end may be missing "
                + "(cut off in a copy or a download?); what it holds was read" : "";
        return parts.isEmpty() ? end : "not in the transcript, as not said in the interview: " + String.join(", ", parts)
                + (end.isEmpty() ? "" : "; " + end);
    }

    /** The headings and a typist's notes the turns leave out, as a sentence (none: empty). */
    static List<String> headings(nl.veldwerk.importer.TranscriptAnalysis a) {
        java.util.Map<String, Integer> found = nl.veldwerk.importer.SpeakerTurnDetector.headingsOutsideTurns(a);
        return found.isEmpty() ? List.of() : List.of("read as headings or the typist's notes, in no one's turn: "
                + found.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(java.util.stream.Collectors.joining(", ")));
    }

    /** What reading the file had to decide, a line each (as the window's preview says it). */
    static List<String> readNotes(nl.veldwerk.importer.ReadNotes notes) {
        return readNotes(notes, false);
    }

    /**
     * The same; {@code afterImport}: worded for the document made, as its memo keeps them (no advice to import the
     * file again, which would make a second document).
     */
    static List<String> readNotes(nl.veldwerk.importer.ReadNotes notes, boolean afterImport) {
        List<String> said = new java.util.ArrayList<>();
        if (notes.unreadableTimes() > 0) {
            said.add(Counted.of(notes.unreadableTimes(), "time line") + " could not be read (a time like 99:99:99 or a "
                    + "line cut short): the words under " + (notes.unreadableTimes() == 1 ? "it are" : "them are")
                    + " given the time before them");
        }
        if (notes.cuesReordered() > 0) {
            said.add(Counted.of(notes.cuesReordered(), "cue") + " put in the order of the times: the file has "
                    + (notes.cuesReordered() == 1 ? "it" : "them") + " after a cue of a later time");
        }
        if (notes.cuesJoined() > 0) {
            said.add(Counted.of(notes.cuesJoined(), "cue") + " " + (notes.cuesJoined() == 1 ? "goes" : "go")
                    + " on with a sentence begun in the cue before: joined to it without a time mark of "
                    + (notes.cuesJoined() == 1 ? "its" : "their") + " own (a quotation there plays from the sentence's "
                    + "start)");
        }
        if (notes.clockStart() >= 0) {
            said.add("the time marks begin at " + TimeMarks.bracketed(notes.clockStart()) + ": if they are times of day "
                    + "(as Zoom's saved captions write), not places in the recording, a quotation cannot be played from "
                    + "them");
        }
        if (notes.windows1252()) {
            said.add("not UTF-8: read as Windows-1252, as older Windows editors write" + (afterImport
                    ? "; letters such as ë or ’ that look wrong in the text come from that"
                    : "; if letters such as ë or ’ look wrong, save the file as UTF-8 and import it again"));
        }
        if (notes.strayBytes() > 0) {
            said.add(Counted.of(notes.strayBytes(), "byte") + " that fit no UTF-8 letter read as Windows-1252, each as "
                    + "one letter (a ’ pasted from an older document?): check the letters around "
                    + (notes.strayBytes() == 1 ? "it" : "them"));
        }
        return said;
    }

    private static String clock(TimeMark mark) {
        String bracketed = TimeMarks.bracketed(mark.millis());
        return bracketed.substring(1, bracketed.length() - 1);
    }
}
