package nl.veldwerk.ui.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.RejectedSuggestion;
import nl.veldwerk.project.SuggestionCommands;
import nl.veldwerk.search.CodeSuggester;
import nl.veldwerk.ui.app.MainViewModel;

/**
 * Code suggestions for the coding screen: worked out in the background from a snapshot of the project
 * (the suggester is kept until the project changes, so it learns from every coding), handed back on the
 * FX thread as rows to show. Codes the passage has already, and codes turned down for it, are left out.
 * Nothing is applied here: accepting is an ordinary coding, turning down a command of its own.
 */
final class Suggestions {
    /** A suggested code as the window shows it, with the IDs ("3:12") of the quotations behind it. */
    record Shown(String codeId, String name, String color, double score, int votes, int voters,
                 List<String> quotationIds, List<String> labels) {
    }

    static final int SHOWN = 5;
    /** One per window: the picker, the inspector and the transcript's picker share what was learnt. */
    private static final java.util.Map<MainViewModel, Suggestions> OF = new java.util.WeakHashMap<>();
    private final MainViewModel main;
    /** What was learnt, and from which project session at which state (a reopened project starts at 0 too). */
    private CodeSuggester suggester;
    private Object suggesterSession;
    private long suggesterState = -1;

    private Suggestions(MainViewModel main) {
        this.main = main;
        // A closed project's suggester is let go (an in-memory index: no file to close).
        main.storeProperty().addListener((o, was, now) -> forget());
    }

    static Suggestions of(MainViewModel main) {
        return OF.computeIfAbsent(main, Suggestions::new);
    }

    private void forget() {
        suggester = null;
        suggesterSession = null;
        suggesterState = -1;
    }

    /** The suggestions for {@code [start, end)} of a document, given to {@code then} on the FX thread. */
    void forPassage(String documentId, int start, int end, Consumer<List<Shown>> then) {
        if (main.storeProperty().get() == null) {
            then.accept(List.of());
            return;
        }
        var session = main.storeProperty().get().session();
        Project p = session.project();
        Document d = p.document(documentId).orElse(null);
        if (d == null || end <= start || end > d.textLength()) {
            then.accept(List.of());
            return;
        }
        String text = d.text().substring(start, end);
        Set<String> here = new HashSet<>();
        Set<String> leaveOut = new HashSet<>(p.info().rejectedAt(documentId, start, end));
        for (Quotation q : p.quotationsOf(documentId)) {
            if (q.start() == start && q.end() == end) {
                here.add(q.id());
                p.codingsOf(q.id()).forEach(c -> leaveOut.add(c.codeId()));
            }
        }
        long state = session.stack().state();
        CodeSuggester ready = state == suggesterState && session == suggesterSession ? suggester : null;
        main.background().run(() -> {
            if (ready != null) {
                return new Found(ready, ready.suggest(text, SHOWN, here, leaveOut), state);
            }
            var snapshot = session.snapshot(); // copied off the FX thread, with the state it is a copy of
            CodeSuggester s = CodeSuggester.of(snapshot.project());
            return new Found(s, s.suggest(text, SHOWN, here, leaveOut), snapshot.state());
        }, found -> {
            boolean current = main.storeProperty().get() != null && main.storeProperty().get().session() == session;
            if (!current) {
                return; // the project was closed meanwhile
            }
            if (found.suggester() != suggester && session.stack().state() == found.state()) {
                // The one replaced is not closed: a job queued after it may still be asking it.
                suggester = found.suggester();
                suggesterSession = session;
                suggesterState = found.state();
            }
            Project now = session.project();
            then.accept(found.suggestions().stream().filter(s -> now.code(s.codeId()).isPresent()).map(s -> new Shown(
                    s.codeId(), now.code(s.codeId()).orElseThrow().name(), now.code(s.codeId()).orElseThrow().color(),
                    s.score(), s.votes(), s.voters(), s.support().stream().map(CodeSuggester.Support::quotationId).toList(),
                    s.support().stream().map(x -> now.quotation(x.quotationId()).flatMap(q -> now.document(
                            q.documentId()).map(q::idIn)).orElse("?")).toList())).toList());
        }, e -> {
            System.getLogger(Suggestions.class.getName()).log(System.Logger.Level.WARNING, "suggestions failed", e);
            then.accept(null); // the box says it could not suggest
        });
    }

    /** Turns a suggested code down for this passage (undoable); it is not suggested there again. */
    void reject(String documentId, int start, int end, String codeId) {
        main.run(() -> main.storeProperty().get().session().execute(SuggestionCommands.reject(
                new RejectedSuggestion(documentId, start, end, codeId))));
    }

    private record Found(CodeSuggester suggester, List<CodeSuggester.Suggestion> suggestions, long state) {
    }
}
