package dev.kernlint.report;

import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import dev.kernlint.fleet.FleetResult;
import dev.kernlint.fleet.HostResult;
import java.util.List;

/** The fleet for a person: totals, rules by hosts affected, outliers, failed inputs, then each host's findings. */
public final class FleetTextReport implements FleetRenderer {
    /** Hosts named on one line before "and N more". */
    static final int NAMED = 8;

    @Override
    public String render(FleetResult f) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("kernlint fleet: ").append(f.hosts().size()).append(" hosts, ").append(f.errors()).append(" not judged; ")
                .append(f.count(Severity.CRITICAL)).append(" critical, ").append(f.count(Severity.WARNING)).append(" warning, ")
                .append(f.count(Severity.INFO)).append(" info, ").append(f.waived()).append(" waived\n");
        for (FleetResult.GroupSummary g : f.groups()) {
            if (g.hosts() > 0) {
                sb.append("  group ").append(esc(g.name())).append(": ").append(g.hosts()).append(" hosts, profile ").append(esc(g.profile())).append('\n');
            }
        }
        if (f.newSince() != null) {
            sb.append("Only findings new since ").append(esc(f.newSince())).append(", host by host.\n");
        }
        sb.append("\nRules by hosts affected\n");
        List<FleetResult.RuleHosts> rules = f.byRule();
        if (rules.isEmpty()) {
            sb.append("  none\n");
        }
        for (FleetResult.RuleHosts r : rules) {
            sb.append("  ").append(String.format("%-8s", r.severity().label())).append(' ').append(esc(r.rule())).append(" on ")
                    .append(r.hosts().size()).append(r.hosts().size() == 1 ? " host" : " hosts");
            if (r.waived() > 0) {
                sb.append(" (").append(r.waived()).append(" waived)");
            }
            sb.append(": ").append(names(r.hosts())).append('\n');
        }
        sb.append("\nOutliers\n");
        if (f.outliers().isEmpty()) {
            sb.append("  none: every group agrees on every value it reported\n");
        }
        for (Finding o : f.outliers()) {
            sb.append("  ").append(esc(o.rule())).append(": ").append(esc(o.message())).append("\n    ")
                    .append(o.evidence().get("hosts") instanceof List<?> l ? names(l) : "").append('\n');
        }
        if (f.errors() > 0) {
            sb.append("\nNot judged\n");
            for (HostResult h : f.hosts()) {
                if (h.failed()) {
                    sb.append("  ").append(esc(h.input())).append(": ").append(esc(h.error())).append('\n');
                }
            }
        }
        sb.append("\nHosts\n");
        for (HostResult h : f.hosts()) {
            if (h.result() == null || h.result().active().isEmpty()) {
                continue;
            }
            sb.append("  ").append(esc(h.name())).append(" (").append(esc(h.group())).append(")\n");
            for (Finding x : h.result().active()) {
                sb.append("    ").append(String.format("%-8s", x.severity().label())).append(' ').append(esc(x.rule())).append(": ")
                        .append(esc(x.message())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String names(List<?> hosts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hosts.size() && i < NAMED; i++) {
            sb.append(i == 0 ? "" : ", ").append(esc(String.valueOf(hosts.get(i))));
        }
        if (hosts.size() > NAMED) {
            sb.append(" and ").append(hosts.size() - NAMED).append(" more");
        }
        return sb.toString();
    }

    private static String esc(String s) {
        return TerminalText.escape(s == null ? "-" : s);
    }
}
