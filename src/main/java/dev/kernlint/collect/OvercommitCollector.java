package dev.kernlint.collect;

import dev.kernlint.fact.MemInfo;
import dev.kernlint.fact.Overcommit;
import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.VmStatParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;

/** vm.overcommit_* with CommitLimit / Committed_AS, vm.panic_on_oom and the oom_kill count. */
public final class OvercommitCollector implements Collector {

    @Override
    public String area() {
        return "memory";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Input mode = source.read("/proc/sys/vm/overcommit_memory");
        if (!mode.isOk()) {
            facts.gap(area(), mode);
            return;
        }
        MemInfo info = MemInfoCollector.readOrNull(source);
        Long oomKills = null;
        Input vmstat = source.read("/proc/vmstat");
        if (vmstat.isOk()) {
            try {
                oomKills = VmStatParser.parse(vmstat.text()).get("oom_kill");
            } catch (ParseException e) {
                facts.gap(area(), "/proc/vmstat", "unparseable: " + e.getMessage());
            }
        }
        Long m = number(mode);
        if (m == null) {
            facts.gap(area(), mode.name(), "unparseable: '" + mode.text().strip() + "' is not a number");
            return;
        }
        facts.add(new Overcommit(m.intValue(),
                number(source.read("/proc/sys/vm/overcommit_ratio")),
                number(source.read("/proc/sys/vm/overcommit_kbytes")),
                info == null ? null : info.get("CommitLimit"),
                info == null ? null : info.get("Committed_AS"),
                info == null ? null : info.memTotalKb(),
                number(source.read("/proc/sys/vm/panic_on_oom")),
                oomKills));
    }

    private static Long number(Input in) {
        if (!in.isOk()) {
            return null;
        }
        try {
            return Long.parseLong(in.text().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
