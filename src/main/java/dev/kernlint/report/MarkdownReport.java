package dev.kernlint.report;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import java.util.List;
import java.util.Map;

/**
 * A pull request or merge request comment (GitHub and GitLab flavoured Markdown): a one-line verdict, a table of
 * the findings that count with the command that fixes each, the details folded away, then waivers and gaps.
 */
public final class MarkdownReport implements Renderer {

    @Override
    public String render(AuditResult r) {
        StringBuilder sb = new StringBuilder();
        long crit = r.count(Severity.CRITICAL);
        long warn = r.count(Severity.WARNING);
        long info = r.count(Severity.INFO);
        sb.append("### kernlint: ").append(inline(r.hostname())).append(" - ");
        sb.append(crit + warn + info == 0 ? "no findings" : crit + " critical, " + warn + " warning, " + info + " info");
        if (r.waivedCount() > 0) {
            sb.append(", ").append(r.waivedCount()).append(" waived");
        }
        sb.append("\n\n");
        Object kernel = r.host().get("kernel");
        sb.append("Profile ").append(code(r.profile())).append(" | kernel ").append(code(kernel == null ? "unknown" : kernel.toString()))
                .append(" | source ").append(code(r.source())).append(" | ").append(r.rulesEvaluated().size())
                .append(" rules evaluated, ").append(r.rulesNotEvaluated().size()).append(" not evaluated\n\n");
        if (r.newSince() != null) {
            sb.append("Only findings new since ").append(code(r.newSince().report())).append(" are shown; ")
                    .append(r.newSince().known()).append(" already known ").append(r.newSince().known() == 1 ? "is" : "are").append(" left out.\n\n");
        }
        List<Finding> active = r.active();
        if (!active.isEmpty()) {
            sb.append("| Severity | Rule | Finding | Fix |\n|---|---|---|---|\n");
            for (Finding f : active) {
                sb.append("| **").append(f.severity().label()).append("** | ").append(codeCell(f.rule())).append(' ')
                        .append(cell(f.title())).append(" | ").append(cell(f.message()));
                if (f.waiver() != null && f.waiver().expired()) {
                    sb.append("<br>waiver expired ").append(cell(f.waiver().expires())).append(" (").append(cell(f.waiver().origin())).append(')');
                }
                sb.append(" | ");
                sb.append(f.commands().isEmpty() ? "see details" : String.join("<br>", f.commands().stream().map(c -> codeCell(c)).toList()));
                sb.append(" |\n");
            }
            sb.append("\n<details><summary>Evidence and remediation</summary>\n\n");
            for (Finding f : active) {
                details(sb, f);
            }
            sb.append("</details>\n\n");
        }
        List<Finding> waived = r.findings().stream().filter(Finding::waived).toList();
        if (!waived.isEmpty()) {
            sb.append("**Waived** (reported, not counted)\n\n| Rule | Finding | Owner | Reason | Until |\n|---|---|---|---|---|\n");
            for (Finding f : waived) {
                sb.append("| ").append(codeCell(f.rule())).append(" | ").append(cell(f.message())).append(" | ").append(cell(f.waiver().owner()))
                        .append(" | ").append(cell(f.waiver().reason())).append(" | ").append(cell(f.waiver().expires())).append(" |\n");
            }
            sb.append('\n');
        }
        for (AuditResult.WaiverReport w : r.waivers()) {
            if (w.status().equals(AuditResult.WaiverReport.EXPIRED)) {
                sb.append("- Waiver for ").append(code(w.rule())).append(" at ").append(code(w.origin()))
                        .append(" expired on ").append(cell(w.expires())).append(" and no longer applies.\n");
            } else if (w.status().equals(AuditResult.WaiverReport.STALE)) {
                sb.append("- Waiver for ").append(code(w.rule())).append(" at ").append(code(w.origin()))
                        .append(" is stale: it matches no finding on this host; remove it.\n");
            }
        }
        if (!r.gaps().isEmpty()) {
            sb.append("\n**Not evaluated** (inputs that could not be read)\n\n");
            for (AuditResult.GapReport g : r.gaps()) {
                sb.append("- ").append(code(g.gap().input())).append(": ").append(cell(g.gap().reason()));
                if (!g.rules().isEmpty()) {
                    sb.append(" - ").append(String.join(", ", g.rules().stream().map(MarkdownReport::code).toList()));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static void details(StringBuilder sb, Finding f) {
        sb.append("#### ").append(inline(f.rule())).append(" - ").append(inline(f.title())).append("\n\n");
        sb.append(inline(f.message())).append("\n\n");
        for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
            sb.append("- ").append(inline(e.getKey())).append(": ").append(code(String.valueOf(e.getValue()))).append('\n');
        }
        if (!f.remediation().isEmpty()) {
            sb.append("\n").append(inline(f.remediation())).append("\n");
        }
        if (!f.commands().isEmpty()) {
            sb.append("\n```sh\n");
            for (String c : f.commands()) {
                sb.append(c.replace("```", "'''")).append('\n');
            }
            sb.append("```\n");
        }
        sb.append('\n');
    }

    /** Inline code that survives backticks in the text: a longer fence than any run inside. */
    static String code(String s) {
        String t = s.replace("\n", " ");
        int run = 0;
        int longest = 0;
        for (char c : t.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
        return fence + pad + t + pad + fence;
    }

    /** Text in a table cell: Markdown and HTML specials escaped (the pipe too), lines joined. */
    static String cell(String s) {
        return inline(s);
    }

    /** Inline code in a table cell, where GFM needs the pipe escaped even inside code. */
    static String codeCell(String s) {
        return code(s).replace("|", "\\|");
    }

    /** Text outside code: nothing in it may become markup, a link, a mention-free heading or raw HTML. */
    static String inline(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '!', '~', '|' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
