package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.model.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * Typing without a pause (transcribing) is undone a phrase at a time: at most {@link CommandStack#MAX_MERGED}
 * keystrokes make one undo step, held in one flat list, so even a very long burst undoes without recursion.
 */
class TypingUndoTest {
    @Test
    void aLongBurstOfTypingUndoesInStepsOfAtMostThirtyKeystrokes() {
        Project p = new Project(ProjectInfo.named("Typen", Fixtures.T));
        p.put(Document.of("d", "B07", "", SourceFormat.OTHER, List.of(), Fixtures.T).withNumber(1));
        ProjectSession s = new ProjectSession(p);
        int typed = 20_010; // an hour of transcribing without a two-second pause (667 steps of 30)
        for (int i = 0; i < typed; i++) {
            s.execute(DocumentCommands.editText("d", new TextEdit(i, i, "x")));
        }
        assertEquals(typed, s.project().document("d").orElseThrow().text().length());
        s.undo();
        assertEquals(typed - CommandStack.MAX_MERGED, s.project().document("d").orElseThrow().text().length(),
                "one undo takes back the last thirty keystrokes, not the hour");
        while (s.stack().canUndo()) {
            s.undo();
        }
        assertEquals("", s.project().document("d").orElseThrow().text());
        while (s.stack().canRedo()) {
            s.redo();
        }
        assertEquals(typed, s.project().document("d").orElseThrow().text().length());
    }

    @Test
    void anEndedStepIsUndoneByItselfBetweenTheTypingAroundIt() {
        Project p = new Project(ProjectInfo.named("Typen", Fixtures.T));
        p.put(Document.of("d", "B07", "", SourceFormat.OTHER, List.of(), Fixtures.T).withNumber(1));
        ProjectSession s = new ProjectSession(p);
        type(s, 0, "Hello");
        s.endStep();
        s.execute(DocumentCommands.editText("d", new TextEdit(5, 5, " #00:00:01-5#"))); // a time mark
        s.endStep();
        type(s, 18, "ok");
        s.undo();
        assertEquals("Hello #00:00:01-5#", s.project().document("d").orElseThrow().text(), "the typing after the mark");
        s.undo();
        assertEquals("Hello", s.project().document("d").orElseThrow().text(), "the mark by itself");
        s.undo();
        assertEquals("", s.project().document("d").orElseThrow().text(), "the typing before it, as one step");
    }

    @Test
    void typingInAnotherPlaceIsAStepOfItsOwnWhileTypingAndDeletingOnAreOne() {
        Project p = new Project(ProjectInfo.named("Typen", Fixtures.T));
        p.put(Document.of("d", "B07", "Wie komen er zoal?\nVooral ouderen.", SourceFormat.OTHER, List.of(), Fixtures.T)
                .withNumber(1));
        ProjectSession s = new ProjectSession(p);
        type(s, 0, "tja, "); // at the first paragraph's start
        s.execute(DocumentCommands.editText("d", new TextEdit(4, 5, ""))); // Backspace: the space typed
        s.execute(DocumentCommands.editText("d", new TextEdit(3, 4, ""))); // and the comma
        assertEquals("tjaWie komen er zoal?\nVooral ouderen.", text(s));
        int second = text(s).indexOf("ouderen");
        type(s, second, "dikke "); // within a second, in the next paragraph
        s.undo();
        assertEquals("tjaWie komen er zoal?\nVooral ouderen.", text(s), "only the words typed in the other place");
        s.undo();
        assertEquals("Wie komen er zoal?\nVooral ouderen.", text(s), "the typing and deleting in one place: one step");
    }

    private static String text(ProjectSession s) {
        return s.project().document("d").orElseThrow().text();
    }

    private static void type(ProjectSession s, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            s.execute(DocumentCommands.editText("d", new TextEdit(at + i, at + i, text.substring(i, i + 1))));
        }
    }
}
