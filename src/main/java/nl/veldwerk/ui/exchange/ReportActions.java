package nl.veldwerk.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.veldwerk.analysis.QuotationSelection;
import nl.veldwerk.model.Project;
import nl.veldwerk.report.QuotationReport;
import nl.veldwerk.ui.common.Preferences;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.TaskRunner;

/** Writes a quotation report in the background, with progress in the status bar and Cancel. */
public final class ReportActions {
    /** What the report dialog asked for. */
    public record Request(String title, Set<String> codeIds, boolean withSubCodes, Set<String> documentIds,
                   Set<String> groupIds, QuotationSelection.Grouping grouping, boolean table, boolean definitions,
                   boolean memos, String diagramId, String savedQuery, boolean openWhenWritten, Locale language,
                   List<String> attributeValues) {
        /**
         * {@code attributeValues}: the attribute values ticked ("rol = wijkcoach"), whose documents are in
         * {@code documentIds}; named on the title page and ticked again when the dialog opens with these choices.
         */
        public Request {
            attributeValues = attributeValues == null ? List.of() : List.copyOf(attributeValues);
        }

        public Request(String title, Set<String> codeIds, boolean withSubCodes, Set<String> documentIds,
                       Set<String> groupIds, QuotationSelection.Grouping grouping, boolean table, boolean definitions,
                       boolean memos, String diagramId, String savedQuery, boolean openWhenWritten, Locale language) {
            this(title, codeIds, withSubCodes, documentIds, groupIds, grouping, table, definitions, memos, diagramId,
                    savedQuery, openWhenWritten, language, List.of());
        }
    }

    private final MainViewModel main;

    public ReportActions(MainViewModel main) {
        this.main = main;
    }

    /** By the file's extension: .docx (Word), .html, .xlsx or .csv. Works on a snapshot; the user codes on. */
    public void write(Request r, Path file) {
        if (main.storeProperty().get() == null) {
            return;
        }
        main.commitPendingEdits();
        Project project = main.session().project();
        Locale locale = r.language() != null ? r.language() : nl.veldwerk.ui.common.ReportLanguage.of(project);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        // The saved query as it is now, when the report is asked for (the copy is made when the job starts).
        var query = r.savedQuery() == null ? null : project.info().savedQueries().stream()
                .filter(q -> q.name().equals(r.savedQuery())).findFirst().orElseThrow();
        main.background().run(() -> {
            main.background().report(I18n.text("report.progress"));
            Project copy = project.copy(); // here, not on the FX thread: a second at a million quotations
            Set<String> fromQuery = query == null ? null
                    : nl.veldwerk.search.SavedQueries.quotationIds(copy, query, null);
            if (fromQuery != null && fromQuery.isEmpty()) {
                throw nl.veldwerk.report.NothingToReport.fromQuery(query.name());
            }
            QuotationSelection.Criteria criteria = new QuotationSelection.Criteria(r.codeIds(), r.withSubCodes(),
                    r.documentIds(), r.groupIds(), r.grouping(), fromQuery);
            List<QuotationSelection.Section> sections = QuotationSelection.select(copy, criteria);
            try {
                QuotationReport.Options options = options(r, copy, locale, criteria);
                if (name.endsWith(".html")) {
                    QuotationReport.writeHtml(copy, sections, options, file);
                } else if (name.endsWith(".xlsx") || name.endsWith(".csv")) {
                    warnings.addAll(QuotationReport.writeTable(copy, sections, options, file, name.endsWith(".xlsx"),
                            QuotationReport.separatorFor(locale)));
                } else {
                    warnings.addAll(QuotationReport.writeDocx(copy, sections, options, file, progressShown()));
                }
                return QuotationSelection.distinctQuotations(sections);
            } finally {
                QuotationSelection.release(sections); // its temporary file, if a large selection made one
            }
        }, count -> {
            main.showStatus(I18n.text("report.written", file.getFileName(), count)
                    + warnings.stream().map(w -> " " + w).reduce("", String::concat));
            if (r.openWhenWritten()) {
                main.dialogs().openInOtherApplication(file);
            }
        }, e -> {
            if (e instanceof QuotationReport.Cancelled) {
                main.showStatus(I18n.text("report.cancelled"));
            } else {
                main.fail(I18n.text("error.export"), e);
            }
        });
    }

    /** Every memo, in Word, in the background from a snapshot; a project without memos gets a message. */
    public void memos(Path file) {
        if (main.storeProperty().get() == null) {
            return;
        }
        Locale locale = nl.veldwerk.ui.common.ReportLanguage.of(main.session().project());
        main.files().exportCopy(file, copy -> nl.veldwerk.report.MemoReport.write(copy, file, locale));
    }

    /** Cancel from the status bar; "Writing the report… 1,200 of 10,000" as each group is done. */
    private QuotationReport.Monitor progressShown() {
        TaskRunner background = main.background();
        return new QuotationReport.Monitor() {
            @Override
            public boolean cancelled() {
                return background.cancelled();
            }

            @Override
            public void progress(int done, int total) {
                background.report(I18n.text("report.progressCount", done, total));
            }
        };
    }

    private static QuotationReport.Options options(Request r, Project p, Locale locale,
                                                   QuotationSelection.Criteria criteria) {
        return new QuotationReport.Options(r.title(), r.table(), r.definitions(), r.memos(), r.diagramId() != null
                ? p.diagram(r.diagramId()).orElse(null) : null, locale,
                nl.veldwerk.report.ReportScope.of(p, criteria, r.savedQuery(), r.attributeValues()),
                Preferences.coderName());
    }
}
