package dev.kernlint.collect;

import dev.kernlint.parse.SchedDebugParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;

/**
 * Per-CPU run queues from /proc/sched_debug (kernels before 5.13) or debugfs sched/debug (5.13+). Both need
 * root, the second a mounted debugfs; unreadable, the gap names the new location, which SCHED-RUNQ-IMBALANCE needs.
 */
public final class SchedDebugCollector implements Collector {
    static final String OLD = "/proc/sched_debug";
    public static final String DEBUGFS = "/sys/kernel/debug/sched/debug";

    @Override
    public String area() {
        return "process";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Input old = source.read(OLD);
        if (old.isOk()) {
            ParsedInput.add(source, facts, area(), OLD, SchedDebugParser::parse);
            return;
        }
        Input in = source.read(DEBUGFS);
        if (in.isOk()) {
            ParsedInput.add(source, facts, area(), DEBUGFS, SchedDebugParser::parse);
        } else {
            // a sosreport or a sysctl dump says itself why it has no debugfs; "needs root" would be wrong there
            facts.gap(area(), DEBUGFS, Absence.explained(in) ? in.reason() : "needs root / debugfs (mount -t debugfs none /sys/kernel/debug): "
                    + (in.status() == ReadStatus.MISSING ? "not present" : in.reason()));
        }
    }
}
