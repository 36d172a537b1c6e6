package dev.kernlint.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which gaps keep a rule from judging. */
class RuleInfoNeedsTest {

    private static RuleInfo reading(String... inputs) {
        return new RuleInfo("X", Severity.WARNING, "a", "t", "", "", "none", List.of(inputs), List.of(), "S");
    }

    @Test
    void theInputOrAnythingUnderIt() {
        RuleInfo r = reading("/sys/class/net", "ethtool -g");
        assertTrue(r.needs("/sys/class/net"));
        assertTrue(r.needs("/sys/class/net/eth0/type"));
        assertTrue(r.needs("ethtool -g eth0"));
        assertFalse(r.needs("/sys/class/netx"));
    }

    @Test
    void aMissingDirectoryCoversTheFilesBelowIt() {
        RuleInfo swap = reading("/proc/sys/vm/swappiness");
        assertTrue(swap.needs("/proc/sys"), "no /proc/sys at all: swappiness is unknown too");
        assertFalse(swap.needs("/proc/sys/kernel/osrelease"));
        RuleInfo anyKey = reading("/proc/sys/*");
        assertTrue(anyKey.needs("/proc/sys"));
        assertFalse(anyKey.needs("/proc/sys/fs/dentry-state"), "one unreadable key is not the whole tree");
    }

    @Test
    void aFailedCollectorStopsEveryRule() {
        // its facts may feed any rule: without them a rule would pass by default
        assertTrue(reading("/proc/meminfo").needs(dev.kernlint.fact.Gap.collectorFailed("numa", "boom").input()));
        assertFalse(reading("/proc/meminfo").needs("numa"));
    }
}
