package dev.kernlint.engine;

import dev.kernlint.collect.Collectors;
import dev.kernlint.collect.MappingCollector;
import dev.kernlint.collect.Facts;
import dev.kernlint.profile.Profile;
import dev.kernlint.source.CachingSource;
import dev.kernlint.source.Snapshot;
import dev.kernlint.source.Source;
import dev.kernlint.fact.ProcessMappings;
import dev.kernlint.time.Sample;
import dev.kernlint.time.SampleCollection;
import dev.kernlint.time.Series;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The whole flow for one host: source -> collectors -> facts (+ rates and trends over samples) -> rules -> result. */
public final class HostAudit {
    private HostAudit() {}

    /** An audit together with the facts it judged: `fix` needs the running values besides the findings. */
    public record Outcome(AuditResult result, Facts facts) {}

    /** One reading, or a snapshot with the samples its manifest lists. */
    public static AuditResult run(Source source, Profile profile, RuleBook book) {
        return runKeepingFacts(source, profile, book).result();
    }

    public static Outcome runKeepingFacts(Source source, Profile profile, RuleBook book) {
        List<Source> later = new ArrayList<>();
        if (source instanceof Snapshot s) {
            later.addAll(s.samples());
        }
        return run(source, later, profile, () -> book);
    }

    /** A base reading and later ones (already taken, or readable now), in time order. */
    public static AuditResult run(Source source, List<? extends Source> later, Profile profile, RuleBook book) {
        return run(source, later, profile, () -> book).result();
    }

    /**
     * The same, with the knowledge base still loading: reading the host and loading the rules take about as long
     * each, so the caller starts the load first and this joins it only when the facts are ready.
     */
    public static Outcome run(Source source, List<? extends Source> later, Profile profile, java.util.function.Supplier<RuleBook> book) {
        return run(source, () -> later, profile, book);
    }

    /**
     * The same, with the later readings taken only once the base one is collected: a live sampler waits its
     * interval after the base, so the samples follow it in time and the base is read and parsed once.
     */
    public static Outcome run(Source source, java.util.function.Supplier<? extends List<? extends Source>> later, Profile profile,
                              java.util.function.Supplier<RuleBook> book) {
        long start = System.nanoTime();
        CachingSource cached = source instanceof CachingSource c ? c : new CachingSource(source, false);
        Facts facts = facts(cached, later);
        AuditResult result = new Audit(book.get()).run(facts, profile, Audit.host(cached.hostname(), facts, cached.collectedAt()),
                cached.describe(), start);
        return new Outcome(result, facts);
    }

    /** The facts of a snapshot with its samples (for `diff`, which compares facts as well as findings). */
    public static Facts facts(Source snapshot) {
        return facts(new CachingSource(snapshot, false),
                () -> snapshot instanceof Snapshot s ? s.samples() : List.<Source>of());
    }

    private static Facts facts(CachingSource cached, java.util.function.Supplier<? extends List<? extends Source>> laterReadings) {
        Facts facts = Collectors.run(cached);
        List<? extends Source> later = laterReadings.get();
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample(later.isEmpty() ? Instant.EPOCH : time(cached), facts));
        SampleCollection readings = new SampleCollection();
        for (Source s : later) {
            samples.add(new Sample(time(s), readings.collect(s)));
        }
        Series.facts(samples).forEach(facts::add);
        // the suspects' mappings as last read, for `diff` to compare with another snapshot's
        if (samples.size() > 1) {
            samples.get(samples.size() - 1).facts().all(ProcessMappings.class).forEach(facts::add);
        }
        // a suspect's smaps exists only in the samples: its gaps are reported once each
        java.util.Set<dev.kernlint.fact.Gap> smapsGaps = new java.util.LinkedHashSet<>();
        for (Sample s : samples.subList(1, samples.size())) {
            s.facts().gaps().stream().filter(g -> g.input().equals(MappingCollector.INPUT)).forEach(smapsGaps::add);
        }
        smapsGaps.forEach(g -> facts.gap(g.area(), g.input(), g.reason()));
        if (samples.size() < Series.MIN_SAMPLES) {
            facts.gap("time", "samples", samples.size() == 1
                    ? "needs samples: audit with --samples 6 --interval 10s (or a snapshot collected so)"
                    : "needs at least " + Series.MIN_SAMPLES + " samples, got " + samples.size());
        }
        return facts;
    }

    private static Instant time(Source s) {
        String at = s.collectedAt();
        if (at == null) {
            throw new dev.kernlint.source.SnapshotException("a sample has no collected_at time in manifest.json");
        }
        try {
            return Instant.parse(at);
        } catch (java.time.format.DateTimeParseException e) {
            throw new dev.kernlint.source.SnapshotException("collected_at '" + at + "' is not ISO-8601 UTC");
        }
    }
}
