package dev.kernlint.engine;

import dev.kernlint.collect.Facts;
import dev.kernlint.fact.Gap;
import dev.kernlint.fact.KernelVersion;
import dev.kernlint.profile.Profile;
import dev.kernlint.profile.ProfileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** One host judged: facts and profile in, one KieSession per knowledge base, findings and gaps out. */
public final class Audit {
    private final RuleBook book;

    public Audit(RuleBook book) {
        this.book = book;
    }

    public AuditResult run(Facts facts, Profile profile, Map<String, Object> host, String sourceName, long startNanos) {
        checkProfile(profile);
        FindingSink sink = new FindingSink();
        for (KieBase kb : book.kieBases()) {
            KieSession session = kb.newKieSession();
            try {
                session.setGlobal("findings", sink);
                facts.all().forEach(session::insert);
                profile.thresholdFacts().forEach(session::insert);
                profile.sysctl().forEach(session::insert);
                profile.rings().forEach(session::insert);
                session.fireAllRules(match -> profile.enabled(RuleMetadata.id(match.getRule())));
            } finally {
                session.dispose();
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (FindingSink.Draft d : sink.drafts()) {
            findings.add(finish(d, profile));
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::rule).thenComparing(Finding::message));

        List<AuditResult.GapReport> gaps = new ArrayList<>();
        Set<String> notEvaluated = new LinkedHashSet<>();
        for (Gap g : facts.gaps()) {
            List<String> affected = new ArrayList<>();
            for (RuleInfo r : book.rules().values()) {
                if (profile.enabled(r.id()) && r.needs(g.input())) {
                    affected.add(r.id());
                }
            }
            notEvaluated.addAll(affected);
            gaps.add(new AuditResult.GapReport(g, affected));
        }
        // gaps a rule found while judging: the subjects it could not judge, named, and the rule not fully evaluated
        sink.missing().forEach((k, subjects) -> {
            RuleInfo r = book.rule(k.rule());
            gaps.add(new AuditResult.GapReport(new Gap(r.area(), k.input() + ": " + String.join(", ", subjects), k.reason()),
                    List.of(k.rule())));
            notEvaluated.add(k.rule());
        });
        List<String> evaluated = new ArrayList<>();
        for (RuleInfo r : book.rules().values()) {
            if (profile.enabled(r.id()) && !notEvaluated.contains(r.id())) {
                evaluated.add(r.id());
            }
        }
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return new AuditResult(host, sourceName, profile.name(), findings, gaps, evaluated, new ArrayList<>(notEvaluated), millis);
    }

    /**
     * A rule whose threshold is missing would never fire: a silent pass. A rule id or threshold name the rules do
     * not know is a typo that would silently do nothing. Refuse the profile in both cases.
     */
    private void checkProfile(Profile profile) {
        for (String id : profile.rules().keySet()) {
            // a fleet rule's setting is for `kernlint fleet` (one profile can serve both); the fleet's own
            // knowledge base is loaded only for an id this one does not know
            if (book.rule(id) == null && RuleBook.fleet().rule(id) == null) {
                throw new ProfileException(profile.origin() + ": rules." + id + ": no such rule (kernlint rules lists them)");
            }
        }
        profile.thresholds().forEach((id, names) -> {
            RuleInfo r = book.rule(id);
            if (r == null) {
                throw new ProfileException(profile.origin() + ": thresholds." + id + ": no such rule (kernlint rules lists them)");
            }
            for (String name : names.keySet()) {
                if (!r.thresholds().contains(name)) {
                    throw new ProfileException(profile.origin() + ": thresholds." + id + "." + name + ": rule " + id
                            + " has no such threshold (it reads: " + (r.thresholds().isEmpty() ? "none" : String.join(", ", r.thresholds())) + ")");
                }
            }
        });
        for (RuleInfo r : book.rules().values()) {
            if (!profile.enabled(r.id())) {
                continue;
            }
            Map<String, Double> t = profile.thresholds().getOrDefault(r.id(), Map.of());
            for (String name : r.thresholds()) {
                if (!t.containsKey(name)) {
                    throw new ProfileException(profile.origin() + ": profile '" + profile.name()
                            + "' has no thresholds." + r.id() + "." + name + ", which rule " + r.id() + " needs"
                            + (profile.lineage().size() == 1 ? " (a profile usually starts with `extends: default`)" : ""));
                }
            }
        }
    }

    private Finding finish(FindingSink.Draft d, Profile profile) {
        RuleInfo info = book.rule(d.rule);
        Severity sev = d.severity != null ? d.severity : info.severity();
        Severity override = profile.severityOverride(d.rule);
        if (override != null) {
            sev = override;
        }
        Map<String, Object> evidence = new LinkedHashMap<>(d.evidence);
        return new Finding(d.rule, sev, info.area(), info.title(), d.message, evidence,
                info.remediation(), info.fixAllowed() ? List.copyOf(d.fixes) : List.of(),
                // a fix whose values do not validate has no command: the finding is advice only
                info.fixAllowed() && d.fixes.stream().allMatch(a -> a.problem() == null),
                Fingerprint.of(d.rule, evidence, info.subject()), null, d.advice);
    }

    /** The host block of a report: name, kernel, when, and the inventory built from the facts. */
    public static Map<String, Object> host(String hostname, Facts facts, String collectedAt) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("hostname", hostname);
        h.put("kernel", facts.first(KernelVersion.class).map(KernelVersion::release).orElse(null));
        h.put("collected_at", collectedAt);
        h.put("inventory", Inventory.of(facts));
        return h;
    }
}
