package nl.veldwerk.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.Paragraphs;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.UserText;

/**
 * Every memo of a project as a Word document, the analytic writing a thesis chapter grows from: project
 * memos first, then those about documents, codes (in tree order, with each code's own memo) and
 * quotations (each under its quotation and source). A memo's title is a heading, so Word's navigation
 * pane lists them; its author and date follow, then its text with its paragraphs kept. Review comments
 * are left out: they are a conversation about the codebook, not the analysis.
 */
public final class MemoReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private MemoReport() {
    }

    /** Writes the report; refuses a project without memos with a message rather than an empty document. */
    public static void write(Project p, Path file, Locale l) throws IOException {
        List<Memo> memos = p.memos().stream().filter(m -> !m.comment()).toList();
        boolean codeMemos = p.codes().stream().anyMatch(c -> !c.memo().isBlank());
        if (memos.isEmpty() && !codeMemos) {
            throw new NothingToReport("memos.none");
        }
        Map<EntityKind, List<Memo>> byKind = memos.stream().collect(Collectors.groupingBy(m -> m.target().kind()));
        // Counted as shown: the memos and the memo fields of codes (a report said "8 memos" over nine).
        long shown = memos.size() + p.codes().stream().filter(c -> !c.memo().isBlank()).count();
        try (WordDocument doc = new WordDocument(l, p.info().language())) {
            doc.title(text(l, "memos.title", p.info().name()));
            doc.properties(text(l, "memos.title", p.info().name()), "");
            doc.note(text(l, "memos.subtitle", shown, QuotationReport.today(l)));
            doc.pageNumbers(text(l, "report.page"), false);
            List<Memo> project = byKind.getOrDefault(EntityKind.PROJECT_INFO, List.of());
            if (!project.isEmpty()) {
                doc.heading(1, text(l, "memos.project"));
                project.forEach(m -> memo(doc, p, m, 2, l));
            }
            section(doc, p, l, "memos.documents", byKind.get(EntityKind.DOCUMENT), p.documents().stream()
                    .sorted(Comparator.comparing(Document::name, String.CASE_INSENSITIVE_ORDER)).map(Document::id)
                    .toList(), id -> p.document(id).map(Document::name).orElse("?"));
            codes(doc, p, l, byKind.getOrDefault(EntityKind.CODE, List.of()));
            quotations(doc, p, l, byKind.getOrDefault(EntityKind.QUOTATION, List.of()));
            doc.write(file);
        }
    }

    /** A heading per target that has memos, in the given order, each memo under it. */
    private static void section(WordDocument doc, Project p, Locale l, String headingKey, List<Memo> memos,
                                List<String> order, Function<String, String> name) {
        if (memos == null || memos.isEmpty()) {
            return;
        }
        doc.heading(1, text(l, headingKey));
        for (String id : order) {
            List<Memo> about = memos.stream().filter(m -> m.target().id().equals(id)).toList();
            if (!about.isEmpty()) {
                doc.heading(2, name.apply(id));
                about.forEach(m -> memo(doc, p, m, 3, l));
            }
        }
    }

    /** Codes in the order of the code tree, with the memo field of the code itself before its memos. */
    private static void codes(WordDocument doc, Project p, Locale l, List<Memo> memos) {
        List<Code> ordered = new ArrayList<>();
        treeOrder(p, null, ordered);
        List<Code> withMemos = ordered.stream().filter(c -> !c.memo().isBlank()
                || memos.stream().anyMatch(m -> m.target().id().equals(c.id()))).toList();
        if (withMemos.isEmpty()) {
            return;
        }
        doc.heading(1, text(l, "memos.codes"));
        for (Code c : withMemos) {
            doc.heading(2, c.name());
            if (!c.memo().isBlank()) {
                doc.heading(3, text(l, "memos.codeMemo"));
                body(doc, c.memo());
            }
            memos.stream().filter(m -> m.target().id().equals(c.id())).forEach(m -> memo(doc, p, m, 3, l));
        }
    }

    private static void treeOrder(Project p, String parentId, List<Code> out) {
        p.codes().stream().filter(c -> java.util.Objects.equals(c.parentId(), parentId))
                .sorted(Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER)).forEach(c -> {
                    out.add(c);
                    treeOrder(p, c.id(), out);
                });
    }

    /** Each quotation memo under its quotation, quoted with its source, in reading order per document. */
    private static void quotations(WordDocument doc, Project p, Locale l, List<Memo> memos) {
        if (memos.isEmpty()) {
            return;
        }
        doc.heading(1, text(l, "memos.quotations"));
        Comparator<Quotation> reading = Comparator.comparing((Quotation q) -> p.document(q.documentId())
                .map(Document::name).orElse("")).thenComparingInt(Quotation::start).thenComparingInt(Quotation::end)
                .thenComparingInt(Quotation::number);
        Map<String, Paragraphs> paragraphs = new java.util.HashMap<>(); // once per document, not per memo
        memos.stream().map(m -> p.quotation(m.target().id()).orElse(null)).filter(java.util.Objects::nonNull)
                .distinct().sorted(reading).forEach(q -> {
                    Document d = p.document(q.documentId()).orElseThrow();
                    int[] span = paragraphs.computeIfAbsent(d.id(), k -> Paragraphs.of(d.text()))
                            .span(q.start(), q.end());
                    String source = QuotationReport.cited(q, d, span[0], span[1]);
                    doc.heading(2, source); // cited once, as the heading (QA: again under the quotation)
                    doc.quote(d.text().substring(q.start(), q.end()).strip(), "", false);
                    memos.stream().filter(m -> m.target().id().equals(q.id())).forEach(m -> memo(doc, p, m, 3, l));
                });
    }

    private static void memo(WordDocument doc, Project p, Memo m, int level, Locale l) {
        doc.heading(level, m.title().isBlank() ? text(l, "memos.untitled") : m.title());
        String author = m.authorId() == null ? null : p.coder(m.authorId()).map(c -> c.name()).orElse(null);
        java.time.Instant at = m.modified() != null ? m.modified() : m.created();
        String when = at == null ? "" : when(at, l);
        doc.note(author == null ? when : text(l, "memos.byline", author, when));
        body(doc, m.text());
    }

    /**
     * "30 jun 2021 12:00": the date as the quotation reports write it, in the report's language, with the time a
     * journal entry needs (it read "2021-06-30 12:00" beside the quotation reports' "30 jun 2021").
     */
    static String when(java.time.Instant at, Locale l) {
        return QuotationReport.date(at, l) + " " + TIME.format(at);
    }

    /** The memo's text, a Word paragraph per paragraph (blank line), line breaks kept within one. */
    private static void body(WordDocument doc, String text) {
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                doc.paragraph(paragraph.strip());
            }
        }
    }

    private static String text(Locale locale, String key, Object... args) {
        return UserText.of(MemoReport.class, key, args).text(locale);
    }
}
