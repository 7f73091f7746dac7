package nl.veldwerk.ui.memos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.veldwerk.model.Code;
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
                        boolean resolved, Instant resolvedAt, String resolvedBy) {
    /** As much of a quotation as names it in a list; the thread beside it shows the whole. */
    private static final int EXCERPT = 70;

    /**
     * What the rows are made of, taken from the project while it stands still (cheap: no text is read); the rows
     * are made from it afterwards, off the window's thread, since a quotation's first words are read from its
     * document's part on disk.
     */
    record Source(List<Memo> comments, Map<String, Code> codes, Map<String, Quotation> quotations,
                  Map<String, Document> documents, Map<String, String> coders) {
    }

    static Source source(Project project) {
        List<Memo> comments = project.memos().stream().filter(Memo::comment).toList();
        Map<String, Code> codes = new HashMap<>();
        Map<String, Quotation> quotations = new HashMap<>();
        Map<String, Document> documents = new HashMap<>();
        Map<String, String> coders = new HashMap<>();
        for (Memo m : comments) {
            String id = m.target().id();
            switch (m.target().kind()) {
                case CODE -> project.code(id).ifPresent(c -> codes.put(id, c));
                case QUOTATION -> project.quotation(id).ifPresent(q -> {
                    quotations.put(id, q);
                    project.document(q.documentId()).ifPresent(d -> documents.put(d.id(), d));
                });
                case DOCUMENT -> project.document(id).ifPresent(d -> documents.put(id, d));
                default -> { }
            }
            for (String coder : new String[] {m.authorId(), m.resolvedBy()}) {
                if (coder != null) {
                    project.coder(coder).ifPresent(c -> coders.put(c.id(), c.name()));
                }
            }
        }
        return new Source(comments, codes, quotations, documents, coders);
    }

    /**
     * The comments as rows, a thread's comments together and oldest first; threads in the order of what they are
     * about (codes by name, then quotations by document and place).
     */
    static List<ReviewCommentRow> of(Source source) {
        record Keyed(String key, Memo memo) {
        }
        List<Keyed> keyed = new ArrayList<>(source.comments().size());
        for (Memo m : source.comments()) {
            keyed.add(new Keyed(order(source, m.target()), m));
        }
        keyed.sort(Comparator.comparing(Keyed::key).thenComparing(k -> k.memo().target().id())
                .thenComparing(k -> k.memo().created(), Comparator.nullsFirst(Comparator.naturalOrder())));
        Map<MemoTarget, String> about = new HashMap<>(); // one excerpt read per thread
        List<ReviewCommentRow> rows = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            Memo m = k.memo();
            String author = m.authorId() == null ? "?" : source.coders().getOrDefault(m.authorId(), "?");
            rows.add(new ReviewCommentRow(m.id(), m.target(), about.computeIfAbsent(m.target(), t -> about(source, t)),
                    m.text(), author, m.created(), m.resolved(), m.resolved() ? m.modified() : null,
                    m.resolvedBy() == null ? null : source.coders().get(m.resolvedBy())));
        }
        return rows;
    }

    /** Whether the row holds {@code words} (case-insensitive) in what it says, is about, who wrote or resolved it. */
    boolean holds(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        return w.isEmpty() || text.toLowerCase(Locale.ROOT).contains(w) || about.toLowerCase(Locale.ROOT).contains(w)
                || author.toLowerCase(Locale.ROOT).contains(w)
                || resolvedBy != null && resolvedBy.toLowerCase(Locale.ROOT).contains(w);
    }

    /** Codes by name first, then quotations by document number and place, then anything else. */
    private static String order(Source source, MemoTarget target) {
        return switch (target.kind()) {
            case CODE -> {
                Code c = source.codes().get(target.id());
                yield c == null ? "3" : "1" + c.name().toLowerCase(Locale.ROOT);
            }
            case QUOTATION -> {
                Quotation q = source.quotations().get(target.id());
                Document d = q == null ? null : source.documents().get(q.documentId());
                yield d == null ? "3" : String.format(Locale.ROOT, "2%09d%011d", d.number(), q.start());
            }
            default -> "3";
        };
    }

    private static String about(Source source, MemoTarget target) {
        String gone = I18n.text("reviewList.aboutGone");
        return switch (target.kind()) {
            case CODE -> {
                Code c = source.codes().get(target.id());
                yield c == null ? gone : I18n.text("reviewList.aboutCode", c.name());
            }
            case QUOTATION -> {
                Quotation q = source.quotations().get(target.id());
                Document d = q == null ? null : source.documents().get(q.documentId());
                yield d == null ? gone : I18n.text("reviewList.aboutQuotation", q.idIn(d), d.name(), excerpt(d, q));
            }
            case DOCUMENT -> {
                Document d = source.documents().get(target.id());
                yield d == null ? gone : I18n.text("reviewList.aboutDocument", d.name());
            }
            default -> target.kind() == EntityKind.PROJECT_INFO ? I18n.text("reviewList.aboutProject") : gone;
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
        int end = Math.min(q.end(), text.length());
        String words = nl.veldwerk.ui.common.Texts.oneLine(text, Math.min(q.start(), end), end, EXCERPT + 1);
        return words.length() <= EXCERPT ? "«" + words + "»" : "«" + words.substring(0, EXCERPT).strip() + "…»";
    }
}
