package nl.veldwerk.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.MemoTarget;
import nl.veldwerk.model.Project;
import nl.veldwerk.model.Quotation;
import nl.veldwerk.model.UserText;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.PlannedCommand;

/**
 * Takes a supervisor's review into the working project as one undoable step, and nothing else: their new
 * review comments (one on a code merged away here goes to the code it went into, one on something removed
 * becomes a memo about the project), comments they resolved or opened again, the review status of each code,
 * and a quotation's own comment where this project has none (a status still proposed there leaves a review here as
 * it is). The researcher's own work since the bundle went out (codings, codes, memos, definitions) stays as it
 * is; the supervisor's other changes are shown by {@link CodebookDiff} for the researcher to make by hand if
 * they agree.
 */
public final class ReviewMerge {
    /** What taking the review in puts into the project, in an order the project accepts (coders first). */
    record Takeover(List<Coder> coders, List<Memo> comments, List<Memo> resolved, List<Code> statuses,
                    List<Quotation> quotationComments) {
    }

    private ReviewMerge() {
    }

    /**
     * The counts of what {@link #command} takes over: {comments, resolved, statuses, of the comments those on
     * something no longer here that become memos about the project}.
     */
    public static int[] counts(Project mine, Project theirs) {
        Takeover t = takeover(mine, theirs);
        return new int[] {t.comments().size() + t.quotationComments().size(), t.resolved().size(),
                t.statuses().size(), (int) t.comments().stream().filter(m -> !m.comment()).count()};
    }

    /**
     * Their verdicts (approved, needs work) on codes this project no longer has, merged away or deleted since
     * the bundle went out: not taken over, and to be said so (they were dropped without a word: QA), as their
     * codes are in their copy.
     */
    public static List<Code> verdictsNotHere(Project mine, Project theirs) {
        return theirs.codes().stream().filter(c -> c.review() != nl.veldwerk.model.ReviewStatus.PROPOSED
                && c.review() != nl.veldwerk.model.ReviewStatus.MERGED && mine.code(c.id()).isEmpty()).toList();
    }

    public static Command command(Project theirs) {
        return new PlannedCommand(Message.of("review.accept", 0, 0), (plan, mine) -> {
            Takeover t = takeover(mine, theirs);
            t.coders().forEach(plan::put);
            t.comments().forEach(plan::put);
            t.resolved().forEach(plan::put);
            t.statuses().forEach(plan::put);
            t.quotationComments().forEach(plan::put);
            plan.describe(Message.of("review.accept", t.comments().size() + t.quotationComments().size()
                    + t.resolved().size(), t.statuses().size()));
        });
    }

    static Takeover takeover(Project mine, Project theirs) {
        Takeover t = new Takeover(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        Map<String, String> coderIds = new HashMap<>();
        Locale language = Locale.forLanguageTag(mine.info().language() == null ? "en" : mine.info().language());
        for (Memo their : theirs.memos()) {
            if (!their.comment()) {
                continue;
            }
            Memo m = (Memo) mine.find(EntityKind.MEMO, their.id()).orElse(null);
            if (m == null && !mine.contains(their.target().kind(), their.target().id())) {
                // On something the researcher has since merged away or removed: kept all the same (it was
                // dropped without a word), on the code it was merged into, or else as a memo about the project;
                // one resolved already only on the merged code (resolved on a code deleted here: settled).
                if (!their.resolved() || mergedInto(mine, theirs, their).isPresent()) {
                    t.comments().add(rehoused(mine, theirs, their, coder(mine, theirs, their.authorId(), coderIds,
                            t.coders()), language).withResolvedBy(coder(mine, theirs, their.resolvedBy(), coderIds,
                            t.coders())));
                }
            } else if (m == null) {
                t.comments().add(new Memo(their.id(), their.target(), their.title(), their.text(),
                        coder(mine, theirs, their.authorId(), coderIds, t.coders()), their.created(), their.modified(),
                        true, their.resolved(), coder(mine, theirs, their.resolvedBy(), coderIds, t.coders())));
            } else if (m.comment() && !m.resolved() && their.resolved()) {
                t.resolved().add(m.withResolved(true, coder(mine, theirs, their.resolvedBy(), coderIds, t.coders()),
                        their.modified()));
            } else if (reopened(m, their)) {
                t.resolved().add(m.withResolved(false, null, their.modified()));
            }
        }
        // A status their copy still has as proposed (where every code starts) does not undo a review here: the
        // copy may be an older one (the bundle that went out, picked by mistake put both statuses back).
        for (Code their : theirs.codes()) {
            mine.code(their.id()).filter(c -> c.review() != their.review()
                    && their.review() != nl.veldwerk.model.ReviewStatus.PROPOSED)
                    .ifPresent(c -> t.statuses().add(c.withReview(their.review())));
        }
        // A quotation's own comment written in their copy where this project has none (one written here as
        // well is left as it is: the comparison lists it).
        for (Quotation their : theirs.quotations()) {
            if (their.comment() != null && !their.comment().isBlank()) {
                mine.quotation(their.id()).filter(q -> q.comment() == null || q.comment().isBlank())
                        .ifPresent(q -> t.quotationComments().add(q.withComment(their.comment())));
            }
        }
        return t;
    }

    /**
     * Whether their copy opened again a comment resolved here: open there, resolved here, and opened after it was
     * resolved here (an older copy, from before it was resolved here, does not open it again).
     */
    static boolean reopened(Memo mine, Memo theirs) {
        return mine.comment() && mine.resolved() && !theirs.resolved() && theirs.modified() != null
                && (mine.modified() == null || theirs.modified().isAfter(mine.modified()));
    }

    /** A comment whose code or quotation is no longer here, on the code it went into or about the project. */
    private static Memo rehoused(Project mine, Project theirs, Memo their, String author, Locale language) {
        String about = CodebookDiff.describeTarget(theirs, their);
        if (their.target().kind() == EntityKind.CODE) {
            Optional<Code> into = mergedInto(mine, theirs, their);
            if (into.isPresent()) {
                return new Memo(their.id(), new MemoTarget(EntityKind.CODE, into.get().id()), their.title(),
                        UserText.of(ReviewMerge.class, "review.onMergedCode", about).text(language) + " "
                        + their.text(), author, their.created(), their.modified(), true, their.resolved());
            }
        }
        String title = UserText.of(ReviewMerge.class, "review.onRemoved", about).text(language);
        return new Memo(their.id(), MemoTarget.project(), title.length() > nl.veldwerk.model.Limits.NAME
                ? title.substring(0, nl.veldwerk.model.Limits.NAME) : title, their.text(), author, their.created(),
                their.modified(), false, false);
    }

    /** The code here that the code a comment of theirs is on was merged into, if it was merged away here. */
    private static Optional<Code> mergedInto(Project mine, Project theirs, Memo their) {
        if (their.target().kind() != EntityKind.CODE) {
            return Optional.empty();
        }
        return theirs.code(their.target().id()).flatMap(gone -> CodebookDiff.mergedInto(theirs, mine, gone)
                .filter(candidate -> mergedInto(theirs, mine, gone.id(), candidate.id())));
    }

    /**
     * Whether code {@code gone} was merged into {@code into} here: every quotation it had (and this project still
     * has) now carries {@code into}, and some did not carry it before. A code deleted whose quotations happen to
     * carry another code too was not merged into that one.
     */
    private static boolean mergedInto(Project theirs, Project mine, String gone, String into) {
        List<String> quotations = theirs.codingsWithCode(gone).stream().map(c -> c.quotationId()).distinct()
                .filter(q -> mine.quotation(q).isPresent()).toList();
        return !quotations.isEmpty()
                && quotations.stream().allMatch(q -> mine.codingsOf(q).stream().anyMatch(c -> c.codeId().equals(into)))
                && quotations.stream().anyMatch(q -> theirs.codingsOf(q).stream()
                        .noneMatch(c -> c.codeId().equals(into)));
    }

    /**
     * Their coder (a comment's author, or who resolved it) in this project: the same coder (by id, else by name),
     * or added.
     */
    private static String coder(Project mine, Project theirs, String theirId, Map<String, String> coderIds,
                                List<Coder> added) {
        if (theirId == null) {
            return null;
        }
        return coderIds.computeIfAbsent(theirId, id -> {
            if (mine.coder(id).isPresent()) {
                return id;
            }
            Coder theirCoder = theirs.coder(id).orElse(null);
            if (theirCoder == null) {
                return null;
            }
            return mine.coders().stream().filter(c -> c.name().equals(theirCoder.name())).map(Coder::id).findFirst()
                    .orElseGet(() -> {
                        added.add(theirCoder);
                        return theirCoder.id();
                    });
        });
    }
}
