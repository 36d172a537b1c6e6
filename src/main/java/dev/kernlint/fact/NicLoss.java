package dev.kernlint.fact;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Words and evidence for a NIC's rising receive-loss counters (CounterRate "nic.rx_loss.NAME", entity = interface). */
public final class NicLoss {
    private static final String PREFIX = "nic.rx_loss.";
    private static final int SHOWN = 4;

    private NicLoss() {}

    /** "rx_missed_errors +120, ethtool rx_queue_0_drops +80": the largest first, a few at most. */
    public static String describe(List<?> rates) {
        List<CounterRate> sorted = sorted(rates);
        String shown = sorted.stream().limit(SHOWN).map(r -> name(r) + " +" + r.delta()).collect(Collectors.joining(", "));
        return sorted.size() > SHOWN ? shown + ", " + (sorted.size() - SHOWN) + " more counters" : shown;
    }

    public static Map<String, Long> deltas(List<?> rates) {
        Map<String, Long> out = new LinkedHashMap<>();
        sorted(rates).forEach(r -> out.put(name(r), r.delta()));
        return out;
    }

    public static double seconds(List<?> rates) {
        return sorted(rates).stream().mapToDouble(CounterRate::seconds).max().orElse(0);
    }

    private static String name(CounterRate r) {
        return r.metric().substring(PREFIX.length()).replace("ethtool.", "ethtool ");
    }

    private static List<CounterRate> sorted(List<?> rates) {
        return rates.stream().map(CounterRate.class::cast)
                .sorted(Comparator.comparingLong(CounterRate::delta).reversed().thenComparing(CounterRate::metric)).toList();
    }
}
