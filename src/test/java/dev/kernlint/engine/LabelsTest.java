package dev.kernlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.Gap;
import dev.kernlint.report.TextReport;
import dev.kernlint.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void aCappedTextKeepsItsStartSaysWhatWasCutAndStaysWithinTheCap() {
        String host = "db-" + "x".repeat(10_000);
        String capped = Labels.cap(host, Labels.HOSTNAME);
        assertTrue(capped.length() <= Labels.HOSTNAME, capped.length() + "");
        assertTrue(capped.startsWith("db-xxx") && capped.matches(".*\\.\\.\\.\\[\\+\\d+ chars]"), capped);
        int kept = capped.indexOf("...[");
        assertEquals(host.length() - kept + "", capped.replaceAll(".*\\[\\+(\\d+) chars]", "$1"), "the count is what was left out");
        assertSame(capped, Labels.cap(capped, Labels.HOSTNAME), "capping twice changes nothing");
        String s = "web1";
        assertSame(s, Labels.cap(s, Labels.HOSTNAME));
        String pairs = "😀".repeat(200);
        String cut = Labels.cap(pairs, Labels.LABEL);
        assertTrue(!Character.isHighSurrogate(cut.charAt(cut.indexOf("...[") - 1)), "never half a character");
    }

    @Test
    void theHostNameEvidenceMessagesAndGapsAreCappedWhereTheyEnterTheResult() {
        AuditResult base = Fixtures.audit("ci-web1");
        Map<String, Object> host = new LinkedHashMap<>(base.host());
        host.put("hostname", "h".repeat(10_000));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("process", "p".repeat(5_000));
        evidence.put("pid", 7L);
        Finding f = new Finding("PROC-ZOMBIES", Severity.WARNING, "process", "t", "m".repeat(50_000), evidence, "r", List.of(), false);
        AuditResult r = new AuditResult(host, base.source(), base.profile(), List.of(f),
                List.of(new AuditResult.GapReport(new Gap("x", "/proc/" + "i".repeat(9_000), "why".repeat(9_000)), List.of())),
                base.rulesEvaluated(), base.rulesNotEvaluated(), 1);
        assertTrue(r.hostname().length() <= Labels.HOSTNAME && r.hostname().endsWith(" chars]"), r.hostname());
        Finding capped = r.findings().get(0);
        assertTrue(capped.message().length() <= Labels.MESSAGE);
        assertTrue(capped.evidence().get("process").toString().length() <= Labels.LABEL);
        assertEquals(7L, capped.evidence().get("pid"));
        assertEquals(f.fingerprint(), capped.fingerprint(), "the identity across runs does not change");
        assertTrue(r.gaps().get(0).gap().input().length() <= Labels.MESSAGE && r.gaps().get(0).gap().reason().length() <= Labels.MESSAGE);
        String text = new TextReport(false).render(r);
        assertTrue(text.length() < 12_000, "the report stays readable: " + text.length());
        assertSame(base.findings(), base.withFindings(base.findings()).findings(), "nothing to cap: no copy");
    }
}
