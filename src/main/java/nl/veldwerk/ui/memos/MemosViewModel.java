package nl.veldwerk.ui.memos;

import java.time.Instant;

import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.project.NoteCommands;
import nl.veldwerk.ui.app.MainViewModel;

/** Memos about the project, a document, a code or a quotation: each change an undoable command. */
public final class MemosViewModel {
    private final MainViewModel main;

    public MemosViewModel(MainViewModel main) {
        this.main = main;
    }

    MainViewModel main() {
        return main;
    }

    /** Starts a memo about the project, a document, a code or a quotation; returns its id. */
    public String addMemo(MemoTarget target, String title) {
        String id = nl.veldwerk.model.Ids.newId();
        Instant now = Instant.now();
        main.executeAsCoder(author -> NoteCommands.addMemo(new Memo(id, target, title, "", author, now, now)));
        return id;
    }

    public void saveMemo(String memoId, String title, String text) {
        Memo memo = (Memo) main.session().project().find(EntityKind.MEMO, memoId).orElse(null);
        if (memo != null && (!memo.title().equals(title) || !memo.text().equals(text))) {
            main.run(() -> main.session().execute(NoteCommands.editMemo(memoId, title, text, Instant.now())));
        }
    }

    public void deleteMemo(String memoId) {
        main.run(() -> main.session().execute(NoteCommands.deleteMemo(memoId)));
    }
}
