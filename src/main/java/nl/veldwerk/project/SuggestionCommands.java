package nl.veldwerk.project;

import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.RejectedSuggestion;

/** What the user does with a code suggestion besides accepting it (which is an ordinary coding). */
public final class SuggestionCommands {
    private SuggestionCommands() {
    }

    /** "Not this code for this passage": kept in the project, so it is not suggested there again; undoable. */
    public static Command reject(RejectedSuggestion rejected) {
        return new PlannedCommand(Message.of("suggestion.reject"), (plan, p) -> {
            if (p.code(rejected.codeId()).isEmpty()) {
                throw new ModelException(Message.of("suggestion.noCode").userText());
            }
            if (p.document(rejected.documentId()).isEmpty()) {
                throw new ModelException(Message.of("suggestion.noDocument").userText());
            }
            plan.put(p.info().withRejected(rejected));
        });
    }
}
