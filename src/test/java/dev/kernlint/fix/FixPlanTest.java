package dev.kernlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.engine.FixRisk;
import dev.kernlint.engine.HostAudit;
import dev.kernlint.engine.RuleBook;
import dev.kernlint.engine.RuleBookException;
import dev.kernlint.engine.Severity;
import dev.kernlint.fact.PersistedSysctl;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.source.Snapshot;
import dev.kernlint.source.Source;
import dev.kernlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixPlanTest {
    static final KernelSettings RUNNING = new KernelSettings(
            Map.of("net.core.somaxconn", "128", "net.ipv4.tcp_timestamps", "0"),
            Map.of("net.ipv4.tcp_tw_recycle", new PersistedSysctl("net.ipv4.tcp_tw_recycle", "1", "/etc/sysctl.conf", 4)));

    static Finding finding(String rule, FixAction... fixes) {
        return new Finding(rule, Severity.WARNING, "network", "t", rule + " message", Map.of(), "do the thing",
                List.of(fixes), fixes.length > 0);
    }

    static FixPlan plan(boolean disruptive, Finding... findings) {
        AuditResult r = new AuditResult(Map.of("hostname", "h", "kernel", "6.1.0"), "live", "default", List.of(findings),
                List.of(), List.of(), List.of(), 1);
        return FixPlan.build(r, RUNNING, Fixtures.ruleBook().rules(), FixFixtures.options(disruptive));
    }

    @Test
    void aKeyTheKernelLacksIsNeverWrittenAndRemovalIsAdvised() {
        FixPlan p = plan(false, finding("NET-TW-RECYCLE", new FixAction.SetSysctl("net.ipv4.tcp_tw_recycle", "0")));
        assertTrue(p.changes().isEmpty());
        String advice = p.advice().get(0).text();
        assertTrue(advice.contains("does not exist on this kernel"), advice);
        assertTrue(advice.contains("/etc/sysctl.conf:4 sets it"), advice);
        assertTrue(new SysctlDropIn().render(p).lines().noneMatch(l -> l.startsWith("net.ipv4.tcp_tw_recycle")));
    }

    @Test
    void advisoryRulesAndRemovalsStayAdvice() {
        FixPlan p = plan(false, finding("MEM-OVERCOMMIT-ALWAYS"),
                finding("NET-TW-RECYCLE", new FixAction.RemoveSysctl("net.ipv4.tcp_tw_recycle")));
        assertTrue(p.changes().isEmpty());
        assertTrue(p.advice().get(0).reason().startsWith("advice only"), p.advice().get(0).reason());
        assertTrue(p.advice().get(1).reason().contains("delete net.ipv4.tcp_tw_recycle"), p.advice().get(1).reason());
    }

    @Test
    void twoRulesWantingTheSameValueShareOneChange_differentValuesNeither() {
        FixPlan same = plan(false, finding("NET-SOMAXCONN-LOW", new FixAction.SetSysctl("net.core.somaxconn", "4096")),
                finding("KERN-SYSCTL-BASELINE", new FixAction.SetSysctl("net.core.somaxconn", "4096")));
        assertEquals(1, same.changes().size());
        assertEquals("NET-SOMAXCONN-LOW, KERN-SYSCTL-BASELINE", same.changes().get(0).rules());
        FixPlan clash = plan(false, finding("NET-SOMAXCONN-LOW", new FixAction.SetSysctl("net.core.somaxconn", "4096")),
                finding("KERN-SYSCTL-BASELINE", new FixAction.SetSysctl("net.core.somaxconn", "8192")));
        assertTrue(clash.changes().isEmpty());
        assertEquals(2, clash.advice().size());
        assertTrue(clash.advice().get(0).reason().contains("rules disagree on net.core.somaxconn"), clash.advice().get(0).reason());
    }

    @Test
    void ringsOnlyWithIncludeDisruptive_withTheirRisk() {
        Finding ring = finding("NIC-RING-BELOW-MAX", new FixAction.SetRing("eth0", 4096L, 4096L));
        FixPlan without = plan(false, ring);
        assertTrue(without.changes().isEmpty());
        assertTrue(without.advice().get(0).reason().contains("--include-disruptive"));
        FixPlan with = plan(true, ring);
        assertEquals(new FixRisk(false, "link-reset", true), with.changes().get(0).risk());
        assertEquals("needs reboot: no, disruption: brief link reset, reversible: yes", with.changes().get(0).risk().describe());
    }

    @Test
    void ruleFilterLimitsTheFixes() {
        HostAudit.Outcome o = FixFixtures.audit("fix-old-web");
        FixPlan p = FixPlan.build(o.result(), KernelSettings.of(o.facts()), Fixtures.ruleBook().rules(),
                FixFixtures.options(true, "NET-SOMAXCONN-LOW"));
        assertEquals(List.of("net.core.somaxconn = 4096"), p.changes().stream().map(FixPlan.Change::what).toList());
        assertTrue(p.advice().isEmpty());
    }

    @Test
    void aHostileProfileValueNeverReachesAFile(@TempDir Path tmp) throws IOException {
        Path profile = tmp.resolve("evil.yaml");
        Files.writeString(profile, "extends: default\nsysctl:\n  net.ipv4.tcp_syncookies: \"1; reboot\"\n");
        HostAudit.Outcome o;
        try (Source s = Snapshot.open(Fixtures.snapshot("fix-old-web"))) {
            o = HostAudit.runKeepingFacts(s, ProfileLoader.load(profile.toString()), Fixtures.ruleBook());
        }
        FixPlan p = FixPlan.build(o.result(), KernelSettings.of(o.facts()), Fixtures.ruleBook().rules(), FixFixtures.options(true));
        assertTrue(p.advice().stream().anyMatch(a -> a.reason().contains("has characters kernlint does not put in a command or file")), p.advice().toString());
        for (String out : List.of(new SysctlDropIn().render(p), new ShellScript().render(p), new AnsibleTasks().render(p))) {
            assertTrue(out.lines().noneMatch(l -> !l.strip().startsWith("#") && l.contains("1; reboot")), out);
        }
    }

    @Test
    void riskComesFromTheRuleAnnotations() {
        assertEquals("link-reset", Fixtures.ruleBook().rule("NIC-RING-BELOW-MAX").risk().disruption());
        assertEquals(new FixRisk(false, "none", true), Fixtures.ruleBook().rule("NET-SOMAXCONN-LOW").risk());
        assertNull(Fixtures.ruleBook().rule("MEM-OVERCOMMIT-ALWAYS").risk(), "advice-only rules declare none");
        assertEquals(new FixRisk(true, "service", false),
                new FixRisk(false, "none", true).and(new FixRisk(true, "service", false)));
    }

    @Test
    void aRuleWithAnUnknownDisruptionIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.drl"), """
                package mine;
                import dev.kernlint.fact.SysctlValue;
                global dev.kernlint.engine.FindingSink findings;
                rule "MINE-X"
                  @id("MINE-X") @fix("generate") @reboot("no") @disruption("sometimes") @reversible("yes")
                when
                  SysctlValue(key == "x.y")
                then
                  findings.add(kcontext, "x");
                end
                """);
        RuleBookException e = assertThrows(RuleBookException.class, () -> RuleBook.load(dir));
        assertTrue(e.getMessage().contains("MINE-X") && e.getMessage().contains("disruption"), e.getMessage());
    }
}
