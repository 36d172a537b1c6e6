package dev.kernlint.collect;

import dev.kernlint.fact.VmStat;
import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.VmStatParser;
import dev.kernlint.source.Input;
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
        Input in = source.read(PATH);
        if (!in.isOk()) {
            facts.gap(area(), in);
            return;
        }
        try {
            facts.add(new VmStat(VmStatParser.parse(in.text())));
        } catch (ParseException e) {
            facts.gap(area(), PATH, "unparseable: " + e.getMessage());
        }
    }
}
