package dev.kernlint.report;

import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import dev.kernlint.fleet.FleetResult;
import dev.kernlint.fleet.HostResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet as one self-contained HTML file: summary, rules by hosts affected, outliers, the host x rule matrix,
 * hosts not judged, and each host's findings. Same CSP as the host report (no script, no external asset). Built
 * to stay readable at 5,000 hosts: host lists and per-host detail are collapsed details elements, the matrix has
 * a column only per rule that fired and a row only per host with a finding, one letter per cell.
 */
public final class FleetHtmlReport implements FleetRenderer {
    private static final String CSS = HtmlReport.CSS + """
            .m td{padding:1px 4px;text-align:center;font-size:12px}.m td.h{text-align:left}
            .m .c{background:#ffd7d5}.m .w{background:#fff1c2}.m .i{background:#ddf4ff}
            """;

    @Override
    public String render(FleetResult f) {
        StringBuilder sb = new StringBuilder(65536);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>kernlint fleet</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        sb.append("<h1>kernlint fleet: ").append(f.hosts().size()).append(" hosts</h1>\n<table><tr><th>Critical</th><th>Warning</th>")
                .append("<th>Info</th><th>Waived</th><th>Outliers</th><th>Not judged</th></tr><tr><td>").append(f.count(Severity.CRITICAL))
                .append("</td><td>").append(f.count(Severity.WARNING)).append("</td><td>").append(f.count(Severity.INFO))
                .append("</td><td>").append(f.waived()).append("</td><td>").append(f.outliers().size()).append("</td><td>")
                .append(f.errors()).append("</td></tr></table>\n<table><tr><th>Group</th><th>Profile</th><th>Hosts</th></tr>\n");
        for (FleetResult.GroupSummary g : f.groups()) {
            if (g.hosts() > 0) {
                sb.append("<tr><td>").append(HtmlReport.esc(g.name())).append("</td><td>").append(HtmlReport.esc(g.profile()))
                        .append("</td><td>").append(g.hosts()).append("</td></tr>\n");
            }
        }
        sb.append("</table>\n");
        if (f.newSince() != null) {
            sb.append("<p class=\"note\">Only findings new since ").append(HtmlReport.esc(f.newSince())).append(", host by host.</p>\n");
        }
        List<FleetResult.RuleHosts> rules = f.byRule();
        sb.append("<h2>Rules by hosts affected</h2>\n");
        for (FleetResult.RuleHosts r : rules) {
            sb.append("<details><summary><span class=\"sev ").append(r.severity().label()).append("\">").append(r.severity().label())
                    .append("</span><span class=\"rule\">").append(HtmlReport.esc(r.rule())).append("</span> on ").append(r.hosts().size())
                    .append(r.hosts().size() == 1 ? " host" : " hosts").append(" &middot; ").append(HtmlReport.esc(r.title())).append("</summary>\n<p>");
            hostList(sb, r.hosts());
            sb.append("</p></details>\n");
        }
        sb.append("<h2>Outliers</h2>\n");
        if (f.outliers().isEmpty()) {
            sb.append("<p class=\"note\">None: every group agrees on every value it reported.</p>\n");
        }
        for (Finding o : f.outliers()) {
            sb.append("<details><summary><span class=\"rule\">").append(HtmlReport.esc(o.rule())).append("</span> ")
                    .append(HtmlReport.esc(o.message())).append("</summary>\n<p>");
            hostList(sb, o.evidence().get("hosts") instanceof List<?> l ? l : List.of());
            sb.append("</p></details>\n");
        }
        matrix(sb, f, rules);
        if (f.errors() > 0) {
            sb.append("<h2>Not judged</h2>\n<table><tr><th>Input</th><th>Why</th></tr>\n");
            for (HostResult h : f.hosts()) {
                if (h.failed()) {
                    sb.append("<tr><td>").append(HtmlReport.esc(h.input())).append("</td><td>").append(HtmlReport.esc(h.error())).append("</td></tr>\n");
                }
            }
            sb.append("</table>\n");
        }
        sb.append("<h2>Hosts</h2>\n");
        for (HostResult h : f.hosts()) {
            if (h.result() == null) {
                continue;
            }
            List<Finding> active = h.result().active();
            sb.append("<details id=\"h").append(h.index()).append("\"><summary>").append(HtmlReport.esc(h.name())).append(" &middot; ")
                    .append(HtmlReport.esc(h.group())).append(" &middot; ").append(active.size()).append(active.size() == 1 ? " finding" : " findings")
                    .append("</summary>\n<ul>");
            for (Finding x : h.result().findings()) {
                sb.append("<li><span class=\"sev ").append(x.severity().label()).append("\">").append(x.severity().label())
                        .append("</span><span class=\"rule\">").append(HtmlReport.esc(x.rule())).append("</span> ")
                        .append(HtmlReport.esc(x.message())).append(x.waived() ? " <span class=\"note\">(waived)</span>" : "").append("</li>");
            }
            sb.append("</ul></details>\n");
        }
        sb.append("<footer>kernlint ").append(HtmlReport.esc(dev.kernlint.cli.Version.VERSION)).append("</footer>\n</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void hostList(StringBuilder sb, List<?> hosts) {
        for (int i = 0; i < hosts.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(HtmlReport.esc(String.valueOf(hosts.get(i))));
        }
    }

    private static void matrix(StringBuilder sb, FleetResult f, List<FleetResult.RuleHosts> rules) {
        List<String> ids = new ArrayList<>();
        for (FleetResult.RuleHosts r : rules) {
            if (!r.hosts().isEmpty()) {
                ids.add(r.rule());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        sb.append("<h2>Host &times; rule</h2>\n<details><summary>hosts with findings, one column per rule that fired</summary>\n<table class=\"m\"><tr><th>Host</th>");
        for (String id : ids) {
            sb.append("<th>").append(HtmlReport.esc(id)).append("</th>");
        }
        sb.append("</tr>\n");
        for (HostResult h : f.hosts()) {
            if (h.result() == null || h.result().active().isEmpty()) {
                continue;
            }
            Map<String, Severity> worst = new HashMap<>();
            for (Finding x : h.result().active()) {
                worst.merge(x.rule(), x.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
            sb.append("<tr><td class=\"h\">").append(HtmlReport.esc(h.name())).append("</td>");
            for (String id : ids) {
                Severity s = worst.get(id);
                sb.append(s == null ? "<td></td>" : "<td class=\"" + s.label().charAt(0) + "\">" + Character.toUpperCase(s.label().charAt(0)) + "</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table></details>\n");
    }
}
