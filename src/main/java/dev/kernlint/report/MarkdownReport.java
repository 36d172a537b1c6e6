package dev.kernlint.report;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import java.util.List;
import java.util.Map;

/**
 * A pull request or merge request comment (GitHub and GitLab flavoured Markdown): a one-line verdict, a table of
 * the findings that count with the command that fixes each, the details folded away, then waivers and gaps.
 * Nothing from the host, the profile or the waivers becomes markup: no HTML, link, image, heading, list, emphasis
 * or extra table row can come from a value (see {@link #inline}, {@link #code}); the only HTML is this renderer's
 * own details, summary and br.
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
        sb.append(block(f.message())).append("\n\n");
        for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
            sb.append("- ").append(inline(e.getKey())).append(": ").append(code(String.valueOf(e.getValue()))).append('\n');
        }
        if (!f.remediation().isEmpty()) {
            sb.append("\n").append(block(f.remediation())).append("\n");
        }
        if (!f.commands().isEmpty()) {
            List<String> commands = f.commands().stream().map(TerminalText::escape).toList();
            // a fence longer than any backtick run in the commands, which it shows exactly as they are
            String fence = "`".repeat(Math.max(3, longestRun(String.join("\n", commands), '`') + 1));
            sb.append('\n').append(fence).append("sh\n");
            commands.forEach(c -> sb.append(c).append('\n'));
            sb.append(fence).append('\n');
        }
        sb.append('\n');
    }

    /**
     * Inline code that survives backticks in the text: a longer delimiter than any run inside, and a space inside
     * it when the text starts or ends with one. Controls (newlines above all) are shown as escapes.
     */
    static String code(String s) {
        String t = TerminalText.escape(s);
        String fence = "`".repeat(longestRun(t, '`') + 1);
        String pad = t.startsWith("`") || t.endsWith("`") || t.isBlank() ? " " : "";
        return fence + pad + t + pad + fence;
    }

    static int longestRun(String s, char c) {
        int run = 0;
        int longest = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Text in a table cell: as {@link #inline}, with the pipe escaped even inside code (GFM splits cells first). */
    static String cell(String s) {
        return linkLike(s) ? codeCell(s) : inline(s);
    }

    /** Inline code in a table cell, where GFM needs the pipe escaped even inside code. */
    static String codeCell(String s) {
        return code(s).replace("|", "\\|");
    }

    /**
     * Text outside code: nothing in it may become markup, a link or raw HTML. Every ASCII punctuation character
     * Markdown gives a meaning to is backslash-escaped, &lt; &gt; &amp; become entities, controls are shown as
     * escapes. Text that GFM would autolink without any markup (a URL, www., an address with @) goes in a code span
     * instead, where no autolink is made.
     */
    static String inline(String s) {
        if (linkLike(s)) {
            return code(s);
        }
        String t = TerminalText.escape(s);
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (char c : t.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '!', '~', '|' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Text that starts a line: as {@link #inline}, and a first character that would open a list, a thematic break
     * or a setext heading there ("- ", "+ ", "1. ", "===") escaped.
     */
    static String block(String s) {
        String t = inline(s);
        int digits = 0;
        while (digits < t.length() && digits < 10 && Character.isDigit(t.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < t.length() && (t.charAt(digits) == '.' || t.charAt(digits) == ')')) {
            return t.substring(0, digits) + "\\" + t.substring(digits);
        }
        return !t.isEmpty() && "-+=".indexOf(t.charAt(0)) >= 0 ? "\\" + t : t;
    }

    private static boolean linkLike(String s) {
        return s.contains("://") || s.indexOf('@') >= 0 || s.toLowerCase(java.util.Locale.ROOT).contains("www.");
    }
}
