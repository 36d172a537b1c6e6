package dev.kernlint.time;

import dev.kernlint.collect.Facts;
import dev.kernlint.fact.CloseWaitGroup;
import dev.kernlint.fact.MemInfo;
import dev.kernlint.fact.NetCounters;
import dev.kernlint.fact.SoftnetStat;
import dev.kernlint.fact.TcpSockStat;
import dev.kernlint.fact.TcpStateCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The time-varying numbers of one sample, taken from its facts. Which metrics are counters and which are gauges
 * is decided here, once; rules only see the resulting {@link dev.kernlint.fact.CounterRate} and
 * {@link dev.kernlint.fact.GaugeTrend} facts.
 */
public final class Metrics {
    private static final Set<String> MEMINFO_GAUGES = Set.of("MemAvailable", "Slab", "SUnreclaim", "SReclaimable",
            "Dirty", "Writeback", "AnonPages", "Committed_AS");

    private Metrics() {}

    public static List<Reading> of(Facts facts) {
        List<Reading> out = new ArrayList<>();
        for (Object f : facts.all()) {
            if (f instanceof MemInfo m) {
                for (String k : MEMINFO_GAUGES) {
                    Long v = m.get(k);
                    if (v != null) {
                        out.add(Reading.gauge("meminfo." + k, "", v));
                    }
                }
                Long st = m.get("SwapTotal");
                Long sf = m.get("SwapFree");
                if (st != null && sf != null) {
                    out.add(Reading.gauge("meminfo.SwapUsed", "", st - sf));
                }
            } else if (f instanceof TcpSockStat t) {
                if (t.tw() != null) {
                    out.add(Reading.gauge("sockstat.tw", "", t.tw()));
                }
                if (t.orphan() != null) {
                    out.add(Reading.gauge("sockstat.orphan", "", t.orphan()));
                }
            } else if (f instanceof TcpStateCounts c) {
                for (Map.Entry<String, Long> e : c.byState().entrySet()) {
                    out.add(Reading.gauge("tcp.state", e.getKey(), e.getValue()));
                }
            } else if (f instanceof CloseWaitGroup g) {
                out.add(Reading.gauge("tcp.close_wait", g.localAddress() + ":" + g.localPort(), g.count()));
            } else if (f instanceof NetCounters n) {
                for (Map.Entry<String, Long> e : n.values().entrySet()) {
                    out.add(Reading.counter("netstat." + e.getKey(), "", e.getValue()));
                }
            } else if (f instanceof SoftnetStat s) {
                out.add(Reading.counter("softnet.processed", "", s.processed()));
                out.add(Reading.counter("softnet.dropped", "", s.dropped()));
                out.add(Reading.counter("softnet.time_squeeze", "", s.timeSqueeze()));
            }
        }
        return out;
    }
}
