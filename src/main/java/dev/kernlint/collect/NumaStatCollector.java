package dev.kernlint.collect;

import dev.kernlint.fact.NumaStat;
import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.VmStatParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;
import java.util.BitSet;
import java.util.Map;

/**
 * local_node and other_node of each node's numastat, read again in every sample for the remote-allocation ratio.
 * A host with one node has nothing remote: nothing is read there.
 */
public final class NumaStatCollector implements Collector {
    @Override
    public String area() {
        return "numa";
    }

    @Override
    public void collect(Source source, Facts facts) {
        BitSet ids = NumaNodes.online(source);
        if (ids.cardinality() < 2) {
            return;
        }
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
            Input in = source.read(NumaCollector.NODE + "/node" + id + "/numastat");
            if (!in.isOk()) {
                facts.gap(area(), in);
                continue;
            }
            try {
                Map<String, Long> m = VmStatParser.parse(in.text());
                facts.add(new NumaStat(id, m.get("local_node"), m.get("other_node")));
            } catch (ParseException e) {
                facts.gap(area(), in.name(), "unparseable: " + e.getMessage().replace("vmstat", "numastat"));
            }
        }
    }
}
