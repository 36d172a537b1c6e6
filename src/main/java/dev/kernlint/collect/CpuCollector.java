package dev.kernlint.collect;

import dev.kernlint.fact.CpuTopology;
import dev.kernlint.parse.CpuInfoParser;
import dev.kernlint.parse.CpuListParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;

/** CPUs online, offline and present from /sys/devices/system/cpu; sockets, cores and the hypervisor flag from /proc/cpuinfo. */
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
        try {
            String offList = offline.isOk() ? offline.text().strip() : "";
            facts.add(new CpuTopology(CpuListParser.count(online.text()), online.text().strip(), offList,
                    present.isOk() ? CpuListParser.count(present.text()) : CpuListParser.count(online.text()),
                    info == null ? 0 : info.sockets(), info == null ? 0 : info.cores(),
                    info != null && info.hypervisor(), info == null ? null : info.model()));
        } catch (ParseException e) {
            facts.gap(area(), online.name(), "unparseable: " + e.getMessage());
        }
    }
}
