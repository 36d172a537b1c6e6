package dev.kernlint.source;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The tools an audit of this host will run (ethtool per interface, df, dmidecode), started all at once as the
 * process's first act, while picocli and the rules load: each costs 10-30 ms of process start and the kernel's
 * answer, which overlap with the JVM's own start-up instead of following one another in the collectors.
 * A collector that asks for one of them takes its outcome (once; a later sample runs it again); any other command
 * runs as before. Only the live host of "/" with the default timeout takes from here (see {@link LiveHost#run}).
 */
public final class CommandPrefetch {
    /** At most this many tools run at once: a host with dozens of NICs must not fork dozens of processes together. */
    static final int PARALLEL = 4;

    private static final Map<String, Future<CommandRunner.Outcome>> STARTED = new ConcurrentHashMap<>();
    private static final CountDownLatch PLANNED = new CountDownLatch(1);
    private static volatile boolean active;

    private CommandPrefetch() {}

    /**
     * Starts, on a thread of its own, the commands {@code plan} lists for this host; returns at once. Called once,
     * from main, before anything else has asked for a command.
     */
    public static void start(Function<Source, List<List<String>>> plan) {
        active = true;
        Thread t = new Thread(() -> {
            ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, r -> {
                Thread w = new Thread(r, "kernlint-prefetch");
                w.setDaemon(true);
                return w;
            });
            try {
                CommandRunner runner = new CommandRunner(CommandRunner.DEFAULT_TIMEOUT);
                for (List<String> argv : plan.apply(LiveHost.ofThisHost())) {
                    String key = Source.commandKey(argv);
                    STARTED.computeIfAbsent(key, k -> pool.submit(() -> runner.exec(k, argv)));
                }
            } catch (RuntimeException e) {
                // a plan that fails leaves the collectors to run their tools themselves
            } finally {
                pool.shutdown();
                PLANNED.countDown();
            }
        }, "kernlint-prefetch-plan");
        t.setDaemon(true);
        t.start();
    }

    /** The outcome of the command when it was started here, waiting for it to end; null when it was not. */
    static CommandRunner.Outcome take(String key, Duration timeout) {
        if (!active) {
            return null;
        }
        try {
            if (!PLANNED.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return null;
            }
            Future<CommandRunner.Outcome> f = STARTED.remove(key);
            // the tool's own timeout bounds the wait (exec gives up on it); the margin covers a busy pool queue
            return f == null ? null : f.get(2 * timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return null;
        }
    }
}
