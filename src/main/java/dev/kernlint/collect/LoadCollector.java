package dev.kernlint.collect;

import dev.kernlint.fact.KernelStat;
import dev.kernlint.parse.KernelStatParser;
import dev.kernlint.parse.LoadAvgParser;
import dev.kernlint.parse.ProcessStatParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;

/**
 * /proc/loadavg and /proc/stat (procs_running, procs_blocked and the cpu time line), and kernlint's own runnable
 * threads (/proc/self/task/TID/stat) counted right after /proc/stat: the reading thread is always among the
 * kernel's procs_running, and so is every other collector or JVM thread on a CPU at that moment. A snapshot
 * written by `collect` keeps those task files, so replaying it discounts the same threads.
 */
public final class LoadCollector implements Collector {
    static final String LOADAVG = "/proc/loadavg";
    static final String STAT = "/proc/stat";
    static final String OWN_TASKS = "/proc/self/task";
    /** More threads than a kernlint JVM ever has: bounds the reads on a strange tree. */
    private static final int MAX_OWN_TASKS = 512;

    @Override
    public String area() {
        return "process";
    }

    @Override
    public void collect(Source source, Facts facts) {
        ParsedInput.add(source, facts, area(), LOADAVG, LoadAvgParser::parse);
        ParsedInput.add(source, facts, area(), STAT, text -> {
            Long own = ownRunning(source);
            return KernelStatParser.parse(text).withOwnRunning(own);
        });
    }

    /** Threads of this process in state R, or null when /proc/self/task cannot be listed. */
    static Long ownRunning(Source source) {
        long running = 0;
        int seen = 0;
        for (String tid : source.list(OWN_TASKS)) {
            if (seen++ >= MAX_OWN_TASKS) {
                break;
            }
            if (!tid.chars().allMatch(Character::isDigit)) {
                continue;
            }
            Input in = source.read(OWN_TASKS + "/" + tid + "/stat");
            if (in.isOk() && ProcessStatParser.state(in.text()) == 'R') {
                running++;
            }
        }
        return seen == 0 ? null : running;
    }
}
