package dev.kernlint.report;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.RuleInfo;
import dev.kernlint.engine.Severity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Audit results as Prometheus metrics, in the text exposition format node_exporter's textfile collector reads
 * (gauges only, no sample timestamps: the collector refuses a file that has them). Every series carries a host
 * label, so one file can hold a fleet: the format needs all series of a metric together under its HELP and TYPE,
 * so the output goes metric by metric, each over every host.
 */
public final class PrometheusReport implements Renderer {
    /** One audited host: its label value, its result and when its audit finished. */
    public record HostResult(String host, AuditResult result, Instant finished) {}

    private static final List<String> FIXED = List.of("host", "rule", "severity", "waived");

    private final Map<String, RuleInfo> rules;
    private final Instant finished;

    /**
     * @param rules    the rule book's rules, for each rule's @subject
     * @param finished when the audit finished, for {@link #render(AuditResult)}
     */
    public PrometheusReport(Map<String, RuleInfo> rules, Instant finished) {
        this.rules = rules;
        this.finished = finished;
    }

    @Override
    public String render(AuditResult result) {
        return render(List.of(new HostResult(result.hostname(), result, finished)));
    }

    public String render(List<HostResult> hosts) {
        StringBuilder out = new StringBuilder(4096);
        family(out, "kernlint_finding", "A finding of the last audit: 1 per finding, with its rule, severity, whether a waiver covers it, and the evidence naming its subject.");
        for (HostResult h : hosts) {
            Map<String, Integer> series = new LinkedHashMap<>();
            for (Finding f : h.result().findings()) {
                series.merge(findingLabels(h.host(), f), 1, Integer::sum); // two findings on one subject: one series of 2
            }
            series.forEach((labels, n) -> out.append("kernlint_finding{").append(labels).append("} ").append(n).append('\n'));
        }
        family(out, "kernlint_findings", "Findings of the last audit by severity, waived ones left out (they do not count for the exit code).");
        for (HostResult h : hosts) {
            for (Severity s : Severity.values()) {
                sample(out, "kernlint_findings", h.host(), "severity", s.label(), Long.toString(h.result().count(s)));
            }
        }
        perHost(out, hosts, "kernlint_findings_waived", "Findings of the last audit that a waiver in force covers.",
                r -> Long.toString(r.result().waivedCount()));
        perHost(out, hosts, "kernlint_rules_evaluated", "Rules the last audit evaluated.",
                r -> Integer.toString(r.result().rulesEvaluated().size()));
        perHost(out, hosts, "kernlint_rules_not_evaluated", "Rules the last audit could not evaluate: an input they read was missing or unreadable.",
                r -> Integer.toString(r.result().rulesNotEvaluated().size()));
        perHost(out, hosts, "kernlint_audit_duration_seconds", "How long the last audit took.",
                r -> ExpositionText.seconds(r.result().durationMillis()));
        perHost(out, hosts, "kernlint_last_run_timestamp_seconds", "When the last audit finished, in seconds since the Unix epoch.",
                r -> ExpositionText.seconds(r.finished().toEpochMilli()));
        return out.toString();
    }

    private String findingLabels(String host, Finding f) {
        StringBuilder sb = new StringBuilder();
        label(sb, "host", host);
        label(sb, "rule", f.rule());
        label(sb, "severity", f.severity().label());
        label(sb, "waived", Boolean.toString(f.waived()));
        subject(f).forEach((name, value) -> label(sb, name, value));
        return sb.toString();
    }

    /**
     * What the finding is about, as in its fingerprint: the evidence its rule names in @subject, or else every
     * evidence value that is text or true/false. A name that would clash with a fixed label gets a "subject_" prefix.
     */
    private Map<String, String> subject(Finding f) {
        RuleInfo info = rules.get(f.rule());
        List<String> names = info == null ? List.of() : info.subject();
        Map<String, Object> picked = new TreeMap<>();
        if (!names.isEmpty()) {
            for (String n : names) {
                if (f.evidence().get(n) != null) {
                    picked.put(n, f.evidence().get(n));
                }
            }
        } else {
            f.evidence().forEach((k, v) -> {
                if (v instanceof String || v instanceof Boolean) {
                    picked.put(k, v);
                }
            });
        }
        Map<String, String> out = new LinkedHashMap<>();
        picked.forEach((k, v) -> {
            String name = ExpositionText.labelName(k);
            while (FIXED.contains(name) || out.containsKey(name)) {
                name = "subject_" + name;
            }
            out.put(name, v.toString());
        });
        return out;
    }

    private static void perHost(StringBuilder out, List<HostResult> hosts, String metric, String help, Function<HostResult, String> value) {
        family(out, metric, help);
        for (HostResult h : hosts) {
            sample(out, metric, h.host(), null, null, value.apply(h));
        }
    }

    static void family(StringBuilder out, String metric, String help) {
        out.append("# HELP ").append(metric).append(' ').append(ExpositionText.help(help)).append('\n');
        out.append("# TYPE ").append(metric).append(" gauge\n");
    }

    private static void sample(StringBuilder out, String metric, String host, String name, String value, String number) {
        StringBuilder labels = new StringBuilder();
        label(labels, "host", host);
        if (name != null) {
            label(labels, name, value);
        }
        out.append(metric).append('{').append(labels).append("} ").append(number).append('\n');
    }

    static void label(StringBuilder sb, String name, String value) {
        if (!sb.isEmpty()) {
            sb.append(',');
        }
        sb.append(name).append("=\"").append(ExpositionText.labelValue(value)).append('"');
    }
}
