package dev.kernlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.RuleInfo;
import dev.kernlint.engine.Severity;
import dev.kernlint.testing.ExpositionSamples;
import dev.kernlint.testing.ExpositionSamples.Sample;
import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.Promtool;
import dev.kernlint.testing.RichResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Prometheus report read back as a scraper reads it: series, labels unescaped, values. */
class PrometheusReportTest {
    static final Instant AT = Instant.parse("2026-12-01T10:00:00.250Z");
    static final Map<String, RuleInfo> RULES = Fixtures.ruleBook().rules();

    static String render(AuditResult r) {
        return new PrometheusReport(RULES, AT).render(r);
    }

    @Test
    void everyFindingIsASeriesWithItsRuleSeverityAndSubject() {
        AuditResult r = RichResult.build();
        List<Sample> samples = ExpositionSamples.parse(render(r));
        List<Sample> series = ExpositionSamples.find(samples, "kernlint_finding", Map.of());
        assertFalse(r.findings().isEmpty());
        assertEquals(r.findings().size(), series.stream().mapToInt(s -> Integer.parseInt(s.value())).sum());
        for (Finding f : r.findings()) {
            Map<String, String> want = new LinkedHashMap<>(Map.of("host", r.hostname(), "rule", f.rule(),
                    "severity", f.severity().label(), "waived", Boolean.toString(f.waived())));
            for (String k : RULES.get(f.rule()).subject()) {
                if (f.evidence().get(k) != null) {
                    want.put(k, f.evidence().get(k).toString());
                }
            }
            assertFalse(ExpositionSamples.find(series, "kernlint_finding", want).isEmpty(), f + "\n" + series);
        }
        assertTrue(r.waivedCount() > 0, "the fixture has a waived finding");
        assertEquals(Long.toString(r.waivedCount()), ExpositionSamples.single(samples, "kernlint_findings_waived", Map.of()).value());
        for (Severity s : Severity.values()) {
            assertEquals(Long.toString(r.count(s)), ExpositionSamples.single(samples, "kernlint_findings", Map.of("severity", s.label())).value());
        }
        assertEquals(Integer.toString(r.rulesEvaluated().size()), ExpositionSamples.single(samples, "kernlint_rules_evaluated", Map.of()).value());
        assertEquals(Integer.toString(r.rulesNotEvaluated().size()), ExpositionSamples.single(samples, "kernlint_rules_not_evaluated", Map.of()).value());
        assertEquals(ExpositionText.seconds(r.durationMillis()), ExpositionSamples.single(samples, "kernlint_audit_duration_seconds", Map.of()).value());
        assertEquals("1796119200.25", ExpositionSamples.single(samples, "kernlint_last_run_timestamp_seconds", Map.of()).value());
    }

    @Test
    void hostileValuesComeBackExactlyAndEveryLineIsOneSampleOrComment(@TempDir Path tmp) throws Exception {
        AuditResult r = HostileValuesTest.hostile();
        String text = render(r);
        HostileValuesTest.assertWritable("prometheus", text);
        dev.kernlint.testing.RawControls.assertNone("prometheus", text);
        if (Promtool.installed()) { // else its own test skips visibly
            Path file = Files.writeString(tmp.resolve("hostile.prom"), text);
            dev.kernlint.testing.Processes.Result check = Promtool.checkMetrics(file);
            assertEquals(0, check.exit(), check.out() + check.err());
        }
        List<Sample> samples = ExpositionSamples.parse(text);
        String host = TerminalText.escape(r.hostname());
        assertEquals(8, samples.stream().filter(s -> !s.name().equals("kernlint_finding")).count(), "one of each of five per-host metrics, and three severities");
        assertTrue(samples.stream().allMatch(s -> s.labels().get("host").equals(host)), text);
        // NET-SOMAXCONN-LOW has no @subject: its text evidence is the subject, the hostile name made a label name and
        // the hostile value read back exactly; the nine findings with one value share one series
        for (String v : List.of(HostileValuesTest.NASTY, HostileValuesTest.MARKUP)) {
            // quote, backslash and newline exactly; what a terminal acts on, and a lone surrogate, as the text reports show them
            String clean = v.replace("\r", "\\r").replace("\u0000", "\\x00").replace("\u202e", "\\u202e")
                    .replaceAll("\\p{Cs}", "\\\\ud800"); // a lone one: a pair is one code point to the regex
            Sample s = ExpositionSamples.single(samples, "kernlint_finding", Map.of("rule", "NET-SOMAXCONN-LOW", "key", "net.core.somaxconn",
                    ExpositionText.labelName("value" + v), clean));
            assertEquals("9", s.value());
            assertTrue(ExpositionText.labelName("value" + v).matches("[a-zA-Z_][a-zA-Z0-9_]*"));
        }
    }

    @Test
    void aDefaultSubjectIsTheTextEvidenceWithNamesMadeValid() {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("parent_comm", "my\"app\\\nx\r");
        evidence.put("rule", "clash");
        evidence.put("9-lives", true);
        evidence.put("__name__", "reserved");
        evidence.put("zombies", 64);
        Finding f = new Finding("X-NO-SUBJECT", Severity.CRITICAL, "process", "t", "m", evidence, "r", List.of(), false);
        AuditResult base = RichResult.build();
        AuditResult r = base.withFindings(List.of(f, f));
        String text = render(r);
        assertTrue(text.contains("parent_comm=\"my\\\"app\\\\\\nx\\\\r\""), text);
        Sample s = ExpositionSamples.single(ExpositionSamples.parse(text), "kernlint_finding", Map.of());
        assertEquals(Map.of("host", base.hostname(), "rule", "X-NO-SUBJECT", "severity", "critical", "waived", "false",
                "parent_comm", "my\"app\\\nx\\r", "subject_rule", "clash", "_9_lives", "true", "subject__name__", "reserved"), s.labels());
        assertEquals("2", s.value(), "two findings on one subject are one series counting 2 (a repeated series is an error)");
    }

    @Test
    void aFleetIsOneFamilyPerMetricWithASeriesPerHost() {
        AuditResult a = RichResult.build();
        AuditResult b = Fixtures.audit("net-tw-recycle-on");
        String text = new PrometheusReport(RULES, AT).render(List.of(
                new PrometheusReport.HostResult("web1", a, AT), new PrometheusReport.HostResult("db1", b, AT.plusSeconds(60))));
        List<String> types = text.lines().filter(l -> l.startsWith("# TYPE ")).toList();
        assertEquals(types.stream().distinct().toList(), types, "each metric once");
        List<String> order = new ArrayList<>();
        text.lines().filter(l -> !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('{'))).forEach(n -> {
            if (order.isEmpty() || !order.get(order.size() - 1).equals(n)) {
                order.add(n);
            }
        });
        assertEquals(order.stream().distinct().toList(), order, "a metric's series are together: " + order);
        List<Sample> samples = ExpositionSamples.parse(text);
        assertEquals(Long.toString(b.count(Severity.CRITICAL)), ExpositionSamples.single(samples, "kernlint_findings", Map.of("host", "db1", "severity", "critical")).value());
        assertEquals("1796119260.25", ExpositionSamples.single(samples, "kernlint_last_run_timestamp_seconds", Map.of("host", "db1")).value());
        assertFalse(ExpositionSamples.find(samples, "kernlint_finding", Map.of("host", "db1", "rule", "NET-TW-RECYCLE")).isEmpty());
    }

    @Test
    void secondsAreExactAndPlain() {
        assertEquals("0", ExpositionText.seconds(0));
        assertEquals("0.007", ExpositionText.seconds(7));
        assertEquals("1796119200", ExpositionText.seconds(1796119200000L));
    }
}
