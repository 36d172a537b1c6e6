package dev.kernlint.collect;

import dev.kernlint.fact.MemInfo;
import dev.kernlint.fact.NumaHintFaults;
import dev.kernlint.fact.NumaNode;
import dev.kernlint.fact.NumaTopology;
import dev.kernlint.parse.CpuListParser;
import dev.kernlint.parse.KernelCmdlineParser;
import dev.kernlint.parse.MemInfoParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.UptimeParser;
import dev.kernlint.parse.VmStatParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;
import java.util.BitSet;
import java.util.Map;

/**
 * NUMA nodes from /sys/devices/system/node (online list, per node cpulist, meminfo and numastat), the node sums
 * against /proc/meminfo, numa=off on the kernel command line, and the NUMA balancing counters of /proc/vmstat.
 * vm.zone_reclaim_mode and kernel.numa_balancing come from the sysctl facts.
 */
public final class NumaCollector implements Collector {
    static final String NODE = "/sys/devices/system/node";
    /** The gap input of rules that compare node levels: set when the per-node totals do not add up. */
    public static final String NODE_SUMS = "numa node sums";

    @Override
    public String area() {
        return "numa";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Input online = source.read(NODE + "/online");
        if (!online.isOk()) {
            facts.gap(area(), online.name(), online.reason() + (online.status() == dev.kernlint.source.ReadStatus.MISSING
                    && !Absence.explained(online) ? " (kernel built without CONFIG_NUMA, or /sys not mounted)" : ""));
            return;
        }
        BitSet ids = CpuListParser.parse(online.text());
        if (ids.isEmpty()) {
            facts.gap(area(), online.name(), "unparseable: no node online");
            return;
        }
        long nodeSum = 0;
        boolean sumKnown = true;
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
            NumaNode n = node(source, facts, id);
            facts.add(n);
            if (n.memTotalKb() == null) {
                sumKnown = false;
            } else {
                nodeSum += n.memTotalKb();
            }
        }
        MemInfo meminfo = MemInfoCollector.readOrNull(source);
        Long memTotal = meminfo == null ? null : meminfo.memTotalKb();
        boolean numaOff = source.read("/proc/cmdline").textIfOk()
                .map(t -> "off".equals(KernelCmdlineParser.parse(t).get("numa"))).orElse(false);
        NumaTopology topology = new NumaTopology(ids.cardinality(), online.text().strip(), sumKnown ? nodeSum : null, memTotal, numaOff);
        facts.add(topology);
        if (topology.nodes() > 1 && !topology.nodeSumsMatch()) {
            facts.gap(area(), NODE_SUMS, "the nodes' MemTotal add up to " + (sumKnown ? nodeSum + " kB" : "an unknown total")
                    + " but /proc/meminfo says " + (memTotal == null ? "nothing" : memTotal + " kB")
                    + " (deferred struct page init, or memory hot-plug): per-node levels cannot be compared");
        }
        facts.add(hintFaults(source, facts));
    }

    private NumaNode node(Source source, Facts facts, int id) {
        String dir = NODE + "/node" + id;
        String cpuList = "";
        int cpus = 0;
        Input cl = source.read(dir + "/cpulist");
        if (cl.isOk()) {
            try {
                cpus = CpuListParser.count(cl.text());
                cpuList = cl.text().strip();
            } catch (ParseException e) {
                facts.gap(area(), cl.name(), "unparseable: " + e.getMessage());
            }
        } else {
            facts.gap(area(), cl);
        }
        Long total = null;
        Long free = null;
        Input mi = source.read(dir + "/meminfo");
        if (mi.isOk()) {
            try {
                MemInfo m = MemInfoParser.parse(mi.text());
                total = m.memTotalKb();
                free = m.get("MemFree");
            } catch (ParseException e) {
                facts.gap(area(), mi.name(), "unparseable: " + e.getMessage());
            }
        } else {
            facts.gap(area(), mi);
        }
        Map<String, Long> stat = Map.of();
        Input ns = source.read(dir + "/numastat");
        if (ns.isOk()) {
            try {
                // numastat has the "name count" lines of /proc/vmstat
                stat = VmStatParser.parse(ns.text());
            } catch (ParseException e) {
                facts.gap(area(), ns.name(), "unparseable: " + e.getMessage().replace("vmstat", "numastat"));
            }
        } else {
            facts.gap(area(), ns);
        }
        return new NumaNode(id, cpuList, cpus, total, free, stat);
    }

    private NumaHintFaults hintFaults(Source source, Facts facts) {
        Map<String, Long> vm = Map.of();
        Input vmstat = source.read("/proc/vmstat");
        if (vmstat.isOk()) {
            try {
                vm = VmStatParser.parse(vmstat.text());
            } catch (ParseException e) {
                // OvercommitCollector reports the unparseable file
            }
        }
        Double uptime = null;
        Input up = source.read("/proc/uptime");
        if (up.isOk()) {
            try {
                uptime = UptimeParser.seconds(up.text());
            } catch (ParseException e) {
                facts.gap(area(), up.name(), "unparseable: " + e.getMessage());
            }
        }
        return new NumaHintFaults(vm.get("numa_hint_faults"), vm.get("numa_hint_faults_local"), vm.get("numa_pages_migrated"), uptime);
    }
}
