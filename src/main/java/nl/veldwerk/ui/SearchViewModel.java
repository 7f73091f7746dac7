package nl.veldwerk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import nl.veldwerk.model.Project;
import nl.veldwerk.search.Search;
import nl.veldwerk.search.SearchIndex;

/**
 * The open project's search index, kept on its own thread: opened (or rebuilt) in the background when a
 * project opens, updated after every change (the FX thread only works out which documents changed and
 * their new index entries; writing happens on the index thread, in order), and searched there too.
 */
final class SearchViewModel {
    private final MainViewModel main;
    private final ExecutorService indexThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "veldwerk-index");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyStringWrapper progress = new javafx.beans.property.ReadOnlyStringWrapper("");
    private volatile boolean cancelRequested;
    /** Used only on the index thread. */
    private SearchIndex index;

    SearchViewModel(MainViewModel main) {
        this.main = main;
        main.storeProperty().addListener((o, was, now) -> {
            // The index matches the project as it is in memory; if that was not saved, the next opening sees
            // a different fingerprint on disk and rebuilds. So recording it is always safe, and saves a rebuild.
            closeIndex(was == null ? null : was.session().project().copy());
            if (now != null) {
                openIndex(now.directory(), now.session().project().copy());
            }
        });
        main.changesProperty().addListener((o, was, now) -> {
            var change = main.lastChange();
            if (change != null && main.storeProperty().get() != null) {
                SearchIndex.Update update = SearchIndex.prepare(main.session().project(), change);
                if (!update.isEmpty()) {
                    indexThread.execute(() -> {
                        try {
                            if (index != null) {
                                index.apply(update);
                            }
                        } catch (Exception e) {
                            // The index is a cache: a failed update is repaired by the rebuild on next opening.
                        }
                    });
                }
            }
        });
        if (main.storeProperty().get() != null) {
            openIndex(main.storeProperty().get().directory(), main.session().project().copy());
        }
    }

    private void openIndex(Path directory, Project snapshot) {
        cancelRequested = false;
        Platform.runLater(() -> {
            ready.set(false);
            building.set(true);
        });
        indexThread.execute(() -> {
            long[] shown = {0};
            try {
                SearchIndex opened = SearchIndex.open(directory, snapshot, (done, total) -> {
                    long now = System.nanoTime();
                    if (now - shown[0] > 100_000_000L || done == total) { // at most ten times a second
                        shown[0] = now;
                        Platform.runLater(() -> progress.set(I18n.text("search.progress", done, total)));
                    }
                    return !cancelRequested;
                });
                if (cancelRequested) {
                    opened.close();
                    index = null;
                    Platform.runLater(() -> progress.set(I18n.text("search.cancelled")));
                } else {
                    index = opened;
                    Platform.runLater(() -> {
                        progress.set("");
                        ready.set(true);
                    });
                }
            } catch (Exception e) {
                index = null;
                Platform.runLater(() -> progress.set(I18n.text("search.failed", I18n.message(e))));
            } finally {
                Platform.runLater(() -> building.set(false));
            }
        });
    }

    /** Stops a rebuild; searching waits for {@link #rebuild}. */
    void cancel() {
        cancelRequested = true;
    }

    /** Builds the index again from the project (after a cancel, or at the user's wish). */
    void rebuild() {
        if (main.storeProperty().get() != null && !building.get()) {
            Path directory = main.storeProperty().get().directory();
            Project snapshot = main.session().project().copy();
            indexThread.execute(() -> {
                try {
                    if (index != null) {
                        index.close();
                        index = null;
                    }
                    SearchIndex.forget(directory);
                } catch (Exception e) {
                    // rebuilt below whatever was there
                }
            });
            openIndex(directory, snapshot);
        }
    }

    ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }

    javafx.beans.property.ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Closes the index, first recording which project state it holds (when known). */
    private void closeIndex(Project snapshot) {
        indexThread.execute(() -> {
            if (index == null) {
                return;
            }
            try {
                if (snapshot != null) {
                    index.markCurrent(snapshot);
                }
                index.close();
            } catch (Exception e) {
                // rebuilt on next opening
            }
            index = null;
        });
        ready.set(false);
    }

    /** Searches on the index thread and hands the hits (or the problem) back on the FX thread. */
    void search(String query, Search.Scope scope, Consumer<List<Search.Hit>> hits, Consumer<Exception> failed) {
        // No index means no answer, not "0 hits": say whether it is still being built or was cancelled.
        String noIndex = I18n.text(building.get() ? "search.notYet" : "search.cancelled");
        CompletableFuture.supplyAsync(() -> {
            try {
                if (index == null) {
                    throw new IllegalStateException(noIndex);
                }
                return Search.run(index, query, scope, 200);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, indexThread).whenComplete((result, error) -> Platform.runLater(() -> {
            if (error != null) {
                failed.accept(error instanceof Exception ex ? ex : new RuntimeException(error));
            } else {
                hits.accept(result);
            }
        }));
    }

    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    void shutdown() {
        closeIndex(null);
        indexThread.shutdown();
    }
}
