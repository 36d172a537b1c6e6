package dev.kernlint.parse;

import dev.kernlint.fact.NicDriverCounters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * `ethtool -S IF`: "NIC statistics:" then one "     name: value" line per counter. A name may hold ':' itself
 * (some drivers print "[0]: rx_packets: 5"), so the value is after the last ':'. Lines whose value is not a
 * number are skipped: they are labels, not counters.
 */
public final class EthtoolStatsParser {
    private EthtoolStatsParser() {}

    public static NicDriverCounters parse(String iface, String text) {
        if (!text.contains("statistics:")) {
            throw new ParseException("ethtool -S " + iface + ": no 'NIC statistics:' header");
        }
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.lastIndexOf(':');
            if (colon <= 0 || line.endsWith("statistics:")) {
                continue;
            }
            String value = line.substring(colon + 1).strip();
            if (value.isEmpty() || !Character.isDigit(value.charAt(0))) {
                continue;
            }
            try {
                // counters are u64: a value past Long.MAX_VALUE wraps to negative, which Series treats as a reset
                counters.put(line.substring(0, colon).strip(), Long.parseUnsignedLong(value));
            } catch (NumberFormatException e) {
                // not a counter
            }
        }
        return new NicDriverCounters(iface, counters);
    }
}
