package dev.kernlint.time;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C during sampling sets a flag instead of killing the JVM, so the audit still reports what was sampled.
 * Uses sun.misc.Signal (jdk.unsupported), the only way to catch SIGINT without ending the process; where it is
 * unavailable, Ctrl-C simply ends the run as usual.
 */
final class Interrupts {
    private Interrupts() {}

    static Object onCtrlC(AtomicBoolean flag) {
        try {
            sun.misc.Signal sig = new sun.misc.Signal("INT");
            return sun.misc.Signal.handle(sig, s -> flag.set(true));
        } catch (IllegalArgumentException | LinkageError e) {
            return null;
        }
    }

    static void restore(Object previous) {
        if (previous instanceof sun.misc.SignalHandler h) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal("INT"), h);
            } catch (IllegalArgumentException e) {
                // nothing to restore
            }
        }
    }
}
