package dev.kernlint.time;

import dev.kernlint.collect.Collectors;
import dev.kernlint.collect.Facts;
import dev.kernlint.collect.MappingCollector;
import dev.kernlint.source.Source;
import java.util.List;

/**
 * Reads the later samples one after the other: the time-varying inputs of each, then the mappings of the leak
 * suspects the samples so far point at. One instance per run of samples, used in time order.
 */
public final class SampleCollection {
    private final LeakSuspects suspects = new LeakSuspects();

    public Facts collect(Source sample) {
        Facts facts = Collectors.run(sample, Collectors.sampled());
        suspects.feed(facts);
        List<String> keys = suspects.keys();
        if (!keys.isEmpty()) {
            facts.addAll(Collectors.run(sample, List.of(new MappingCollector(keys))));
        }
        return facts;
    }
}
