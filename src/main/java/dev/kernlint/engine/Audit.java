package dev.kernlint.engine;

import dev.kernlint.collect.Facts;
import dev.kernlint.fact.Gap;
import dev.kernlint.fact.KernelVersion;
import dev.kernlint.profile.Profile;
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
        requireThresholds(profile);
        FindingSink sink = new FindingSink();
        for (KieBase kb : book.kieBases()) {
            KieSession session = kb.newKieSession();
            try {
                session.setGlobal("findings", sink);
                facts.all().forEach(session::insert);
                profile.thresholdFacts().forEach(session::insert);
                profile.sysctl().forEach(session::insert);
                session.fireAllRules(match -> profile.enabled(idOf(match.getRule())));
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
        List<String> evaluated = new ArrayList<>();
        for (RuleInfo r : book.rules().values()) {
            if (profile.enabled(r.id()) && !notEvaluated.contains(r.id())) {
                evaluated.add(r.id());
            }
        }
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return new AuditResult(host, sourceName, profile.name(), findings, gaps, evaluated, new ArrayList<>(notEvaluated), millis);
    }

    /** A rule whose threshold is missing would never fire: a silent pass. Refuse the profile instead. */
    private void requireThresholds(Profile profile) {
        for (RuleInfo r : book.rules().values()) {
            if (!profile.enabled(r.id())) {
                continue;
            }
            Map<String, Double> t = profile.thresholds().getOrDefault(r.id(), Map.of());
            for (String name : r.thresholds()) {
                if (!t.containsKey(name)) {
                    throw new dev.kernlint.profile.ProfileException(profile.origin() + ": profile '" + profile.name()
                            + "' has no thresholds." + r.id() + "." + name + ", which rule " + r.id() + " needs (set it, or start the profile with"
                            + " 'extends: default')");
                }
            }
        }
    }

    private static String idOf(org.kie.api.definition.rule.Rule r) {
        Object id = r.getMetaData().get("id");
        return id == null ? r.getName() : id.toString().replace("\"", "");
    }

    private Finding finish(FindingSink.Draft d, Profile profile) {
        RuleInfo info = book.rule(d.rule);
        Severity sev = d.severity != null ? d.severity : info.severity();
        Severity override = profile.severityOverride(d.rule);
        if (override != null) {
            sev = override;
        }
        return new Finding(d.rule, sev, info.area(), info.title(), d.message, new LinkedHashMap<>(d.evidence),
                info.remediation(), info.fixAllowed() ? List.copyOf(d.fixes) : List.of(), info.fixAllowed());
    }

    /** The host block of a report: name, kernel, where the data came from, when. */
    public static Map<String, Object> host(String hostname, Facts facts, String collectedAt) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("hostname", hostname);
        h.put("kernel", facts.first(KernelVersion.class).map(KernelVersion::release).orElse(null));
        h.put("collected_at", collectedAt);
        return h;
    }
}
