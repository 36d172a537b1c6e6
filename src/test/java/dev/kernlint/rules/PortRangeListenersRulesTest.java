package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.finding;
import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.fix.FixPlan;
import dev.kernlint.profile.ProfileLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NET-PORT-RANGE-OVER-LISTENERS: the web-server profile widens ip_local_port_range to 1024-65535; a host listening on
 * 22, 8080 (all addresses) and 9100 (loopback) must reserve 8080 and 9100 first, and that change is not "no disruption".
 */
class PortRangeListenersRulesTest {
    static final String RULE = "NET-PORT-RANGE-OVER-LISTENERS";

    @Test
    void wideningTheRangeOverListenersReservesThemFirst() {
        AuditResult r = audit("net-port-range-listeners", ProfileLoader.load("web-server"));
        Finding f = finding(r, RULE);
        assertEquals("[8080, 9100]", f.evidence().get("ports"), "22 is below 1024; the ESTABLISHED 8080 row is no listener");
        assertEquals(List.of(new FixAction.SetSysctl("net.ipv4.ip_local_reserved_ports", "8080,9100"),
                new FixAction.SetSysctl("net.ipv4.ip_local_port_range", "1024 65535")), f.fixes());
        FixPlan plan = FixPlan.build(r, new dev.kernlint.fix.KernelSettings(java.util.Map.of("net.ipv4.ip_local_port_range", "32768 60999",
                "net.ipv4.ip_local_reserved_ports", ""), java.util.Map.of()), dev.kernlint.testing.Fixtures.ruleBook().rules(),
                new FixPlan.Options(java.util.Set.of(), false, FixPlan.Options.DROP_IN, FixPlan.Options.SYSCTL_DIR));
        FixPlan.Change range = plan.changes().stream()
                .filter(c -> c.action() instanceof FixAction.SetSysctl s && s.key().equals("net.ipv4.ip_local_port_range")).findFirst().orElseThrow();
        assertEquals("service", range.risk().disruption(), "the range change is judged with the ports it exposes");
        List<String> keys = plan.changes().stream().filter(c -> c.action() instanceof FixAction.SetSysctl)
                .map(c -> ((FixAction.SetSysctl) c.action()).key()).filter(k -> k.startsWith("net.ipv4.ip_local_")).toList();
        assertEquals(List.of("net.ipv4.ip_local_reserved_ports", "net.ipv4.ip_local_port_range"), keys, "reserve, then widen");
    }

    @Test
    void portsAlreadyReservedOrOutsideTheRangeFireNothing() {
        AuditResult held = audit("net-port-range-reserved", ProfileLoader.load("web-server"));
        assertTrue(findings(held, RULE).isEmpty(), findings(held, RULE).toString());
        assertTrue(held.rulesEvaluated().contains(RULE));
        // the default profile keeps 32768-60999, where nothing listens
        AuditResult kept = audit("net-port-range-listeners");
        assertTrue(findings(kept, RULE).isEmpty(), findings(kept, RULE).toString());
        assertTrue(kept.rulesEvaluated().contains(RULE));
    }

    @Test
    void keptListsAndRangesAreReadAsTheKernelPrintsThem() {
        assertEquals("80,443,8080-8082", dev.kernlint.fact.PortList.with("8080-8081", List.of(443, 80, 8082)));
        assertEquals(null, dev.kernlint.fact.PortList.with("8080;rm -rf /", List.of(80)));
        assertEquals(List.of(40000), new dev.kernlint.fact.ListeningPorts(List.of(22, 40000, 61000)).unreserved("32768\t60999", ""));
        assertEquals(List.of(), new dev.kernlint.fact.ListeningPorts(List.of(40000)).unreserved("garbage", ""));
    }
}
