package dev.kernlint.collect;

import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.SoftnetStatParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;

/** /proc/net/softnet_stat: per-CPU backlog drops and time squeezes. */
public final class SoftnetCollector implements Collector {
    static final String PATH = "/proc/net/softnet_stat";

    @Override
    public String area() {
        return "nic";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Input in = source.read(PATH);
        if (!in.isOk()) {
            facts.gap(area(), in);
            return;
        }
        try {
            facts.add(SoftnetStatParser.parse(in.text()));
        } catch (ParseException e) {
            facts.gap(area(), PATH, "unparseable: " + e.getMessage());
        }
    }
}
