package dev.kernlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.RuleInfo;
import dev.kernlint.json.Json;
import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.ReportSchemas;
import dev.kernlint.testing.RichResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifReportTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(String sarif) {
        Map<String, Object> log = (Map<String, Object>) Json.parse(sarif);
        return (Map<String, Object>) ((List<Object>) log.get("runs")).get(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneResultPerFindingWithLevelRuleAndHost() {
        AuditResult r = RichResult.build();
        String sarif = new SarifReport(Fixtures.ruleBook().rules()).render(r);
        ReportSchemas.assertValidSarif(sarif);
        Map<String, Object> log = (Map<String, Object>) Json.parse(sarif);
        assertEquals("2.1.0", log.get("version"));
        Map<String, Object> run = run(sarif);
        Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) run.get("tool")).get("driver");
        List<Map<String, Object>> rules = (List<Map<String, Object>>) driver.get("rules");
        assertEquals(List.copyOf(Fixtures.ruleBook().rules().keySet()), rules.stream().map(m -> m.get("id")).toList());
        RuleInfo recycleInfo = Fixtures.ruleBook().rule("NET-TW-RECYCLE");
        Map<String, Object> recycleRule = rules.stream().filter(m -> m.get("id").equals("NET-TW-RECYCLE")).findFirst().orElseThrow();
        assertEquals(Map.of("text", recycleInfo.title()), recycleRule.get("shortDescription"));
        assertEquals(Map.of("level", "error"), recycleRule.get("defaultConfiguration"));

        List<Map<String, Object>> results = (List<Map<String, Object>>) run.get("results");
        assertEquals(r.findings().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            Finding f = r.findings().get(i);
            Map<String, Object> res = results.get(i);
            assertEquals(f.rule(), res.get("ruleId"));
            assertEquals(f.rule(), rules.get(((Number) res.get("ruleIndex")).intValue()).get("id"));
            assertEquals(switch (f.severity()) { case CRITICAL -> "error"; case WARNING -> "warning"; case INFO -> "note"; }, res.get("level"));
            assertEquals(Map.of("text", f.message()), res.get("message"));
            String uri = (String) ((Map<String, Object>) ((Map<String, Object>) ((List<Map<String, Object>>) res.get("locations")).get(0)
                    .get("physicalLocation")).get("artifactLocation")).get("uri");
            assertEquals("web1", uri);
            assertEquals(Map.of(SarifReport.FINGERPRINT, f.fingerprint()), res.get("partialFingerprints"));
            assertEquals(f.waived(), res.containsKey("suppressions"));
        }
        Map<String, Object> waived = results.stream().filter(m -> m.get("ruleId").equals("NET-TW-RECYCLE")).findFirst().orElseThrow();
        Map<String, Object> suppression = ((List<Map<String, Object>>) waived.get("suppressions")).get(0);
        assertEquals("external", suppression.get("kind"));
        assertEquals("accepted", suppression.get("status"));
        assertTrue(((String) suppression.get("justification")).startsWith("legacy NAT"));
        assertEquals(Map.of("id", "kernlint/web1/"), run.get("automationDetails"));
        List<Map<String, Object>> notes = (List<Map<String, Object>>) ((List<Map<String, Object>>) run.get("invocations")).get(0).get("toolExecutionNotifications");
        assertTrue(notes.stream().anyMatch(n -> ((Map<String, Object>) n.get("message")).get("text").toString().contains("/proc/slabinfo")));
        assertTrue(notes.stream().anyMatch(n -> ((Map<String, Object>) n.get("message")).get("text").toString().contains("expired")));
        assertTrue(notes.stream().anyMatch(n -> ((Map<String, Object>) n.get("message")).get("text").toString().contains("stale")));
    }

    @Test
    void everyFixtureGivesValidSarifAndTheSchemaCatchesABrokenLog() {
        for (String snapshot : JsonReportSchemaTest.fixtures()) {
            ReportSchemas.assertValidSarif(new SarifReport(Fixtures.ruleBook().rules()).render(Fixtures.audit(snapshot)));
        }
        String good = new SarifReport(Fixtures.ruleBook().rules()).render(Fixtures.audit("ci-web1"));
        assertFalse(ReportSchemas.sarifErrors(good.replace("\"level\": \"error\"", "\"level\": \"critical\"")).isEmpty(),
                "the validator really checks: 'critical' is no SARIF level");
        assertFalse(ReportSchemas.sarifErrors(good.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"")).isEmpty());
    }

    @Test
    void hostNamesBecomeUriReferences() {
        assertEquals("web1.example.com", SarifReport.hostUri("web1.example.com"));
        assertEquals("odd%20host%3Aname", SarifReport.hostUri("odd host:name"));
    }
}
