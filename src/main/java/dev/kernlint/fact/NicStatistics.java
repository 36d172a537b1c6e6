package dev.kernlint.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /sys/class/net/IF/statistics/* (rx_missed_errors, rx_fifo_errors, ...): counters since the driver loaded. */
public record NicStatistics(String iface, Map<String, Long> counters) {
    /**
     * Receive loss at the NIC: missed (no free descriptor in the ring), FIFO overrun, ring overflow. rx_dropped is
     * not among them: it also counts packets for unknown protocols or VLANs, which no ring size changes.
     */
    public static final List<String> RX_LOSS = List.of("rx_missed_errors", "rx_fifo_errors", "rx_over_errors");

    public Map<String, Long> rxLoss() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String k : RX_LOSS) {
            Long v = counters.get(k);
            if (v != null) {
                out.put(k, v);
            }
        }
        return out;
    }
}
