package dev.kernlint.collect;

import dev.kernlint.parse.CpuListParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Source;
import java.util.BitSet;

/** The online NUMA nodes, for the collectors that only matter on a host with several. */
final class NumaNodes {
    private NumaNodes() {}

    /** The ids in /sys/devices/system/node/online, or an empty set when it is unreadable (NumaCollector reports that). */
    static BitSet online(Source source) {
        return source.read(NumaCollector.NODE + "/online").textIfOk().map(t -> {
            try {
                return CpuListParser.parse(t);
            } catch (ParseException e) {
                return new BitSet();
            }
        }).orElseGet(BitSet::new);
    }
}
