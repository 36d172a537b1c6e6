package dev.kernlint.collect;

import dev.kernlint.fact.NetCounters;
import dev.kernlint.parse.NetSnmpParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;
import java.util.LinkedHashMap;
import java.util.Map;

/** /proc/net/snmp and /proc/net/netstat of the audited network namespace, merged into one {@link NetCounters}. */
public final class NetCountersCollector implements Collector {
    static final String[] FILES = {"/proc/net/snmp", "/proc/net/netstat"};

    @Override
    public String area() {
        return "network";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (String f : FILES) {
            Input in = source.read(f);
            if (!in.isOk()) {
                facts.gap(area(), in);
                continue;
            }
            try {
                all.putAll(NetSnmpParser.parse(in.text()));
            } catch (ParseException e) {
                facts.gap(area(), f, "unparseable: " + e.getMessage());
            }
        }
        if (!all.isEmpty()) {
            facts.add(new NetCounters(all));
        }
    }
}
