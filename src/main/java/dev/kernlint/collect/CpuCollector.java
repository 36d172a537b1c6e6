package dev.kernlint.collect;

import dev.kernlint.fact.CpuTopology;
import dev.kernlint.parse.CpuInfoParser;
import dev.kernlint.parse.CpuListParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;

/**
 * CPUs online, offline and present from /sys/devices/system/cpu; sockets, cores and the hypervisor flag from
 * /proc/cpuinfo, or, where its format has no "physical id" (arm, POWER, older s390x), sockets and cores from the
 * sysfs topology of each online CPU (physical_package_id, core_id).
 */
public final class CpuCollector implements Collector {
    static final String CPU = "/sys/devices/system/cpu";

    @Override
    public String area() {
        return "cpu";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Input online = source.read(CPU + "/online");
        if (!online.isOk()) {
            facts.gap(area(), online);
            return;
        }
        Input offline = source.read(CPU + "/offline");
        Input present = source.read(CPU + "/present");
        Input cpuinfo = source.read("/proc/cpuinfo");
        CpuInfoParser.CpuInfo info = null;
        if (cpuinfo.isOk()) {
            try {
                info = CpuInfoParser.parse(cpuinfo.text());
            } catch (ParseException e) {
                facts.gap(area(), cpuinfo.name(), "unparseable: " + e.getMessage());
            }
        } else {
            facts.gap(area(), cpuinfo);
        }
        int sockets = info == null ? 0 : info.sockets();
        int cores = info == null ? 0 : info.cores();
        if (sockets == 0) {
            int[] topo = sysfsTopology(source, online.text());
            sockets = topo[0];
            cores = topo[1];
        }
        try {
            String offList = offline.isOk() ? offline.text().strip() : "";
            facts.add(new CpuTopology(CpuListParser.count(online.text()), online.text().strip(), offList,
                    present.isOk() ? CpuListParser.count(present.text()) : CpuListParser.count(online.text()),
                    sockets, cores,
                    info != null && info.hypervisor(), info == null ? null : info.model()));
        } catch (ParseException e) {
            facts.gap(area(), online.name(), "unparseable: " + e.getMessage());
        }
    }

    /** More CPUs than any machine has: bounds the reads of a strange tree. */
    private static final int MAX_CPUS = 8192;

    /** {sockets, cores} over the online CPUs from sysfs, {0, 0} when unknown (no topology, or -1 package ids). */
    static int[] sysfsTopology(Source source, String onlineList) {
        java.util.BitSet cpus;
        try {
            cpus = CpuListParser.parse(onlineList);
        } catch (ParseException e) {
            return new int[] {0, 0};
        }
        java.util.Set<String> packages = new java.util.HashSet<>();
        java.util.Set<String> cores = new java.util.HashSet<>();
        for (int cpu = cpus.nextSetBit(0); cpu >= 0 && cpu < MAX_CPUS; cpu = cpus.nextSetBit(cpu + 1)) {
            Input pkg = source.read(CPU + "/cpu" + cpu + "/topology/physical_package_id");
            Input core = source.read(CPU + "/cpu" + cpu + "/topology/core_id");
            if (!pkg.isOk() || !core.isOk()) {
                return new int[] {0, 0};
            }
            String p = pkg.text().strip();
            if (!p.matches("\\d{1,9}")) {
                // -1: the platform does not say (arm64 before 5.x, some VMs)
                return new int[] {0, 0};
            }
            packages.add(p);
            cores.add(p + "/" + core.text().strip());
        }
        return new int[] {packages.size(), cores.size()};
    }
}
