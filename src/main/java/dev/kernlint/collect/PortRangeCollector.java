package dev.kernlint.collect;

import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.PortRangeParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;

/** The ephemeral port range and the reserved ports in it, for NET-TW-PORT-EXHAUSTION. */
public final class PortRangeCollector implements Collector {
    static final String RANGE = "/proc/sys/net/ipv4/ip_local_port_range";
    static final String RESERVED = "/proc/sys/net/ipv4/ip_local_reserved_ports";

    @Override
    public String area() {
        return "network";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Input range = source.read(RANGE);
        if (!range.isOk()) {
            facts.gap(area(), range);
            return;
        }
        Input reserved = source.read(RESERVED);
        try {
            facts.add(PortRangeParser.parse(range.text(), reserved.isOk() ? reserved.text() : ""));
        } catch (ParseException e) {
            facts.gap(area(), RANGE, "unparseable: " + e.getMessage());
        }
    }
}
