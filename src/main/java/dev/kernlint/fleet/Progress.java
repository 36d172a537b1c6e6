package dev.kernlint.fleet;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** A one-line progress bar on a terminal (hosts done of total, ETA), redrawn at most ten times a second. */
public final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile long lastDraw;

    /** @param err the terminal, or null for no bar at all (not a terminal) */
    public Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    void hostDone() {
        int n = done.incrementAndGet();
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (n < total && now - lastDraw < 100_000_000L) {
            return;
        }
        synchronized (this) {
            lastDraw = now;
            err.print("\r" + line(n, total, (now - start) / 1_000_000L));
            err.flush();
        }
    }

    void finish() {
        if (err != null && total > 0) {
            synchronized (this) {
                err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
                err.flush();
            }
        }
    }

    /** "[#########---------] 120/1000 hosts, ETA 12 s" (no ETA before the first host). */
    static String line(int done, int total, long elapsedMillis) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String eta = done == 0 ? "" : ", ETA " + Math.round(elapsedMillis / 1000.0 * (total - done) / done) + " s";
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " hosts" + eta;
    }
}
