package dev.kernlint.report;

import dev.kernlint.cli.Version;
import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.RuleInfo;
import dev.kernlint.engine.Severity;
import dev.kernlint.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 (OASIS), for code-scanning dashboards: tool.driver.rules from the rules' metadata, one result per
 * finding with its level from the severity, the host as the artifact location, waived findings as accepted
 * external suppressions, and gaps as tool execution notifications. automationDetails.id carries the host name,
 * so uploads from several hosts to one dashboard stay apart.
 */
public final class SarifReport implements Renderer {
    public static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
    public static final String FINGERPRINT = "kernlintFingerprint/v1";

    private final Map<String, RuleInfo> rules;

    public SarifReport(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    public static String level(Severity s) {
        return switch (s) {
            case CRITICAL -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    @Override
    public String render(AuditResult r) {
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run(r)));
        return Json.write(log);
    }

    /** One host's run (a fleet log has one per host). */
    public Map<String, Object> run(AuditResult r) {
        List<String> ids = new ArrayList<>(rules.keySet());
        List<Object> descriptors = new ArrayList<>();
        for (RuleInfo info : rules.values()) {
            descriptors.add(descriptor(info));
        }
        List<Object> results = new ArrayList<>();
        for (Finding f : r.findings()) {
            results.add(result(f, ids.indexOf(f.rule()), r));
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "kernlint");
        driver.put("version", Version.VERSION);
        driver.put("semanticVersion", Version.VERSION);
        driver.put("rules", descriptors);

        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", true);
        List<Object> notes = new ArrayList<>();
        for (AuditResult.GapReport g : r.gaps()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("level", g.rules().isEmpty() ? "note" : "warning");
            n.put("message", text("not read: " + g.gap().input() + ": " + g.gap().reason()
                    + (g.rules().isEmpty() ? "" : " (not evaluated: " + String.join(", ", g.rules()) + ")")));
            if (!g.rules().isEmpty() && ids.contains(g.rules().get(0))) {
                n.put("associatedRule", Json.object("id", g.rules().get(0), "index", ids.indexOf(g.rules().get(0))));
            }
            n.put("properties", Json.object("area", g.gap().area(), "input", g.gap().input(), "rules", g.rules()));
            notes.add(n);
        }
        for (AuditResult.WaiverReport w : r.waivers()) {
            if (w.status().equals(AuditResult.WaiverReport.EXPIRED) || w.status().equals(AuditResult.WaiverReport.STALE)) {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("level", "warning");
                n.put("message", text("waiver for " + w.rule() + " at " + w.origin() + " is " + w.status()
                        + (w.status().equals(AuditResult.WaiverReport.EXPIRED) ? " (expired " + w.expires() + ")" : " (matches nothing)")));
                notes.add(n);
            }
        }
        invocation.put("toolExecutionNotifications", notes);

        Map<String, Object> props = new LinkedHashMap<>();
        props.put("host", r.host());
        props.put("source", r.source());
        props.put("profile", r.profile());
        props.put("rulesEvaluated", r.rulesEvaluated());
        props.put("rulesNotEvaluated", r.rulesNotEvaluated());
        if (r.newSince() != null) {
            props.put("newSince", Json.object("report", r.newSince().report(), "known", r.newSince().known()));
        }

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("automationDetails", Map.of("id", "kernlint/" + r.hostname() + "/"));
        run.put("invocations", List.of(invocation));
        run.put("results", results);
        run.put("properties", props);
        return run;
    }

    private static Map<String, Object> descriptor(RuleInfo info) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", info.id());
        d.put("shortDescription", text(info.title()));
        if (!info.rationale().isBlank()) {
            d.put("fullDescription", text(info.rationale()));
        }
        if (!info.remediation().isBlank()) {
            d.put("help", text(info.remediation()));
        }
        d.put("defaultConfiguration", Map.of("level", level(info.severity())));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("tags", List.of("kernlint", info.area()));
        p.put("severity", info.severity().label());
        p.put("area", info.area());
        p.put("kind", info.kind().equals("T") ? "over-time" : "snapshot");
        p.put("fix", info.fix());
        p.put("inputs", info.inputs());
        d.put("properties", p);
        return d;
    }

    private static Map<String, Object> result(Finding f, int ruleIndex, AuditResult r) {
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("ruleId", f.rule());
        if (ruleIndex >= 0) {
            res.put("ruleIndex", ruleIndex);
        }
        res.put("level", level(f.severity()));
        res.put("message", text(f.message()));
        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("uri", hostUri(r.hostname()));
        artifact.put("description", text("host " + r.hostname()));
        res.put("locations", List.of(Map.of("physicalLocation", Map.of("artifactLocation", artifact))));
        res.put("partialFingerprints", Map.of(FINGERPRINT, f.fingerprint()));
        if (f.waived()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("kind", "external");
            s.put("status", "accepted");
            s.put("justification", f.waiver().reason());
            s.put("properties", Json.object("owner", f.waiver().owner(), "expires", f.waiver().expires(), "origin", f.waiver().origin()));
            res.put("suppressions", List.of(s));
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("severity", f.severity().label());
        p.put("title", f.title());
        p.put("evidence", f.evidence());
        p.put("remediation", f.remediation());
        p.put("commands", f.commands());
        if (f.waiver() != null && f.waiver().expired()) {
            p.put("expiredWaiver", Json.object("origin", f.waiver().origin(), "expires", f.waiver().expires()));
        }
        res.put("properties", p);
        return res;
    }

    /** The host name as a relative URI reference: anything but unreserved characters (RFC 3986) percent-encoded. */
    static String hostUri(String hostname) {
        StringBuilder sb = new StringBuilder();
        for (byte b : hostname.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.isEmpty() ? "unknown-host" : sb.toString();
    }

    private static Map<String, Object> text(String s) {
        return Map.of("text", s);
    }
}
