package dev.kernlint.fleet;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Fingerprint;
import dev.kernlint.engine.RuleInfo;
import dev.kernlint.engine.Severity;
import dev.kernlint.fact.Gap;
import dev.kernlint.json.Json;
import dev.kernlint.report.JsonReport;
import dev.kernlint.source.UserFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A host that audited itself and shipped only its kernlint-report/1: read back into an audit result, so it joins
 * the fleet like a snapshot (its findings as the host judged them; its kernel and inventory for the consensus,
 * its kernel parameters are not in a report).
 */
final class ReportInput {
    private ReportInput() {}

    /** True when the file starts like JSON: snapshots are directories, archives or sysctl dumps, never '{'. */
    static boolean looksLike(byte[] head, int n) {
        for (int i = 0; i < n; i++) {
            if (!Character.isWhitespace(head[i])) {
                return head[i] == '{';
            }
        }
        return false;
    }

    static AuditResult read(Path file, Map<String, RuleInfo> rules) {
        String text;
        try {
            text = UserFile.read(file, UserFile.JSON_CAP);
        } catch (UserFile.Unusable e) {
            throw new FleetInputException(e.getMessage());
        }
        Object doc;
        try {
            doc = Json.parse(text);
        } catch (Json.JsonException e) {
            throw new FleetInputException("not JSON (" + e.getMessage() + ")");
        }
        if (!(doc instanceof Map<?, ?> m) || !JsonReport.SCHEMA.equals(m.get("schema"))) {
            throw new FleetInputException("a JSON file that is not a kernlint report (" + JsonReport.SCHEMA + ")");
        }
        if (!(m.get("host") instanceof Map<?, ?> h) || !(h.get("hostname") instanceof String)) {
            throw new FleetInputException("the report has no host.hostname");
        }
        List<Finding> findings = new ArrayList<>();
        for (Object o : list(m.get("findings"), "findings")) {
            findings.add(finding(o, rules));
        }
        List<AuditResult.GapReport> gaps = new ArrayList<>();
        for (Object o : list(m.get("gaps"), "gaps")) {
            if (!(o instanceof Map<?, ?> g)) {
                throw new FleetInputException("a gap that is not an object");
            }
            gaps.add(new AuditResult.GapReport(new Gap(str(g.get("area")), str(g.get("input")), str(g.get("reason"))), strings(g.get("rules"))));
        }
        Map<?, ?> summary = m.get("summary") instanceof Map<?, ?> s ? s : Map.of();
        List<String> notEvaluated = strings(summary.get("rules_not_evaluated"));
        List<String> evaluated = new ArrayList<>();
        for (String id : rules.keySet()) {
            if (!notEvaluated.contains(id)) {
                evaluated.add(id);
            }
        }
        long millis = summary.get("duration_ms") instanceof Number n ? n.longValue() : 0;
        Map<String, Object> host = new LinkedHashMap<>();
        h.forEach((k, v) -> host.put(String.valueOf(k), v));
        return new AuditResult(host, file.toString(), str(m.get("profile")), findings, gaps, evaluated, notEvaluated, millis);
    }

    private static Finding finding(Object o, Map<String, RuleInfo> rules) {
        if (!(o instanceof Map<?, ?> f) || !(f.get("rule") instanceof String rule)) {
            throw new FleetInputException("a finding without a rule id");
        }
        Severity sev = Severity.parse(str(f.get("severity")));
        if (sev == null) {
            throw new FleetInputException("finding " + rule + " has no severity info, warning or critical");
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        if (f.get("evidence") instanceof Map<?, ?> e) {
            e.forEach((k, v) -> evidence.put(String.valueOf(k), v));
        }
        String remediation = f.get("remediation") instanceof Map<?, ?> r ? str(r.get("text")) : "";
        RuleInfo info = rules.get(rule);
        String fp = f.get("fingerprint") instanceof String s ? s : Fingerprint.of(rule, evidence, info == null ? List.of() : info.subject());
        return new Finding(rule, sev, str(f.get("area")), str(f.get("title")), str(f.get("message")), evidence, remediation,
                List.of(), false, fp, null);
    }

    private static List<?> list(Object o, String what) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            throw new FleetInputException(what + " is not a list");
        }
        return l;
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
