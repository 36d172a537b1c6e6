package dev.kernlint.report;

import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import dev.kernlint.fleet.FleetResult;
import dev.kernlint.fleet.HostResult;
import dev.kernlint.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet's machine report, schema "kernlint-fleet/1" (docs/fleet.schema.json): summary, groups, rules by hosts
 * affected, outliers, and a row per host holding its whole kernlint-report/1 (null for a host that failed).
 * Field names are a contract: change them with a version bump.
 */
public final class FleetJsonReport implements FleetRenderer {
    public static final String SCHEMA = "kernlint-fleet/1";

    @Override
    public String render(FleetResult f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("kernlint_version", dev.kernlint.cli.Version.VERSION);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("hosts", f.hosts().size());
        s.put("errors", f.errors());
        s.put("critical", f.count(Severity.CRITICAL));
        s.put("warning", f.count(Severity.WARNING));
        s.put("info", f.count(Severity.INFO));
        s.put("waived", f.waived());
        s.put("outliers", f.outliers().size());
        s.put("duration_ms", f.durationMillis());
        m.put("summary", s);
        if (f.newSince() != null) {
            m.put("new_since", f.newSince());
        }
        List<Object> groups = new ArrayList<>();
        for (FleetResult.GroupSummary g : f.groups()) {
            groups.add(Json.object("name", g.name(), "profile", g.profile(), "hosts", g.hosts()));
        }
        m.put("groups", groups);
        List<Object> rules = new ArrayList<>();
        for (FleetResult.RuleHosts r : f.byRule()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("rule", r.rule());
            rm.put("severity", r.severity().label());
            rm.put("title", r.title());
            rm.put("hosts", r.hosts());
            rm.put("findings", r.findings());
            rm.put("waived", r.waived());
            rules.add(rm);
        }
        m.put("rules", rules);
        List<Object> outliers = new ArrayList<>();
        for (Finding o : f.outliers()) {
            Map<String, Object> om = new LinkedHashMap<>();
            om.put("rule", o.rule());
            om.put("severity", o.severity().label());
            om.put("message", o.message());
            om.put("group", o.evidence().get("group"));
            om.put("key", o.evidence().get("key"));
            om.put("value", o.evidence().get("value"));
            om.put("fleet_value", o.evidence().get("fleet_value"));
            om.put("hosts_with_fleet_value", o.evidence().get("hosts_with_fleet_value"));
            om.put("hosts_in_group", o.evidence().get("hosts_in_group"));
            om.put("hosts", o.evidence().get("hosts"));
            outliers.add(om);
        }
        m.put("outliers", outliers);
        // a view, each row built as it is written and dropped after: 10,000 hosts' reports as one tree of maps
        // took more memory than judging them
        List<HostResult> rows = f.hosts();
        m.put("hosts", new java.util.AbstractList<Object>() {
            @Override
            public Object get(int i) {
                return row(rows.get(i));
            }

            @Override
            public int size() {
                return rows.size();
            }
        });
        return Json.write(m);
    }

    private static Map<String, Object> row(HostResult h) {
        Map<String, Object> hm = new LinkedHashMap<>();
        hm.put("host", h.name());
        hm.put("group", h.group());
        hm.put("input", h.input());
        hm.put("error", h.error());
        hm.put("report", h.result() == null ? null : JsonReport.toMap(h.result()));
        return hm;
    }
}
