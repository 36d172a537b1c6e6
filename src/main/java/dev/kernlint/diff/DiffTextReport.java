package dev.kernlint.diff;

import dev.kernlint.engine.Finding;
import dev.kernlint.report.TerminalText;

/** `kernlint diff` for people: what changed, one section each, empty sections left out; values escaped as in the text report. */
public final class DiffTextReport {
    private DiffTextReport() {}

    public static String render(HostDiff d) {
        StringBuilder sb = new StringBuilder();
        sb.append("kernlint diff ").append(v(d.oldSource())).append(" (").append(v(orUnknown(d.oldTime()))).append(") -> ")
                .append(v(d.newSource())).append(" (").append(v(orUnknown(d.newTime()))).append(")\n\n");
        if (!d.sysctl().isEmpty()) {
            sb.append("Kernel parameters changed\n");
            for (HostDiff.SysctlChange c : d.sysctl()) {
                sb.append("  ").append(v(c.key())).append(": ").append(c.oldValue() == null ? "(absent)" : v(c.oldValue()))
                        .append(" -> ").append(c.newValue() == null ? "(absent)" : v(c.newValue())).append('\n');
            }
            sb.append('\n');
        }
        section(sb, "Findings appeared", "+", d.appeared());
        section(sb, "Findings resolved", "-", d.resolved());
        if (!d.growth().isEmpty()) {
            sb.append("Growth\n");
            for (HostDiff.Growth g : d.growth()) {
                sb.append(String.format("  %-20s %,14.0f -> %,14.0f %-7s (%+,.0f)%n", v(g.metric()), g.oldValue(), g.newValue(), v(g.unit()), g.delta()));
            }
            sb.append('\n');
        }
        sb.append(String.format("%d parameters changed, %d findings appeared, %d resolved%n",
                d.sysctl().size(), d.appeared().size(), d.resolved().size()));
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, String mark, java.util.List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        sb.append(title).append('\n');
        for (Finding f : findings) {
            sb.append("  ").append(mark).append(' ').append(f.severity().label()).append(' ').append(v(f.rule())).append(": ")
                    .append(v(f.message())).append('\n');
        }
        sb.append('\n');
    }

    private static String v(Object value) {
        return TerminalText.escape(value);
    }

    private static String orUnknown(String s) {
        return s == null ? "time unknown" : s;
    }
}
