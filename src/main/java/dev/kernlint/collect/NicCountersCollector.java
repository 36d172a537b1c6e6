package dev.kernlint.collect;

import dev.kernlint.fact.NicStatistics;
import dev.kernlint.parse.EthtoolStatsParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The receive-loss counters of each NIC backed by a device, read in every sample: the sysfs statistics the rules
 * use (a few small files) and `ethtool -S IF`, where many drivers keep the only counter of ring overflow
 * (ixgbe rx_no_buffer_count, mlx5 rx_out_of_buffer, virtio rx_drops). One ethtool run per NIC per sample costs
 * about 8 ms of CPU with the fork (measured on virtio_net; a whole extra sample of an idle host is ~27 ms); veths, bridges and other virtual interfaces are skipped, so a container host pays nothing.
 */
public final class NicCountersCollector implements Collector {
    /** Read besides the loss counters: rx_dropped for context, rx_packets to show the loss is a share of traffic. */
    private static final List<String> SYSFS = List.of("rx_missed_errors", "rx_fifo_errors", "rx_over_errors", "rx_dropped", "rx_packets");

    @Override
    public String area() {
        return "nic";
    }

    @Override
    public void collect(Source source, Facts facts) {
        boolean ethtool = true;
        for (String iface : NetInterfaces.ethernet(source)) {
            if (!NetInterfaces.deviceUevent(source, iface).isOk()) {
                continue;
            }
            facts.add(statistics(source, iface));
            if (!ethtool) {
                continue;
            }
            Input s = source.run(List.of("ethtool", "-S", iface));
            if (s.status() == ReadStatus.MISSING && s.detail().contains("command not found")) {
                // NicCollector reports the missing tool once
                ethtool = false;
            } else if (!s.isOk()) {
                // "no stats available": the driver has no counters of its own, the sysfs ones remain
                if (!s.detail().contains("no stats") && !s.detail().contains("not supported")) {
                    facts.gap(area(), "ethtool -S " + iface, s.reason());
                }
            } else {
                try {
                    facts.add(EthtoolStatsParser.parse(iface, s.text()));
                } catch (ParseException e) {
                    facts.gap(area(), "ethtool -S " + iface, "unparseable: " + e.getMessage());
                }
            }
        }
    }

    private static NicStatistics statistics(Source source, String iface) {
        String dir = NetInterfaces.NET + "/" + iface + "/statistics/";
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String name : SYSFS) {
            source.read(dir + name).textIfOk().map(NicCountersCollector::number).ifPresent(v -> counters.put(name, v));
        }
        return new NicStatistics(iface, counters);
    }

    private static Long number(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
