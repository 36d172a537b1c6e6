package dev.kernlint.time;

import dev.kernlint.fact.Mapping;
import dev.kernlint.fact.MappingGrowth;
import dev.kernlint.fact.ProcessMappings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows each suspect's anonymous mappings over the samples whose smaps were read. A region is the same from one
 * sample to the next while the ranges overlap: the kernel merges adjacent anonymous mmaps, so a malloc loop above
 * the mmap threshold grows one region downwards, and brk grows [heap] upwards; neither keeps both ends.
 */
final class MappingSeries {
    private MappingSeries() {}

    private static final class Chain {
        final Mapping first;
        final String kind;
        final long firstKb;
        final double firstT;
        Mapping last;
        long lastKb;
        double lastT;
        int samples = 1;
        int lastSample;

        Chain(Mapping m, String kind, long kb, double t, int sample) {
            first = m;
            last = m;
            this.kind = kind;
            firstKb = kb;
            lastKb = kb;
            firstT = t;
            lastT = t;
            lastSample = sample;
        }
    }

    static List<MappingGrowth> of(List<Sample> samples) {
        Map<String, List<Chain>> byProcess = new LinkedHashMap<>();
        Map<String, Integer> pids = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            double t = Duration.between(samples.get(0).at(), samples.get(i).at()).toMillis() / 1000.0;
            for (ProcessMappings pm : samples.get(i).facts().all(ProcessMappings.class)) {
                pids.put(pm.process(), pm.pid());
                List<Chain> chains = byProcess.computeIfAbsent(pm.process(), k -> new ArrayList<>());
                for (Mapping m : pm.mappings()) {
                    if (m.anonKb() == null || m.perms().startsWith("---")) {
                        continue;
                    }
                    Chain c = follow(chains, m, i);
                    if (c == null) {
                        chains.add(new Chain(m, pm.kindOf(m), m.anonKb(), t, i));
                    } else {
                        c.last = m;
                        c.lastKb = m.anonKb();
                        c.lastT = t;
                        c.samples++;
                        c.lastSample = i;
                    }
                }
            }
        }
        List<MappingGrowth> out = new ArrayList<>();
        byProcess.forEach((process, chains) -> {
            for (Chain c : chains) {
                if (c.samples >= 2 && c.lastKb > c.firstKb) {
                    out.add(new MappingGrowth(process, pids.get(process), c.first, c.last, c.kind, c.firstKb, c.lastKb,
                            c.samples, c.lastT - c.firstT));
                }
            }
        });
        return out;
    }

    /** The chain the mapping continues: seen in an earlier sample, not yet extended in this one, overlapping. */
    private static Chain follow(List<Chain> chains, Mapping m, int sample) {
        for (Chain c : chains) {
            if (c.lastSample < sample && c.last.overlaps(m)) {
                return c;
            }
        }
        return null;
    }
}
