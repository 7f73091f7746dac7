package nl.veldwerk.ui.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.Paragraphs;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.ui.common.Texts;

/** A line of the quotation manager: a quotation of any document with what it is filtered and sorted by. */
record QuotationManagerRow(Quotation quotation, String id, Document document, String paragraphs, String text,
                           Set<String> codeIds, String codes, String comment, String speaker, String coder,
                           Instant created) {

    /** Every quotation of the project, in document order, then reading order. */
    static List<QuotationManagerRow> of(Project p) {
        List<QuotationManagerRow> rows = new ArrayList<>();
        List<Document> documents = p.documents().stream().sorted(java.util.Comparator.comparingInt(Document::number)
                .thenComparing(Document::name)).toList();
        for (Document d : documents) {
            Paragraphs paragraphs = Paragraphs.of(d.text());
            for (Quotation q : p.quotationsOf(d.id()).stream().sorted(java.util.Comparator.comparingInt(
                    Quotation::start)).toList()) {
                List<Coding> codings = p.codingsOf(q.id());
                Set<String> codeIds = codings.stream().map(Coding::codeId).collect(Collectors.toSet());
                String codes = codings.stream().map(c -> p.code(c.codeId()).map(Code::name).orElse("?")).distinct()
                        .sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
                String coder = q.creatorId() == null ? "" : p.coder(q.creatorId()).map(Coder::name).orElse("");
                String speaker = d.speakerAt(q.start());
                rows.add(new QuotationManagerRow(q, q.idIn(d), d, Paragraphs.label(paragraphs.span(q.start(), q.end())),
                        Texts.oneLine(d.text(), q.start(), q.end()), codeIds, codes, q.comment(),
                        speaker == null ? "" : speaker, coder, q.created()));
            }
        }
        return rows;
    }

    /** Whether the typed text occurs in the quotation, its codes or its comment (case ignored). */
    boolean mentions(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || text.toLowerCase(Locale.ROOT).contains(t) || codes.toLowerCase(Locale.ROOT).contains(t)
                || comment.toLowerCase(Locale.ROOT).contains(t);
    }
}
