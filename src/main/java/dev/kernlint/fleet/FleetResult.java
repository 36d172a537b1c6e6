package dev.kernlint.fleet;

import dev.kernlint.engine.Finding;
import dev.kernlint.engine.RuleInfo;
import dev.kernlint.engine.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A judged fleet: a row per host (in input order), the fleet findings (outliers, each naming its hosts), the
 * groups with their profiles and sizes, and every rule (host and fleet) the renderers describe.
 */
public record FleetResult(List<HostResult> hosts, List<Finding> outliers, List<GroupSummary> groups,
                          Map<String, RuleInfo> rules, long durationMillis, String newSince) {

    public record GroupSummary(String name, String profile, int hosts) {}

    /** One rule across the fleet: the hosts it fired on (not waived), for "NET-TW-RECYCLE on 12 hosts". */
    public record RuleHosts(String rule, Severity severity, String title, List<String> hosts, int findings, int waived) {}

    public List<RuleHosts> byRule() {
        Map<String, Set<String>> hostsOf = new LinkedHashMap<>();
        Map<String, Severity> worst = new LinkedHashMap<>();
        Map<String, String> title = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (HostResult h : hosts) {
            if (h.result() == null) {
                continue;
            }
            for (Finding f : h.result().findings()) {
                int[] c = counts.computeIfAbsent(f.rule(), k -> new int[2]);
                title.putIfAbsent(f.rule(), f.title());
                if (f.waived()) {
                    c[1]++;
                    continue;
                }
                c[0]++;
                hostsOf.computeIfAbsent(f.rule(), k -> new LinkedHashSet<>()).add(h.name());
                worst.merge(f.rule(), f.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        List<RuleHosts> out = new ArrayList<>();
        counts.forEach((rule, c) -> {
            Severity s = worst.get(rule);
            if (s == null) {
                RuleInfo info = rules.get(rule);
                s = info == null ? Severity.INFO : info.severity();
            }
            out.add(new RuleHosts(rule, s, title.get(rule), List.copyOf(hostsOf.getOrDefault(rule, Set.of())), c[0], c[1]));
        });
        out.sort(Comparator.comparing(RuleHosts::severity).reversed()
                .thenComparing(Comparator.comparingInt((RuleHosts r) -> r.hosts().size()).reversed())
                .thenComparing(RuleHosts::rule));
        return out;
    }

    public int errors() {
        return (int) hosts.stream().filter(HostResult::failed).count();
    }

    public long count(Severity s) {
        return hosts.stream().filter(h -> h.result() != null).mapToLong(h -> h.result().count(s)).sum();
    }

    public long waived() {
        return hosts.stream().filter(h -> h.result() != null).mapToLong(h -> h.result().waivedCount()).sum();
    }

    public boolean hasAtLeast(Severity level) {
        return hosts.stream().anyMatch(h -> h.result() != null && h.result().hasAtLeast(level));
    }
}
