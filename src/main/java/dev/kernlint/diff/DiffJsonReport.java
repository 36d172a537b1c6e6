package dev.kernlint.diff;

import dev.kernlint.json.Json;
import dev.kernlint.report.JsonReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `kernlint diff --format json`: schema "kernlint-diff/1"; findings in the same shape as the audit report. */
public final class DiffJsonReport {
    public static final String SCHEMA = "kernlint-diff/1";

    private DiffJsonReport() {}

    public static String render(HostDiff d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("old", side(d.oldSource(), d.oldTime(), d.oldAudit().host().get("hostname")));
        m.put("new", side(d.newSource(), d.newTime(), d.newAudit().host().get("hostname")));
        List<Object> sysctl = new ArrayList<>();
        for (HostDiff.SysctlChange c : d.sysctl()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("key", c.key());
            cm.put("old", c.oldValue());
            cm.put("new", c.newValue());
            sysctl.add(cm);
        }
        m.put("sysctl", sysctl);
        m.put("appeared", d.appeared().stream().map(JsonReport::finding).toList());
        m.put("resolved", d.resolved().stream().map(JsonReport::finding).toList());
        List<Object> growth = new ArrayList<>();
        for (HostDiff.Growth g : d.growth()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("metric", g.metric());
            gm.put("unit", g.unit());
            gm.put("old", (long) g.oldValue());
            gm.put("new", (long) g.newValue());
            gm.put("delta", (long) g.delta());
            growth.add(gm);
        }
        m.put("growth", growth);
        return Json.write(m);
    }

    private static Map<String, Object> side(String source, String time, Object host) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("source", source);
        s.put("hostname", host);
        s.put("collected_at", time);
        return s;
    }
}
