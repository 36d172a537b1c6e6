package dev.kernlint.rules;

import static dev.kernlint.testing.Fixtures.audit;
import static dev.kernlint.testing.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §4: "kernel.threads-max is 2097152 but FILE:2 sets 2097152 # A comment" is not drift; a line whose comment
 * the tools carry into the kernel is KERN-SYSCTL-BROKEN-LINE; no fix ever carries a comment into a value.
 */
class SysctlTrailingCommentTest {
    @TempDir
    Path tmp;

    private static Map<Object, Finding> byKey(AuditResult r, String rule) {
        return findings(r, rule).stream().collect(Collectors.toMap(f -> f.evidence().get("key"), Function.identity()));
    }

    @Test
    void aNumberWithItsCommentIsNoDriftAndBrokenLinesAreOneFindingEach() {
        AuditResult r = audit("sysctl-trailing-comment");
        Map<Object, Finding> drift = byKey(r, "KERN-SYSCTL-DRIFT");
        assertTrue(drift.isEmpty(), drift.keySet().toString());
        Map<Object, Finding> broken = byKey(r, "KERN-SYSCTL-BROKEN-LINE");
        assertEquals(Set.of("net.ipv4.tcp_congestion_control", "net.core.somaxconn", "net.ipv4.tcp_rmem", "kernel.core_pattern"),
                broken.keySet(), "not threads-max, the port range or fin_timeout (numbers keep their value), not lab#2 (no comment)");
        Finding cc = broken.get("net.ipv4.tcp_congestion_control");
        assertEquals("reno # cc comment", cc.evidence().get("written"));
        assertEquals("# cc comment", cc.evidence().get("comment"));
        assertEquals(4, cc.evidence().get("line"));
        assertTrue(cc.message().endsWith("which the kernel refuses: the line never applies"), cc.message());
        assertTrue(broken.get("net.core.somaxconn").message().contains("a number must end at white space"));
        assertTrue(broken.get("kernel.core_pattern").message().contains("keeps the comment as part of it"));
        assertTrue(r.findings().stream().flatMap(f -> f.fixes().stream()).noneMatch(a -> a.toString().contains("#")),
                "no fix carries a comment");
    }

    @Test
    void aDriftingNumberWithACommentIsFixedWithoutTheComment() {
        Path snap = Fixtures.copy("sysctl-trailing-comment", tmp.resolve("s"));
        Fixtures.write(snap, "proc/sys/kernel/threads-max", "63704\n");
        AuditResult r = dev.kernlint.engine.HostAudit.run(dev.kernlint.source.Snapshot.open(snap),
                dev.kernlint.profile.ProfileLoader.load("default"), Fixtures.ruleBook());
        Finding f = byKey(r, "KERN-SYSCTL-DRIFT").get("kernel.threads-max");
        assertEquals("kernel.threads-max is 63704 but /etc/sysctl.d/60-comments.conf:2 sets 2097152", f.message());
        assertEquals(java.util.List.of(new FixAction.SetSysctl("kernel.threads-max", "2097152")), f.fixes());
    }
}
