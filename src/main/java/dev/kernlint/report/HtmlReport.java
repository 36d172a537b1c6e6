package dev.kernlint.report;

import dev.kernlint.cli.Version;
import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML file to attach to a ticket or keep as a CI artifact: summary, findings by severity with
 * evidence and fix, waivers, inventory, gaps. Styles are inline, there is no script, and a Content-Security-Policy
 * forbids loading anything, so the page looks the same offline and leaks nothing when opened.
 */
public final class HtmlReport implements Renderer {
    static final String CSS = """
            :root{--crit:#b3261e;--warn:#9a6700;--info:#0b6bcb;--ok:#1a7f37;--line:#d0d7de;--muted:#57606a}
            *{box-sizing:border-box}
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
            main{max-width:1100px;margin:0 auto;padding:24px}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
            .meta{color:var(--muted);margin:0 0 16px}
            .badges{display:flex;gap:10px;flex-wrap:wrap;margin:12px 0}
            .badge{border-radius:6px;padding:8px 14px;color:#fff;font-weight:600;min-width:110px}
            .badge b{display:block;font-size:26px;line-height:1.1}
            .b-critical{background:var(--crit)}.b-warning{background:var(--warn)}.b-info{background:var(--info)}.b-waived{background:#6e7781}.b-ok{background:var(--ok)}
            .finding{background:#fff;border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;padding:12px 16px;margin:10px 0}
            .finding.critical{border-left-color:var(--crit)}.finding.warning{border-left-color:var(--warn)}.finding.info{border-left-color:var(--info)}.finding.waived{opacity:.8;border-left-color:#6e7781}
            .rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:700}
            .sev{text-transform:uppercase;font-size:12px;font-weight:700;letter-spacing:.04em;margin-right:8px}
            .sev.critical{color:var(--crit)}.sev.warning{color:var(--warn)}.sev.info{color:var(--info)}
            table{border-collapse:collapse;margin:6px 0;background:#fff}
            td,th{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
            th{background:#f6f8fa;font-weight:600}
            pre{background:#1f2328;color:#f6f8fa;padding:8px 12px;border-radius:6px;overflow-x:auto;margin:6px 0}
            .note{color:var(--muted)}.expired{color:var(--crit);font-weight:600}
            footer{color:var(--muted);font-size:13px;margin-top:32px}
            """;

    @Override
    public String render(AuditResult r) {
        StringBuilder sb = new StringBuilder(16384);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>kernlint: ").append(esc(r.hostname())).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        Object kernel = r.host().get("kernel");
        sb.append("<h1>kernlint audit of ").append(esc(r.hostname())).append("</h1>\n<p class=\"meta\">kernel ")
                .append(esc(kernel == null ? "unknown" : kernel.toString())).append(" &middot; profile ").append(esc(r.profile()))
                .append(" &middot; ").append(esc(r.source()));
        Object at = r.host().get("collected_at");
        if (at != null) {
            sb.append(" &middot; collected ").append(esc(at.toString()));
        }
        sb.append("</p>\n");
        summary(sb, r);
        if (r.newSince() != null) {
            sb.append("<p class=\"note\">Only findings new since ").append(esc(r.newSince().report())).append(" are shown; ")
                    .append(r.newSince().known()).append(" already known are left out.</p>\n");
        }
        for (Severity s : new Severity[] {Severity.CRITICAL, Severity.WARNING, Severity.INFO}) {
            List<Finding> these = r.findings().stream().filter(f -> !f.waived() && f.severity() == s).toList();
            if (these.isEmpty()) {
                continue;
            }
            sb.append("<h2 id=\"").append(s.label()).append("\">").append(capital(s.label())).append(" (").append(these.size()).append(")</h2>\n");
            these.forEach(f -> finding(sb, f));
        }
        List<Finding> waived = r.findings().stream().filter(Finding::waived).toList();
        if (!waived.isEmpty()) {
            sb.append("<h2 id=\"waived\">Waived (").append(waived.size()).append(")</h2>\n<p class=\"note\">Reported, not counted for the exit code.</p>\n");
            waived.forEach(f -> finding(sb, f));
        }
        waivers(sb, r);
        sb.append("<h2 id=\"inventory\">Inventory</h2>\n");
        value(sb, r.host());
        sb.append("<p>").append(r.rulesEvaluated().size()).append(" rules evaluated: ")
                .append(esc(String.join(", ", r.rulesEvaluated()))).append("</p>\n");
        gaps(sb, r);
        sb.append("<footer>kernlint ").append(esc(Version.VERSION)).append(" &middot; ").append(r.durationMillis())
                .append(" ms</footer>\n</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void summary(StringBuilder sb, AuditResult r) {
        sb.append("<div class=\"badges\">\n");
        long total = 0;
        for (Severity s : new Severity[] {Severity.CRITICAL, Severity.WARNING, Severity.INFO}) {
            long n = r.count(s);
            total += n;
            sb.append("<div class=\"badge b-").append(s.label()).append("\"><b>").append(n).append("</b>").append(s.label()).append("</div>\n");
        }
        if (r.waivedCount() > 0) {
            sb.append("<div class=\"badge b-waived\"><b>").append(r.waivedCount()).append("</b>waived</div>\n");
        }
        if (total == 0) {
            sb.append("<div class=\"badge b-ok\"><b>&#10003;</b>no findings</div>\n");
        }
        sb.append("</div>\n");
    }

    private static void finding(StringBuilder sb, Finding f) {
        String sev = f.severity().label();
        sb.append("<section class=\"finding ").append(f.waived() ? "waived" : sev).append("\">\n<div><span class=\"sev ")
                .append(sev).append("\">").append(sev).append("</span><span class=\"rule\">").append(esc(f.rule()))
                .append("</span> &mdash; ").append(esc(f.title())).append("</div>\n<p>").append(esc(f.message())).append("</p>\n");
        if (f.waiver() != null) {
            if (f.waiver().expired()) {
                sb.append("<p class=\"expired\">Waiver expired on ").append(esc(f.waiver().expires())).append(" (")
                        .append(esc(f.waiver().origin())).append("): this finding counts again.</p>\n");
            } else {
                sb.append("<p class=\"note\">Waived until ").append(esc(f.waiver().expires())).append(" by ")
                        .append(esc(f.waiver().owner())).append(": ").append(esc(f.waiver().reason())).append(" (")
                        .append(esc(f.waiver().origin())).append(")</p>\n");
            }
        }
        if (!f.evidence().isEmpty()) {
            value(sb, f.evidence());
        }
        if (!f.remediation().isEmpty()) {
            sb.append("<p><b>Fix:</b> ").append(esc(f.remediation())).append("</p>\n");
        }
        if (!f.commands().isEmpty()) {
            sb.append("<pre>");
            for (String c : f.commands()) {
                sb.append(esc(c)).append('\n');
            }
            sb.append("</pre>\n");
        }
        sb.append("</section>\n");
    }

    private static void waivers(StringBuilder sb, AuditResult r) {
        List<AuditResult.WaiverReport> notable = r.waivers().stream()
                .filter(w -> w.status().equals(AuditResult.WaiverReport.EXPIRED) || w.status().equals(AuditResult.WaiverReport.STALE)).toList();
        if (notable.isEmpty()) {
            return;
        }
        sb.append("<h2 id=\"waivers\">Waivers to review</h2>\n<table>\n<tr><th>Rule</th><th>Waiver</th><th>Status</th><th>Owner</th><th>Expires</th></tr>\n");
        for (AuditResult.WaiverReport w : notable) {
            sb.append("<tr><td class=\"rule\">").append(esc(w.rule())).append("</td><td>").append(esc(w.origin())).append("</td><td>")
                    .append(w.status().equals(AuditResult.WaiverReport.EXPIRED) ? "expired: no longer applies" : "stale: matches nothing here")
                    .append("</td><td>").append(esc(w.owner())).append("</td><td>").append(esc(w.expires())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void gaps(StringBuilder sb, AuditResult r) {
        sb.append("<h2 id=\"gaps\">Not evaluated</h2>\n");
        if (r.gaps().isEmpty()) {
            sb.append("<p>Every input could be read.</p>\n");
            return;
        }
        sb.append("<table>\n<tr><th>Input</th><th>Why</th><th>Rules not evaluated</th></tr>\n");
        for (AuditResult.GapReport g : r.gaps()) {
            sb.append("<tr><td>").append(esc(g.gap().input())).append("</td><td>").append(esc(g.gap().reason()))
                    .append("</td><td>").append(esc(String.join(", ", g.rules()))).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    /** Evidence and inventory of any shape: maps as two-column tables, lists as lists. */
    private static void value(StringBuilder sb, Object v) {
        if (v instanceof Map<?, ?> m) {
            sb.append("<table>\n");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append("<tr><th>").append(esc(String.valueOf(e.getKey()))).append("</th><td>");
                value(sb, e.getValue());
                sb.append("</td></tr>\n");
            }
            sb.append("</table>\n");
        } else if (v instanceof Collection<?> c) {
            if (c.stream().allMatch(x -> !(x instanceof Map<?, ?>) && !(x instanceof Collection<?>))) {
                sb.append(esc(String.join(", ", c.stream().map(String::valueOf).toList())));
                return;
            }
            sb.append("<ul>\n");
            for (Object o : c) {
                sb.append("<li>");
                value(sb, o);
                sb.append("</li>\n");
            }
            sb.append("</ul>\n");
        } else {
            sb.append(v == null ? "<span class=\"note\">unknown</span>" : esc(String.valueOf(v)));
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Text and attribute values: markup and quotes as entities; controls, bidirectional overrides and lone
     * surrogates shown as their escapes ({@link TerminalText}), so the file is well-formed UTF-8 whatever the host held.
     */
    static String esc(String s) {
        String t = TerminalText.escape(s);
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (char c : t.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
