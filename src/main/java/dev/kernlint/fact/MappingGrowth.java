package dev.kernlint.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One anonymous mapping of a process followed over the samples (the same region while the ranges overlap: a
 * merged mmap region grows down, the heap up), with its anonymous resident size at the first and last sample.
 *
 * @param process pid@start time
 * @param last    the mapping as the last sample saw it: the range to dump
 */
public record MappingGrowth(String process, int pid, Mapping first, Mapping last, String kind, long firstKb, long lastKb,
                            int samples, double seconds) {

    public long growthKb() {
        return lastKb - firstKb;
    }

    public double kbPerHour() {
        return seconds <= 0 ? 0 : growthKb() * 3600.0 / seconds;
    }

    /**
     * The mappings that grew most, largest first, until they account for {@code share} of {@code totalKb}
     * (the process's RssAnon growth), at most {@code max}.
     */
    public static List<MappingGrowth> accountingFor(List<?> grown, double totalKb, double share, int max) {
        List<MappingGrowth> g = new ArrayList<>();
        for (Object o : grown) {
            if (o instanceof MappingGrowth m && m.growthKb() > 0) {
                g.add(m);
            }
        }
        g.sort(Comparator.comparingLong(MappingGrowth::growthKb).reversed().thenComparingLong(m -> m.last().start()));
        List<MappingGrowth> out = new ArrayList<>();
        long sum = 0;
        for (MappingGrowth m : g) {
            if (out.size() >= max || (!out.isEmpty() && sum >= share * totalKb)) {
                break;
            }
            out.add(m);
            sum += m.growthKb();
        }
        return out;
    }

    /** The evidence entry of one mapping. */
    public Map<String, Object> evidence() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("range", last.range());
        e.put("kind", kind);
        e.put("first_range", first.range());
        e.put("anon_first_kb", firstKb);
        e.put("anon_last_kb", lastKb);
        e.put("size_last_kb", last.sizeKb());
        e.put("kb_per_hour", Math.round(kbPerHour()));
        e.put("samples", samples);
        return e;
    }

    /** "; the growth is in 0x..-0x.. (anonymous mmap region, 3.0 MB -> 24.0 MB, 1.2 GB per hour)", or "" for none. */
    public static String describe(List<MappingGrowth> top) {
        if (top.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("; the growth is in ");
        for (int i = 0; i < top.size(); i++) {
            MappingGrowth m = top.get(i);
            sb.append(i == 0 ? "" : ", ").append(m.last().range()).append(" (").append(m.kind()).append(", ")
                    .append(Sizes.kb(m.firstKb())).append(" -> ").append(Sizes.kb(m.lastKb())).append(", ")
                    .append(Sizes.kb(Math.round(m.kbPerHour()))).append(" per hour)");
        }
        return sb.toString();
    }

    public static List<Map<String, Object>> evidence(List<MappingGrowth> top) {
        return top.stream().map(MappingGrowth::evidence).toList();
    }
}
