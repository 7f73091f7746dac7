package nl.veldwerk.ui.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Colors;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Ids;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.project.CodeCommands;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.CompositeCommand;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.ProjectSession;
import nl.veldwerk.project.QuotationCommands;
import nl.veldwerk.ui.app.CodingActions;
import nl.veldwerk.ui.app.DocumentItem;
import nl.veldwerk.ui.app.MainViewModel;

/**
 * Coding in the open document: the text selection, applying existing or new codes to it, the quotation
 * list (of the document or of a code) and the selected quotation. Every change is a command.
 */
public final class CodingViewModel implements CodingActions {
    /** What the quotation list shows. */
    public enum Scope { DOCUMENT, CODE }

    private final MainViewModel main;
    private final IntegerProperty selectionStart = new SimpleIntegerProperty();
    private final IntegerProperty selectionEnd = new SimpleIntegerProperty();
    /** The code "code with the last code" applies: the last one used, while the project has it. */
    private final StringProperty lastCodeId = new SimpleStringProperty();
    /** The codes coded with, the last first, which {@link #lastCodeId} follows. */
    private final RecentCodes recentCodes = new RecentCodes();

    private final ObjectProperty<Quotation> selectedQuotation;
    private final QuotationList list;

    public CodingViewModel(MainViewModel main) {
        this(main, nl.veldwerk.model.DocumentText::inMemory);
    }

    /** @param atHand whether a text can be had without reading a file (tests say "never" to see the reading) */
    CodingViewModel(MainViewModel main, java.util.function.Predicate<nl.veldwerk.model.DocumentText> atHand) {
        this.main = main;
        this.selectedQuotation = main.selectedQuotationProperty();
        main.setQuotationDeleter(this::deleteAsking);
        this.list = new QuotationList(main, atHand);
        main.addChangeFollower(list::update);
        // "Code with the last code" is for this project's codes: it forgets one of another project, and is off
        // while the code is deleted (it stayed enabled and did nothing), on again when the deletion is undone.
        main.storeProperty().addListener((o, was, now) -> {
            recentCodes.clear();
            lastCodeId.set(null);
            // The list's filter and its code were about that project: a filter typed there hid this one's
            // quotations (QA), and its code is none of this project's.
            list.filterProperty().set("");
            list.listedCodeProperty().set(null);
            list.scopeProperty().set(Scope.DOCUMENT);
        });
        main.changesProperty().addListener((o, was, now) -> lastCodeId.set(main.storeProperty().get() == null ? null
                : recentCodes.after(project(), main.lastChange())));
        main.selectedProperty().addListener((o, was, now) -> {
            boolean otherDocument = was == null || now == null || !was.document().id().equals(now.document().id());
            if (otherDocument) {
                select(0, 0);
                Quotation selected = selectedQuotation.get();
                if (selected != null && list.scopeProperty().get() == Scope.DOCUMENT
                        && (now == null || !selected.documentId().equals(now.document().id()))) {
                    selectedQuotation.set(null); // the inspector shows nothing of a document no longer open
                }
                list.refreshRows();
            }
        });
    }

    // ---- coding the selection --------------------------------------------------------------------

    /** See {@link #codeSelectionAsWords}. */
    private boolean wordsWhenCoded;

    public void select(int start, int end) {
        selectionStart.set(Math.min(start, end));
        selectionEnd.set(Math.max(start, end));
        wordsWhenCoded = false;
    }

    /**
     * The selection, dragged with the mouse while the text is edited, is coded as whole words: the text area leaves
     * it exact there (letters selected to type over), and coding it made quotations such as "bruik van v" (QA).
     * Until the selection changes again.
     */
    public void codeSelectionAsWords() {
        wordsWhenCoded = true;
    }

    @Override
    public boolean hasSelection() {
        return document().isPresent() && selectionEnd.get() > selectionStart.get();
    }

    /**
     * What of the selection is coded: its edges tidied (see {@link WordSnap#codedPart}), and a speaker's label (with
     * a time mark before it) left out where the selection takes it along with what is said after it: a keyboard
     * selection from the line's start, or from a word step that stops inside "R:", coded "Interviewer: Vraag 3?"
     * or ": Ik ben geboren" where a mouse drag coded the words alone.
     */
    int[] codedPart() {
        Document d = document().orElseThrow();
        String text = d.text();
        int[] selected = wordsWhenCoded ? WordSnap.snap(text, selectionStart.get(), selectionEnd.get())
                : new int[] {selectionStart.get(), selectionEnd.get()};
        int[] part = WordSnap.codedPart(text, selected[0], selected[1]);
        nl.veldwerk.model.SpeakerTurn turn = part[0] < part[1] ? d.turnOf(part[0]) : null;
        int[] label = turn == null ? null : turn.label(text);
        // Only a label that opens its turn's line (after a time mark at most): a name with a colon later in what is
        // said is words.
        if (label != null && part[0] < label[1] && !WordSnap.holdsWord(text, turn.start(), label[0])) {
            int words = label[1];
            while (words < part[1] && Character.isWhitespace(text.charAt(words))) {
                words++;
            }
            if (words < part[1]) {
                // Tidied again: a time after the name ("Jordan Lee   0:01") is a line without words, left out.
                return WordSnap.codedPart(text, words, part[1]);
            }
        }
        return part;
    }


    /** Codes the selected text with an existing code. */
    @Override
    public void applyCode(String codeId) {
        if (!hasSelection()) {
            return;
        }
        Document d = document().orElseThrow();
        List<Command> steps = new ArrayList<>();
        String coder = coder(steps);
        int[] part = codedPart();
        int start = part[0];
        int end = part[1];
        steps.add(QuotationCommands.codeRange(d.id(), start, end, codeId, coder, Instant.now()));
        boolean added = changesProject(() -> execute(steps, Message.of("coding.add", nameOf(codeId))));
        used(codeId);
        showQuotationAt(d.id(), start, end);
        Quotation shown = selectedQuotation.get();
        if (added) {
            sayCoded("status.coded", codeId, shown);
        } else if (shown != null && shown.start() == start && shown.end() == end
                && project().codingsOf(shown.id()).stream().anyMatch(c -> c.codeId().equals(codeId))) {
            // Nothing to add: said (QA: coding the same text with the same code again did nothing without a word).
            main.showStatus(nl.veldwerk.ui.common.I18n.text("coding.alreadyHasCode", shown.idIn(d), nameOf(codeId)));
        }
    }

    /**
     * The quotation just coded becomes the one the inspector shows, as in ATLAS.ti: the one selected before
     * stayed there, and a comment typed next landed on it instead of on the new one.
     */
    private void showQuotationAt(String documentId, int start, int end) {
        // Among the quotations the coding touched (the one made or coded again), not all of a long transcript's.
        nl.veldwerk.project.ProjectChange change = main.lastChange();
        java.util.function.Predicate<Quotation> there = q -> q.documentId().equals(documentId) && q.start() == start
                && q.end() == end;
        Optional<Quotation> coded = change == null ? Optional.empty() : change.quotationIds().stream()
                .map(id -> project().quotation(id)).flatMap(Optional::stream).filter(there).findFirst();
        (coded.isPresent() ? coded : project().quotationsOf(documentId).stream().filter(there).findFirst())
                .ifPresent(selectedQuotation::set);
    }

    /** Makes a new top-level code and codes the selection with it, as one undoable step. */
    public void createAndApply(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (!hasSelection() || trimmed.isEmpty()) {
            return;
        }
        Optional<Code> existing = project().codes().stream().filter(c -> c.parentId() == null
                && c.name().equalsIgnoreCase(trimmed)).findFirst();
        if (existing.isPresent()) {
            applyCode(existing.get().id());
            return;
        }
        Document d = document().orElseThrow();
        List<Command> steps = new ArrayList<>();
        String coder = coder(steps);
        Code code = Code.of(Ids.newId(), trimmed, Colors.forNewCode(project()), null).madeBy(coder,
                Instant.now());
        int[] part = codedPart();
        int start = part[0];
        int end = part[1];
        steps.add(CodeCommands.add(code));
        steps.add(QuotationCommands.codeRange(d.id(), start, end, code.id(), coder, Instant.now()));
        if (changesProject(() -> execute(steps, Message.of("coding.addNew", trimmed)))) {
            used(code.id());
            showQuotationAt(d.id(), start, end);
            sayCoded("status.codedNew", code.id(), selectedQuotation.get());
        }
    }

    /**
     * Says on the status line which code a quotation got and that Undo takes it back: Ctrl+L and in-vivo coding
     * name no code anywhere the eye is (QA: nothing was said).
     */
    private void sayCoded(String key, String codeId, Quotation q) {
        Project p = project();
        if (q != null) {
            main.showStatus(nl.veldwerk.ui.common.I18n.text(key, nameOf(codeId),
                    p.document(q.documentId()).map(q::idIn).orElse("")));
        }
    }

    /** Makes a new top-level code (or takes the one of that name) and adds it to a quotation, as one step. */
    public void createAndCodeQuotation(String quotationId, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || project().quotation(quotationId).isEmpty()) {
            return;
        }
        Optional<Code> existing = project().codes().stream().filter(c -> c.parentId() == null
                && c.name().equalsIgnoreCase(trimmed)).findFirst();
        if (existing.isPresent()) {
            addCodeToQuotation(quotationId, existing.get().id());
            return;
        }
        List<Command> steps = new ArrayList<>();
        String coder = coder(steps);
        Code code = Code.of(Ids.newId(), trimmed, Colors.forNewCode(project()), null).madeBy(coder,
                Instant.now());
        steps.add(CodeCommands.add(code));
        steps.add(QuotationCommands.applyCode(quotationId, code.id(), coder, Instant.now()));
        if (changesProject(() -> execute(steps, Message.of("coding.addNew", trimmed)))) {
            used(code.id());
            sayCoded("status.codedNew", code.id(), project().quotation(quotationId).orElse(null));
        }
    }

    /** In-vivo coding: the selected words become the name of a new code. */
    public void inVivo() {
        if (hasSelection()) {
            int[] part = codedPart();
            createAndApply(inVivoName(document().orElseThrow(), part[0], part[1]));
        }
    }

    /** The longest in-vivo code name: a code's name is read in lists and the margin, not a quotation. */
    static final int IN_VIVO_LENGTH = 80;

    /**
     * The words of {@code [start, end)} as a code's name: without the speakers' labels of turns that begin inside
     * it, on one line, cut at a word's end (QA: "…effectief aanbod? A02: Het is niet zo lasti").
     */
    static String inVivoName(Document d, int start, int end) {
        String name = d.wordsWithoutLabels(start, end);
        if (name.length() > IN_VIVO_LENGTH) {
            int cut = name.lastIndexOf(' ', IN_VIVO_LENGTH);
            name = (cut > IN_VIVO_LENGTH / 2 ? name.substring(0, cut) : name.substring(0, IN_VIVO_LENGTH)).strip();
        }
        return withoutClosingMarks(name);
    }

    /**
     * A name without the full stop, comma, semicolon or colon that ended its sentence, nor the pair of quotes around
     * it ("graag gewoon hier." is the code "graag gewoon hier": QA); a question, an exclamation or a sentence trailing
     * off keeps its mark, which says what it is. Quotes are taken off only as a pair around the whole name with no
     * other quote inside ("ja" en "nee" stays), and an elision's apostrophe stays ('s avonds, review).
     */
    static String withoutClosingMarks(String name) {
        String n = name;
        boolean changed = true;
        while (changed && n.length() > 1) {
            changed = false;
            if (",;:.".indexOf(n.charAt(0)) >= 0 && !n.startsWith("...")) { // ", daar heb ik": the comma before it
                n = n.substring(1).strip();
                changed = true;
            }
            if (n.length() > 1 && ".,;:".indexOf(n.charAt(n.length() - 1)) >= 0 && !n.endsWith("..")) {
                n = n.substring(0, n.length() - 1).strip();
                changed = true;
            }
            int close = n.length() > 1 ? CLOSING_QUOTES.indexOf(n.charAt(n.length() - 1)) : -1;
            if (close >= 0 && n.charAt(0) == OPENING_QUOTES.charAt(close) && !ELISION.matcher(n).lookingAt()
                    && n.substring(1, n.length() - 1).chars()
                    .noneMatch(c -> OPENING_QUOTES.indexOf(c) >= 0 || CLOSING_QUOTES.indexOf(c) >= 0)) {
                n = n.substring(1, n.length() - 1).strip();
                changed = true;
            }
        }
        return n.isEmpty() ? name : n;
    }

    /** An apostrophe standing for letters left out at a word's start ('s avonds, 't is, 'n beetje). */
    private static final java.util.regex.Pattern ELISION = java.util.regex.Pattern.compile(
            "['’](?:s|t|n|k|m|r|ie)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Quotes that open a quotation and, at the same place, those that close it. */
    private static final String OPENING_QUOTES = "\"“‘'«„";
    private static final String CLOSING_QUOTES = "\"”’'»“";

    public void reapplyLast() {
        if (lastCodeId.get() == null || project().code(lastCodeId.get()).isEmpty()) {
            main.showStatus(nl.veldwerk.ui.common.I18n.text("coding.againNothing"));
        } else if (!hasSelection()) {
            main.showStatus(nl.veldwerk.ui.common.I18n.text("coding.againNoSelection", nameOf(lastCodeId.get())));
        } else {
            applyCode(lastCodeId.get());
        }
    }

    /** A code coded with: the one Ctrl+L codes with next. */
    private void used(String codeId) {
        recentCodes.use(codeId);
        lastCodeId.set(codeId);
    }

    public String selectedText() {
        return document().map(d -> d.text().substring(selectionStart.get(), selectionEnd.get())).orElse("");
    }

    /**
     * Replaces [start, end) of the document's text (edit mode), as a command: quotations after and around
     * the edit shift with it; one whose whole text is deleted goes (and the status line says so). A change the
     * model refuses is reported and the views show the model again, so the refused edit leaves the screen.
     */
    public void editText(String documentId, int start, int end, String replacement) {
        try {
            int quotations = session().project().quotationCountOf(documentId);
            session().execute(nl.veldwerk.project.DocumentCommands.editText(documentId,
                    new nl.veldwerk.project.TextEdit(start, end, replacement)));
            int gone = quotations - session().project().quotationCountOf(documentId);
            if (gone > 0) { // their brackets went from the margin: said, with the way back
                main.showStatus(nl.veldwerk.ui.common.I18n.text("coding.quotationsGoneWithText", gone));
            }
        } catch (ProjectSession.ListenerFailure e) {
            main.viewFailed(e);
        } catch (RuntimeException e) {
            main.redrawFromModel(); // the area shows the refused edit: show the model again
            main.fail(nl.veldwerk.ui.common.I18n.text("error.change"), e);
        }
    }

    // ---- quotations -----------------------------------------------------------------------------

    // Through the window's runner: a refused change (a read-only project, say) is a message, never a crash.

    public void removeCoding(String codingId) {
        Optional<nl.veldwerk.model.Coding> coding = project().coding(codingId);
        if (changesProject(() -> main.run(() -> session().execute(QuotationCommands.removeCoding(codingId))))) {
            // A chip's ✕ is small and the chip goes with the click: said, with the way back (QA: nothing was said)
            // Another coder's coding of the same code stays on the quotation: said, or the code seemed not to go
            // (QA: "taken off", and the code stayed, after a merge joined two coders' codings on one quotation).
            coding.ifPresent(c -> {
                List<String> keptBy = project().codingsOf(c.quotationId()).stream()
                        .filter(other -> other.codeId().equals(c.codeId()))
                        .map(other -> other.coderId() == null ? "?" : project().coder(other.coderId())
                                .map(nl.veldwerk.model.Coder::name).orElse(other.coderId()))
                        .distinct().sorted().toList();
                if (keptBy.isEmpty()) {
                    sayCoded("status.codingRemoved", c.codeId(), project().quotation(c.quotationId()).orElse(null));
                } else {
                    project().quotation(c.quotationId()).ifPresent(q -> main.showStatus(nl.veldwerk.ui.common.I18n.text(
                            "status.codingRemovedKeptBy", nameOf(c.codeId()), project().document(q.documentId())
                                    .map(q::idIn).orElse(""), String.join(", ", keptBy))));
                }
            });
        }
    }

    /**
     * What to ask before deleting a quotation that holds codings of other coders than the one at work (their
     * work goes with it), or null when it holds only this coder's: then it goes at once, as in ATLAS.ti.
     */
    public String deleteQuestion(String quotationId) {
        Project p = project();
        String me = nl.veldwerk.ui.common.Preferences.coderName();
        List<String> others = p.codingsOf(quotationId).stream().map(c -> c.coderId() == null ? null
                : p.coder(c.coderId()).map(nl.veldwerk.model.Coder::name).orElse(null))
                .filter(java.util.Objects::nonNull).filter(name -> !name.equals(me)).distinct().sorted().toList();
        // Its memos and review comments go with it, as a code's and a document's do, where they are asked about:
        // a quotation's went without a word (QA).
        List<nl.veldwerk.model.Memo> about = p.memos().stream().filter(m -> m.target().kind()
                == nl.veldwerk.model.EntityKind.QUOTATION && m.target().id().equals(quotationId)).toList();
        List<String> notes = new java.util.ArrayList<>(about.stream().filter(m -> !m.comment()).map(m ->
                nl.veldwerk.ui.common.I18n.text("inspector.theMemo", m.title().isBlank()
                        ? nl.veldwerk.ui.common.I18n.text("memos.untitled") : m.title())).toList());
        long comments = about.stream().filter(nl.veldwerk.model.Memo::comment).count();
        if (comments > 0) { // a review thread counted, not "a review comment" once per reply
            notes.add(nl.veldwerk.ui.common.I18n.text("inspector.reviewComments", comments));
        }
        if (others.isEmpty() && notes.isEmpty()) {
            return null;
        }
        String id = p.quotation(quotationId).flatMap(q -> p.document(q.documentId()).map(q::idIn)).orElse("");
        String notesGo = notes.isEmpty() ? "" : nl.veldwerk.ui.common.I18n.sentence(nl.veldwerk.ui.common.I18n.text(
                "inspector.notesGo", about.size(), String.join(", ", notes)));
        if (others.isEmpty()) {
            return nl.veldwerk.ui.common.I18n.text("inspector.deleteNotes", id, notesGo);
        }
        // Codings nobody is named for (the sample's, an import's) go too: counted, not left out of the list (QA).
        long unnamed = p.codingsOf(quotationId).stream().filter(c -> c.coderId() == null
                || p.coder(c.coderId()).isEmpty()).count();
        String whose = String.join(", ", others) + (unnamed == 0 ? ""
                : ", " + nl.veldwerk.ui.common.I18n.text("inspector.withoutCoder", unnamed));
        return notesGo.isEmpty() ? nl.veldwerk.ui.common.I18n.text("inspector.deleteOthers", id, whose)
                : nl.veldwerk.ui.common.I18n.text("inspector.deleteOthersNotes", id, whose, notesGo);
    }

    /**
     * Deletes the selected quotation, asking first when it holds other coders' work ({@link #deleteQuestion}): the
     * inspector's button, and Delete or the context menu in the quotation list.
     */
    public void deleteSelectedQuotation() {
        Quotation q = selectedQuotation.get();
        if (q != null) {
            deleteAsking(q.id());
        }
    }

    /** Deletes a quotation, asking first when it holds other coders' work ({@link #deleteQuestion}). */
    private void deleteAsking(String quotationId) {
        if (project().quotation(quotationId).isEmpty()) {
            return;
        }
        String question = deleteQuestion(quotationId);
        if (question == null || main.dialogs().confirm(nl.veldwerk.ui.common.I18n.text("inspector.delete"), question)) {
            deleteQuotation(quotationId);
        }
    }

    /** Deletes a quotation and says so: its highlight going may be all the screen shows of it. */
    public void deleteQuotation(String quotationId) {
        Project p = project();
        String id = p.quotation(quotationId).flatMap(q -> p.document(q.documentId()).map(q::idIn)).orElse("");
        main.executeSaid(QuotationCommands.delete(quotationId),
                () -> nl.veldwerk.ui.common.I18n.text("status.quotationDeleted", id));
    }

    public void comment(String quotationId, String comment) {
        Quotation q = project().quotation(quotationId).orElseThrow();
        if (!q.comment().equals(comment)) {
            main.run(() -> session().execute(QuotationCommands.comment(quotationId, comment)));
        }
    }

    public void resize(String quotationId, int start, int end) {
        if (!changesProject(() -> main.run(() -> session().execute(QuotationCommands.resize(quotationId, start,
                end))))) {
            return;
        }
        Project p = project();
        // Said with its ID and words: a drag begun at its edge resizes it, which the user may have meant as a new
        // selection (QA: a quotation grew by the next words without a word said).
        p.quotation(quotationId).ifPresent(q -> p.document(q.documentId()).ifPresent(d -> main.showStatus(
                nl.veldwerk.ui.common.I18n.text("status.quotationResized", q.idIn(d),
                        shortened(d.text().substring(q.start(), q.end()))))));
    }

    /** Whether {@code action} changed the project (an undo step): a change refused, or with nothing to do, did not. */
    private boolean changesProject(Runnable action) {
        long before = session().stack().state();
        action.run();
        return session().stack().state() != before;
    }

    /** A quotation's words as the status line shows them: its start and end when it is long. */
    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 28).strip() + " … "
                + oneLine.substring(oneLine.length() - 28).strip();
    }

    /** Applies a code to the selected quotation (from the inspector). */
    public void addCodeToQuotation(String quotationId, String codeId) {
        List<Command> steps = new ArrayList<>();
        String coder = coder(steps);
        steps.add(QuotationCommands.applyCode(quotationId, codeId, coder, Instant.now()));
        if (changesProject(() -> execute(steps, Message.of("coding.add", nameOf(codeId))))) {
            sayCoded("status.codeDropped", codeId, project().quotation(quotationId).orElse(null));
            used(codeId);
        }
    }

    /**
     * A code dropped on a quotation: added, and said with the quotation's ID, as the quotation dropped on may hold
     * it out of sight (QA: nothing was said).
     */
    public void dropCodeOnQuotation(String quotationId, String codeId) {
        addCodeToQuotation(quotationId, codeId);
    }

    /**
     * Goes to the quotation with this ID ("3:12", as the list, reports and exports show it): selects it,
     * opening its document. False when the project has no such quotation.
     */
    public boolean goTo(String displayId) {
        Optional<Quotation> q = project().quotationById(displayId);
        q.ifPresent(selectedQuotation::set);
        return q.isPresent();
    }

    @Override
    public void listQuotationsOf(Code code) {
        list.listedCodeProperty().set(code);
        list.scopeProperty().set(Scope.CODE);
    }

    MainViewModel main() {
        return main;
    }

    /** The next (or previous) quotation of the list after the selected one. */
    public Optional<Quotation> step(int direction) {
        return list.step(direction);
    }

    /** The current coder, made when the project has none yet (as part of the same undoable step). */
    private String coder(List<Command> steps) {
        return nl.veldwerk.ui.app.CurrentCoder.id(project(), steps);
    }

    private void execute(List<Command> steps, Message description) {
        main.run(() -> session().execute(steps.size() == 1 ? steps.getFirst() : new CompositeCommand(description,
                steps)));
    }

    /** As {@link #execute}, one undo step named {@code description} also when it is one step. */
    private void executeAs(Message description, List<Command> steps) {
        main.run(() -> session().execute(new CompositeCommand(description, steps)));
    }

    /** Where the list's rows (in reading order) have this quotation's row; -1 when it is not listed. */
    int rowIndexOf(String quotationId) {
        return list.indexOfListed(quotationId);
    }

    private String nameOf(String codeId) {
        return project().code(codeId).map(Code::name).orElse("?");
    }

    /** The id of the document on screen, if any. */
    public Optional<String> documentId() {
        return document().map(Document::id);
    }

    private Optional<Document> document() {
        DocumentItem item = main.selectedProperty().get();
        return item == null || main.storeProperty().get() == null ? Optional.empty()
                : project().document(item.document().id());
    }

    private ProjectSession session() {
        return main.storeProperty().get().session();
    }

    Project project() {
        return session().project();
    }

    public IntegerProperty selectionStartProperty() {
        return selectionStart;
    }

    public IntegerProperty selectionEndProperty() {
        return selectionEnd;
    }

    public StringProperty lastCodeIdProperty() {
        return lastCodeId;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return list.scopeProperty();
    }

    public ObjectProperty<Code> listedCodeProperty() {
        return list.listedCodeProperty();
    }

    public ObservableList<QuotationRow> rows() {
        return list.rows();
    }

    /** True while the texts of the list's rows are read (off the FX thread); the list is empty meanwhile. */
    public javafx.beans.property.ReadOnlyBooleanProperty rowsReadingProperty() {
        return list.readingProperty();
    }

    /** True while the list's rows are being replaced: a table's own selection changes then are not the user's. */
    public javafx.beans.property.ReadOnlyBooleanProperty rowsUpdatingProperty() {
        return list.updatingProperty();
    }

    public StringProperty filterProperty() {
        return list.filterProperty();
    }

    public ObjectProperty<Quotation> selectedQuotationProperty() {
        return selectedQuotation;
    }

    /**
     * After transcribing ({@code before}: the document's text when it began): the lines after the document's last
     * turn whose typed labels ("I:", "R:" at the start of lines) open no turn yet become turns, in a new transcript
     * and in one that has turns already (a second sitting, a transcript imported with its turns); then a line typed
     * among the turns there that opens with a speaker's label starts that speaker's turn, as after editing
     * ({@link #findEditedTurns}; QA: a label line typed at the start of a turn's line stayed in no turn). One undoable
     * step. Turns already there are kept as they are (their speakers may have been renamed in the project, which the
     * labels in the text do not say). A speaker new to the project whose label names an interviewer ("I",
     * "Interviewer", "Onderzoeker") becomes one, as at import.
     */
    public void findTranscribedTurns(String documentId, String before) {
        if (main.storeProperty().get() == null || main.readOnlyProperty().get()) {
            return;
        }
        main.session().project().document(documentId).ifPresent(d -> {
            Project p = project();
            List<nl.veldwerk.model.SpeakerTurn> added = asTheProjectsInterviewer(p, typedAfterTheLastTurn(d));
            List<nl.veldwerk.model.SpeakerTurn> typed = new ArrayList<>(d.turns());
            typed.addAll(added);
            typed.sort(java.util.Comparator.comparingInt(nl.veldwerk.model.SpeakerTurn::start));
            List<Command> roles = added.stream().map(nl.veldwerk.model.SpeakerTurn::speaker).distinct()
                    .filter(nl.veldwerk.importer.TurnsOfImportedTexts::namesAnInterviewer)
                    .filter(name -> p.documents().stream().noneMatch(other -> other.turnSpeakers().contains(name)))
                    .<Command>map(name -> nl.veldwerk.project.SpeakerCommands.setRole(name,
                            nl.veldwerk.model.SpeakerRole.INTERVIEWER)).toList();
            takeTurns(d, withLinesTyped(typed, before, d.text()), roles);
        });
    }

    /**
     * The turns typed, those of F12's "I" given to the project's interviewer ("Interviewer") when the project has one
     * and "I" is no speaker of its own there: one speaker, not two, as at import (QA: "I" beside "Interviewer" in the
     * Speakers window, the interviewer's turns split). Only F12's own label: one typed by hand ("Interviewer 2",
     * "Onderzoeker (Jan)") says who it is and stays theirs (review).
     */
    private static List<nl.veldwerk.model.SpeakerTurn> asTheProjectsInterviewer(Project p,
                                                                           List<nl.veldwerk.model.SpeakerTurn> added) {
        String theirs = nl.veldwerk.importer.TurnsOfImportedTexts.theInterviewer(
                nl.veldwerk.analysis.Speakers.interviewers(p));
        if (theirs == null || added.stream().anyMatch(t -> t.speaker().equals(theirs))) {
            return added;
        }
        java.util.Set<String> inProject = new java.util.HashSet<>();
        p.documents().forEach(other -> inProject.addAll(other.turnSpeakers()));
        String typedByF12 = NextSpeaker.DEFAULTS.getFirst();
        return added.stream().map(t -> t.speaker().equals(typedByF12) && !inProject.contains(t.speaker())
                ? new nl.veldwerk.model.SpeakerTurn(theirs, t.start(), t.end(), t.timestampMillis()) : t).toList();
    }

    /**
     * The turns the labels typed after the document's last turn open; none when the text holds no typed label or
     * reading it would change it. Only after the turns there: lines with labels among them that are no turns (a
     * header "Datum:", a turn the user took away) were left so on purpose.
     */
    private static List<nl.veldwerk.model.SpeakerTurn> typedAfterTheLastTurn(nl.veldwerk.model.Document d) {
        List<String> labels = NextSpeaker.typedLabels(d.text());
        if (labels.isEmpty()) {
            return List.of();
        }
        nl.veldwerk.importer.TranscriptAnalysis found = nl.veldwerk.importer.SpeakerTurnDetector.withLabels(labels)
                .analyse(d.text());
        int after = d.turns().stream().mapToInt(nl.veldwerk.model.SpeakerTurn::end).max().orElse(0);
        return found.text().equals(d.text()) ? found.turns().stream().filter(t -> t.start() >= after).toList()
                : List.of();
    }

    /**
     * After editing a document's text ({@code before}: its text when editing began): a line typed (or pasted) that
     * opens with the label of one of the document's speakers ("Interviewer: ...") inside another speaker's turn
     * starts a turn of that speaker there, as the importer would have made it. QA: a speaker change put right by
     * hand stayed the turn before's, so search, reports and the quotation list gave those words to the wrong
     * speaker. Only lines new since editing began: a label line the import left inside a turn stays as it is.
     */
    public void findEditedTurns(String documentId, String before) {
        if (main.storeProperty().get() == null || main.readOnlyProperty().get()) {
            return;
        }
        main.session().project().document(documentId).ifPresent(d -> {
            if (!d.text().equals(before) && !d.turns().isEmpty()) {
                takeTurns(d, withLinesTyped(d.turns(), before, d.text()), List.of());
            }
        });
    }

    /**
     * {@code turns} with a turn started at each label line typed since the text was {@code before} (null: none
     * known); a label typed for a speaker the document has no turn of yet counts too ("Boer: ...", QA: it stayed the
     * turn before's without a word).
     */
    private static List<nl.veldwerk.model.SpeakerTurn> withLinesTyped(List<nl.veldwerk.model.SpeakerTurn> turns,
                                                                      String before, String text) {
        return before == null || before.equals(text) || turns.isEmpty() ? turns
                : nl.veldwerk.project.EditedTurns.split(turns, before, text, NextSpeaker.typedLabels(text));
    }

    /**
     * The document's turns set to {@code turns} with {@code more} as one undo step, and said (the status line says
     * whose turns were found, and Undo takes them back); nothing when they are the document's already.
     */
    private void takeTurns(nl.veldwerk.model.Document d, List<nl.veldwerk.model.SpeakerTurn> turns, List<Command> more) {
        if (turns.equals(d.turns())) {
            return;
        }
        List<Command> steps = new ArrayList<>();
        steps.add(nl.veldwerk.project.DocumentCommands.setTurns(d.id(), turns));
        steps.addAll(more);
        executeAs(turnsFoundStep(d.turns(), turns), steps);
        showTurnsFound(d, d.turns(), turns);
    }

    /** The undo step's name: the turns found (not all the document's: QA, "Undo Find 7 speaker turns" for one). */
    private static Message turnsFoundStep(List<nl.veldwerk.model.SpeakerTurn> had,
                                          List<nl.veldwerk.model.SpeakerTurn> turns) {
        int added = turns.size() - had.size();
        return added > 0 ? Message.of("document.turnsFound", added) : Message.of("document.turnsAtMarks");
    }

    /**
     * Says the turns found: how many are new and whose, or (none added) that turns now begin at a time mark typed
     * before their label (review: only a change in number was taken, so those marks stayed the turn before's).
     */
    private void showTurnsFound(nl.veldwerk.model.Document d, List<nl.veldwerk.model.SpeakerTurn> had,
                                List<nl.veldwerk.model.SpeakerTurn> turns) {
        int added = turns.size() - had.size();
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        had.forEach(t -> starts.add(t.start()));
        String speakers = String.join(", ", turns.stream().filter(t -> !starts.contains(t.start()))
                .map(nl.veldwerk.model.SpeakerTurn::speaker).distinct().toList());
        main.showStatus(added > 0 ? nl.veldwerk.ui.common.I18n.text("transcription.turnsFound", added, d.name(),
                speakers) : nl.veldwerk.ui.common.I18n.text("edit.turnsAtMarks", d.name(), speakers));
    }

    /** Plays a quotation's stretch of its recording: from the time mark before it to the one after it. */
    public void playQuotation(Quotation q) {
        Project p = main.session().project();
        p.document(q.documentId()).filter(d -> d.recording() != null).ifPresent(d -> {
            if ((main.selectedProperty().get() == null
                    || !main.selectedProperty().get().document().id().equals(d.id()))
                    && !main.reveal(d.id(), q.start(), q.end())) { // the player follows the document shown
                return;
            }
            long[] stretch = recordingOf(d, q);
            main.playback().player().playRange(stretch[0], stretch[1]);
        });
    }

    /** The stretch of its document's recording a quotation covers, {from, to} in milliseconds (to: -1, the end). */
    static long[] recordingOf(nl.veldwerk.model.Document d, Quotation q) {
        String text = d.text();
        return PlayedStretch.recordingOf(text, nl.veldwerk.model.TimeMarks.find(text), q.start(), q.end());
    }

    /** How many times the quotation list was asked to be made again (tests). */
    long listingsAsked() {
        return list.listingsAsked();
    }
}
