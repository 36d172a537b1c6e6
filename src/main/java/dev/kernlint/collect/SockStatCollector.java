package dev.kernlint.collect;

import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.SockStatParser;
import dev.kernlint.source.Input;
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
        Input in = source.read(PATH);
        if (!in.isOk()) {
            facts.gap(area(), in);
            return;
        }
        try {
            facts.add(SockStatParser.tcp(in.text()));
        } catch (ParseException e) {
            facts.gap(area(), PATH, "unparseable: " + e.getMessage());
        }
    }
}
