package dev.kernlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Severity;
import dev.kernlint.json.Json;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.ReportSchemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriorReportTest {
    private static PriorReport prior(AuditResult old) {
        return PriorReport.parse("old.json", ReportSchemas.json(old), Fixtures.ruleBook().rules());
    }

    @Test
    void findingsOfTheEarlierReportAreLeftOutNewOnesStay() {
        AuditResult old = Fixtures.audit("ci-web1");
        AuditResult now = Fixtures.audit("ci-web1", ProfileLoader.load("web-server"));
        AuditResult fresh = prior(old).onlyNew(now);
        assertEquals(old.findings().size(), fresh.newSince().known());
        assertEquals(now.findings().size() - old.findings().size(), fresh.findings().size());
        assertTrue(Fixtures.findings(fresh, "NET-TW-RECYCLE").isEmpty(), "known since the old report");
        assertTrue(!Fixtures.findings(fresh, "NIC-RING-BASELINE").isEmpty(), "new with the web-server profile");
        assertTrue(fresh.findings().stream().noneMatch(f -> f.evidence().get("key") != null && f.evidence().get("key").equals("net.ipv4.tcp_syncookies")));
        assertEquals("old.json", fresh.newSince().report());
        ReportSchemas.json(fresh);
    }

    @Test
    void theHostOfTheEarlierReportIsKept() {
        assertEquals("web1", prior(Fixtures.audit("ci-web1")).hostname());
        assertEquals(null, PriorReport.parse("old.json", "{\"schema\":\"kernlint-report/1\",\"findings\":[]}", Map.of()).hostname(),
                "a report without host says nothing of it");
    }

    @Test
    void sameRunAgainHasNothingNew() {
        AuditResult r = Fixtures.audit("ci-web1");
        AuditResult fresh = prior(r).onlyNew(r);
        assertTrue(fresh.findings().isEmpty());
        assertTrue(!fresh.hasAtLeast(Severity.INFO));
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsWithoutFingerprintsAreMatchedByRuleAndSubject() {
        AuditResult r = Fixtures.audit("ci-web1");
        Map<String, Object> doc = (Map<String, Object>) Json.parse(new JsonReport().render(r));
        for (Object f : (List<Object>) doc.get("findings")) {
            ((Map<String, Object>) f).remove("fingerprint");
        }
        AuditResult fresh = PriorReport.parse("old.json", Json.write(doc), Fixtures.ruleBook().rules()).onlyNew(r);
        assertTrue(fresh.findings().isEmpty(), fresh.findings().toString());
    }

    @Test
    void notAReportIsAClearError() {
        assertEquals("--new-since x.json: not a kernlint JSON report (kernlint-report/1; write one with --format json=FILE)",
                assertThrows(ReportException.class, () -> PriorReport.parse("x.json", "{\"version\":\"2.1.0\"}", Map.of())).getMessage());
        assertTrue(assertThrows(ReportException.class, () -> PriorReport.parse("x.json", "{", Map.of())).getMessage()
                .startsWith("--new-since x.json: not JSON"));
        assertEquals("--new-since x.json: a finding without a rule id", assertThrows(ReportException.class,
                () -> PriorReport.parse("x.json", "{\"schema\":\"kernlint-report/1\",\"findings\":[{}]}", Map.of())).getMessage());
    }
}
