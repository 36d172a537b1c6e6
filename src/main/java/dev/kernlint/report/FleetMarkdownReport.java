package dev.kernlint.report;

import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Severity;
import dev.kernlint.fleet.FleetResult;
import dev.kernlint.fleet.HostResult;
import java.util.List;

/** The fleet as GitHub-flavoured Markdown: a pull request comment or a wiki page. Every value goes through the escapers. */
public final class FleetMarkdownReport implements FleetRenderer {
    @Override
    public String render(FleetResult f) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("# kernlint fleet\n\n").append(f.hosts().size()).append(" hosts, ").append(f.errors()).append(" not judged; ")
                .append(f.count(Severity.CRITICAL)).append(" critical, ").append(f.count(Severity.WARNING)).append(" warning, ")
                .append(f.count(Severity.INFO)).append(" info, ").append(f.waived()).append(" waived.\n\n");
        sb.append("## Rules by hosts affected\n\n| Severity | Rule | Hosts | Names |\n|---|---|---|---|\n");
        for (FleetResult.RuleHosts r : f.byRule()) {
            sb.append("| ").append(r.severity().label()).append(" | ").append(MarkdownReport.codeCell(r.rule())).append(" | ")
                    .append(r.hosts().size()).append(" | ").append(names(r.hosts())).append(" |\n");
        }
        sb.append("\n## Outliers\n\n");
        if (f.outliers().isEmpty()) {
            sb.append("None.\n");
        } else {
            sb.append("| Rule | Outlier | Hosts |\n|---|---|---|\n");
            for (Finding o : f.outliers()) {
                sb.append("| ").append(MarkdownReport.codeCell(o.rule())).append(" | ").append(MarkdownReport.cell(o.message()))
                        .append(" | ").append(o.evidence().get("hosts") instanceof List<?> l ? names(l) : "").append(" |\n");
            }
        }
        if (f.errors() > 0) {
            sb.append("\n## Not judged\n\n| Input | Why |\n|---|---|\n");
            for (HostResult h : f.hosts()) {
                if (h.failed()) {
                    sb.append("| ").append(MarkdownReport.cell(h.input())).append(" | ").append(MarkdownReport.cell(h.error())).append(" |\n");
                }
            }
        }
        sb.append("\n## Hosts\n");
        for (HostResult h : f.hosts()) {
            if (h.result() == null || h.result().active().isEmpty()) {
                continue;
            }
            sb.append("\n### ").append(MarkdownReport.inline(h.name())).append("\n\n");
            for (Finding x : h.result().active()) {
                sb.append("- **").append(x.severity().label()).append("** ").append(MarkdownReport.code(x.rule())).append(": ")
                        .append(MarkdownReport.inline(x.message())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String names(List<?> hosts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < hosts.size() && i < FleetTextReport.NAMED; i++) {
            sb.append(i == 0 ? "" : ", ").append(MarkdownReport.cell(String.valueOf(hosts.get(i))));
        }
        if (hosts.size() > FleetTextReport.NAMED) {
            sb.append(" and ").append(hosts.size() - FleetTextReport.NAMED).append(" more");
        }
        return sb.toString();
    }
}
