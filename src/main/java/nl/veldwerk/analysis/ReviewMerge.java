package nl.veldwerk.analysis;

import java.util.HashMap;
import java.util.Map;
import nl.veldwerk.model.Code;
import nl.veldwerk.model.Coder;
import nl.veldwerk.model.EntityKind;
import nl.veldwerk.model.Memo;
import nl.veldwerk.model.Project;
import nl.veldwerk.project.Command;
import nl.veldwerk.project.Message;
import nl.veldwerk.project.PlannedCommand;

/**
 * Takes a supervisor's review into the working project as one undoable step, and nothing else: their new
 * review comments (on codes and quotations the project still has), comments they resolved, and the review
 * status of each code. The researcher's own work since the bundle went out (codings, codes, memos,
 * definitions) stays as it is; the supervisor's other changes are shown by {@link CodebookDiff} for the
 * researcher to make by hand if they agree.
 */
public final class ReviewMerge {
    private ReviewMerge() {
    }

    /** The counts of what {@link #command} takes over: {comments, resolved, statuses}. */
    public static int[] counts(Project mine, Project theirs) {
        int[] n = new int[3];
        plan(mine, theirs, new Sink() {
            @Override
            public void comment(Memo m) {
                n[0]++;
            }

            @Override
            public void resolved(Memo m) {
                n[1]++;
            }

            @Override
            public void status(Code c) {
                n[2]++;
            }

            @Override
            public void coder(Coder c) {
            }
        });
        return n;
    }

    public static Command command(Project theirs) {
        return new PlannedCommand(Message.of("review.accept", 0, 0), (plan, mine) -> {
            int[] n = new int[3];
            plan(mine, theirs, new Sink() {
                @Override
                public void comment(Memo m) {
                    plan.put(m);
                    n[0]++;
                }

                @Override
                public void resolved(Memo m) {
                    plan.put(m);
                    n[1]++;
                }

                @Override
                public void status(Code c) {
                    plan.put(c);
                    n[2]++;
                }

                @Override
                public void coder(Coder c) {
                    plan.put(c);
                }
            });
            plan.describe(Message.of("review.accept", n[0] + n[1], n[2]));
        });
    }

    private interface Sink {
        void comment(Memo m);

        void resolved(Memo m);

        void status(Code c);

        void coder(Coder c);
    }

    private static void plan(Project mine, Project theirs, Sink sink) {
        Map<String, String> coderIds = new HashMap<>();
        for (Memo t : theirs.memos()) {
            if (!t.comment() || !mine.contains(t.target().kind(), t.target().id())) {
                continue; // a comment on something the researcher has since removed has nowhere to go
            }
            Memo m = (Memo) mine.find(EntityKind.MEMO, t.id()).orElse(null);
            if (m == null) {
                sink.comment(new Memo(t.id(), t.target(), t.title(), t.text(), author(mine, theirs, t, coderIds, sink),
                        t.created(), t.modified(), true, t.resolved()));
            } else if (m.comment() && !m.resolved() && t.resolved()) {
                sink.resolved(m.withResolved(true, t.modified()));
            }
        }
        for (Code t : theirs.codes()) {
            mine.code(t.id()).filter(c -> c.review() != t.review()).ifPresent(c -> sink.status(c.withReview(t.review())));
        }
    }

    /** The comment's author in this project: the same coder (by id, else by name), or added. */
    private static String author(Project mine, Project theirs, Memo t, Map<String, String> coderIds, Sink sink) {
        if (t.authorId() == null) {
            return null;
        }
        return coderIds.computeIfAbsent(t.authorId(), id -> {
            if (mine.coder(id).isPresent()) {
                return id;
            }
            Coder theirCoder = theirs.coder(id).orElse(null);
            if (theirCoder == null) {
                return null;
            }
            return mine.coders().stream().filter(c -> c.name().equals(theirCoder.name())).map(Coder::id).findFirst()
                    .orElseGet(() -> {
                        sink.coder(theirCoder);
                        return theirCoder.id();
                    });
        });
    }
}
