package org.greenplan.parser.text;

import java.util.function.Supplier;

/**
 * One value per thread, like a {@link ThreadLocal}, with the value of the thread that asked last kept at hand: a
 * parse runs in one thread and asks the same few dozen patterns hundreds of thousands of times, and the lookup in
 * the thread's map (hashing, probing past the other entries) was about 3 % of a parse's CPU time.
 *
 * <p>Safe across threads: the kept pair is immutable and published whole, and a thread uses it only when it names
 * that very thread; otherwise the value comes from the {@link ThreadLocal} and becomes the kept pair.
 */
final class PerThread<T> {
    private record Owned<T>(Thread thread, T value) {}

    private final ThreadLocal<T> values;
    /** The value of the thread that asked last (read and written without a lock: see the class comment). */
    private Owned<T> last;

    PerThread(Supplier<T> initial) {
        this.values = ThreadLocal.withInitial(initial);
    }

    /** @return this thread's value */
    T get() {
        Thread thread = Thread.currentThread();
        Owned<T> owned = last;
        if (owned != null && owned.thread() == thread) {
            return owned.value();
        }
        T value = values.get();
        last = new Owned<>(thread, value);
        return value;
    }
}
