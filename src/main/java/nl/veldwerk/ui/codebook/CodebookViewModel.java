package nl.veldwerk.ui.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Colors;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Phase;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Relation;
import nl.veldwerk.model.RelationType;
import nl.veldwerk.model.ReviewStatus;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.CodebookCommands;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.CompositeCommand;
import nl.veldwerk.project.Message;
import nl.veldwerk.ui.app.CodingActions;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;

/**
 * The codebook: its tree and each code's entry. Every change (rename, move, merge, split, promote, demote,
 * phase, colour, review, relations, delete) is one undoable command; a refusal is explained.
 */
public final class CodebookViewModel {
    private final MainViewModel main;
    private final CodingActions coding;
    /** Whether a category's counts take in its sub-codes' quotations (the tree and the code manager alike). */
    private final javafx.beans.property.BooleanProperty countSubcodes = new javafx.beans.property.SimpleBooleanProperty(
            true);

    public CodebookViewModel(MainViewModel main, CodingActions coding) {
        this.main = main;
        this.coding = coding;
    }

    MainViewModel main() {
        return main;
    }

    public javafx.beans.property.BooleanProperty countSubcodesProperty() {
        return countSubcodes;
    }

    CodingActions coding() {
        return coding;
    }

    Optional<Project> project() {
        return main.storeProperty().get() == null ? Optional.empty() : Optional.of(main.session().project());
    }

    Optional<Code> code(String codeId) {
        return codeId == null ? Optional.empty() : project().flatMap(p -> p.code(codeId));
    }

    private void execute(Command command) {
        main.run(() -> main.session().execute(command));
    }

    /**
     * Runs a change to the tree's structure (delete, merge, move, split, promote, demote) and says what was done
     * and that Undo takes it back: the tree alone showed it, or, for a code out of view, did not.
     */
    private void executeSaid(Command command) {
        main.executeSaid(command);
    }

    /** Saves a code's entry as edited (name, definition, rules, memo), when it changed. */
    void update(Code changed) {
        code(changed.id()).filter(c -> !c.equals(changed)).ifPresent(c -> {
            if (c.name().equals(changed.name())) {
                execute(CodeCommands.update(changed));
                return;
            }
            // Renamed in its entry: the saved queries that name it follow, as a rename in the tree or the manager
            // does (QA: a saved search for code:Schaamte found nothing after the entry's rename, without a word).
            executeAllSaid(withQueriesRenamed(CodeCommands.update(changed), c, changed.name()),
                    Message.of("code.rename", changed.name()));
        });
    }

    void setColor(String codeId, String color) {
        code(codeId).filter(c -> !c.color().equalsIgnoreCase(color)).ifPresent(c ->
                executeSaid(CodeCommands.update(c.withColor(color), Message.of("code.colour", c.name())))); // said, as a rename is: the bar went blank
    }

    /** Open, axial or selective: where the code stands in the coding process (the core category is selective). */
    public void setPhase(String codeId, Phase phase) {
        code(codeId).filter(c -> c.phase() != phase).ifPresent(c -> {
            executeSaid(CodeCommands.update(c.withPhase(phase), Message.of("code.phase", c.name())));
            saySeveralCores(phase);
        });
    }

    /**
     * After codes were made selective: says so when more than one is, since the model draws to one core category
     * (QA: a second selective code became the model's core without a word).
     */
    private void saySeveralCores(Phase phase) {
        if (phase != Phase.SELECTIVE) {
            return;
        }
        project().ifPresent(p -> {
            List<String> selective = nl.veldwerk.analysis.ModelDiagram.selectiveCodes(p).stream().map(Code::name)
                    .map(nl.veldwerk.model.Quoting::quoted).toList();
            if (selective.size() > 1) {
                main.showStatus(I18n.text("codebook.severalCores", selective.size(), String.join(", ", selective)));
            }
        });
    }

    void review(String codeId, ReviewStatus status) {
        code(codeId).filter(c -> c.review() != status).ifPresent(c -> executeSaid(CodebookCommands.review(c.id(), status)));
    }

    public void delete(String codeId) {
        executeSaid(CodeCommands.delete(codeId));
    }

    /**
     * What deleting the codes puts at stake, as a question ("Delete “X”? Its 5 codings go with it. Also: 2
     * sub-codes move up a level …"), or null when nothing is (no coding, nothing else that goes or changes, no
     * saved query naming them): such a code goes without asking. Only what is there is named: the question said
     * "definition, memos and relations go too; sub-codes move up" of every code, and nothing of diagrams.
     */
    String deleteQuestion(List<String> codeIds, String named) {
        Project p = project().orElse(null);
        if (p == null) {
            return null;
        }
        int codings = codeIds.stream().mapToInt(id -> p.codingsWithCode(id).size()).sum();
        List<String> queries = p.info().savedQueries().stream().filter(q -> q.overCodes() && codeIds.stream()
                .anyMatch(id -> nl.veldwerk.search.CodeQuery.names(p, q.query(), id)))
                .map(q -> "“" + q.name() + "”").toList();
        List<String> also = alsoGoes(p, codeIds);
        if (codings == 0 && queries.isEmpty() && also.isEmpty()) {
            return null; // a bare code (a slip of the keyboard, say) goes at once, as in ATLAS.ti; Undo brings it back
        }
        StringBuilder question = new StringBuilder(I18n.text("manager.deleteQuestion", named, codings, codeIds.size()));
        if (!also.isEmpty()) {
            question.append(' ').append(I18n.text("manager.deleteAlso", String.join("; ", also)));
        }
        question.append(' ').append(I18n.text("manager.deleteUndo"));
        return queries.isEmpty() ? question.toString() : question + "\n\n" + I18n.text("manager.deleteQueries",
                String.join(", ", queries), queries.size(), codeIds.size());
    }

    /**
     * What else deleting the codes takes or changes, each said once with its number: sub-codes (they move up, with
     * their codings), memos, review comments, relations, diagrams they are drawn on, and what was written in their definitions,
     * rules or memos. A category with all of that went at one key press, unasked, because none of it was counted.
     */
    private static List<String> alsoGoes(Project p, List<String> codeIds) {
        java.util.Set<String> deleted = java.util.Set.copyOf(codeIds);
        long subCodes = codeIds.stream().flatMap(id -> p.childrenOf(id).stream()).filter(c -> !deleted.contains(c.id()))
                .count();
        List<nl.veldwerk.model.Memo> about = codeIds.stream().flatMap(id -> p.memosAbout(new nl.veldwerk.model
                .MemoTarget(nl.veldwerk.model.EntityKind.CODE, id)).stream()).toList();
        long comments = about.stream().filter(nl.veldwerk.model.Memo::comment).count(); // named apart (QA: "a memo")
        long memos = about.size() - comments;
        long relations = p.relations().stream().filter(r -> deleted.contains(r.sourceCodeId())
                || deleted.contains(r.targetCodeId())).count();
        long diagrams = p.diagrams().stream().filter(d -> codeIds.stream().anyMatch(d::showsCode)).count();
        boolean written = codeIds.stream().map(p::code).flatMap(java.util.Optional::stream).anyMatch(c ->
                !c.definition().isBlank() || !c.indicators().isEmpty() || !c.memo().isBlank()
                || !c.inclusion().isBlank() || !c.exclusion().isBlank() || !c.anchor().isBlank());
        List<String> also = new java.util.ArrayList<>();
        if (subCodes > 0) {
            also.add(I18n.text("manager.deleteSubCodes", subCodes));
        }
        if (written) {
            also.add(I18n.text("manager.deleteWritten", codeIds.size()));
        }
        if (memos > 0) {
            also.add(I18n.text("manager.deleteMemos", memos));
        }
        if (comments > 0) {
            also.add(I18n.text("manager.deleteComments", comments));
        }
        if (relations > 0) {
            also.add(I18n.text("manager.deleteRelations", relations));
        }
        if (diagrams > 0) {
            also.add(I18n.text("manager.deleteDiagrams", diagrams, codeIds.size()));
        }
        return also;
    }

    void promote(String codeId) {
        executeSaid(CodebookCommands.promote(codeId));
    }

    void demote(String codeId) {
        executeSaid(CodebookCommands.demote(codeId));
    }

    void merge(String codeId, String intoId) {
        mergeAll(List.of(codeId), intoId);
    }

    /** Moves a code under another (null: to the top level). */
    void move(String codeId, String parentId) {
        executeSaid(CodeCommands.move(codeId, parentId));
    }

    /** Splits the chosen quotations off a code into a new code beside it. */
    void split(Code code, Set<String> quotationIds, String name) {
        java.time.Instant now = java.time.Instant.now();
        // Made by the current coder, now, as a code made with "New code…" is (its Created and Coder columns).
        project().ifPresent(p -> main.executeAsCoderSaid(coder -> CodebookCommands.split(code.id(), quotationIds,
                Code.of(Ids.newId(), name, Colors.forNewCode(p), code.parentId()).madeBy(coder, now))));
    }

    void addRelation(String sourceId, String targetId, RelationType type, String label) {
        execute(CodeCommands.addRelation(new Relation(Ids.newId(), sourceId, targetId, type,
                type == RelationType.USER_DEFINED ? label.strip() : "", 0, "")));
    }

    // ---- the code manager: new codes without coding, and changes to many codes as one undoable step ----

    /**
     * Makes a new code (or, with {@code category}, an axial category to gather codes under) without coding
     * anything, under {@code parentId} or at the top. Returns its id, or null if the name is blank.
     */
    String newCode(String name, String parentId, boolean category) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || project().isEmpty() || !nameMayBeShared(trimmed, null, parentId)) {
            return null;
        }
        Project p = project().get();
        List<Command> steps = new ArrayList<>();
        String coder = nl.veldwerk.ui.app.CurrentCoder.id(p, steps);
        Code code = Code.of(Ids.newId(), trimmed, Colors.forNewCode(p), parentId)
                .withPhase(category ? Phase.AXIAL : Phase.OPEN).madeBy(coder, java.time.Instant.now());
        steps.add(CodeCommands.add(code));
        executeAll(steps, Message.of(category ? "category.add" : "code.add", trimmed));
        return code.id();
    }

    void rename(String codeId, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) { // said, not a dialog that closes and leaves the name as it was without a word
            code(codeId).ifPresent(c -> main.showStatus(I18n.text("code.nameRequired", c.name())));
            return;
        }
        code(codeId).filter(c -> !c.name().equals(trimmed)
                && nameMayBeShared(trimmed, codeId, c.parentId())).ifPresent(c -> {
            // The saved code queries that name it follow it, in the same step (they said there was no such code).
            executeAllSaid(withQueriesRenamed(CodeCommands.rename(codeId, trimmed), c, trimmed),
                    Message.of("code.rename", trimmed)); // said, as a colour or a move is
        });
    }

    /**
     * Whether the code may be given this name: yes when no code elsewhere in the tree has it, else as the user
     * answers {@link #nameMayBeShared}'s question (the code's entry asks it as a rename does).
     */
    boolean mayBeNamed(String codeId, String name) {
        return code(codeId).map(c -> nameMayBeShared(name, codeId, c.parentId())).orElse(false);
    }

    /**
     * A code elsewhere in the tree has this name already: asks whether to use it anyway, since lists and labels
     * then name both with their place ("Positief (Werk)"), as ATLAS.ti users do not expect. (A code beside it of
     * that name is refused by the command.)
     */
    private boolean nameMayBeShared(String name, String codeId, String parentId) {
        Project p = project().orElse(null);
        Code other = p == null ? null : p.codes().stream().filter(c -> !c.id().equals(codeId)
                && !java.util.Objects.equals(c.parentId(), parentId) && c.name().equalsIgnoreCase(name)).findFirst()
                .orElse(null);
        return other == null || main().dialogs().confirm(I18n.text("code.sameName.title"),
                I18n.text("code.sameName", name, p.pathOf(other.id())));
    }

    /** Moves the codes under {@code parentId} (null: to the top), as one step. */
    void moveAll(List<String> codeIds, String parentId) {
        executeAllSaid(codeIds.stream().map(id -> CodeCommands.move(id, parentId)).toList(),
                Message.of("codes.moveMany", codeIds.size()));
    }

    void setPhaseAll(List<String> codeIds, Phase phase) {
        project().ifPresent(p -> executeAllSaid(codeIds.stream().map(p::code).flatMap(Optional::stream)
                .filter(c -> c.phase() != phase).map(c -> CodeCommands.update(c.withPhase(phase), Message.of("code.phase",
                        c.name()))).toList(),
                Message.of("codes.phaseMany", codeIds.size())));
        saySeveralCores(phase);
    }

    /** The supervisor's verdict on the codes, as one step, said. */
    void reviewAll(List<String> codeIds, ReviewStatus status) {
        project().ifPresent(p -> executeAllSaid(codeIds.stream().map(p::code).flatMap(Optional::stream)
                .filter(c -> c.review() != status).map(c -> CodebookCommands.review(c.id(), status)).toList(),
                Message.of("codes.reviewMany", codeIds.size())));
    }

    void setColorAll(List<String> codeIds, String color) {
        project().ifPresent(p -> executeAllSaid(codeIds.stream().map(p::code).flatMap(Optional::stream)
                .filter(c -> !c.color().equalsIgnoreCase(color)).map(c -> CodeCommands.update(c.withColor(color),
                        Message.of("code.colour", c.name())))
                .toList(), Message.of("codes.colorMany", codeIds.size())));
    }

    void deleteAll(List<String> codeIds) {
        executeAllSaid(codeIds.stream().map(CodeCommands::delete).toList(), Message.of("codes.deleteMany",
                codeIds.size()));
    }

    /** Merges every code into {@code intoId}, as one step. */
    void mergeAll(List<String> codeIds, String intoId) {
        List<String> sources = codeIds.stream().filter(id -> !id.equals(intoId)).toList();
        List<Command> steps = new ArrayList<>(sources.stream().map(id -> CodeCommands.merge(id, intoId)).toList());
        // The saved code queries that name a code merged away name the code it went into, in the same step.
        project().flatMap(p -> nl.veldwerk.project.NoteCommands.rewriteQueries(p, q -> {
            String query = q;
            for (String source : sources) {
                query = nl.veldwerk.search.CodeQuery.afterMerge(p, query, source, intoId);
            }
            return query;
        }, q -> {
            // A search's code: of a code merged away names the code it went into (it found nothing after).
            String query = q;
            String into = code(intoId).map(Code::name).orElse(null);
            for (String source : sources) {
                String name = code(source).map(Code::name).orElse(null);
                if (name != null && into != null) {
                    query = nl.veldwerk.search.Search.afterCodeRename(query, name, into, otherNames(p, source, intoId));
                }
            }
            return query;
        })).ifPresent(steps::add);
        executeAllSaid(steps, steps.size() > 1 && sources.size() == 1 && code(sources.getFirst()).isPresent()
                && code(intoId).isPresent() ? CodeCommands.mergeMessage(project().orElseThrow(),
                code(sources.getFirst()).orElseThrow(), code(intoId).orElseThrow())
                : Message.of("codes.mergeMany", sources.size(), code(intoId).map(Code::name).orElse("?")));
    }

    /** {@code rename} of code {@code c} to {@code newName}, with the saved queries that name it following it. */
    private List<Command> withQueriesRenamed(Command rename, Code c, String newName) {
        Project p = project().orElseThrow();
        List<Command> steps = new ArrayList<>(List.of(rename));
        nl.veldwerk.project.NoteCommands.rewriteQueries(p,
                q -> nl.veldwerk.search.CodeQuery.afterRename(p, q, c.id(), newName),
                q -> nl.veldwerk.search.Search.afterCodeRename(q, c.name(), newName, otherNames(p, c.id())))
                .ifPresent(steps::add);
        return steps;
    }

    /** The code as lists name it: two of one name told apart by where they sit ({@link Project#labelOf}). */
    String labelOf(Code c) {
        return project().map(p -> p.labelOf(c.id())).orElse(c.name());
    }

    /** The names of the codes but those of {@code codeIds}. */
    private static List<String> otherNames(Project p, String... codeIds) {
        List<String> but = List.of(codeIds);
        return p.codes().stream().filter(c -> !but.contains(c.id())).map(Code::name).toList();
    }

    /** One command as itself, several as one undoable step; none does nothing. */
    private void executeAll(List<? extends Command> commands, Message description) {
        oneStep(commands, description).ifPresent(this::execute);
    }

    /** As {@link #executeAll}, and says what was done ({@link #executeSaid}). */
    private void executeAllSaid(List<? extends Command> commands, Message description) {
        oneStep(commands, description).ifPresent(this::executeSaid);
    }

    private static Optional<Command> oneStep(List<? extends Command> commands, Message description) {
        return commands.isEmpty() ? Optional.empty() : Optional.of(commands.size() == 1 ? commands.getFirst()
                : new CompositeCommand(description, commands));
    }

    void deleteRelation(String relationId) {
        execute(CodeCommands.deleteRelation(relationId));
    }
}
