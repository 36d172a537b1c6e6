package dev.kernlint.fleet;

import dev.kernlint.collect.CollectorThreads;
import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.FleetJudge;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.Fingerprint;
import dev.kernlint.engine.HostAudit;
import dev.kernlint.engine.RuleBook;
import dev.kernlint.engine.RuleInfo;
import dev.kernlint.fact.HostSummary;
import dev.kernlint.engine.Severity;
import dev.kernlint.fact.ValueSpread;
import dev.kernlint.profile.Waiver;
import dev.kernlint.profile.Waivers;
import dev.kernlint.report.PriorReport;
import dev.kernlint.source.Snapshot;
import dev.kernlint.source.Snapshots;
import dev.kernlint.source.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * `kernlint fleet`: every input judged on a worker per CPU against one shared KieBase, its facts folded into the
 * fleet consensus and dropped at once (memory stays flat with fleet size), then the fleet rules judged in one
 * session over the per-host summaries and value spreads, and each host given its share of their findings.
 */
public final class FleetRun {
    /**
     * @param waivers  --waivers, or null
     * @param prior    --new-since, or null
     * @param progress the progress bar (a silent one off a terminal)
     */
    public record Options(Groups groups, int jobs, List<Waiver> waivers, PriorFleet prior, String newSince, Progress progress) {}

    private final RuleBook book;
    private final RuleBook fleetBook;
    private final Options options;
    private final Consensus consensus = new Consensus();
    /** Rule lists and gaps repeat across hosts: one copy each, not one per host. */
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    public FleetRun(RuleBook book, RuleBook fleetBook, Options options) {
        this.book = book;
        this.fleetBook = fleetBook;
        this.options = options;
    }

    public FleetResult run(List<Path> inputs) {
        long start = System.nanoTime();
        HostResult[] rows = new HostResult[inputs.size()];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.jobs()), r -> {
            Thread t = new Thread(r, "kernlint-fleet");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                int at = i;
                running.add(pool.submit(() -> {
                    rows[at] = judge(at, inputs.get(at));
                    options.progress().hostDone();
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            options.progress().finish();
        }
        List<HostResult> hosts = List.of(rows);
        List<Finding> outliers = judgeFleet(hosts);
        Map<String, RuleInfo> rules = new LinkedHashMap<>(book.rules());
        rules.putAll(fleetBook.rules());
        List<FleetResult.GroupSummary> groups = new ArrayList<>();
        Map<String, Integer> members = consensus.members();
        for (Groups.Group g : options.groups().groups()) {
            groups.add(new FleetResult.GroupSummary(g.name(), g.profile().name(), members.getOrDefault(g.name(), 0)));
        }
        return new FleetResult(finish(hosts, outliers, rules.keySet()), outliers, groups, rules,
                (System.nanoTime() - start) / 1_000_000, options.newSince());
    }

    private HostResult judge(int index, Path input) {
        String fallbackName = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        try {
            AuditResult r;
            List<HostValues.Value> values;
            Groups.Group group;
            if (isReport(input)) {
                r = ReportInput.read(input, book.rules());
                group = options.groups().of(r.hostname());
                values = HostValues.of(null, r.host());
            } else {
                try (Source src = Snapshots.open(input)) {
                    group = options.groups().of(src.hostname());
                    Groups.Group g = group;
                    HostAudit.Outcome o = CollectorThreads.onCallerThread(() -> HostAudit.run(src,
                            src instanceof Snapshot s ? s.samples() : List.of(), g.profile(), () -> book));
                    r = o.result();
                    values = HostValues.of(o.facts(), r.host());
                }
            }
            String name = r.hostname().equals("unknown") ? fallbackName : r.hostname();
            consensus.add(index, group.name(), values);
            return new HostResult(index, input.toString(), name, group.name(), slim(r), null);
        } catch (RuntimeException e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            return new HostResult(index, input.toString(), fallbackName, null, null, why.lines().findFirst().orElse(why));
        }
    }

    private static boolean isReport(Path input) {
        if (!Files.isRegularFile(input)) {
            return false;
        }
        byte[] head = new byte[64];
        try (InputStream in = Files.newInputStream(input)) {
            return ReportInput.looksLike(head, in.readNBytes(head, 0, head.length));
        } catch (IOException e) {
            return false; // the snapshot reader says why it cannot be read
        }
    }

    /** The host's result without what the fleet report does not print (inventory), lists shared across hosts. */
    @SuppressWarnings("unchecked")
    private AuditResult slim(AuditResult r) {
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("hostname", r.host().get("hostname"));
        host.put("kernel", r.host().get("kernel"));
        host.put("collected_at", r.host().get("collected_at"));
        List<AuditResult.GapReport> gaps = (List<AuditResult.GapReport>) shared.computeIfAbsent(List.copyOf(r.gaps()), k -> k);
        List<String> evaluated = (List<String>) shared.computeIfAbsent(List.copyOf(r.rulesEvaluated()), k -> k);
        List<String> notEvaluated = (List<String>) shared.computeIfAbsent(List.copyOf(r.rulesNotEvaluated()), k -> k);
        // most findings are the same on every host that has them (rule, message, evidence, fix): kept once, or a
        // 10,000 host fleet held 10,000 copies of each until the report was written
        List<Finding> findings = new ArrayList<>(r.findings().size());
        for (Finding f : r.findings()) {
            findings.add((Finding) shared.computeIfAbsent(f, k -> k));
        }
        findings = (List<Finding>) shared.computeIfAbsent(List.copyOf(findings), k -> k);
        return new AuditResult(host, r.source(), r.profile(), findings, gaps, evaluated, notEvaluated, r.durationMillis());
    }

    private record SpreadKey(String group, String key, String value) {}

    private final Map<SpreadKey, Consensus.Spread> spreadsByKey = new HashMap<>();

    private List<Finding> judgeFleet(List<HostResult> hosts) {
        List<Object> facts = new ArrayList<>();
        for (Consensus.Spread s : consensus.spreads(i -> hosts.get(i).name())) {
            ValueSpread v = s.fact();
            spreadsByKey.put(new SpreadKey(v.group(), v.key(), v.value()), s);
            facts.add(v);
        }
        for (HostResult h : hosts) {
            AuditResult r = h.result();
            facts.add(new HostSummary(h.name(), h.group(), r == null ? null : (String) r.host().get("kernel"),
                    r == null ? 0 : (int) r.count(Severity.CRITICAL), r == null ? 0 : (int) r.count(Severity.WARNING),
                    r == null ? 0 : (int) r.count(Severity.INFO), h.error()));
        }
        Map<String, dev.kernlint.profile.Profile> byGroup = new HashMap<>();
        for (Groups.Group g : options.groups().groups()) {
            byGroup.putIfAbsent(g.name(), g.profile());
        }
        // a finding without a group is the whole fleet's: --profile
        dev.kernlint.profile.Profile fleetWide = options.groups().of("").profile();
        return new FleetJudge(fleetBook).run(facts, evidence -> byGroup.getOrDefault(String.valueOf(evidence.get("group")), fleetWide));
    }

    /** Each host gets its share of the fleet findings, then the waivers and --new-since, as a host audit does. */
    private List<HostResult> finish(List<HostResult> hosts, List<Finding> outliers, java.util.Collection<String> ruleIds) {
        Map<Integer, List<Finding>> extra = new HashMap<>();
        for (Finding f : outliers) {
            Consensus.Spread s = spreadsByKey.get(new SpreadKey(String.valueOf(f.evidence().get("group")),
                    String.valueOf(f.evidence().get("key")), String.valueOf(f.evidence().get("value"))));
            if (s == null) {
                continue;
            }
            Finding mine = forHost(f, s.fact());
            for (int id : s.hosts()) {
                extra.computeIfAbsent(id, k -> new ArrayList<>()).add(mine);
            }
        }
        LocalDate today = LocalDate.now();
        List<HostResult> out = new ArrayList<>(hosts.size());
        for (HostResult h : hosts) {
            AuditResult r = h.result();
            if (r == null) {
                out.add(h);
                continue;
            }
            List<Finding> all = new ArrayList<>(r.findings());
            all.addAll(extra.getOrDefault(h.index(), List.of()));
            all.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::rule).thenComparing(Finding::message));
            r = r.withFindings(all);
            if (options.waivers() != null) {
                r = Waivers.apply(r, options.waivers(), today, ruleIds);
            }
            PriorReport prior = options.prior() == null ? null : options.prior().of(h.name());
            if (prior != null) {
                r = prior.onlyNew(r);
            }
            out.add(new HostResult(h.index(), h.input(), h.name(), h.group(), r, null));
        }
        return out;
    }

    /** The outlier as one of its hosts reports it: its own value, the group's, no list of hosts. */
    private Finding forHost(Finding f, ValueSpread v) {
        Map<String, Object> evidence = new LinkedHashMap<>(f.evidence());
        evidence.remove("hosts");
        String subject = v.dimension().equals("kernel") ? "kernel " + v.value() : v.key() + " is " + v.value();
        String message = subject + " on this host; " + v.majorityCount() + " of " + v.total() + " hosts in " + v.group()
                + " have " + v.majority();
        RuleInfo info = fleetBook.rule(f.rule());
        return new Finding(f.rule(), f.severity(), f.area(), f.title(), message, evidence, f.remediation(), List.of(), false,
                Fingerprint.of(f.rule(), evidence, info == null ? List.of() : info.subject()), null);
    }
}
