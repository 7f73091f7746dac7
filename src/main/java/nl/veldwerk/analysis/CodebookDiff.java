package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coding;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.UserText;

/**
 * What changed in a codebook between two copies of a project (the one sent to a supervisor and the one
 * that came back): codes added, removed, merged (removed, with their quotations now under another code),
 * renamed, moved, with a changed definition or rules, phase or review status; new, resolved or reopened
 * review comments; a quotation's comment and codings there that this project lacks. Codes are matched by id, which
 * copies of a project share. Without the state both started from, a difference may have been made on either
 * side: the lines say how each copy has it, not who changed it.
 */
public final class CodebookDiff {
    /** The kinds of change, in the order a reader wants them. */
    public enum Kind { ADDED, REMOVED, MERGED, RENAMED, MOVED, DEFINITION, PHASE, STATUS, COMMENT, RESOLVED,
        QUOTATION_COMMENT, CODING }

    /** One change, with what a person reads about it. */
    public record Change(Kind kind, String codeId, UserText text) {
    }

    private CodebookDiff() {
    }

    /** A definition as a line of the comparison shows it: whole up to a few sentences, "—" when empty. */
    private static String shown(String definition) {
        String line = definition.strip().replaceAll("\\s+", " ");
        return line.isEmpty() ? "—" : line.length() <= 300 ? line : line.substring(0, 299) + "…";
    }

    public static List<Change> between(Project mine, Project theirs) {
        List<Change> changes = new ArrayList<>();
        for (Code t : theirs.codes()) {
            Optional<Code> m = mine.code(t.id());
            if (m.isEmpty()) {
                changes.add(change(Kind.ADDED, t.id(), "diff.added", path(theirs, t)));
                continue;
            }
            Code c = m.get();
            if (!c.name().equals(t.name())) {
                changes.add(change(Kind.RENAMED, t.id(), "diff.renamed", c.name(), t.name()));
            }
            if (!Objects.equals(c.parentId(), t.parentId())) {
                changes.add(change(Kind.MOVED, t.id(), "diff.moved", t.name(), parentPath(mine, c), parentPath(theirs, t)));
            }
            // The definitions themselves, side by side: "differ" alone did not say what the supervisor wrote (QA).
            if (!c.definition().equals(t.definition())) {
                changes.add(change(Kind.DEFINITION, t.id(), "diff.definitionText", t.name(), shown(c.definition()),
                        shown(t.definition())));
            }
            if (!c.indicators().equals(t.indicators()) || !c.inclusion().equals(t.inclusion())
                    || !c.exclusion().equals(t.exclusion()) || !c.anchor().equals(t.anchor())) {
                changes.add(change(Kind.DEFINITION, t.id(), "diff.definition", t.name()));
            }
            if (c.phase() != t.phase()) {
                changes.add(change(Kind.PHASE, t.id(), "diff.phase", t.name(), word("phase." + c.phase()),
                        word("phase." + t.phase())));
            }
            if (c.review() != t.review()) {
                changes.add(change(Kind.STATUS, t.id(), "diff.status", t.name(), word("review." + c.review()),
                        word("review." + t.review())));
            }
        }
        for (Code c : mine.codes()) {
            if (theirs.code(c.id()).isEmpty()) {
                changes.add(mergedInto(mine, theirs, c).map(into -> change(Kind.MERGED, c.id(), "diff.merged", c.name(),
                        into.name())).orElseGet(() -> change(Kind.REMOVED, c.id(), "diff.removed", path(mine, c))));
            }
        }
        for (Memo t : theirs.memos()) {
            if (!t.comment()) {
                continue;
            }
            Optional<Memo> m = mine.find(t.kind(), t.id()).map(Memo.class::cast);
            String about = describeTarget(theirs, t);
            String author = t.authorId() == null ? "?" : theirs.coder(t.authorId()).map(x -> x.name()).orElse("?");
            if (m.isEmpty()) {
                changes.add(change(Kind.COMMENT, codeOf(theirs, t), "diff.comment", author, about, t.text()));
            } else if (!m.get().resolved() && t.resolved()) {
                changes.add(change(Kind.RESOLVED, codeOf(theirs, t), "diff.resolved", about, t.text()));
            } else if (ReviewMerge.reopened(m.get(), t)) {
                changes.add(change(Kind.RESOLVED, codeOf(theirs, t), "diff.reopened", about, t.text()));
            }
        }
        for (Quotation t : theirs.quotations()) {
            Optional<Quotation> m = mine.quotation(t.id());
            if (m.isPresent() && t.comment() != null && !t.comment().isBlank()
                    && !t.comment().strip().equals(m.get().comment() == null ? "" : m.get().comment().strip())) {
                changes.add(change(Kind.QUOTATION_COMMENT, null, m.get().comment() == null || m.get().comment()
                        .isBlank() ? "diff.quotationComment" : "diff.quotationCommentDiffers", idOf(mine, m.get()),
                        t.comment().strip()));
            }
        }
        // Codings there that this project lacks (a supervisor who codes as they read): listed, not taken over.
        for (Coding t : theirs.codings()) {
            Quotation q = theirs.quotation(t.quotationId()).orElse(null);
            Code code = mine.code(t.codeId()).orElse(null);
            if (q != null && code != null && samePlace(mine, q).stream().noneMatch(own -> mine.codingsOf(own.id())
                    .stream().anyMatch(c -> c.codeId().equals(t.codeId())))) {
                // By this project's number where it has the quotation; one made in their copy has a number there
                // that may be another quotation's here (QA: "1:4" named the student's own 1:4): named without it.
                changes.add(change(Kind.CODING, t.codeId(), "diff.coding", code.name(), mine.quotation(q.id())
                        .map(own -> idOf(mine, own)).orElseGet(() -> wordsOf(theirs, q))));
            }
        }
        changes.sort(Comparator.comparing(Change::kind));
        return List.copyOf(changes);
    }

    /**
     * This project's quotations of the words their quotation {@code q} marks: itself, and any of the same range in
     * the same document. A merge of their earlier copy put their coding on the quotation here of the same words
     * (QA: a coding both had was listed as theirs alone, its quotation known here under another id).
     */
    private static List<Quotation> samePlace(Project mine, Quotation q) {
        List<Quotation> same = new java.util.ArrayList<>();
        mine.quotation(q.id()).ifPresent(same::add);
        mine.quotationsOf(q.documentId()).stream().filter(own -> !own.id().equals(q.id()) && own.start() == q.start()
                && own.end() == q.end()).forEach(same::add);
        return same;
    }

    /**
     * The code that now holds most of a removed code's quotations, if any does: one of this project's, or one made
     * there (QA: the supervisor split the student's quotations off into a new code, and the list said only that the
     * student's code was gone and a new one there).
     */
    static Optional<Code> mergedInto(Project mine, Project theirs, Code removed) {
        Map<String, Integer> votes = new HashMap<>();
        for (Coding c : mine.codingsWithCode(removed.id())) {
            for (Coding now : theirs.codingsOf(c.quotationId())) {
                if (!now.codeId().equals(removed.id())) {
                    votes.merge(now.codeId(), 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).flatMap(e -> theirs.code(e.getKey()));
    }

    private static String codeOf(Project p, Memo m) {
        return switch (m.target().kind()) {
            case CODE -> m.target().id();
            case QUOTATION -> p.codingsOf(m.target().id()).stream().map(Coding::codeId).findFirst().orElse(null);
            default -> null;
        };
    }

    /** "1:4 A01 “De eigen bijdrage…”": a quotation as a reader finds it again. */
    private static String idOf(Project p, Quotation q) {
        return p.document(q.documentId()).map(d -> q.idIn(d) + " " + wordsOf(p, q)).orElse("?");
    }

    /** "A01 “De eigen bijdrage…”": a quotation by its document and first words (of another copy: no number). */
    private static String wordsOf(Project p, Quotation q) {
        return p.document(q.documentId()).map(d -> d.name() + " “" + d.text().substring(q.start(),
                Math.min(q.end(), q.start() + 60)).replace('\n', ' ') + (q.end() - q.start() > 60 ? "…”" : "”"))
                .orElse("?");
    }

    static String describeTarget(Project p, Memo m) {
        return switch (m.target().kind()) {
            case CODE -> p.code(m.target().id()).map(Code::name).orElse("?");
            case QUOTATION -> p.quotation(m.target().id()).map(q -> wordsOf(p, q)).orElse("?");
            default -> "";
        };
    }

    private static String path(Project p, Code c) {
        String parent = parentPath(p, c);
        return parent.isEmpty() ? c.name() : parent + " > " + c.name();
    }

    private static String parentPath(Project p, Code c) {
        return c.parentId() == null ? "" : p.code(c.parentId()).map(x -> path(p, x)).orElse("");
    }

    private static Change change(Kind kind, String codeId, String key, Object... args) {
        return new Change(kind, codeId, UserText.of(CodebookDiff.class, key, args));
    }

    private static UserText word(String key) {
        return UserText.of(CodebookDiff.class, key);
    }
}
