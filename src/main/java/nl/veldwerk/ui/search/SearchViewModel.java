package nl.veldwerk.ui.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.veldwerk.model.Project;
import nl.veldwerk.search.Search;
import nl.veldwerk.search.SearchIndex;
import nl.veldwerk.store.ProjectStore;
import nl.veldwerk.ui.app.MainViewModel;
import nl.veldwerk.ui.app.UiThreads;
import nl.veldwerk.ui.common.I18n;
import nl.veldwerk.ui.common.TaskRunner;

/**
 * The open project's search index, kept on its own thread: opened (or rebuilt) in the background when a
 * project opens, updated after every change (the FX thread only works out which documents changed and
 * their new index entries; writing happens on the index thread, in order), and searched there too.
 * <p>
 * The index on disk is trusted next time only if it is stamped with the saved state it holds: it is
 * stamped when the project closes with nothing unsaved and no update was missed; an update that failed
 * is said in the status and leaves the index unstamped, so the next opening rebuilds it.
 */
public final class SearchViewModel {
    private static final System.Logger LOG = System.getLogger(SearchViewModel.class.getName());

    private final MainViewModel main;
    private final Executor fx;
    private final ExecutorService indexThread;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private volatile boolean cancelRequested;
    /** Used only on the index thread. */
    private SearchIndex index;
    /** The names of codes, coders and groups the index holds; used on the FX thread, where updates are prepared. */
    private SearchIndex.IndexedNames names;
    /**
     * Counts the openings (changed on the FX thread, read on the index thread too): a copy an earlier one would
     * make is not made any more.
     */
    private volatile int openings;
    /** Set on the index thread when an update failed: the index then differs from the project. */
    private boolean missedUpdate;

    private final javafx.collections.ObservableSet<String> leftOutSpeakers = javafx.collections.FXCollections
            .observableSet(new java.util.TreeSet<>());
    /** The interviewers as last seen, to leave out the ones newly marked and bring back the ones unmarked. */
    private final java.util.Set<String> interviewers = new java.util.HashSet<>();

    public SearchViewModel(MainViewModel main, UiThreads threads) {
        this.main = main;
        this.fx = threads.fx();
        this.indexThread = threads.index();
        main.storeProperty().addListener((o, was, now) -> {
            openings++; // a copy an opening asked for is not made for a project closed since
            closeIndex(was == null ? null : stateToStamp(was));
            leftOutSpeakers.clear();
            interviewers.clear();
            if (now != null) {
                openIndex(now.directory(), now.savedState());
                followInterviewers();
            } else {
                building.set(false); // a building that waited for its copy will not happen
            }
        });
        main.changesProperty().addListener((o, was, now) -> {
            var change = main.lastChange();
            if (change != null && change.touches(nl.veldwerk.model.EntityKind.PROJECT_INFO)
                    && main.storeProperty().get() != null) {
                followInterviewers();
            }
            if (change != null && main.storeProperty().get() != null) {
                SearchIndex.Update update = SearchIndex.prepare(main.session().project(), change, names);
                if (!update.isEmpty()) {
                    indexThread.execute(() -> apply(update));
                }
            }
        });
        if (main.storeProperty().get() != null) {
            ProjectStore store = main.storeProperty().get();
            openIndex(store.directory(), store.savedState());
            followInterviewers();
        }
    }

    /** The saved state the project in memory is, when it is one (nothing unsaved); else null. */
    private static String stateToStamp(ProjectStore store) {
        return store.session().hasUnsavedChanges() ? null : store.savedState();
    }

    /** Applies one change to the index; on the index thread. */
    public void apply(SearchIndex.Update update) {
        if (index == null) {
            return; // being rebuilt: the rebuild reads the project as it is then
        }
        try {
            index.apply(update);
        } catch (Exception e) {
            missedUpdate = true;
            LOG.log(System.Logger.Level.WARNING, "A search index update failed; the index is rebuilt next time", e);
            fx.execute(() -> progress.set(I18n.text("search.updateFailed", I18n.message(e))));
        }
    }

    /**
     * Runs a few searches with highlighting on the index's thread once the window shows the project, so the
     * user's first search does not wait for the searcher, the index's files and the query and highlighting code
     * to be loaded and compiled: with one warming search the first one typed took 185-250 ms in a fresh program
     * at a million quotations, after five of different kinds (a word, two joined by OR and by AND, a phrase, a
     * prefix) 68-95 ms. Not before the window shows the project: five at once took a core from it while it laid
     * itself out. Each waits for the one before, so a search typed meanwhile waits for one at most.
     */
    private void warm(SearchIndex opened, List<String> queries, int next) {
        if (next >= queries.size() || index != opened) {
            return; // done, or another index since
        }
        try {
            Search.run(opened, queries.get(next), Search.Scope.ALL, 200);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "Warming the searcher failed; the first search warms it instead", e);
            return;
        }
        warmLater(() -> warm(opened, queries, next + 1));
    }

    /**
     * Warming goes on when the index thread is free; not once the window has closed (the thread is gone: its refusal
     * surfaced as an error on the FX thread when a project was closed right after opening).
     */
    private void warmLater(Runnable step) {
        try {
            indexThread.execute(step);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            LOG.log(System.Logger.Level.DEBUG, "No warming after the window closed");
        }
    }

    /**
     * The first documents' texts, to find words to warm the searcher with: the documents are taken on the FX
     * thread (the project changes there), their texts read on the index thread, only as far as needed.
     */
    private static Iterable<String> openingTexts(Project project) {
        List<nl.veldwerk.model.Document> first = project.documents().stream().limit(20).toList();
        return () -> first.stream().map(nl.veldwerk.model.Document::text).iterator();
    }

    /**
     * Call on the FX thread: the flags are set at once, so a second rebuild right after sees the first.
     * An index stamped with {@code state} opens as it is; only an index that must be rebuilt needs a copy of
     * the project, made on the index thread (a second at a million quotations, which the window does not
     * stand still for). A change made before the copy is in it (its update found no index yet and was
     * dropped); a change made after it queues behind the building, and one made while the copy is made is
     * in the copy and applied again after (an update replaces what it touches, so twice is as once).
     */
    private void openIndex(Path directory, String state) {
        int generation = ++openings;
        nl.veldwerk.project.ProjectSession session = main.session();
        Project project = session.project();
        names = new SearchIndex.IndexedNames(project);
        String language = project.info().language();
        Iterable<String> warming = openingTexts(project);
        long openedAt = session.stack().state();
        cancelRequested = false;
        ready.set(false);
        building.set(true);
        indexThread.execute(() -> {
            missedUpdate = false;
            SearchIndex current = null;
            try {
                current = SearchIndex.openIfCurrent(directory, language, state);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.INFO, "The search index cannot be opened as it is; it is rebuilt", e);
            }
            if (current != null) {
                opened(current, warming);
                fx.execute(() -> building.set(false));
                return;
            }
            if (generation != openings) {
                return; // another project, or a rebuild, since
            }
            nl.veldwerk.project.ProjectSession.Snapshot copy;
            try {
                copy = session.snapshot();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "The project could not be copied for its search index", e);
                fx.execute(() -> {
                    progress.set(I18n.text("search.failed", I18n.message(e)));
                    building.set(false);
                });
                return;
            }
            // Changed since it opened: the copy is no longer the saved state, so the index is not stamped.
            build(directory, copy.project(), copy.state() == openedAt ? state : null, warming);
        });
    }

    /** Builds the index from {@code snapshot} when it cannot be used as it is; on the index thread. */
    private void build(Path directory, Project snapshot, String state, Iterable<String> warming) {
        missedUpdate = false;
        long[] shown = {0};
        try {
            SearchIndex opened = SearchIndex.open(directory, snapshot, state, (done, total) -> {
                long now = System.nanoTime();
                if (now - shown[0] > 100_000_000L || done == total) { // at most ten times a second
                    shown[0] = now;
                    fx.execute(() -> progress.set(I18n.text("search.progress", done, total)));
                }
                return !cancelRequested;
            });
            if (cancelRequested) {
                opened.close();
                index = null;
                fx.execute(() -> progress.set(I18n.text("search.cancelled")));
            } else {
                opened(opened, warming);
            }
        } catch (Exception e) {
            index = null;
            LOG.log(System.Logger.Level.WARNING, "The search index could not be opened", e);
            fx.execute(() -> progress.set(I18n.text("search.failed", I18n.message(e))));
        } finally {
            fx.execute(() -> building.set(false));
        }
    }

    /** The index is ready: searches may use it; on the index thread. */
    private void opened(SearchIndex opened, Iterable<String> openingTexts) {
        index = opened;
        List<String> queries = warmingQueries(opened, openingTexts);
        fx.execute(() -> {
            progress.set("");
            ready.set(true);
            whenIdle(() -> warmLater(() -> warm(opened, queries, 0)));
        });
    }

    /** The searches to warm the index with; none when the texts cannot be read (their documents say so). */
    private static List<String> warmingQueries(SearchIndex opened, Iterable<String> openingTexts) {
        try {
            return nl.veldwerk.search.WarmingQueries.of(opened, openingTexts);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "No words to warm the searcher with", e);
            return List.of();
        }
    }

    /**
     * Runs {@code then} once the window has nothing in the background and has handled what it had queued (on
     * the FX thread): after a project has opened, once it is shown.
     */
    private void whenIdle(Runnable then) {
        if (!main.busyProperty().get()) {
            fx.execute(then);
            return;
        }
        main.busyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    o.removeListener(this);
                    fx.execute(then);
                }
            }
        });
    }

    /** Stops a rebuild; searching waits for {@link #rebuild}. */
    void cancel() {
        cancelRequested = true;
    }

    /** Builds the index again from the project (after a cancel, or at the user's wish). */
    public void rebuild() {
        if (main.storeProperty().get() != null && !building.get()) {
            ProjectStore store = main.storeProperty().get();
            Path directory = store.directory();
            indexThread.execute(() -> {
                try {
                    if (index != null) {
                        index.close();
                        index = null;
                    }
                    SearchIndex.forget(directory);
                } catch (Exception e) {
                    LOG.log(System.Logger.Level.WARNING, "Removing the old search index", e);
                }
            });
            openIndex(directory, stateToStamp(store)); // unsaved work: not one saved state
        }
    }

    ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Closes the index, first stamping it with the saved state it holds ({@code state}, when the project
     * in memory is that state) unless an update was missed: an unstamped index is rebuilt next time.
     */
    private void closeIndex(String state) {
        indexThread.execute(() -> {
            if (index == null) {
                return;
            }
            try {
                if (state != null && !missedUpdate) {
                    index.markCurrent(state);
                }
                index.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Closing the search index; it is rebuilt next time", e);
            }
            index = null;
        });
        ready.set(false);
    }

    /**
     * A search's hits, and when there are none, how many the speakers left out (the interviewer) would have
     * given: "0 hits" beside the interviewer's questions with those very words on screen needs its reason.
     */
    /**
     * What a search found: the hits shown (at most {@link #SHOWN}), how many the speakers left out held where
     * none are left, and whether there were more than are shown.
     */
    public record Found(List<Search.Hit> hits, int leftOut, boolean more, List<String> tooCommon) {
    }

    /** The most hits a search shows: the best first; keyword in context lists every occurrence. */
    public static final int SHOWN = 200;

    /**
     * Searches on the index thread and hands the hits (or the problem) back on the FX thread; what the
     * speakers left out say is left out of the hits too.
     */
    public void search(String query, Search.Scope scope, Consumer<Found> hits, Consumer<Exception> failed) {
        Set<String> leftOut = Set.copyOf(leftOutSpeakers);
        nl.veldwerk.search.SubCodes subCodes = main.storeProperty().get() == null ? nl.veldwerk.search.SubCodes.NONE
                : nl.veldwerk.search.SubCodes.of(main.session().project());
        // No index means no answer, not "0 hits": say whether it is still being built or was cancelled.
        String noIndex = I18n.text(building.get() ? "search.notYet" : "search.cancelled");
        CompletableFuture.supplyAsync(() -> {
            try {
                if (index == null) {
                    throw new IllegalStateException(noIndex);
                }
                // One more than is shown: whether there are more is said, not left for the user to guess.
                List<Search.Hit> kept = Search.run(index, query, scope, SHOWN + 1, leftOut, subCodes);
                boolean more = kept.size() > SHOWN;
                int inLeftOut = kept.isEmpty() && !leftOut.isEmpty()
                        ? Search.run(index, query, scope, SHOWN, Set.of(), subCodes).size() : 0;
                return new Found(more ? List.copyOf(kept.subList(0, SHOWN)) : kept, inLeftOut, more,
                        Search.tooCommon(index, query));
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, indexThread).whenComplete((result, error) -> fx.execute(() -> {
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                        ? c.getCause() : error;
                failed.accept(cause instanceof Exception ex ? ex : new RuntimeException(cause));
            } else {
                hits.accept(result);
            }
        }));
    }

    /**
     * Speakers marked as interviewers are left out, as soon as they are marked (the user may tick them back);
     * one no longer marked comes back in.
     */
    private void followInterviewers() {
        java.util.Set<String> now = nl.veldwerk.analysis.Speakers.interviewers(main.session().project());
        interviewers.stream().filter(s -> !now.contains(s)).toList().forEach(leftOutSpeakers::remove);
        now.stream().filter(s -> !interviewers.contains(s)).forEach(leftOutSpeakers::add);
        interviewers.clear();
        interviewers.addAll(now);
    }

    /** The speakers whose words keyword in context and search-and-code leave out (the interviewer, say). */
    public javafx.collections.ObservableSet<String> leftOutSpeakers() {
        return leftOutSpeakers;
    }

    /** Every speaker of the project's transcripts, in alphabetical order. */
    public List<String> speakers() {
        return main.storeProperty().get() == null ? List.of()
                : nl.veldwerk.analysis.Speakers.names(main.session().project());
    }

    /** Keyword in context as the KWIC window lists it: its lines in each order, and how many occurrences in all. */
    public record Kwic(nl.veldwerk.search.Concordance.Found found, List<nl.veldwerk.search.Concordance.Line> byLeft,
                              List<nl.veldwerk.search.Concordance.Line> byRight) {
    }

    /**
     * Keyword in context for the words, without the left-out speakers, worked out on {@code work} (every text is
     * read: minutes at ten thousand transcripts; it reports how far it is and stops when cancelled); at most
     * {@code limit} lines, the first in document order. {@code then} gets null when cancelled.
     */
    public void concordance(List<String> words, int context, int limit, TaskRunner work,
                            java.util.function.Consumer<Kwic> then, Consumer<Exception> failed) {
        if (main.storeProperty().get() == null) {
            then.accept(null);
            return;
        }
        nl.veldwerk.model.Project p = main.session().project();
        List<nl.veldwerk.model.Document> documents = List.copyOf(p.documents()); // documents do not change
        String language = p.info().language();
        Set<String> leftOut = Set.copyOf(leftOutSpeakers);
        work.run(() -> {
            var found = nl.veldwerk.search.Concordance.of(documents, language, words, context, leftOut, limit,
                    work::cancelled, read -> {
                        if (read % 100 == 0) {
                            work.report(I18n.text("kwic.reading", read, documents.size()));
                        }
                    });
            return found == null ? null : new Kwic(found, nl.veldwerk.search.Concordance.sortedByLeft(
                    found.lines()), nl.veldwerk.search.Concordance.sortedByRight(found.lines()));
        }, then::accept, failed);
    }

    /** The hit's quotation ID ("3:12 · "), or nothing for a hit in the text itself. */
    public String idPrefix(Search.Hit hit) {
        if (hit.quotationId() == null || main.storeProperty().get() == null) {
            return "";
        }
        nl.veldwerk.model.Project p = main.session().project();
        return p.quotation(hit.quotationId()).flatMap(q -> p.document(q.documentId()).map(q::idIn))
                .map(id -> id + " · ").orElse("");
    }

    /** Opens a hit: a quotation is selected (in the list and inspector too), text is shown in its transcript. */
    public void open(Search.Hit hit) {
        nl.veldwerk.model.Project p = main.session().project();
        java.util.Optional<nl.veldwerk.model.Quotation> q = hit.quotationId() == null ? java.util.Optional.empty()
                : p.quotation(hit.quotationId());
        if (q.isPresent()) {
            main.selectedQuotationProperty().set(q.get());
        } else if (hit.matchStart() >= 0) { // a paragraph can be long: the word found, selected where it is
            main.reveal(hit.documentId(), hit.matchStart(), hit.matchEnd());
        } else {
            main.reveal(hit.documentId(), hit.start(), hit.end());
        }
    }

    /** Keeps a query under a name in the project (undoable), to run again and to choose in reports. */
    public void saveQuery(String name, boolean overCodes, String text) {
        main.executeSaid(nl.veldwerk.project.NoteCommands.saveQuery(new nl.veldwerk.model.SavedQuery(name, overCodes,
                text)));
    }

    /** Deletes a kept query, said with the way back (it went at one click, without a word). */
    void deleteQuery(String name) {
        main.executeSaid(nl.veldwerk.project.NoteCommands.deleteQuery(name));
    }

    /**
     * Codes the stretches a search-and-code preview showed, as one undoable step; a code not in the project yet
     * (named in the dialog) is made in that step.
     */
    void codeHits(List<nl.veldwerk.search.SearchAndCode.Stretch> stretches, nl.veldwerk.model.Code with) {
        nl.veldwerk.model.Project p = main.session().project();
        java.time.Instant now = java.time.Instant.now();
        String codeId = with.id();
        boolean isNew = p.code(codeId).isEmpty();
        main.executeAsCoder(coder -> {
            nl.veldwerk.project.Command coding = nl.veldwerk.search.SearchAndCode.command(stretches, codeId, with.name(),
                    coder, now);
            return !isNew ? coding : new nl.veldwerk.project.CompositeCommand(coding.description(), List.of(
                    nl.veldwerk.project.CodeCommands.add(with.madeBy(coder, now)), coding));
        });
        // Said when done (the dialog closed without a word, and the status line only said "unsaved changes").
        p.code(codeId).ifPresent(code -> main.showStatus(I18n.text("search.hitsCoded", stretches.size(),
                code.name())));
    }

    MainViewModel main() {
        return main;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public void shutdown() {
        closeIndex(null);
    }
}
