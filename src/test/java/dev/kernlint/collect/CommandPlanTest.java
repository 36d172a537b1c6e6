package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.source.CachingSource;
import dev.kernlint.source.LiveHost;
import dev.kernlint.source.Snapshots;
import dev.kernlint.source.Source;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The commands started before the collectors run must be the ones they ask for: none wasted, and none of the
 * planned kinds (ethtool, df, dmidecode) left to run one after another.
 */
class CommandPlanTest {
    private static final List<String> PLANNED_TOOLS = List.of("commands/ethtool", "commands/df", "commands/dmidecode");

    private static Set<String> planned(Source source) {
        return CommandPlan.of(source).stream().map(Source::commandKey).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> asked(Source source) {
        CachingSource caching = new CachingSource(source, false);
        dev.kernlint.collect.Collectors.run(caching);
        return new TreeSet<>(caching.commandRuns().keySet());
    }

    /** Asked for after dmidecode -t memory answers; planned only where the kernel shows a DMI table (not in snapshots). */
    private static final Set<String> DMI_FOLLOWERS = Set.of("commands/dmidecode_-t_processor", "commands/dmidecode_-t_bios",
            "commands/dmidecode_-t_system");

    private static void assertPlanIsWhatCollectorsAsk(String what, Source source, Set<String> plan, Set<String> asked) {
        assertTrue(asked.containsAll(plan), what + ": planned but never asked for: " + minus(plan, asked));
        boolean dmiTable = source.isDirectory("/sys/firmware/dmi");
        Set<String> askedOfPlannedKinds = asked.stream().filter(k -> PLANNED_TOOLS.stream().anyMatch(k::startsWith))
                .filter(k -> dmiTable || !DMI_FOLLOWERS.contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(plan.containsAll(askedOfPlannedKinds), what + ": asked for but not planned: " + minus(askedOfPlannedKinds, plan));
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void snapshotsPlanExactlyTheToolsTheirAuditRuns() {
        for (String name : List.of("server-r740-healthy", "nic-healthy", "nic-problems", "hw-vm-no-dmi", "hw-vm-qemu-dmi",
                "hw-dimm-missing", "disk-full")) {
            try (Source s = Snapshots.open(Fixtures.snapshot(name))) {
                Set<String> plan = planned(s);
                assertFalse(plan.isEmpty(), name);
                assertPlanIsWhatCollectorsAsk(name, s, plan, asked(s));
            }
        }
    }

    @Test
    void aRecordedServerPlansEthtoolPerNicAndTheDmiTables() {
        try (Source s = Snapshots.open(Fixtures.snapshot("server-r740-healthy"))) {
            Set<String> plan = planned(s);
            assertTrue(plan.contains("commands/ethtool_-k_eno1"), plan.toString());
            assertTrue(plan.contains("commands/dmidecode_-t_memory"), plan.toString());
            assertTrue(plan.contains("commands/df_-P_-k_-l"), plan.toString());
        }
    }

    @Test
    void thisHostPlansOnlyWhatItsAuditRuns() {
        LiveHost host = LiveHost.ofThisHost();
        assertPlanIsWhatCollectorsAsk("this host", host, planned(host), asked(host));
    }
}
