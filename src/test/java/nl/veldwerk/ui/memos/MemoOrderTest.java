package nl.veldwerk.ui.memos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.ProjectInfo;
import nl.veldwerk.project.NoteCommands;
import nl.veldwerk.project.ProjectSession;
import org.junit.jupiter.api.Test;

/**
 * A memo deleted and brought back by Undo takes its old place in the memo list, also among memos written at the
 * same moment (a project imported at once gives them all one time): it came back at the end of the list.
 */
class MemoOrderTest {
    private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

    private static List<String> listed(Project p) {
        return p.memos().stream().sorted(MemoPane.MEMO_ORDER).map(Memo::title).toList();
    }

    @Test
    void aMemoBroughtBackByUndoTakesItsOldPlace() {
        ProjectSession session = new ProjectSession(new Project(ProjectInfo.named("Studie", T)));
        for (String title : List.of("Verhaallijn", "Drempels", "Wantrouwen", "Buurthuis")) {
            session.execute(NoteCommands.addMemo(new Memo("m-" + title, MemoTarget.project(), title, "", null, T, T)));
        }
        session.execute(NoteCommands.addMemo(new Memo("m-later", MemoTarget.project(), "Aaa later", "", null,
                T.plusSeconds(60), T.plusSeconds(60))));
        List<String> before = listed(session.project());
        assertEquals(List.of("Buurthuis", "Drempels", "Verhaallijn", "Wantrouwen", "Aaa later"), before,
                "oldest first; of one moment by title");
        session.execute(NoteCommands.deleteMemo("m-Drempels"));
        session.undo();
        assertEquals(before, listed(session.project()));
    }
}
