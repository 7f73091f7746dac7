package nl.veldwerk.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Entity;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.SpeakerTurn;

/**
 * Replaces part of a document's text; quotations and speaker turns after and around the edit move with it.
 * A quotation whose whole text is deleted (nothing replaces it) goes, with its codings and memos, as when it is
 * deleted: an empty quotation shows nowhere in the text yet would still count and be reported. Undo keeps the
 * edit itself (where, what was removed, what was inserted) and the old ranges of only those quotations and turns
 * that did not simply shift: typing a thousand letters in a long transcript costs a thousand small records, not a
 * thousand copies of the transcript.
 * <p>
 * A range either stays, shifts by the edit's length change, or changes otherwise. On undo a range that is
 * not recorded is shifted back when shifting it forward gives where it is now, else left where it is; a
 * range for which both readings fit is recorded at execution, so undo is exact.
 */
final class TextEditCommand implements Command {
    private final String documentId;
    private final TextEdit edit;
    /** Known after the first execution: the text the edit replaced. */
    private String removed;
    /** Old ranges, {start, end}, of the quotations that did not simply stay or shift (by id). */
    private Map<String, int[]> quotationRanges;
    /** Old ranges of the turns that did not simply stay or shift (by position in the document's list). */
    private Map<Integer, int[]> turnRanges;
    /** The turns before the edit when it joined or removed any (their list is then not the same length); else null. */
    private List<SpeakerTurn> turnsBefore;
    /**
     * The quotations whose text the edit deleted, each followed by its codings and memos in their order: the order
     * undo puts them back in (the edit removed them in the reverse order).
     */
    private List<Entity> gone = List.of();

    TextEditCommand(String documentId, TextEdit edit) {
        this.documentId = documentId;
        this.edit = edit;
    }

    @Override
    public Message description() {
        return Message.of("document.editText");
    }

    @Override
    public String mergeKey() {
        return "edit-text:" + documentId;
    }

    /**
     * Typing on after the last edit (where its inserted text ends), deleting backwards into it (this edit ends where
     * it started) or forwards from where it left off (the same start): one undo step with it.
     */
    @Override
    public boolean continues(Command previous) {
        if (!(previous instanceof TextEditCommand before) || !before.documentId.equals(documentId)) {
            return false;
        }
        int leftOffAt = before.edit.start() + before.edit.replacement().length();
        return edit.start() == leftOffAt || edit.end() == before.edit.start() || edit.start() == before.edit.start();
    }

    @Override
    public void execute(Project project) {
        Document current = document(project);
        String newText = edit.applyTo(current.text());
        Map<String, int[]> quotations = new HashMap<>();
        Map<Integer, int[]> turns = new HashMap<>();
        List<SpeakerTurn> movedTurns = new ArrayList<>(current.turns().size());
        for (int i = 0; i < current.turns().size(); i++) {
            SpeakerTurn t = current.turns().get(i);
            int[] now = edit.mapTurn(t.start(), t.end(), current.text());
            if (!sameRange(turnBefore(now[0], now[1], current.text()), t.start(), t.end())) {
                turns.put(i, new int[] {t.start(), t.end()});
            }
            movedTurns.add(t.withRange(now[0], now[1]));
        }
        List<SpeakerTurn> keptTurns = withoutLostTurns(current.turns(), movedTurns, current.text(), newText);
        boolean turnsLost = keptTurns.size() != movedTurns.size();
        List<Quotation> moved = new ArrayList<>();
        List<Entity> deleted = new ArrayList<>();
        for (Quotation q : project.quotationsOf(documentId)) {
            int[] now = edit.mapQuotation(q.start(), q.end(), current.text());
            if (now[0] == now[1] && q.start() != q.end()) {
                deleted.add(q);
                deleted.addAll(project.codingsOf(q.id()));
                deleted.addAll(project.memosAbout(new MemoTarget(EntityKind.QUOTATION, q.id())));
                continue;
            }
            if (!sameRange(quotationBefore(now[0], now[1], current.text()), q.start(), q.end())) {
                quotations.put(q.id(), new int[] {q.start(), q.end()});
            }
            if (now[0] != q.start() || now[1] != q.end()) {
                moved.add(q.withRange(now[0], now[1]));
            }
        }
        apply(project, current.withText(newText, keptTurns), moved, edit.delta() >= 0, deleted.reversed(), List.of());
        removed = current.text().substring(edit.start(), edit.end());
        quotationRanges = quotations;
        // The turns' list shorter: undo puts the old list back whole, the ranges by position would not fit it.
        turnRanges = turnsLost ? Map.of() : turns;
        turnsBefore = turnsLost ? List.copyOf(current.turns()) : null;
        gone = List.copyOf(deleted);
    }

    @Override
    public void undo(Project project) {
        Document current = document(project);
        int insertedEnd = edit.start() + edit.replacement().length();
        String oldText = new TextEdit(edit.start(), insertedEnd, removed).applyTo(current.text());
        List<SpeakerTurn> turns = new ArrayList<>(current.turns().size());
        if (turnsBefore != null) {
            turns.addAll(turnsBefore);
        } else {
            for (int i = 0; i < current.turns().size(); i++) {
                SpeakerTurn t = current.turns().get(i);
                int[] old = turnRanges.getOrDefault(i, turnBefore(t.start(), t.end(), oldText));
                turns.add(t.withRange(old[0], old[1]));
            }
        }
        List<Quotation> moved = new ArrayList<>();
        for (Quotation q : project.quotationsOf(documentId)) {
            int[] old = quotationRanges.getOrDefault(q.id(), quotationBefore(q.start(), q.end(), oldText));
            if (old[0] != q.start() || old[1] != q.end()) {
                moved.add(q.withRange(old[0], old[1]));
            }
        }
        apply(project, current.withText(oldText, turns), moved, edit.delta() <= 0, List.of(), gone);
    }

    /**
     * The turns after the edit without those it took away: a turn left without words (deleted whole, or all but its
     * line break), and one whose label the edit reached into from the line before, joining its line to that one
     * (Backspace at a label's start, which keeps the label, does not: Enter puts it back on a line of its own).
     * What such a turn still holds goes on the turn before. QA: deleting "⏎Interviewer: " left an interviewer's
     * turn starting mid-paragraph, without its label, and the respondent's words after it were the interviewer's
     * in the quotation list, reports and search; deleting a whole turn left an empty one, still counted.
     */
    private List<SpeakerTurn> withoutLostTurns(List<SpeakerTurn> before, List<SpeakerTurn> after, String oldText,
                                               String text) {
        List<SpeakerTurn> kept = new ArrayList<>(after.size());
        for (int i = 0; i < after.size(); i++) {
            SpeakerTurn t = after.get(i);
            SpeakerTurn was = before.get(i);
            // Only a turn the edit touched can have lost its words: no pass over every turn's text per keystroke.
            boolean touched = was.start() <= edit.end() && edit.start() <= was.end();
            boolean emptied = touched && blank(text, t.start(), t.end()) && !blank(oldText, was.start(), was.end());
            boolean joined = touched && opensALine(oldText, was.start()) && !opensALine(text, t.start())
                    && edit.start() < was.start() && edit.end() > labelStart(was, oldText);
            if ((emptied || joined) && !kept.isEmpty() && kept.getLast().end() >= t.start()) {
                SpeakerTurn previous = kept.removeLast();
                kept.add(previous.withRange(previous.start(), Math.max(previous.end(), t.end())));
            } else if (!emptied) {
                kept.add(t);
            }
        }
        return kept;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where a turn's label begins (after a time mark before it), or its start when it has none. */
    private static int labelStart(SpeakerTurn turn, String text) {
        int[] label = turn.label(text);
        return label == null ? turn.start() : label[0];
    }

    private static boolean opensALine(String text, int position) {
        return position == 0 || text.charAt(position - 1) == '\n';
    }

    /**
     * Where a turn's range that is not recorded lay before the edit ({@code oldText} the text then): shifted back if
     * the edit shifted it, else here.
     */
    private int[] turnBefore(int start, int end, String oldText) {
        int[] shiftedBack = {start - edit.delta(), end - edit.delta()};
        return edit.delta() != 0 && shiftedBack[0] >= 0 && sameRange(edit.mapTurn(shiftedBack[0], shiftedBack[1],
                oldText), start, end) ? shiftedBack : new int[] {start, end};
    }

    /** As {@link #turnBefore}, for a quotation's range, mapped as {@link TextEdit#mapQuotation} maps it. */
    private int[] quotationBefore(int start, int end, String oldText) {
        int[] shiftedBack = {start - edit.delta(), end - edit.delta()};
        return edit.delta() != 0 && shiftedBack[0] >= 0 && sameRange(edit.mapQuotation(shiftedBack[0],
                shiftedBack[1], oldText), start, end) ? shiftedBack : new int[] {start, end};
    }

    private static boolean sameRange(int[] range, int start, int end) {
        return range[0] == start && range[1] == end;
    }

    /**
     * Removes {@code removeFirst}, puts the document and the moved quotations, then puts {@code putLast}, all or
     * nothing. Order matters for the model's range checks: a text that grows comes before the quotations move
     * out, one that shrinks after they move in; what is removed goes before (a coding before its quotation), what
     * comes back after the text it lies in.
     */
    private static void apply(Project project, Document document, List<Quotation> moved, boolean textFirst,
                              List<Entity> removeFirst, List<Entity> putLast) {
        Planner planner = new Planner(project);
        try {
            removeFirst.forEach(e -> planner.remove(e.kind(), e.id()));
            if (textFirst) {
                planner.put(document);
                moved.forEach(planner::put);
            } else {
                moved.forEach(planner::put);
                planner.put(document);
            }
            putLast.forEach(planner::put);
        } catch (RuntimeException e) {
            planner.rollBack();
            throw e;
        }
    }

    private Document document(Project project) {
        return project.document(documentId).orElseThrow(() -> CodeCommands.missing(EntityKind.DOCUMENT, documentId));
    }
}
