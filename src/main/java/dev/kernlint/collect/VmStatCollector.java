package dev.kernlint.collect;

import dev.kernlint.fact.VmStat;
import dev.kernlint.parse.VmStatParser;
import dev.kernlint.source.Source;

/** /proc/vmstat as a {@link VmStat}: swap I/O, OOM kills, NUMA and reclaim counters since boot. */
public final class VmStatCollector implements Collector {
    static final String PATH = "/proc/vmstat";

    @Override
    public String area() {
        return "memory";
    }

    @Override
    public void collect(Source source, Facts facts) {
        ParsedInput.add(source, facts, area(), PATH, text -> new VmStat(VmStatParser.parse(text)));
    }
}
