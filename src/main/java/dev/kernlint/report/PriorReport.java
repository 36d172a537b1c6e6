package dev.kernlint.report;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Fingerprint;
import dev.kernlint.engine.RuleInfo;
import dev.kernlint.json.Json;
import dev.kernlint.source.UserFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An earlier JSON report, for --new-since: the findings it already had are left out of this run, so an old fleet
 * can adopt kernlint and fail only on what gets worse. Findings are matched by fingerprint (rule and subject);
 * a report that predates fingerprints is matched by recomputing them from its rule ids and evidence.
 */
public final class PriorReport {
    private final String file;
    private final Set<String> fingerprints;
    private final String hostname;

    private PriorReport(String file, Set<String> fingerprints, String hostname) {
        this.file = file;
        this.fingerprints = fingerprints;
        this.hostname = hostname;
    }

    /** The host the earlier report was of (host.hostname), or null when it does not say. */
    public String hostname() {
        return hostname;
    }

    /** Refuses a report of another host unless comparing across hosts is meant (--new-since-any-host). */
    public void requireHost(String audited, boolean anyHost) {
        if (!anyHost && dev.kernlint.engine.HostName.differ(hostname, audited)) {
            throw new ReportException("--new-since " + file + ": a report of host " + hostname + ", but this audit is of "
                    + audited + " (--new-since-any-host compares across hosts)");
        }
    }

    public static PriorReport load(Path path, Map<String, RuleInfo> rules) {
        String text;
        try {
            text = UserFile.read(path, UserFile.JSON_CAP);
        } catch (UserFile.Unusable e) {
            throw new ReportException("--new-since " + path + ": " + e.getMessage());
        }
        return parse(path.toString(), text, rules);
    }

    static PriorReport parse(String file, String text, Map<String, RuleInfo> rules) {
        Object doc;
        try {
            doc = Json.parse(text);
        } catch (Json.JsonException e) {
            throw new ReportException("--new-since " + file + ": not JSON (" + e.getMessage() + ")");
        }
        if (!(doc instanceof Map<?, ?> m) || !JsonReport.SCHEMA.equals(m.get("schema"))) {
            throw new ReportException("--new-since " + file + ": not a kernlint JSON report (" + JsonReport.SCHEMA
                    + "; write one with --format json=FILE)");
        }
        return of(file, m, rules);
    }

    /** An earlier report already parsed: one host's report inside an earlier fleet report. */
    public static PriorReport of(String file, Map<?, ?> m, Map<String, RuleInfo> rules) {
        if (!(m.get("findings") instanceof List<?> list)) {
            throw new ReportException("--new-since " + file + ": the report has no findings list");
        }
        Set<String> seen = new HashSet<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> f) || !(f.get("rule") instanceof String rule)) {
                throw new ReportException("--new-since " + file + ": a finding without a rule id");
            }
            if (f.get("fingerprint") instanceof String fp) {
                seen.add(fp);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> evidence = f.get("evidence") instanceof Map<?, ?> e ? (Map<String, Object>) e : Map.of();
                RuleInfo info = rules.get(rule);
                seen.add(Fingerprint.of(rule, evidence, info == null ? List.of() : info.subject()));
            }
        }
        String host = m.get("host") instanceof Map<?, ?> h && h.get("hostname") instanceof String n ? n : null;
        return new PriorReport(file, seen, host);
    }

    /** The result without the findings this earlier report already had. */
    public AuditResult onlyNew(AuditResult r) {
        List<Finding> fresh = new ArrayList<>();
        int known = 0;
        for (Finding f : r.findings()) {
            if (fingerprints.contains(f.fingerprint())) {
                known++;
            } else {
                fresh.add(f);
            }
        }
        return r.withNewSince(fresh, new AuditResult.NewSince(file, known));
    }
}
