package nl.veldwerk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An executor that only queues: the test runs the queued tasks itself, one by one and in the order it
 * wants to check (the next, the last, all), on its own thread. Orderings of threads become steps.
 */
public final class StepExecutor extends AbstractExecutorService {
    private final String name;
    private final List<Runnable> queued = new ArrayList<>();
    private boolean shutdown;

    public StepExecutor(String name) {
        this.name = name;
    }

    @Override
    public synchronized void execute(Runnable task) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException(name + " is shut down");
        }
        queued.add(task);
    }

    public synchronized int size() {
        return queued.size();
    }

    /** Runs the oldest queued task; false when there is none. */
    public boolean runNext() {
        Runnable task;
        synchronized (this) {
            if (queued.isEmpty()) {
                return false;
            }
            task = queued.removeFirst();
        }
        task.run();
        return true;
    }

    /** Runs the newest queued task first (to check an ordering the real queue would not give). */
    public boolean runLast() {
        Runnable task;
        synchronized (this) {
            if (queued.isEmpty()) {
                return false;
            }
            task = queued.removeLast();
        }
        task.run();
        return true;
    }

    /** Runs tasks (and what they queue here) until none is left; returns how many ran. */
    public int runAll() {
        int ran = 0;
        while (runNext()) {
            ran++;
        }
        return ran;
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(queued);
        queued.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && queued.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    @Override
    public String toString() {
        return name + queued.size();
    }
}
