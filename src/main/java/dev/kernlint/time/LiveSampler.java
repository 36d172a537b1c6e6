package dev.kernlint.time;

import dev.kernlint.collect.Facts;
import dev.kernlint.source.CachingSource;
import dev.kernlint.source.Source;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Takes the later readings of a live host: waits an interval, reads the time-varying inputs again, N-1 times.
 * Ctrl-C ends the sampling early, and the audit goes on with what was sampled.
 */
public final class LiveSampler {
    private final Supplier<Source> host;
    private final PrintWriter progress;

    /** @param progress where to draw a progress line (a terminal's stderr), or null for none */
    public LiveSampler(Supplier<Source> host, PrintWriter progress) {
        this.host = host;
        this.progress = progress;
    }

    /** Returns the later readings, each a recording source whose reads are done and cached, with its facts. */
    public List<TakenSample> take(int more, Duration interval, boolean keepStreams) {
        AtomicBoolean stop = new AtomicBoolean();
        Object handler = Interrupts.onCtrlC(stop);
        List<TakenSample> out = new ArrayList<>();
        SampleCollection readings = new SampleCollection(!keepStreams);
        try {
            for (int i = 1; i <= more && !stop.get(); i++) {
                draw(i - 1, more, interval);
                if (!sleep(interval, stop)) {
                    break;
                }
                Source at = host.get();
                CachingSource s = new CachingSource(at, keepStreams);
                // read now, at the sample's time: the audit judges these facts, a snapshot gets what they were read from
                Facts facts = readings.collect(s);
                // an audit keeps the facts only: the texts read (two files per process) would fill the heap over the samples
                out.add(new TakenSample(keepStreams ? s : new CachingSource(at, false), facts));
            }
            draw(out.size(), more, interval);
            if (progress != null) {
                progress.print(stop.get() ? "\r\u001b[2Kkernlint: sampling stopped after " + (out.size() + 1) + " readings\n" : "\r\u001b[2K");
                progress.flush();
            }
        } finally {
            Interrupts.restore(handler);
        }
        return out;
    }

    private static boolean sleep(Duration d, AtomicBoolean stop) {
        long end = System.nanoTime() + d.toNanos();
        while (!stop.get()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            try {
                Thread.sleep(Math.min(100, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private void draw(int done, int total, Duration interval) {
        if (progress == null) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        progress.print("\r\u001b[2Ksampling [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + (done + 1) + "/" + (total + 1)
                + " readings, every " + interval.toMillis() / 1000.0 + " s (Ctrl-C: stop and audit what was sampled)");
        progress.flush();
    }
}
