package dev.kernlint.engine;

import dev.kernlint.profile.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The fleet rules judged once over a whole fleet: per-host summaries and value spreads in, one session, findings
 * out. Each finding names its hosts in evidence.hosts; the fleet run hands each host its share.
 */
public final class FleetJudge {
    private final RuleBook book;

    public FleetJudge(RuleBook book) {
        this.book = book;
    }

    /**
     * @param profileOf the profile a finding is judged under, from its evidence (its group's), as a host's findings
     *                  are under the audit's: a rule it disables gives no finding, a severity it sets is the finding's
     */
    public List<Finding> run(Iterable<?> facts, Function<Map<String, Object>, Profile> profileOf) {
        FindingSink sink = new FindingSink();
        for (KieBase kb : book.kieBases()) {
            KieSession session = kb.newKieSession();
            try {
                session.setGlobal("findings", sink);
                facts.forEach(session::insert);
                session.fireAllRules();
            } finally {
                session.dispose();
            }
        }
        List<Finding> out = new ArrayList<>();
        for (FindingSink.Draft d : sink.drafts()) {
            Profile profile = profileOf.apply(d.evidence);
            if (!profile.enabled(d.rule)) {
                continue;
            }
            RuleInfo info = book.rule(d.rule);
            Severity override = profile.severityOverride(d.rule);
            Severity severity = override != null ? override : d.severity != null ? d.severity : info.severity();
            out.add(new Finding(d.rule, severity, info.area(), info.title(), d.message,
                    new LinkedHashMap<>(d.evidence), info.remediation(), List.of(), false,
                    Fingerprint.of(d.rule, d.evidence, info.subject()), null));
        }
        out.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::rule).thenComparing(Finding::message));
        return out;
    }
}
