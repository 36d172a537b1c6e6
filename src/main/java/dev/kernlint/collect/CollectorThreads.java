package dev.kernlint.collect;

import java.util.function.Supplier;

/**
 * Whether the collectors of the audit running on this thread may spread their work over more threads. One audit of
 * a live host or a directory waits on the kernel and on tools, and extra threads overlap those waits; a fleet run
 * already keeps every CPU busy with a host per worker, reading archives held in memory, where extra threads per
 * host only add thread starts and contention.
 */
public final class CollectorThreads {
    private static final ThreadLocal<Boolean> CALLER_ONLY = ThreadLocal.withInitial(() -> false);

    private CollectorThreads() {}

    /** Runs {@code audit} with every collector and every read on the calling thread. */
    public static <T> T onCallerThread(Supplier<T> audit) {
        boolean before = CALLER_ONLY.get();
        CALLER_ONLY.set(true);
        try {
            return audit.get();
        } finally {
            CALLER_ONLY.set(before);
        }
    }

    /** False inside {@link #onCallerThread}. */
    static boolean maySpread() {
        return !CALLER_ONLY.get();
    }
}
