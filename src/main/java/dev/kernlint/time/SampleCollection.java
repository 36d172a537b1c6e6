package dev.kernlint.time;

import dev.kernlint.collect.Collectors;
import dev.kernlint.collect.Facts;
import dev.kernlint.collect.MappingCollector;
import dev.kernlint.collect.UnchangedProcesses;
import dev.kernlint.source.Source;
import java.util.List;

/**
 * Reads the later samples one after the other: the time-varying inputs of each, then the mappings of the leak
 * suspects the samples so far point at. One instance per run of samples, used in time order.
 */
public final class SampleCollection {
    private final LeakSuspects suspects = new LeakSuspects();
    /** The previous live sample's processes; null when every input is read (a snapshot's samples, recorded or audited). */
    private final UnchangedProcesses processes;

    /** Reads a snapshot's samples, or records them: every input of every sample. */
    public SampleCollection() {
        this(false);
    }

    /** @param live true for a live audit, which records nothing (see {@link Collectors#sampledLive}) */
    public SampleCollection(boolean live) {
        this.processes = live ? new UnchangedProcesses() : null;
    }

    public Facts collect(Source sample) {
        if (sample instanceof TakenSample taken) {
            // collected when it was taken, by a collection like this one fed the same readings before it
            return taken.facts();
        }
        Facts facts = Collectors.run(sample, processes == null ? Collectors.sampled() : Collectors.sampledLive(processes));
        suspects.feed(facts, ownPid(sample));
        List<String> keys = suspects.keys();
        if (!keys.isEmpty()) {
            facts.addAll(Collectors.run(sample, List.of(new MappingCollector(keys))));
        }
        return facts;
    }

    /**
     * The pid of the process reading the sample, from its /proc/self/stat: a live host's is this JVM, and `collect`
     * records it in each sample, so an audit of the snapshot leaves out the same process. -1 when not there (older
     * snapshots: nobody is left out, as before).
     */
    static int ownPid(Source sample) {
        dev.kernlint.source.Input self = sample.read(OWN_STAT);
        if (!self.isOk()) {
            return -1;
        }
        try {
            return dev.kernlint.parse.ProcessStatParser.parse(self.text()).pid();
        } catch (dev.kernlint.parse.ParseException e) {
            return -1;
        }
    }

    static final String OWN_STAT = "/proc/self/stat";
}
