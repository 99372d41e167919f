package org.greenplan.parser.document;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a read on a worker thread and gives up after the time limit: the caller gets a
 * {@link DocumentReadException} at once, the worker is interrupted, and readers stop at their next
 * {@link #checkpoint()} (between pages, paragraphs or zip entries).
 */
final class TimedRead {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ThreadFactory DAEMONS = task -> {
        Thread thread = new Thread(task, "document-reader-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    };
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(DAEMONS);

    private TimedRead() {}

    /**
     * @throws DocumentReadException when the task fails with one, or runs past {@code limit}
     */
    static <T> T run(Duration limit, Callable<T> task) {
        Future<T> future = WORKERS.submit(task);
        try {
            return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new DocumentReadException(
                    ReadRefusal.TIME_LIMIT, Sizes.duration(limit), String.valueOf(limit.toMillis()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentReadException(ReadRefusal.INTERRUPTED);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /** Stops a cancelled worker: call between units of work. */
    static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new DocumentReadException(ReadRefusal.CANCELLED);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new DocumentReadException(ReadRefusal.FAILED, cause, String.valueOf(cause.getMessage()));
    }
}
