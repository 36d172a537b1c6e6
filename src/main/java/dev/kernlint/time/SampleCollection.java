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
    private final boolean recording;

    /** Reads samples to judge them (a live audit, or a snapshot's samples). */
    public SampleCollection() {
        this(false);
    }

    /** @param recording true while `collect` records samples for a snapshot (see {@link Collectors#sampled}) */
    public SampleCollection(boolean recording) {
        this.recording = recording;
    }

    public Facts collect(Source sample) {
        if (sample instanceof TakenSample taken) {
            // collected when it was taken, by a collection like this one fed the same readings before it
            return taken.facts();
        }
        Facts facts = Collectors.run(sample, Collectors.sampled(recording));
        suspects.feed(facts);
        List<String> keys = suspects.keys();
        if (!keys.isEmpty()) {
            facts.addAll(Collectors.run(sample, List.of(new MappingCollector(keys))));
        }
        return facts;
    }
}
