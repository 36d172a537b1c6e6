package dev.kernlint.collect;

import dev.kernlint.parse.SockStatParser;
import dev.kernlint.source.Source;

/** /proc/net/sockstat of the network namespace the audit runs in. */
public final class SockStatCollector implements Collector {
    static final String PATH = "/proc/net/sockstat";

    @Override
    public String area() {
        return "network";
    }

    @Override
    public void collect(Source source, Facts facts) {
        ParsedInput.add(source, facts, area(), PATH, SockStatParser::tcp);
    }
}
