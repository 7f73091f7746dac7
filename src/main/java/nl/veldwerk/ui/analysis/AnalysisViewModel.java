package nl.veldwerk.ui.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyBooleanProperty;
import nl.veldwerk.analysis.CodeDocumentTable;
import nl.veldwerk.analysis.CooccurrenceTable;
import nl.veldwerk.analysis.IntercoderAgreement;
import nl.veldwerk.analysis.StopWords;
import nl.veldwerk.analysis.WordFrequencies;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.ui.common.Background;
import nl.veldwerk.ui.common.Dialogs;
import nl.veldwerk.ui.common.FileType;
import nl.veldwerk.ui.common.I18n;

/**
 * The analysis tools' state and work, on a snapshot of the project (entities are immutable, so the
 * snapshot is safe to read on the background thread that computes).
 */
final class AnalysisViewModel {
    /** What a word list or cloud covers: a label and either documents or one code. */
    record WordScope(String label, Set<String> documentIds, String codeId) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Project project;
    private final Background background;
    /** What is behind a cell is listed on a thread of its own: a click does not wait behind a table or a count. */
    private final Background lists;
    /** Set when the window closes or takes a new copy: nothing more is started or shown. */
    private boolean closed;
    private final javafx.beans.property.StringProperty written = new javafx.beans.property.SimpleStringProperty("");

    /** Each document's paragraphs, as the lines under a table cite them (asked for on the FX thread only). */
    private final java.util.Map<String, nl.veldwerk.model.Paragraphs> paragraphsOf = new java.util.HashMap<>();

    AnalysisViewModel(Project snapshot) {
        this(snapshot, new Background(), new Background());
    }

    /** With the given work queues, for tables and for the lists under them (a test holds their jobs back). */
    AnalysisViewModel(Project snapshot, Background background, Background lists) {
        this.project = snapshot;
        this.background = background;
        this.lists = lists;
    }

    Project project() {
        return project;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty(); // the tables' work; a list under a table says itself it is at work
    }

    /** Every code, parents before children. */
    List<Code> codes() {
        List<Code> ordered = new ArrayList<>();
        addWithChildren(null, ordered);
        return ordered;
    }

    /** In the code tree's order (siblings by name), as the tree and the reports list them. */
    private void addWithChildren(String parentId, List<Code> into) {
        for (Code c : project.childrenOf(parentId).stream().sorted(java.util.Comparator.comparing(Code::name,
                String.CASE_INSENSITIVE_ORDER)).toList()) {
            into.add(c);
            addWithChildren(c.id(), into);
        }
    }

    List<String> attributeNames() {
        return project.attributes().stream().map(a -> a.name()).toList();
    }

    /** The type of the attribute of that name, or null when there is none (numbers read in the user's decimal mark). */
    nl.veldwerk.model.AttributeType attributeType(String name) {
        return project.attributes().stream().filter(a -> a.name().equals(name)).map(
                nl.veldwerk.model.AttributeDefinition::type).findFirst().orElse(null);
    }

    void codeDocument(CodeDocumentTable.Columns columns, String attribute, boolean withSubcodes,
                      java.util.function.Consumer<CodeDocumentTable> done, java.util.function.Consumer<Exception> failed) {
        run(background, () -> CodeDocumentTable.compute(project, codes(), columns, attribute, withSubcodes), done,
                failed);
    }

    void cooccurrence(Set<CooccurrenceTable.Relation> relations, boolean withSubcodes,
                      java.util.function.Consumer<CooccurrenceTable> done,
                      java.util.function.Consumer<Exception> failed) {
        cooccurrence(relations, withSubcodes, null, done, failed);
    }

    /** As above, in these documents only (null: all). */
    void cooccurrence(Set<CooccurrenceTable.Relation> relations, boolean withSubcodes, Set<String> documentIds,
                      java.util.function.Consumer<CooccurrenceTable> done,
                      java.util.function.Consumer<Exception> failed) {
        run(background, () -> CooccurrenceTable.compute(project, codes(), relations, withSubcodes, documentIds), done,
                failed);
    }

    /** The documents co-occurrence can be counted in: all of them (no set), a group's, those with a value. */
    List<WordScope> documentScopes() {
        List<WordScope> scopes = new ArrayList<>();
        scopes.add(new WordScope(I18n.text("words.allDocuments"), null, null));
        project.groups().forEach(g -> scopes.add(new WordScope(I18n.text("words.group", g.name()),
                Set.copyOf(project.documents().stream().filter(d -> d.groupIds().contains(g.id())).map(Document::id)
                        .toList()), null)));
        nl.veldwerk.ui.common.AttributeValues.of(project).forEach((label, value) -> scopes.add(new WordScope(label,
                Set.copyOf(project.documents().stream().filter(value::heldBy).map(Document::id).toList()), null)));
        return scopes;
    }

    /** Any other reading of the snapshot off the FX thread, after the work asked for before it. */
    <T> void inBackground(nl.veldwerk.ui.common.TaskRunner.Job<T> job, java.util.function.Consumer<T> done,
                          java.util.function.Consumer<Exception> failed) {
        run(background, job, done, failed);
    }

    /** What is behind a cell, listed off the FX thread on the lists' own thread. */
    <T> void listing(nl.veldwerk.ui.common.TaskRunner.Job<T> job, java.util.function.Consumer<T> done,
                     java.util.function.Consumer<Exception> failed) {
        run(lists, job, done, failed);
    }

    List<WordScope> wordScopes() {
        List<WordScope> scopes = new ArrayList<>();
        scopes.add(new WordScope(I18n.text("words.allDocuments"), Set.copyOf(project.documents().stream()
                .map(Document::id).toList()), null));
        project.groups().forEach(g -> scopes.add(new WordScope(I18n.text("words.group", g.name()),
                Set.copyOf(project.documents().stream().filter(d -> d.groupIds().contains(g.id())).map(Document::id)
                        .toList()), null)));
        project.documents().forEach(d -> scopes.add(new WordScope(d.name(), Set.of(d.id()), null)));
        codes().forEach(c -> scopes.add(new WordScope(I18n.text("words.code", c.name()), Set.of(), c.id())));
        return scopes;
    }

    /** Word counts over the scope, without what the left-out speakers say (the interviewer, say). */
    void words(WordScope scope, Set<String> leftOutSpeakers,
               java.util.function.Consumer<List<WordFrequencies.WordCount>> done,
               java.util.function.Consumer<Exception> failed) {
        Set<String> stop = StopWords.dutchAndEnglish();
        Set<String> leftOut = Set.copyOf(leftOutSpeakers);
        run(background, () -> scope.codeId() == null ? WordFrequencies.ofDocuments(project, scope.documentIds(), stop,
                leftOut) : WordFrequencies.ofCode(project, scope.codeId(), stop, leftOut), done, failed);
    }

    /** Every speaker of the transcripts, in alphabetical order. */
    java.util.Set<String> interviewers() {
        return nl.veldwerk.analysis.Speakers.interviewers(project);
    }

    List<String> speakers() {
        return nl.veldwerk.analysis.Speakers.names(project);
    }

    void agreement(List<String> coderIds, IntercoderAgreement.UnitKind unit,
                   java.util.function.Consumer<IntercoderAgreement.Result> done,
                   java.util.function.Consumer<Exception> failed) {
        run(background, () -> {
            Collection<String> documents = IntercoderAgreement.documentsCodedByAll(project, coderIds);
            if (documents.isEmpty()) {
                // Who of them coded nothing, by name: a supervisor who only commented is a coder too (QA: the
                // message did not say why).
                java.util.Set<String> coding = new java.util.HashSet<>();
                project.codings().forEach(c -> coding.add(c.coderId()));
                List<String> none = coderIds.stream().filter(id -> !coding.contains(id))
                        .map(id -> project.coder(id).map(nl.veldwerk.model.Coder::name).orElse(id)).toList();
                throw new IllegalArgumentException(none.isEmpty() ? I18n.text("agreement.noDocuments")
                        : I18n.text("agreement.noDocumentsCodedNone", String.join(", ", none), none.size()));
            }
            return IntercoderAgreement.compute(project, coderIds, documents, codes(), unit);
        }, done, failed);
    }

    interface ExportJob {
        void run() throws Exception;
    }

    /** Writes an export in the background; a failure is shown, the file is written whole or not at all. */
    /**
     * Asks where, then writes a table in the background: every sheet to .xlsx, or the table shown to .csv as
     * the reader's spreadsheet reads it.
     */
    void exportTables(Dialogs dialogs, String baseName, FileType type, List<nl.veldwerk.analysis.Grid> sheets,
                      nl.veldwerk.analysis.Grid shown) {
        dialogs.chooseFileToSave(I18n.text("export.title"), baseName + type.extension(), type)
                .ifPresent(file -> export(dialogs, file, () -> {
                    if (type == FileType.XLSX) {
                        nl.veldwerk.report.GridExport.toXlsx(sheets, file);
                    } else {
                        nl.veldwerk.report.GridExport.toCsv(shown, file, I18n.locale());
                    }
                }));
    }

    /** Writes a file off the FX thread; when written, {@link #writtenProperty} says where. */
    void export(Dialogs dialogs, java.nio.file.Path file, ExportJob job) {
        written.set("");
        run(background, () -> {
            job.run();
            return Boolean.TRUE;
        }, ok -> written.set(I18n.text("status.wroteIn", file.getFileName(), file.toAbsolutePath().getParent())),
                e -> dialogs.showError(I18n.text("error.export"), I18n.message(e)));
    }

    /** What the last export wrote, and where ("" before any, and while one is being written). */
    javafx.beans.property.ReadOnlyStringProperty writtenProperty() {
        return written;
    }

    /**
     * "A01 ¶ 4–5 · Buren helpen." for a stretch of text: where it is as the transcript numbers its paragraphs
     * (character offsets, "16–29", told a reader nothing).
     */
    String describe(String documentId, int start, int end) {
        Document d = project.document(documentId).orElseThrow();
        String whole = d.text();
        // Worked out once per document: the project is a snapshot that does not change.
        nl.veldwerk.model.Paragraphs paragraphs = paragraphsOf.computeIfAbsent(documentId,
                id -> nl.veldwerk.model.Paragraphs.of(whole));
        String text = whole.substring(start, end).strip().replaceAll("\\s+", " ");
        return d.name() + " ¶ " + nl.veldwerk.model.Paragraphs.label(paragraphs.span(start, end)) + " · "
                + (text.length() > 160 ? text.substring(0, 160) + "…" : text);
    }

    /** "7:8 · A07 ¶ 12 · …": a quotation by its ID first, as the quotation lists and reports cite it. */
    String describe(Quotation q) {
        return quotationId(q) + " · " + describe(q.documentId(), q.start(), q.end());
    }

    /** "7:8": the quotation's ID as the quotation lists and reports cite it. */
    String quotationId(Quotation q) {
        return project.document(q.documentId()).map(q::idIn).orElse("");
    }

    /**
     * The window closed or refreshed: its queued work is stopped and what still ends is dropped (a count ending
     * after a refresh re-listed its cell on the closed queue, and an error dialog said the job was rejected).
     */
    void shutdown() {
        closed = true;
        background.cancel();
        background.shutdown();
        lists.shutdown();
    }

    /** Work for a queue of this window's, unless it is closed; its results only while it is still open. */
    private <T> void run(Background queue, nl.veldwerk.ui.common.TaskRunner.Job<T> job,
                         java.util.function.Consumer<T> done, java.util.function.Consumer<Exception> failed) {
        if (closed) {
            return;
        }
        queue.run(job, result -> {
            if (!closed) {
                done.accept(result);
            }
        }, e -> {
            if (!closed) {
                failed.accept(e);
            }
        });
    }
}
