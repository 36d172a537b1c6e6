package dev.kernlint.fact;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * `ethtool -S IF`: the driver's own counters. Names are the driver's choice (rx_missed, rx_no_buffer_count,
 * rx_out_of_buffer, rx_queue_3_drops, ...), so receive loss is recognised by words in the name.
 */
public record NicDriverCounters(String iface, Map<String, Long> counters) {

    public NicDriverCounters {
        counters = Map.copyOf(counters);
    }

    /**
     * Counters of packets the NIC or driver could not hand to the kernel: names with drop, miss, fifo, over or
     * no_buffer (and mlx5's out_of_buffer). Transmit counters, XDP drops (a program chose to drop) and rx_dropped (see NicStatistics) are not.
     */
    public Map<String, Long> rxLoss() {
        Map<String, Long> out = new LinkedHashMap<>();
        counters.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (isRxLoss(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    static boolean isRxLoss(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        // rx_dropped mirrors the netdev counter (unknown protocols, VLANs); fdir_overflow is a full filter table
        if (n.startsWith("tx") || n.contains("tx_") || n.contains("xdp") || n.equals("rx_dropped") || n.startsWith("fdir")) {
            return false;
        }
        return n.contains("drop") || n.contains("miss") || n.contains("fifo") || n.contains("no_buffer")
                || n.contains("out_of_buffer") || wordStartsWith(n, "over");
    }

    /** "rx_over_errors", "overruns", "rx-overflow" but not "recover": a word of the name starts with the prefix. */
    private static boolean wordStartsWith(String name, String prefix) {
        for (int i = name.indexOf(prefix); i >= 0; i = name.indexOf(prefix, i + 1)) {
            char before = i == 0 ? '_' : name.charAt(i - 1);
            if (before == '_' || before == '-' || before == '.' || before == ' ') {
                return true;
            }
        }
        return false;
    }
}
