package dev.kernlint.report;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.FixAction;
import dev.kernlint.engine.Severity;
import java.util.Map;

/** The report for people: a header, findings grouped by severity with evidence and the exact command, then gaps. */
public final class TextReport implements Renderer {
    private final boolean colour;

    public TextReport(boolean colour) {
        this.colour = colour;
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
        Object kernel = r.host().get("kernel");
        sb.append(paint("1", "kernlint")).append(" audit of ").append(r.host().get("hostname"))
                .append(" (kernel ").append(kernel == null ? "unknown" : kernel).append(", ").append(r.source())
                .append(", profile ").append(r.profile()).append(")\n");
        for (String line : InventoryHeader.lines(r.host().get("inventory"))) {
            sb.append("  ").append(line).append('\n');
        }
        sb.append('\n');
        for (Severity s : new Severity[] {Severity.CRITICAL, Severity.WARNING, Severity.INFO}) {
            boolean header = false;
            for (Finding f : r.findings()) {
                if (f.severity() != s) {
                    continue;
                }
                if (!header) {
                    sb.append(label(s)).append('\n');
                    header = true;
                }
                sb.append("  ").append(paint("1", f.rule())).append("  ").append(f.title()).append('\n');
                sb.append("    ").append(f.message()).append('\n');
                if (!f.evidence().isEmpty()) {
                    sb.append("    evidence: ");
                    int i = 0;
                    for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
                        sb.append(i++ > 0 ? ", " : "").append(e.getKey()).append('=').append(e.getValue());
                    }
                    sb.append('\n');
                }
                if (!f.remediation().isEmpty()) {
                    sb.append("    fix: ").append(f.remediation()).append('\n');
                }
                for (FixAction a : f.fixes()) {
                    sb.append("      $ ").append(a.command()).append('\n');
                }
            }
            if (header) {
                sb.append('\n');
            }
        }
        if (r.findings().isEmpty()) {
            sb.append(paint("32", "No findings.")).append('\n').append('\n');
        }
        if (!r.gaps().isEmpty()) {
            sb.append(paint("1", "Not evaluated")).append(" (inputs that could not be read)\n");
            for (AuditResult.GapReport g : r.gaps()) {
                sb.append("  ").append(g.gap().input()).append(": ").append(g.gap().reason());
                if (!g.rules().isEmpty()) {
                    sb.append("  -> ").append(String.join(", ", g.rules()));
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        sb.append(String.format("%d critical, %d warning, %d info; %d rules evaluated, %d not evaluated; %d ms%n",
                r.count(Severity.CRITICAL), r.count(Severity.WARNING), r.count(Severity.INFO),
                r.rulesEvaluated().size(), r.rulesNotEvaluated().size(), r.durationMillis()));
        return sb.toString();
    }
}
