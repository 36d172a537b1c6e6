package dev.kernlint.diff;

import dev.kernlint.collect.Facts;
import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.fact.Mapping;
import dev.kernlint.fact.MemInfo;
import dev.kernlint.fact.ProcessMappings;
import dev.kernlint.fact.ProcessInfo;
import dev.kernlint.fact.SysctlValue;
import dev.kernlint.fact.TcpSockStat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Compares the facts and findings of two readings into a {@link HostDiff}. */
public final class SnapshotComparer {
    /** Evidence fields that say which thing a finding is about (not how bad it is), so counts do not make it "new". */
    static final Set<String> IDENTITY = Set.of("key", "iface", "local", "local_address", "remote_address", "remote_port",
            "pid", "ppid", "cache", "mount", "device", "disk", "node", "file", "bond");

    // kernel parameters that change by themselves on every host: not a configuration change (nor a fleet outlier)
    public static final Set<String> VOLATILE = Set.of("kernel.random.boot_id", "kernel.random.uuid", "kernel.random.entropy_avail",
            "kernel.ns_last_pid", "fs.dentry-state", "fs.inode-state", "fs.inode-nr", "fs.file-nr", "fs.quota.syncs",
            "kernel.pty.nr", "net.netfilter.nf_conntrack_count", "fs.aio-nr", "kernel.random.urandom_min_reseed_secs");

    private SnapshotComparer() {}

    public static HostDiff compare(Facts oldFacts, AuditResult oldAudit, Facts newFacts, AuditResult newAudit) {
        return new HostDiff(oldAudit.source(), newAudit.source(), str(oldAudit.host().get("collected_at")),
                str(newAudit.host().get("collected_at")), sysctl(oldFacts, newFacts),
                minus(newAudit.findings(), oldAudit.findings()), minus(oldAudit.findings(), newAudit.findings()),
                growth(oldFacts, newFacts), oldAudit, newAudit);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static List<HostDiff.SysctlChange> sysctl(Facts a, Facts b) {
        Map<String, String> old = new TreeMap<>();
        Map<String, String> now = new TreeMap<>();
        a.all(SysctlValue.class).forEach(v -> old.put(v.key(), v.value()));
        b.all(SysctlValue.class).forEach(v -> now.put(v.key(), v.value()));
        Set<String> keys = new TreeSet<>(old.keySet());
        keys.addAll(now.keySet());
        List<HostDiff.SysctlChange> out = new ArrayList<>();
        for (String k : keys) {
            String o = old.get(k);
            String n = now.get(k);
            if (VOLATILE.contains(k) || (o != null && o.equals(n))) {
                continue;
            }
            out.add(new HostDiff.SysctlChange(k, o, n));
        }
        return out;
    }

    /** Findings of {@code from} with no finding of the same rule about the same thing in {@code other}. */
    static List<Finding> minus(List<Finding> from, List<Finding> other) {
        Set<String> ids = new TreeSet<>();
        other.forEach(f -> ids.add(identity(f)));
        return from.stream().filter(f -> !ids.contains(identity(f))).toList();
    }

    static String identity(Finding f) {
        StringBuilder sb = new StringBuilder(f.rule());
        new TreeMap<>(f.evidence()).forEach((k, v) -> {
            if (IDENTITY.contains(k)) {
                sb.append('|').append(k).append('=').append(v);
            }
        });
        return sb.toString();
    }

    static List<HostDiff.Growth> growth(Facts a, Facts b) {
        List<HostDiff.Growth> out = new ArrayList<>();
        level(out, "slab", "kB", a, b, MemInfo.class, m -> m.get("Slab"));
        level(out, "slab_unreclaimable", "kB", a, b, MemInfo.class, m -> m.get("SUnreclaim"));
        level(out, "anon_memory", "kB", a, b, MemInfo.class, m -> m.get("AnonPages"));
        level(out, "swap_used", "kB", a, b, MemInfo.class,
                m -> m.get("SwapTotal") == null || m.get("SwapFree") == null ? null : m.get("SwapTotal") - m.get("SwapFree"));
        level(out, "time_wait", "sockets", a, b, TcpSockStat.class, TcpSockStat::tw);
        out.addAll(rssGrowth(a, b, 5));
        out.addAll(mappingGrowth(a, b, 5));
        return out;
    }

    /**
     * The n anonymous mappings that grew most between the two readings' smaps of the same process (pid and start
     * time), as "process_mapping PID@START (comm) RANGE (kind)": a mapping is the same while the ranges overlap.
     */
    static List<HostDiff.Growth> mappingGrowth(Facts a, Facts b, int n) {
        Map<String, ProcessMappings> old = new java.util.HashMap<>();
        a.all(ProcessMappings.class).forEach(m -> old.put(m.process(), m));
        Map<String, String> comm = new java.util.HashMap<>();
        b.all(ProcessInfo.class).forEach(p -> comm.put(p.key(), p.comm()));
        List<HostDiff.Growth> grown = new ArrayList<>();
        for (ProcessMappings now : b.all(ProcessMappings.class)) {
            ProcessMappings before = old.get(now.process());
            if (before == null) {
                continue;
            }
            for (Mapping m : now.mappings()) {
                Long kb = m.anonKb();
                Long was = kb == null ? null : before.mappings().stream().filter(o -> o.overlaps(m) && o.anonKb() != null)
                        .map(Mapping::anonKb).max(Long::compare).orElse(null);
                if (was != null && kb > was) {
                    grown.add(new HostDiff.Growth("process_mapping " + now.process() + " (" + comm.getOrDefault(now.process(), "?")
                            + ") " + m.range() + " (" + now.kindOf(m) + ")", "kB", was, kb));
                }
            }
        }
        grown.sort(java.util.Comparator.comparingDouble((HostDiff.Growth g) -> g.newValue() - g.oldValue()).reversed()
                .thenComparing(HostDiff.Growth::metric));
        return grown.subList(0, Math.min(n, grown.size()));
    }

    /**
     * The n processes whose RssAnon grew most, as "process_rss_anon PID@START (comm)": only the same process
     * (pid and start time) in both readings, so a pid reused by another program is not growth.
     */
    static List<HostDiff.Growth> rssGrowth(Facts a, Facts b, int n) {
        Map<String, ProcessInfo> old = new java.util.HashMap<>();
        for (ProcessInfo p : a.all(ProcessInfo.class)) {
            if (p.rssAnonKb() != null) {
                old.put(p.key(), p);
            }
        }
        List<HostDiff.Growth> grown = new ArrayList<>();
        for (ProcessInfo p : b.all(ProcessInfo.class)) {
            ProcessInfo before = old.get(p.key());
            if (before != null && p.rssAnonKb() != null && p.rssAnonKb() > before.rssAnonKb()) {
                grown.add(new HostDiff.Growth("process_rss_anon " + p.key() + " (" + p.comm() + ")", "kB", before.rssAnonKb(), p.rssAnonKb()));
            }
        }
        grown.sort(java.util.Comparator.comparingDouble((HostDiff.Growth g) -> g.newValue() - g.oldValue()).reversed()
                .thenComparing(HostDiff.Growth::metric));
        return grown.subList(0, Math.min(n, grown.size()));
    }

    private static <T> void level(List<HostDiff.Growth> out, String name, String unit, Facts a, Facts b, Class<T> type,
                                  Function<T, Long> get) {
        Long o = a.first(type).map(get).orElse(null);
        Long n = b.first(type).map(get).orElse(null);
        if (o != null && n != null) {
            out.add(new HostDiff.Growth(name, unit, o, n));
        }
    }
}
