package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.assertPasses;
import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.engine.Severity;
import dev.kernlint.fact.ExpectedSysctl;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SysctlBaselineRuleTest {
    private static final String RULE = "KERN-SYSCTL-BASELINE";

    private static Map<Object, Finding> byKey(AuditResult r) {
        return findings(r, RULE).stream().collect(Collectors.toMap(f -> f.evidence().get("key"), Function.identity()));
    }

    @Test
    void driftFromExactBoundSetAndAMissingKeyEachFire() {
        Map<Object, Finding> f = byKey(audit("kern-sysctl-baseline-drift", Fixtures.profile("baseline-test")));
        assertEquals(5, f.size(), f.keySet().toString());

        Finding exact = f.get("net.ipv4.tcp_syncookies");
        assertEquals("0", exact.evidence().get("actual"));
        assertEquals("1", exact.evidence().get("expected"));
        assertEquals(List.of(new FixAction.SetSysctl("net.ipv4.tcp_syncookies", "1")), exact.fixes());

        Finding bound = f.get("net.core.somaxconn");
        assertEquals(">= 4096", bound.evidence().get("expected"));
        assertEquals(List.of(new FixAction.SetSysctl("net.core.somaxconn", "4096")), bound.fixes());

        Finding set = f.get("net.ipv4.tcp_tw_reuse");
        assertEquals("1", set.evidence().get("actual"));
        assertEquals("one of [0, 2]", set.evidence().get("expected"));
        assertEquals(Severity.WARNING, set.severity(), "baseline_severity of the default profile");

        Finding perKeySeverity = f.get("vm.swappiness");
        assertEquals(Severity.CRITICAL, perKeySeverity.severity());

        Finding missing = f.get("net.ipv4.tcp_tw_recycle");
        assertNull(missing.evidence().get("actual"));
        assertTrue(missing.message().contains("does not exist on this kernel"), missing.message());
        assertTrue(missing.fixes().isEmpty(), "no sysctl -w for a key the kernel does not have");

        assertFalse(f.containsKey("net.ipv4.ip_local_port_range"), "tab and space are the same white space");
    }

    @Test
    void aHostThatMeetsTheBaselineHasNoFinding() {
        assertPasses(audit("kern-sysctl-baseline-clean", Fixtures.profile("baseline-test")), RULE);
    }

    @Test
    void theDefaultProfileAsksOnlyForItsOwnKeys() {
        Map<Object, Finding> f = byKey(audit("kern-sysctl-baseline-drift"));
        assertTrue(f.containsKey("net.ipv4.tcp_syncookies"), f.keySet().toString());
        Set<String> own = ProfileLoader.load("default").sysctl().stream().map(ExpectedSysctl::key).collect(Collectors.toSet());
        assertTrue(own.containsAll(f.keySet()), f.keySet() + " vs the default profile's " + own);
    }

    @Test
    void expectationsCompareNumbersAsNumbersAndTextWithWhiteSpaceFolded() {
        assertTrue(ExpectedSysctl.exact("k", "1", "warning").accepts("01"));
        assertTrue(ExpectedSysctl.exact("k", "1024 65535", "warning").accepts("1024\t65535\n"));
        assertFalse(ExpectedSysctl.exact("k", "1024 65535", "warning").accepts("1024 65534"));
        assertTrue(ExpectedSysctl.exact("k", "bbr", "warning").accepts("bbr\n"));
        assertTrue(ExpectedSysctl.bound("k", ">=", 4096, "warning").accepts("4096"));
        assertFalse(ExpectedSysctl.bound("k", ">=", 4096, "warning").accepts("4095"));
        assertTrue(ExpectedSysctl.bound("k", "<=", 10, "warning").accepts("10"));
        assertFalse(ExpectedSysctl.bound("k", "<=", 10, "warning").accepts("not a number"));
        assertTrue(ExpectedSysctl.oneOf("k", List.of("0", "2"), "warning").accepts("2"));
        assertFalse(ExpectedSysctl.oneOf("k", List.of("0", "2"), "warning").accepts("1"));
    }
}
