package dev.kernlint.collect;

import dev.kernlint.parse.KernelReleaseParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;
import java.util.List;

/** The kernel release: /proc/sys/kernel/osrelease, or `uname -r` when /proc is not there. */
public final class KernelCollector implements Collector {
    @Override
    public String area() {
        return "kernel";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Input in = source.read("/proc/sys/kernel/osrelease");
        if (!in.isOk()) {
            in = source.run(List.of("uname", "-r"));
        }
        if (!in.isOk()) {
            facts.gap(area(), "/proc/sys/kernel/osrelease", in.reason());
            return;
        }
        try {
            facts.add(KernelReleaseParser.parse(in.text()));
        } catch (ParseException e) {
            facts.gap(area(), in.name(), "unparseable: " + e.getMessage());
        }
    }
}
