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

    private static final String MOUNTS = "/proc/self/mounts";

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
            facts.gap(area(), DEBUGFS, Absence.explained(in) ? in.reason() : why(source, in));
        }
    }

    /**
     * Root reading a missing file is told the cause, not "needs root": debugfs not mounted (from /proc/self/mounts),
     * or mounted without the file (a kernel without CONFIG_SCHED_DEBUG). Only when the mounts cannot be read is it
     * the old either-or.
     */
    private static String why(Source source, Input in) {
        if (in.status() == ReadStatus.DENIED) {
            return in.reason();
        }
        java.util.Optional<String> mounts = source.read(MOUNTS).textIfOk();
        if (in.status() != ReadStatus.MISSING || mounts.isEmpty()) {
            return "needs root / debugfs (mount -t debugfs none /sys/kernel/debug): "
                    + (in.status() == ReadStatus.MISSING ? "not present" : in.reason());
        }
        boolean mounted = mounts.get().lines().map(l -> l.split(" ")).anyMatch(f -> f.length > 2 && f[1].equals("/sys/kernel/debug")
                && f[2].equals("debugfs"));
        return mounted ? "not present although debugfs is mounted (a kernel without CONFIG_SCHED_DEBUG)"
                : "debugfs is not mounted (mount -t debugfs none /sys/kernel/debug)";
    }
}
