package nl.veldwerk.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.ModelException;
import org.junit.jupiter.api.Test;

/** A listener that throws does not keep the change from the others, nor pass for a refusal of the change. */
class ListenerFailureTest {
    @Test
    void everyListenerHearsOfAChangeWhateverAnotherOneThrows() {
        ProjectSession session = Fixtures.session();
        List<String> heard = new ArrayList<>();
        session.addListener(change -> {
            throw new IllegalStateException("a view broke");
        });
        session.addListener(change -> heard.add(change.description().key()));
        ProjectSession.ListenerFailure e = assertThrows(ProjectSession.ListenerFailure.class,
                () -> session.execute(CodeCommands.add(Code.of("n", "Nieuw", null, null))));
        assertTrue(e.getMessage().contains("a view broke"), e.getMessage());
        assertEquals(List.of("code.add"), heard, "the second listener heard of it");
        assertTrue(session.project().code("n").isPresent(), "the change stands");
        assertTrue(session.stack().canUndo(), "and is undoable");
    }

    @Test
    void aRefusedChangeIsThrownAsItWasEvenWhenAListenerFailsToo() {
        ProjectSession session = Fixtures.session();
        session.addListener(change -> {
            throw new IllegalStateException("a view broke");
        });
        assertThrows(ModelException.class, () -> session.execute(CodeCommands.delete("no-such-code")));
    }
}
