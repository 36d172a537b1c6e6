package dev.kernlint.profile;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.AuditResult.WaiverReport;
import dev.kernlint.engine.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Applies waivers to an audit, after the rules ran: a covered finding is marked waived (it stays in the report,
 * it no longer counts); a finding whose only waiver has expired stays active and says which waiver expired; and
 * every waiver gets a status, so stale ones (matching nothing) can be cleaned up.
 */
public final class Waivers {
    private Waivers() {}

    /** @param knownRules every rule id of the rule book: a waiver for another id is a typo, refused */
    public static AuditResult apply(AuditResult r, List<Waiver> waivers, LocalDate today, Collection<String> knownRules) {
        for (Waiver w : waivers) {
            if (!knownRules.contains(w.rule())) {
                throw new ProfileException(w.origin() + ": waiver for " + w.rule() + ", which is no rule (kernlint rules lists them)");
            }
        }
        String host = r.hostname();
        int[] matched = new int[waivers.size()];
        List<Finding> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            Finding.WaiverMark mark = null;
            for (int i = 0; i < waivers.size(); i++) {
                Waiver w = waivers.get(i);
                if (!w.forHost(host) || !w.covers(f)) {
                    continue;
                }
                matched[i]++;
                // the first waiver in force wins; an expired one only speaks when none is in force
                boolean expired = w.expiredOn(today);
                if (mark == null || (mark.expired() && !expired)) {
                    mark = w.mark(expired);
                }
            }
            findings.add(mark == null ? f : f.withWaiver(mark));
        }
        List<WaiverReport> reports = new ArrayList<>();
        for (int i = 0; i < waivers.size(); i++) {
            Waiver w = waivers.get(i);
            String status;
            if (!w.forHost(host)) {
                status = WaiverReport.OTHER_HOST;
            } else if (w.expiredOn(today)) {
                status = WaiverReport.EXPIRED;
            } else if (matched[i] > 0) {
                status = WaiverReport.APPLIED;
            } else if (!r.rulesEvaluated().contains(w.rule())) {
                status = WaiverReport.NOT_EVALUATED;
            } else {
                status = WaiverReport.STALE;
            }
            reports.add(new WaiverReport(w.rule(), w.origin(), w.reason(), w.owner(), w.expires().toString(), status, matched[i]));
        }
        return r.withWaivers(findings, reports);
    }
}
