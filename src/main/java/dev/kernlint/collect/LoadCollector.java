package dev.kernlint.collect;

import dev.kernlint.parse.KernelStatParser;
import dev.kernlint.parse.LoadAvgParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
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
        Input load = source.read(LOADAVG);
        if (load.isOk()) {
            try {
                facts.add(LoadAvgParser.parse(load.text()));
            } catch (ParseException e) {
                facts.gap(area(), LOADAVG, "unparseable: " + e.getMessage());
            }
        } else {
            facts.gap(area(), load);
        }
        Input stat = source.read(STAT);
        if (stat.isOk()) {
            try {
                facts.add(KernelStatParser.parse(stat.text()));
            } catch (ParseException e) {
                facts.gap(area(), STAT, "unparseable: " + e.getMessage());
            }
        } else {
            facts.gap(area(), stat);
        }
    }
}
