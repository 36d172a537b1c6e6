package dev.kernlint.report;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.engine.Severity;
import dev.kernlint.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine report, schema "kernlint-report/1" (design.md). Field names are a contract: change them with a version bump. */
public final class JsonReport implements Renderer {
    public static final String SCHEMA = "kernlint-report/1";

    @Override
    public String render(AuditResult r) {
        return Json.write(toMap(r));
    }

    public static Map<String, Object> toMap(AuditResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("kernlint_version", dev.kernlint.cli.Version.VERSION);
        m.put("host", r.host());
        m.put("source", r.source());
        m.put("profile", r.profile());
        List<Object> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            findings.add(finding(f));
        }
        m.put("findings", findings);
        List<Object> gaps = new ArrayList<>();
        for (AuditResult.GapReport g : r.gaps()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("area", g.gap().area());
            gm.put("input", g.gap().input());
            gm.put("reason", g.gap().reason());
            gm.put("rules", g.rules());
            gaps.add(gm);
        }
        m.put("gaps", gaps);
        List<Object> waivers = new ArrayList<>();
        for (AuditResult.WaiverReport w : r.waivers()) {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("rule", w.rule());
            wm.put("origin", w.origin());
            wm.put("reason", w.reason());
            wm.put("owner", w.owner());
            wm.put("expires", w.expires());
            wm.put("status", w.status());
            wm.put("matched", w.matched());
            waivers.add(wm);
        }
        m.put("waivers", waivers);
        if (r.newSince() != null) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("report", r.newSince().report());
            n.put("known", r.newSince().known());
            m.put("new_since", n);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("critical", r.count(Severity.CRITICAL));
        s.put("warning", r.count(Severity.WARNING));
        s.put("info", r.count(Severity.INFO));
        s.put("waived", r.waivedCount());
        s.put("rules_evaluated", r.rulesEvaluated().size());
        s.put("rules_not_evaluated", r.rulesNotEvaluated());
        s.put("duration_ms", r.durationMillis());
        m.put("summary", s);
        return m;
    }

    public static Map<String, Object> finding(Finding f) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("rule", f.rule());
        fm.put("severity", f.severity().label());
        fm.put("area", f.area());
        fm.put("title", f.title());
        fm.put("message", f.message());
        fm.put("evidence", f.evidence());
        Map<String, Object> rem = new LinkedHashMap<>();
        rem.put("text", f.remediation());
        List<Object> actions = new ArrayList<>();
        for (FixAction a : f.fixes()) {
            // an action whose values do not validate is left out with its command: nothing to build one from
            if (a.problem() == null) {
                actions.add(action(a));
            }
        }
        rem.put("commands", f.commands());
        if (!f.advice().isEmpty()) {
            List<Object> advice = new ArrayList<>();
            for (dev.kernlint.shell.ShellPipeline a : f.advice()) {
                Map<String, Object> am = new LinkedHashMap<>();
                am.put("command", a.text());
                am.put("argv", a.stages().stream().map(dev.kernlint.shell.ShellCommand::argv).toList());
                advice.add(am);
            }
            rem.put("advice", advice);
        }
        rem.put("fix_allowed", f.fixAllowed());
        rem.put("actions", actions);
        fm.put("remediation", rem);
        fm.put("fingerprint", f.fingerprint());
        fm.put("waived", f.waived());
        if (f.waiver() != null) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("reason", f.waiver().reason());
            w.put("owner", f.waiver().owner());
            w.put("expires", f.waiver().expires());
            w.put("origin", f.waiver().origin());
            w.put("expired", f.waiver().expired());
            fm.put("waiver", w);
        }
        return fm;
    }

    private static Map<String, Object> action(FixAction a) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (a instanceof FixAction.SetSysctl s) {
            m.put("type", "sysctl");
            m.put("key", s.key());
            m.put("value", s.value());
        } else if (a instanceof FixAction.RemoveSysctl r) {
            m.put("type", "sysctl-remove");
            m.put("key", r.key());
        } else if (a instanceof FixAction.SetRing g) {
            m.put("type", "ethtool-ring");
            m.put("iface", g.iface());
            m.put("rx", g.rx());
            m.put("tx", g.tx());
        }
        return m;
    }
}
