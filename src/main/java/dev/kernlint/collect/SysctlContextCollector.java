package dev.kernlint.collect;

import dev.kernlint.fact.SysctlAssignment;
import dev.kernlint.fact.SysctlHost;
import dev.kernlint.fact.TunedSysctl;
import dev.kernlint.parse.ProcSysMountParser;
import dev.kernlint.parse.SystemdUnitStateParser;
import dev.kernlint.parse.TunedProfileParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where running kernel parameters come from besides sysctl.d, and whether they can be set here: PID 1 (did
 * systemd-sysctl run at boot?), the /proc/sys mount and the user namespace (can this host set a key at all?), the
 * container markers, and the active tuned profile's [sysctl] values. A handful of small files; the mount table is
 * the one FilesystemCollector reads too, so a caching source reads it once.
 */
public final class SysctlContextCollector implements Collector {
    static final String PID1 = "/proc/1/comm";
    static final String MOUNTS = FilesystemCollector.MOUNTS;
    static final String UID_MAP = "/proc/self/uid_map";
    static final String TUNED_ACTIVE = "/etc/tuned/active_profile";
    public static final List<String> SYSCTL_UNIT = List.of("systemctl", "show", "systemd-sysctl.service",
            "--property=LoadState,ActiveState,Result,ExecMainStatus,ExecMainStartTimestampMonotonic,ConditionResult");
    /** An include chain deeper than this is a loop tuned itself would refuse. */
    static final int MAX_INCLUDE_DEPTH = 10;

    @Override
    public String area() {
        return "sysctl";
    }

    @Override
    public void collect(Source source, Facts facts) {
        Input pid1 = source.read(PID1);
        Input mounts = source.read(MOUNTS);
        Input uidMap = source.read(UID_MAP);
        String mode = mounts.isOk() ? ProcSysMountParser.mode(mounts.text()) : null;
        boolean userNs = uidMap.isOk() && ProcSysMountParser.userNamespace(uidMap.text());
        String pid1Name = pid1.isOk() && !pid1.text().isBlank() ? pid1.text().strip() : null;
        facts.add(new SysctlHost(pid1Name, mode, userNs, container(source), "systemd".equals(pid1Name) ? sysctlUnit(source) : null));
        tuned(source, facts);
    }

    /**
     * With systemd as PID 1, whether its systemd-sysctl.service applied sysctl.d at this boot; null when it did, or
     * when systemctl cannot say (not installed, no bus in a snapshot of another kind): then drift stays per key.
     */
    private static String sysctlUnit(Source source) {
        Input unit = source.run(SYSCTL_UNIT);
        return unit.isOk() ? SystemdUnitStateParser.problem(unit.text()) : null;
    }

    private static String container(Source source) {
        for (String marker : new String[] {"/run/.containerenv", "/.dockerenv"}) {
            Input in = source.read(marker);
            if (in.status() != ReadStatus.MISSING) {
                return marker;
            }
        }
        Input env = source.read("/proc/1/environ");
        if (env.isOk()) {
            for (String kv : env.text().split("\0")) {
                if (kv.startsWith("container=") && kv.length() > "container=".length()) {
                    return kv;
                }
            }
        }
        return null;
    }

    private void tuned(Source source, Facts facts) {
        Input active = source.read(TUNED_ACTIVE);
        if (!active.isOk()) {
            if (active.status() != ReadStatus.MISSING) {
                facts.gap(area(), active);
            }
            return;
        }
        Map<String, TunedSysctl> effective = new LinkedHashMap<>();
        // several active profiles merge left to right, as tuned does
        for (String name : TunedProfileParser.activeProfiles(active.text())) {
            apply(source, facts, name, 0, new HashSet<>(), effective);
        }
        effective.values().forEach(facts::add);
    }

    private void apply(Source source, Facts facts, String name, int depth, Set<String> seen, Map<String, TunedSysctl> into) {
        if (depth > MAX_INCLUDE_DEPTH || !seen.add(name) || !name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
            return;
        }
        // /etc/tuned/NAME overrides the shipped /usr/lib/tuned/NAME
        for (String dir : new String[] {"/etc/tuned/", "/usr/lib/tuned/"}) {
            String file = dir + name + "/tuned.conf";
            Input in = source.read(file);
            if (in.status() == ReadStatus.MISSING) {
                continue;
            }
            if (!in.isOk()) {
                facts.gap(area(), in);
                return;
            }
            TunedProfileParser.TunedProfile p = TunedProfileParser.parse(file, in.text());
            for (String inc : p.includes()) {
                apply(source, facts, inc, depth + 1, seen, into);
            }
            for (SysctlAssignment a : p.sysctl()) {
                into.remove(a.key());
                into.put(a.key(), new TunedSysctl(a.key(), a.value(), name, a.file(), a.line()));
            }
            return;
        }
        facts.gap(area(), "/usr/lib/tuned/" + name + "/tuned.conf", "tuned profile " + name + " not found (in /etc/tuned or /usr/lib/tuned)");
    }
}
