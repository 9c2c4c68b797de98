package vn.lienket.domain;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work a command starts early on a daemon thread of its own, to overlap what it does meanwhile (on two cores,
 * the start of the application, picocli's set-up), and takes when it needs the result: the one way the command
 * line reads its inputs, archives a file or starts the embedded warehouse ahead.
 *
 * @param <T> what the work gives
 */
public final class Ahead<T> {

    private final FutureTask<T> work;

    private Ahead(FutureTask<T> work) {
        this.work = work;
    }

    /** Starts {@code work} on a daemon thread named {@code threadName}. */
    public static <T> Ahead<T> start(String threadName, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return new Ahead<>(task);
    }

    /** Work done now on the caller's thread, for a caller that did not start it ahead; taken the same way. */
    public static <T> Ahead<T> now(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        task.run();
        return new Ahead<>(task);
    }

    /** Whether the work has ended (with a result or a failure): {@link #get} would not wait. */
    public boolean done() {
        return work.isDone();
    }

    /** Waits for the result; what the work threw is thrown here, as it was when unchecked. */
    public T get() {
        try {
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for work started ahead", e);
        }
    }

    /**
     * Waits for the result, empty when the work failed: for a caller that then does the work itself and reports
     * its failure as it always does.
     */
    public Optional<T> result() {
        try {
            return Optional.ofNullable(work.get());
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            work.cancel(false);
            return Optional.empty();
        }
    }
}
