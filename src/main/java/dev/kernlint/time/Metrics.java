package dev.kernlint.time;

import dev.kernlint.collect.Facts;
import dev.kernlint.fact.CloseWaitGroup;
import dev.kernlint.fact.DentryState;
import dev.kernlint.fact.KernelStat;
import dev.kernlint.fact.MemInfo;
import dev.kernlint.fact.NetCounters;
import dev.kernlint.fact.Pressure;
import dev.kernlint.fact.ProcessInfo;
import dev.kernlint.fact.ProcessSummary;
import dev.kernlint.fact.RunQueues;
import dev.kernlint.fact.SlabCache;
import dev.kernlint.fact.SlabInfo;
import dev.kernlint.fact.NicDriverCounters;
import dev.kernlint.fact.NicStatistics;
import dev.kernlint.fact.NumaStat;
import dev.kernlint.fact.SoftnetStat;
import dev.kernlint.fact.VmStat;
import dev.kernlint.fact.TcpSockStat;
import dev.kernlint.fact.TcpStateCounts;
import dev.kernlint.fact.ZoneInfo;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** The /proc/stat cpu columns taken as counters; cpu.total is their sum, the denominator of every share. */
    private static final String[] CPU_COLUMNS = {"user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal"};

    public static List<Reading> of(Facts facts) {
        List<Reading> out = new ArrayList<>();
        Map<Integer, String> keyOfPid = new HashMap<>();
        Map<Integer, Integer> zombiesByParent = new HashMap<>();
        for (Object f : facts.all()) {
            if (f instanceof ProcessInfo p) {
                String key = p.key();
                keyOfPid.put(p.pid(), key);
                if (p.rssAnonKb() != null) {
                    out.add(Reading.gauge("process.RssAnon", key, p.rssAnonKb()));
                }
                if (p.zombie()) {
                    zombiesByParent.merge(p.ppid(), 1, Integer::sum);
                }
            } else if (f instanceof ProcessSummary s) {
                out.add(Reading.gauge("process.zombies", "", s.zombies()));
            } else if (f instanceof VmStat v) {
                vmstat(v, out);
                reclaim(v, out);
            } else if (f instanceof KernelStat k) {
                kernelStat(k, out);
            } else if (f instanceof Pressure p) {
                out.add(Reading.gauge("psi." + p.resource() + ".some_avg10", "", p.someAvg10()));
            } else if (f instanceof RunQueues q) {
                q.byCpu().forEach((cpu, n) -> out.add(Reading.gauge("sched.nr_running", "cpu" + cpu, n)));
            } else if (f instanceof SlabInfo si) {
                for (SlabCache c : si.caches()) {
                    out.add(Reading.gauge("slab.bytes", c.name(), c.bytes(si.pageSize())));
                }
            } else if (f instanceof DentryState d && d.nrNegative() != null) {
                out.add(Reading.gauge("dentry.nr_negative", "", d.nrNegative()));
            } else if (f instanceof MemInfo m) {
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
            } else if (f instanceof NumaStat n) {
                numa(n, out);
            } else if (f instanceof ZoneInfo z) {
                zones(z, out);
            } else if (f instanceof NicStatistics n) {
                n.rxLoss().forEach((k, v) -> out.add(Reading.counter("nic.rx_loss." + k, n.iface(), v)));
            } else if (f instanceof NicDriverCounters n) {
                n.rxLoss().forEach((k, v) -> out.add(Reading.counter("nic.rx_loss.ethtool." + k, n.iface(), v)));
            } else if (f instanceof SoftnetStat s) {
                out.add(Reading.counter("softnet.processed", "", s.processed()));
                out.add(Reading.counter("softnet.dropped", "", s.dropped()));
                out.add(Reading.counter("softnet.time_squeeze", "", s.timeSqueeze()));
            }
        }
        // a parent is named by pid@start like any process; one not visible (another pid namespace) by its pid alone
        zombiesByParent.forEach((ppid, n) -> out.add(Reading.gauge("process.zombies_by_parent", keyOfPid.getOrDefault(ppid, String.valueOf(ppid)), n)));
        return out;
    }

    private static void vmstat(VmStat v, List<Reading> out) {
        for (String k : new String[] {"pswpin", "pswpout"}) {
            if (v.get(k) != null) {
                out.add(Reading.counter("vmstat." + k, "", v.get(k)));
            }
        }
        Long dirty = v.get("nr_dirty");
        Long writeback = v.get("nr_writeback");
        Long limit = v.get("nr_dirty_threshold");
        if (dirty != null && writeback != null && limit != null && limit > 0) {
            out.add(Reading.gauge("vmstat.dirty_share", "", (double) (dirty + writeback) / limit));
        }
    }

    private static void kernelStat(KernelStat k, List<Reading> out) {
        if (k.procsRunning() != null) {
            // the host's runnable tasks, kernlint's own threads caught reading /proc/stat not among them
            out.add(Reading.gauge("stat.procs_running", "", k.othersRunning()));
        }
        if (k.ownRunning() != null) {
            out.add(Reading.gauge("stat.own_running", "", k.ownRunning()));
        }
        if (k.procsBlocked() != null) {
            out.add(Reading.gauge("stat.procs_blocked", "", k.procsBlocked()));
        }
        Long[] cols = {k.user(), k.nice(), k.system(), k.idle(), k.iowait(), k.irq(), k.softirq(), k.steal()};
        long total = 0;
        for (int i = 0; i < cols.length; i++) {
            if (cols[i] != null) {
                out.add(Reading.counter("cpu." + CPU_COLUMNS[i], "", cols[i]));
                total += cols[i];
            }
        }
        out.add(Reading.counter("cpu.total", "", total));
    }

    /**
     * Pages scanned for reclaim (kswapd and direct; before 4.8 one counter per zone, pgscan_kswapd_normal ...);
     * pswpin/pswpout come from {@link #vmstat}. pgscan_anon/pgscan_file (5.8+) split the same scans by type and pgscan_direct_throttle
     * counts throttling events: neither is added.
     */
    private static void reclaim(VmStat v, List<Reading> out) {
        long scanned = 0;
        boolean any = false;
        for (Map.Entry<String, Long> e : v.counters().entrySet()) {
            String k = e.getKey();
            if (k.startsWith("pgscan_kswapd") || (k.startsWith("pgscan_direct") && !k.equals("pgscan_direct_throttle"))) {
                scanned += e.getValue();
                any = true;
            }
        }
        if (any) {
            out.add(Reading.counter("vmstat.pgscan", "", scanned));
        }
    }

    private static void numa(NumaStat n, List<Reading> out) {
        if (n.localNode() != null && n.otherNode() != null) {
            out.add(Reading.counter("numastat.local_node", "node" + n.node(), n.localNode()));
            out.add(Reading.counter("numastat.other_node", "node" + n.node(), n.otherNode()));
        }
    }

    private static void zones(ZoneInfo z, List<Reading> out) {
        for (int node : z.nodes()) {
            Long margin = z.lowMargin(node);
            Double free = z.freePercent(node);
            if (margin != null && free != null) {
                out.add(Reading.gauge("zoneinfo.low_margin", "node" + node, margin));
                out.add(Reading.gauge("zoneinfo.free_pct", "node" + node, free));
            }
        }
    }
}
