package dev.kernlint.collect;

import dev.kernlint.parse.ZoneInfoParser;
import dev.kernlint.source.Source;

/**
 * /proc/zoneinfo, for node pressure. Read only on a host with several NUMA nodes: on a big host the file is long
 * (a pageset block per CPU per zone) and with one node there is no other node to compare with.
 */
public final class ZoneInfoCollector implements Collector {
    static final String PATH = "/proc/zoneinfo";

    @Override
    public String area() {
        return "numa";
    }

    @Override
    public void collect(Source source, Facts facts) {
        if (NumaNodes.online(source).cardinality() < 2) {
            return;
        }
        ParsedInput.add(source, facts, area(), PATH, ZoneInfoParser::parse);
    }
}
