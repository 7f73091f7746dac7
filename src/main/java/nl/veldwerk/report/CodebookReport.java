package nl.veldwerk.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Document;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.UserText;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The codebook for a supervisor, as a Word document: the tree as headings (Word's navigation pane shows
 * it), and for each code its phase, review status and counts, definition, indicators, rules, anchor
 * example, memo, its relations to other codes, open review comments and up to two example quotations with their
 * respondent.
 */
public final class CodebookReport {
    private static final int EXAMPLES = 2;
    private static final int EXAMPLE_LENGTH = 400;

    private CodebookReport() {
    }

    public static void write(Project project, Path file, Locale locale) throws IOException {
        try (WordDocument doc = new WordDocument(locale, project.info().language())) {
            doc.title(text(locale, "codebook.title", project.info().name()));
            doc.properties(text(locale, "codebook.title", project.info().name()), "");
            doc.note(text(locale, "codebook.subtitle", project.codes().size(), QuotationReport.today(locale)));
            doc.pageNumbers(text(locale, "report.page"), false);
            // Each document's paragraphs found once, however many examples it gives.
            Map<String, nl.veldwerk.model.Paragraphs> paragraphs = new java.util.HashMap<>();
            roots(project).forEach(c -> code(doc, project, c, 1, locale, paragraphs));
            doc.write(file);
        }
    }

    private static void code(WordDocument doc, Project p, Code c, int depth, Locale locale,
                             Map<String, nl.veldwerk.model.Paragraphs> paragraphs) {
        doc.heading(depth, c.name());
        List<Quotation> quotations = p.codingsWithCode(c.id()).stream().map(Coding::quotationId).distinct()
                .map(p::quotation).flatMap(java.util.Optional::stream)
                .sorted(p.documentOrder()).toList();
        long documents = quotations.stream().map(Quotation::documentId).distinct().count();
        String phase = text(locale, "phase." + c.phase());
        String review = text(locale, "review." + c.review());
        XWPFParagraph facts;
        if (p.childrenOf(c.id()).isEmpty()) {
            facts = doc.note(text(locale, "codebook.facts", phase, review, quotations.size(), documents));
        } else {
            // A category is mostly coded through its sub-codes; its own count alone would read as unused.
            java.util.Set<Quotation> all = new java.util.HashSet<>(quotations);
            p.codes().stream().filter(x -> p.isBelow(x.id(), c.id())).forEach(x -> p.codingsWithCode(x.id())
                    .forEach(coding -> p.quotation(coding.quotationId()).ifPresent(all::add)));
            facts = doc.note(text(locale, "codebook.factsWithSubCodes", phase, review, quotations.size(), documents,
                    all.size(), all.stream().map(Quotation::documentId).distinct().count()));
        }
        // The facts stay with what the code's entry says next (QA: heading and facts at a page's foot, the
        // definition on the next); not with the next code's heading, which would chain empty entries together.
        if (!quotations.isEmpty() || !c.definition().isBlank() || !c.indicators().isEmpty()
                || !c.inclusion().isBlank() || !c.exclusion().isBlank() || !c.anchor().isBlank() || !c.memo().isBlank()
                || p.relations().stream().anyMatch(r -> r.sourceCodeId().equals(c.id()))
                || p.memosAbout(new MemoTarget(EntityKind.CODE, c.id())).stream()
                        .anyMatch(m -> !m.comment() || !m.resolved())) { // a handled comment is not printed
            WordDocument.keepWithNext(facts);
        }
        if (!c.definition().isBlank()) {
            doc.labelled(text(locale, "codebook.definition"), c.definition());
        }
        if (!c.indicators().isEmpty()) {
            doc.labelled(text(locale, "codebook.indicators"), "");
            c.indicators().forEach(doc::bullet);
        }
        if (!c.inclusion().isBlank()) {
            doc.labelled(text(locale, "codebook.inclusion"), c.inclusion());
        }
        if (!c.exclusion().isBlank()) {
            doc.labelled(text(locale, "codebook.exclusion"), c.exclusion());
        }
        if (!c.anchor().isBlank()) {
            doc.labelled(text(locale, "codebook.anchor"), c.anchor());
        }
        if (!c.memo().isBlank()) {
            doc.labelled(text(locale, "codebook.memo"), c.memo());
        }
        // The axial phase's links, from this code: a supervisor reviewing the codebook saw none of them (QA).
        List<nl.veldwerk.model.Relation> relations = p.relations().stream().filter(r -> r.sourceCodeId().equals(c.id()))
                .sorted(Comparator.comparing((nl.veldwerk.model.Relation r) -> p.labelOf(r.targetCodeId()),
                        String.CASE_INSENSITIVE_ORDER)).toList();
        if (!relations.isEmpty()) {
            doc.labelled(text(locale, "codebook.relations"), "");
            relations.forEach(r -> doc.bullet(relation(p, r, locale)));
        }
        for (Memo m : p.memosAbout(new MemoTarget(EntityKind.CODE, c.id()))) {
            if (!m.comment()) { // the Memos tab's memos about the code: a thesis's conclusions were left out (QA)
                doc.labelled(m.title().isBlank() ? text(locale, "codebook.memoAboutUntitled")
                        : text(locale, "codebook.memoAbout", nl.veldwerk.model.Quoting.quoted(m.title())), m.text());
            }
        }
        // A thread with an open comment is printed whole, oldest first: a reply stood alone, without the comment it
        // answers, when that one was resolved (QA). A thread all resolved is settled and left out.
        List<Memo> thread = p.memosAbout(new MemoTarget(EntityKind.CODE, c.id())).stream().filter(Memo::comment)
                .sorted(Comparator.comparing(Memo::created, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        if (thread.stream().anyMatch(m -> !m.resolved())) {
            for (Memo m : thread) {
                String author = m.authorId() == null ? "?" : p.coder(m.authorId()).map(x -> x.name()).orElse("?");
                String by = m.resolvedBy() == null ? null : p.coder(m.resolvedBy()).map(x -> x.name()).orElse(null);
                doc.labelled(!m.resolved() ? text(locale, "codebook.comment", author)
                        : by == null ? text(locale, "codebook.commentResolved", author)
                        : text(locale, "codebook.commentResolvedBy", author, by), m.text());
            }
        }
        for (Quotation q : quotations.subList(0, Math.min(EXAMPLES, quotations.size()))) {
            Document d = p.document(q.documentId()).orElseThrow();
            String quoted = d.text().substring(q.start(), q.end()).strip();
            if (quoted.length() > EXAMPLE_LENGTH) {
                quoted = quoted.substring(0, EXAMPLE_LENGTH) + "…";
            }
            // Cited as the quotation report cites it ("3:12 · W02, ¶ 5"), so the example can be found.
            int[] span = paragraphs.computeIfAbsent(d.id(), k -> nl.veldwerk.model.Paragraphs.of(d.text()))
                    .span(q.start(), q.end());
            doc.quote(quoted, QuotationReport.cited(q, d, span[0], span[1]), false);
        }
        children(p, c).forEach(child -> code(doc, p, child, depth + 1, locale, paragraphs));
    }

    /** "causes → Individueel gebruik (weight 0.8): note", in the report's language. */
    static String relation(Project p, nl.veldwerk.model.Relation r, Locale locale) {
        String line = DiagramText.relation(r.type(), r.label(), locale) + " → " + p.labelOf(r.targetCodeId());
        if (r.weight() != 0) {
            line += " (" + text(locale, "codebook.weight", r.weight()) + ")";
        }
        return r.comment().isBlank() ? line : line + ": " + r.comment();
    }

    private static List<Code> roots(Project p) {
        return p.codes().stream().filter(c -> c.parentId() == null).sorted(byName()).toList();
    }

    private static List<Code> children(Project p, Code c) {
        return p.childrenOf(c.id()).stream().sorted(byName()).toList();
    }

    private static Comparator<Code> byName() {
        return Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER);
    }

    private static String text(Locale locale, String key, Object... args) {
        return UserText.of(CodebookReport.class, key, args).text(locale);
    }
}
