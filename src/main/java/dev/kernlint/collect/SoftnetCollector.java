package dev.kernlint.collect;

import dev.kernlint.parse.SoftnetStatParser;
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
        ParsedInput.add(source, facts, area(), PATH, SoftnetStatParser::parse);
    }
}
