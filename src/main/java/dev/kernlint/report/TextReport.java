package dev.kernlint.report;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * The report for people: a header, findings grouped by severity with evidence and the exact command, then gaps.
 * Every value from the host, the profile or the waivers goes through {@link TerminalText}: the colours are the
 * only control characters this report writes.
 */
public final class TextReport implements Renderer {
    private final boolean colour;
    private final boolean quiet;

    public TextReport(boolean colour) {
        this(colour, false);
    }

    /** @param quiet findings only: no header, no "No findings.", waivers, gaps or counts (--quiet) */
    public TextReport(boolean colour, boolean quiet) {
        this.colour = colour;
        this.quiet = quiet;
    }

    private String paint(String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    private String label(Severity s) {
        return switch (s) {
            case CRITICAL -> paint("1;31", "CRITICAL");
            case WARNING -> paint("33", "WARNING");
            case INFO -> paint("36", "INFO");
        };
    }

    @Override
    public String render(AuditResult r) {
        StringBuilder sb = new StringBuilder();
        if (!quiet) {
            header(sb, r);
        }
        for (Severity s : new Severity[] {Severity.CRITICAL, Severity.WARNING, Severity.INFO}) {
            Map<String, List<Finding>> byRule = new LinkedHashMap<>();
            for (Finding f : r.findings()) {
                if (f.severity() == s && !f.waived()) {
                    byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
                }
            }
            if (byRule.isEmpty()) {
                continue;
            }
            sb.append(label(s)).append('\n');
            for (List<Finding> group : byRule.values()) {
                rule(sb, group);
            }
            sb.append('\n');
        }
        if (r.active().isEmpty() && !quiet) {
            int not = r.rulesNotEvaluated().size();
            if (not == 0) {
                sb.append(paint("32", "No findings.")).append('\n').append('\n');
            } else {
                // "No findings." alone would read as a clean bill when most rules could not look
                int all = not + r.rulesEvaluated().size();
                sb.append(paint(not * 2 > all ? "33" : "32", "No findings in the " + r.rulesEvaluated().size() + " rules evaluated"))
                        .append("; ").append(not).append(" of ").append(all).append(" rules were not evaluated (see Not evaluated).\n\n");
            }
        }
        if (quiet) {
            return sb.toString();
        }
        List<Finding> waived = r.findings().stream().filter(Finding::waived).toList();
        if (!waived.isEmpty()) {
            sb.append(paint("1", "Waived")).append(" (reported, not counted)\n");
            for (Finding f : waived) {
                sb.append("  ").append(v(f.rule())).append("  ").append(v(f.message())).append('\n');
                sb.append("    until ").append(v(f.waiver().expires())).append(", ").append(v(f.waiver().owner())).append(": ")
                        .append(v(f.waiver().reason())).append(" (").append(v(f.waiver().origin())).append(")\n");
            }
            sb.append('\n');
        }
        for (AuditResult.WaiverReport w : r.waivers()) {
            if (w.status().equals(AuditResult.WaiverReport.EXPIRED)) {
                sb.append(paint("33", "Waiver expired")).append(": ").append(v(w.rule())).append(" at ").append(v(w.origin()))
                        .append(" ended ").append(v(w.expires())).append(" and no longer applies\n");
            } else if (w.status().equals(AuditResult.WaiverReport.STALE)) {
                sb.append(paint("33", "Stale waiver")).append(": ").append(v(w.rule())).append(" at ").append(v(w.origin()))
                        .append(" matches no finding on this host; remove it\n");
            }
        }
        if (r.waivers().stream().anyMatch(w -> w.status().equals(AuditResult.WaiverReport.EXPIRED)
                || w.status().equals(AuditResult.WaiverReport.STALE))) {
            sb.append('\n');
        }
        if (!r.gaps().isEmpty()) {
            sb.append(paint("1", "Not evaluated")).append(" (inputs that could not be read)\n");
            for (AuditResult.GapReport g : r.gaps()) {
                sb.append("  ").append(v(g.gap().input())).append(": ").append(v(g.gap().reason()));
                if (!g.rules().isEmpty()) {
                    sb.append("  -> ").append(v(String.join(", ", g.rules())));
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        sb.append(String.format("%d critical, %d warning, %d info%s; %d rules evaluated, %d not evaluated; %d ms%n",
                r.count(Severity.CRITICAL), r.count(Severity.WARNING), r.count(Severity.INFO),
                r.waivedCount() > 0 ? " (" + r.waivedCount() + " waived)" : "",
                r.rulesEvaluated().size(), r.rulesNotEvaluated().size(), r.durationMillis()));
        return sb.toString();
    }

    private void header(StringBuilder sb, AuditResult r) {
        Object kernel = r.host().get("kernel");
        sb.append(paint("1", "kernlint")).append(" audit of ").append(v(r.hostname()))
                .append(" (kernel ").append(kernel == null ? "unknown" : v(kernel)).append(", ").append(v(r.source()))
                .append(", profile ").append(v(r.profile())).append(")\n");
        for (String line : InventoryHeader.lines(r.host().get("inventory"))) {
            sb.append("  ").append(v(line)).append('\n');
        }
        sb.append('\n');
        if (r.newSince() != null) {
            sb.append("Only findings new since ").append(v(r.newSince().report())).append(" (").append(r.newSince().known())
                    .append(" already known left out)\n\n");
        }
    }

    /**
     * One rule's findings: its title once, each finding's message (and evidence only where it says more than the
     * message), then the rule's fix once and the commands of all its findings.
     */
    private void rule(StringBuilder sb, List<Finding> group) {
        Finding first = group.get(0);
        sb.append("  ").append(paint("1", v(first.rule()))).append("  ").append(v(first.title())).append('\n');
        Set<String> fixes = new LinkedHashSet<>();
        Set<String> commands = new LinkedHashSet<>();
        for (Finding f : group) {
            sb.append("    ").append(v(f.message())).append('\n');
            if (f.waiver() != null) {
                sb.append("    ").append(paint("1;31", "waiver expired " + v(f.waiver().expires()))).append(" (")
                        .append(v(f.waiver().origin())).append("): this finding counts again\n");
            }
            String evidence = evidence(f);
            if (!evidence.isEmpty()) {
                sb.append("    evidence: ").append(evidence).append('\n');
            }
            if (!f.remediation().isEmpty()) {
                fixes.add(f.remediation());
            }
            commands.addAll(f.commands());
        }
        for (String fix : fixes) {
            sb.append("    fix: ").append(v(fix)).append('\n');
        }
        for (String c : commands) {
            sb.append("      $ ").append(v(c)).append('\n');
        }
    }

    /** The evidence the message does not already state: a value the message quotes is left out. */
    static String evidence(Finding f) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
            String value = String.valueOf(e.getValue());
            if (!value.isEmpty() && f.message().contains(value)) {
                continue;
            }
            sb.append(sb.length() > 0 ? ", " : "").append(v(e.getKey())).append('=').append(v(value));
        }
        return sb.toString();
    }

    private static String v(Object value) {
        return TerminalText.escape(value);
    }
}
