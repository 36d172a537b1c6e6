package dev.kernlint.report;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Severity;

/**
 * One line per host (--summary), for cron mail subjects and CI logs:
 * {@code web1: 1 critical, 3 warning, 0 info (2 waived); 40 of 48 rules evaluated}.
 */
public final class SummaryLine implements Renderer {
    @Override
    public String render(AuditResult r) {
        int evaluated = r.rulesEvaluated().size();
        int all = evaluated + r.rulesNotEvaluated().size();
        return TerminalText.escape(r.hostname()) + ": " + r.count(Severity.CRITICAL) + " critical, " + r.count(Severity.WARNING)
                + " warning, " + r.count(Severity.INFO) + " info" + (r.waivedCount() > 0 ? " (" + r.waivedCount() + " waived)" : "")
                + "; " + evaluated + " of " + all + " rules evaluated\n";
    }
}
