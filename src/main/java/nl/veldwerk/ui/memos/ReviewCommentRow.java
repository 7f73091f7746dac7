package nl.veldwerk.ui.memos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.veldwerk.model.Document;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.ModelException;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.ui.common.I18n;

/**
 * One review comment as the list of all of them shows it: what it is about in words (a code's name; a quotation's
 * ID, document and first words), what it says, who wrote it and when, and whether and when it was resolved.
 *
 * @param resolvedAt when it was marked resolved (its last change), null while open or when the file has no date
 */
record ReviewCommentRow(String id, MemoTarget target, String about, String text, String author, Instant written,
                        boolean resolved, Instant resolvedAt) {
    /** As much of a quotation as names it in a list; the thread beside it shows the whole. */
    private static final int EXCERPT = 70;

    /**
     * The project's review comments, a thread's comments together and oldest first; threads in the order of
     * what they are about (codes, then quotations by document and place).
     */
    static List<ReviewCommentRow> of(Project project) {
        List<Memo> comments = new ArrayList<>(project.memos().stream().filter(Memo::comment).toList());
        comments.sort(Comparator.comparing((Memo m) -> order(project, m.target()))
                .thenComparing(m -> m.target().id())
                .thenComparing(Memo::created, Comparator.nullsFirst(Comparator.naturalOrder())));
        java.util.Map<MemoTarget, String> about = new java.util.HashMap<>(); // one excerpt read per thread
        List<ReviewCommentRow> rows = new ArrayList<>(comments.size());
        for (Memo m : comments) {
            rows.add(new ReviewCommentRow(m.id(), m.target(), about.computeIfAbsent(m.target(), t -> about(project, t)),
                    m.text(), author(project, m), m.created(), m.resolved(), m.resolved() ? m.modified() : null));
        }
        return rows;
    }

    /** Whether the row holds {@code words} (case-insensitive) in what it says, is about, or who wrote it. */
    boolean holds(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        return w.isEmpty() || text.toLowerCase(Locale.ROOT).contains(w) || about.toLowerCase(Locale.ROOT).contains(w)
                || author.toLowerCase(Locale.ROOT).contains(w);
    }

    /** Codes by name first, then quotations by document number and place, then anything else. */
    private static String order(Project project, MemoTarget target) {
        return switch (target.kind()) {
            case CODE -> "1" + project.code(target.id()).map(c -> c.name().toLowerCase(Locale.ROOT)).orElse("");
            case QUOTATION -> project.quotation(target.id()).map(q -> "2" + project.document(q.documentId())
                    .map(d -> String.format(Locale.ROOT, "%09d", d.number())).orElse("") + String.format(Locale.ROOT,
                    "%011d", q.start())).orElse("3");
            default -> "3";
        };
    }

    private static String about(Project project, MemoTarget target) {
        return switch (target.kind()) {
            case CODE -> project.code(target.id()).map(c -> I18n.text("reviewList.aboutCode", c.name()))
                    .orElseGet(() -> I18n.text("reviewList.aboutGone"));
            case QUOTATION -> project.quotation(target.id()).flatMap(q -> project.document(q.documentId())
                    .map(d -> I18n.text("reviewList.aboutQuotation", q.idIn(d), d.name(), excerpt(d, q))))
                    .orElseGet(() -> I18n.text("reviewList.aboutGone"));
            case DOCUMENT -> project.document(target.id()).map(d -> I18n.text("reviewList.aboutDocument", d.name()))
                    .orElseGet(() -> I18n.text("reviewList.aboutGone"));
            default -> target.kind() == EntityKind.PROJECT_INFO ? I18n.text("reviewList.aboutProject")
                    : I18n.text("reviewList.aboutGone");
        };
    }

    /** The quotation's first words on one line; none when its document's text cannot be read (damaged part). */
    private static String excerpt(Document d, Quotation q) {
        String text;
        try {
            text = d.text();
        } catch (ModelException e) {
            return "";
        }
        int end = Math.min(Math.min(q.end(), text.length()), q.start() + EXCERPT * 2);
        String words = text.substring(Math.min(q.start(), end), end).replaceAll("\\s+", " ").strip();
        return words.length() <= EXCERPT ? "«" + words + "»" : "«" + words.substring(0, EXCERPT).strip() + "…»";
    }

    private static String author(Project project, Memo m) {
        return m.authorId() == null ? "?" : project.coder(m.authorId()).map(c -> c.name()).orElse("?");
    }
}
