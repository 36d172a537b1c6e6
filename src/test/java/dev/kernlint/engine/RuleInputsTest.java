package dev.kernlint.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which gaps keep a rule from judging: paths under an input, command prefixes, and IF-style placeholders. */
class RuleInputsTest {
    static RuleInfo rule(String... inputs) {
        return new RuleInfo("X", Severity.INFO, "a", "t", "r", "m", "none", List.of(inputs), List.of(), "S");
    }

    @Test
    void pathsAndPrefixes() {
        RuleInfo r = rule("/sys/class/net", "ethtool -g");
        assertTrue(r.needs("/sys/class/net/eth0/speed"));
        assertTrue(r.needs("ethtool -g eth0"));
        assertTrue(r.needs("ethtool -g"));
        assertFalse(r.needs("/sys/class/network"));
    }

    @Test
    void placeholderStandsForOneArgumentNotAnOption() {
        RuleInfo link = rule("ethtool IF");
        assertTrue(link.needs("ethtool eth0"));
        assertFalse(link.needs("ethtool -g eth0"), "a ring failure says nothing about link modes");
        assertFalse(link.needs("ethtool -k eth0"));
        RuleInfo offload = rule("ethtool -k IF");
        assertTrue(offload.needs("ethtool -k eno1"));
        assertFalse(offload.needs("ethtool -i eno1"));
    }

    @Test
    void aMissingToolReachesEveryCommandOfIt() {
        assertTrue(rule("ethtool -k IF").needs("ethtool"));
        assertTrue(rule("ethtool -g").needs("ethtool"));
        assertFalse(rule("ethtool -k IF").needs("dmidecode"));
    }
}
