package dev.kernlint.engine;

import dev.kernlint.collect.Collectors;
import dev.kernlint.collect.Facts;
import dev.kernlint.profile.Profile;
import dev.kernlint.source.CachingSource;
import dev.kernlint.source.Source;

/** The whole flow for one host: source -> collectors -> facts -> rules -> result. */
public final class HostAudit {
    private HostAudit() {}

    /** An audit together with the facts it judged: `fix` needs the running values besides the findings. */
    public record Outcome(AuditResult result, Facts facts) {}

    public static AuditResult run(Source source, Profile profile, RuleBook book) {
        return runKeepingFacts(source, profile, book).result();
    }

    public static Outcome runKeepingFacts(Source source, Profile profile, RuleBook book) {
        long start = System.nanoTime();
        CachingSource cached = source instanceof CachingSource c ? c : new CachingSource(source, false);
        Facts facts = Collectors.run(cached);
        AuditResult result = new Audit(book).run(facts, profile, Audit.host(cached.hostname(), facts, cached.collectedAt()),
                cached.describe(), start);
        return new Outcome(result, facts);
    }
}
