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
            // a process row ("process_rss_anon 6587@19228 (memfd:sealed-91)") is longer than any fixed column
            int metric = d.growth().stream().mapToInt(g -> v(g.metric()).length()).max().orElse(1);
            int unit = d.growth().stream().mapToInt(g -> Math.max(1, v(g.unit()).length())).max().orElse(1);
            for (HostDiff.Growth g : d.growth()) {
                sb.append(String.format("  %-" + metric + "s %,14.0f -> %,14.0f %-" + unit + "s (%+,.0f)%n", v(g.metric()),
                        g.oldValue(), g.newValue(), v(g.unit()), g.delta()));
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
