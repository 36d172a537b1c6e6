package dev.kernlint.time;

import dev.kernlint.collect.Facts;
import dev.kernlint.fact.ProcessInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which processes to read the mappings of in the next samples: those whose RssAnon rose in every interval so far
 * and by at least {@link #MIN_GROWTH_KB}, the largest growers first, at most {@link #MAX}. A suspect stays one,
 * so its mappings form one series. Fed the same samples in the same order it answers the same: the live sampler
 * and a later audit of its snapshot agree on whose smaps were read.
 */
public final class LeakSuspects {
    static final long MIN_GROWTH_KB = 1024;
    static final int MAX = 5;

    private final Map<String, List<Long>> rss = new HashMap<>();
    private final Set<String> suspects = new LinkedHashSet<>();

    /** Takes one sample's processes into account. */
    public void feed(Facts sample) {
        feed(sample, -1);
    }

    /**
     * The same, never suspecting the process that samples (pid {@code own}, -1 when unknown): its heap grows while it
     * keeps the readings, which is not the host's leak, and reading its smaps each sample would cost more than the
     * rest of an idle host's sample and take one of the {@link #MAX} places.
     */
    public void feed(Facts sample, int own) {
        Set<String> seen = new java.util.HashSet<>();
        for (ProcessInfo p : sample.all(ProcessInfo.class)) {
            if (p.rssAnonKb() == null || p.pid() == own) {
                continue;
            }
            // key() builds its text anew: once per process, not per use (thousands of processes per sample)
            String key = p.key();
            if (seen.add(key)) {
                rss.computeIfAbsent(key, k -> new ArrayList<>()).add(p.rssAnonKb());
            }
        }
        // a process missing from this sample (exited) starts over if it ever shows again
        rss.keySet().retainAll(seen);
        List<Map.Entry<String, Long>> rising = new ArrayList<>();
        for (Map.Entry<String, List<Long>> e : rss.entrySet()) {
            List<Long> v = e.getValue();
            if (v.size() >= 2 && risingEveryTime(v) && v.get(v.size() - 1) - v.get(0) >= MIN_GROWTH_KB) {
                rising.add(Map.entry(e.getKey(), v.get(v.size() - 1) - v.get(0)));
            }
        }
        rising.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Long> e : rising) {
            if (suspects.size() >= MAX) {
                break;
            }
            suspects.add(e.getKey());
        }
    }

    /** The suspects as pid@start time, in the order they became suspects. */
    public List<String> keys() {
        return List.copyOf(suspects);
    }

    private static boolean risingEveryTime(List<Long> v) {
        for (int i = 1; i < v.size(); i++) {
            if (v.get(i) <= v.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
