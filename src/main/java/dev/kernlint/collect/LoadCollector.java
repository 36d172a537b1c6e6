package dev.kernlint.collect;

import dev.kernlint.parse.KernelStatParser;
import dev.kernlint.parse.LoadAvgParser;
import dev.kernlint.source.Source;

/** /proc/loadavg and /proc/stat (procs_running, procs_blocked and the cpu time line). */
public final class LoadCollector implements Collector {
    static final String LOADAVG = "/proc/loadavg";
    static final String STAT = "/proc/stat";

    @Override
    public String area() {
        return "process";
    }

    @Override
    public void collect(Source source, Facts facts) {
        ParsedInput.add(source, facts, area(), LOADAVG, LoadAvgParser::parse);
        ParsedInput.add(source, facts, area(), STAT, KernelStatParser::parse);
    }
}
