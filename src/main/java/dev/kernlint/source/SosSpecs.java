package dev.kernlint.source;

import dev.kernlint.parse.DmiTypeFilter;
import dev.kernlint.parse.EthtoolFieldParser;
import dev.kernlint.parse.IpLinkParser;
import dev.kernlint.parse.NumactlParser;
import dev.kernlint.parse.PartitionsParser;
import dev.kernlint.parse.PsCommandNames;
import dev.kernlint.parse.SystemdUnitStateParser;
import dev.kernlint.parse.UnameParser;
import dev.kernlint.parse.UptimeCommandParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a sosreport keeps each input kernlint reads, in one table (the idea of insights-core's specs): for a
 * /proc or /sys path, or a command kernlint runs (as its snapshot stores it under commands/), the sos plugin
 * that collects it, where the plugin puts it (a path copied under the report root, or the output of a command
 * under sos_commands/PLUGIN/), and how its text becomes the text kernlint expects when the formats differ.
 * Rows are tried in order; the first that holds the input wins. A row with neither a path nor a command says
 * sos does not keep that input: it is a gap, with the reason. The README's table is checked against this one.
 * Plugin names and commands are those of sos 4.x (sos/report/plugins/*.py) and 3.x (sos/plugins/*.py).
 */
public final class SosSpecs {
    private SosSpecs() {}

    /** Turns the text sos kept into the input's text, given what the input's '*' matched; null: the input does not exist. */
    @FunctionalInterface
    interface Derive {
        String apply(String text, String arg);
    }

    /** Marks the row whose text is the whole `sysctl -a` output, expanded into keys by {@link SysctlKeys}. */
    static final Derive SYSCTL_A = (t, a) -> t;

    /** Marks the rows answered from sos's three ps listings together, by {@link SosProcesses}. */
    static final Derive PROCESS_TABLE = (t, a) -> t;

    /**
     * @param input      a path ("/proc/meminfo", "/proc/sys/**", "/sys/class/net/&#42;/type") or a command
     *                   ("ethtool -g *"); '*' is one path part or word, a trailing '**' the rest of a path
     * @param plugin     the sos plugin that collects it
     * @param sosCommand the command sos runs for it (its output is sos_commands/PLUGIN/NAME), or null
     * @param sosPath    the path sos copies it to under the report root, or null
     * @param how        how the text is turned into the input's format, for readers ("" when kept as it is)
     */
    public record Spec(String input, String plugin, String sosCommand, String sosPath, String how, Derive derive) {
        public boolean kept() {
            return sosCommand != null || sosPath != null;
        }

        /** Where the sosreport has it, as the README shows it. */
        public String where() {
            if (sosPath != null) {
                return sosPath;
            }
            return sosCommand == null ? "-" : "sos_commands/" + plugin + "/" + mangle(sosCommand);
        }
    }

    public static final List<Spec> TABLE = table();

    private static List<Spec> table() {
        List<Spec> t = new ArrayList<>();
        // who and when: the report header
        t.add(cmd("hostname", "host", "hostname", ""));
        t.add(cmd("hostname", "general", "hostname", "sos 3.x before 3.6"));
        t.add(cmd("date --utc", "date", "date --utc", "with the manifest's start_time, the time of capture"));
        t.add(cmd("date", "date", "date", ""));
        t.add(cmd("date", "general", "date", "sos 3.x before 3.6"));
        t.add(derived("uname -r", "kernel", "uname -a", "the third word", (x, a) -> UnameParser.release(x)));
        // kernel parameters: the copied tree, else the keys of sysctl -a
        t.add(copy("/proc/sys/**", "system"));
        t.add(derived("/proc/sys/**", "kernel", "sysctl -a",
                "the key's `key = value` lines (a value of several lines joined again); "
                        + "`permission denied on key` reads as denied, never as an absent key", SYSCTL_A));
        t.add(copy("/etc/sysctl.conf", "kernel"));
        t.add(copy("/etc/sysctl.d/**", "kernel"));
        t.add(copy("/lib/sysctl.d/**", "kernel"));
        t.add(new Spec("/usr/lib/sysctl.d/**", "kernel", null, "usr/lib/sysctl.d/**",
                "copied as /lib/sysctl.d, which is /usr/lib/sysctl.d on merged-/usr hosts", null));
        t.add(absent("/run/sysctl.d/**", "kernel", "sos copies /etc/sysctl.d and /lib/sysctl.d only"));
        t.add(absent("/usr/local/lib/sysctl.d/**", "kernel", "sos copies /etc/sysctl.d and /lib/sysctl.d only"));
        // memory, CPU, NUMA
        t.add(copy("/proc/meminfo", "memory"));
        t.add(copy("/proc/vmstat", "memory"));
        t.add(copy("/proc/slabinfo", "kernel"));
        t.add(copy("/proc/zoneinfo", "kernel"));
        t.add(copy("/sys/kernel/mm/**", "memory"));
        t.add(absent("/sys/devices/system/memory/**", "memory", "not copied; lsmem -a holds the block states (not mapped yet)"));
        t.add(copy("/proc/cpuinfo", "processor"));
        t.add(copy("/sys/devices/system/cpu/**", "processor"));
        t.add(copy("/sys/devices/system/node/**", "numa"));
        t.add(derived("/sys/devices/system/node/online", "numa", "numactl --hardware", "the node list of `available: N nodes (LIST)`",
                (x, a) -> NumactlParser.online(x)));
        t.add(derived("/sys/devices/system/node/*/numastat", "numa", "numastat", "the node's column of the table",
                (x, a) -> NumactlParser.numastat(x, a)));
        t.add(copy("/proc/cmdline", "kernel"));
        t.add(cmd("dmesg", "kernel", "dmesg", ""));
        // processes and load
        t.add(copy("/proc/stat", "process"));
        t.add(derived("/proc/1/comm", "process", "ps axo pid,ppid,user,group,lwp,nlwp,start_time,comm,cgroup",
                "the COMMAND column of PID 1 (tells whether systemd applied sysctl.d at boot)",
                (x, a) -> PsCommandNames.comm(x, "1")));
        t.add(derived("systemctl show systemd-sysctl.service "
                + "--property=LoadState,ActiveState,Result,ExecMainStatus,ExecMainStartTimestampMonotonic,ConditionResult",
                "systemd", "systemctl show service --all",
                "the block of Id=systemd-sysctl.service (did it apply sysctl.d at boot?)",
                (x, a) -> SystemdUnitStateParser.unitBlock(x, "systemd-sysctl.service")));
        t.add(copy("/proc/sched_debug", "process"));
        t.add(derived("/proc/*/stat", "process", SosProcesses.ALX, "a stat line of ps's values: state, parent, nice, VSZ, RSS "
                + "of ps alxwww; comm and thread count of the ps axo ...,nlwp,...,comm listing; policy and priority of the ps axo "
                + "...,cls,pri,... listing; a kernel thread by its empty memory and [name]; CPU times and start time 0 "
                + "(ps shows one moment)", PROCESS_TABLE));
        t.add(derived("/proc/*/wchan", "process", SosProcesses.SCHED, "the WCHAN column", PROCESS_TABLE));
        t.add(absent("/proc/*/status", "process", "not copied; ps shows no VmSwap, so the processes holding swap are not known"));
        t.add(derived("/proc/loadavg", "host", "uptime", "the three load averages; not the runnable/total task counts, which uptime does not show",
                (x, a) -> UptimeCommandParser.loadavg(x)));
        t.add(derived("/proc/uptime", "host", "uptime", "the time since boot, to the minute uptime shows",
                (x, a) -> UptimeCommandParser.procUptime(x)));
        t.add(absent("/proc/pressure/**", "process", "not collected by sos"));
        t.add(absent("/sys/kernel/debug/**", "kernel", "sos copies debugfs tracing only"));
        t.add(copy("/sys/fs/cgroup/**", "cgroups"));
        // network
        t.add(copy("/proc/net/**", "networking"));
        t.add(copy("/sys/class/net/*/statistics/**", "networking"));
        t.add(derived("/sys/class/net/*/type", "networking", "ip -d address", "the ARPHRD number of the link/TYPE word",
                (x, a) -> link(x, a, true)));
        t.add(derived("/sys/class/net/*/operstate", "networking", "ip -d address", "the `state` word, lower case",
                (x, a) -> link(x, a, false)));
        t.add(derived("/sys/class/net/*/speed", "networking", "ethtool *", "`Speed:` in Mb/s, -1 when unknown",
                (x, a) -> EthtoolFieldParser.speed(x)));
        t.add(derived("/sys/class/net/*/duplex", "networking", "ethtool *", "`Duplex:` lower case",
                (x, a) -> EthtoolFieldParser.duplex(x)));
        t.add(derived("/sys/class/net/*/device/uevent", "networking", "ethtool -i *",
                "DRIVER= of `driver:`; absent when `bus-info:` is empty (no device: ifb, bridge, veth)",
                (x, a) -> EthtoolFieldParser.uevent(x)));
        t.add(copy("/sys/class/net/**", "networking"));
        t.add(cmd("ethtool *", "networking", "ethtool *", ""));
        t.add(cmd("ethtool -g *", "networking", "ethtool -g *", ""));
        t.add(cmd("ethtool -i *", "networking", "ethtool -i *", ""));
        t.add(cmd("ethtool -k *", "networking", "ethtool -k *", ""));
        t.add(cmd("ethtool -S *", "networking", "ethtool -S *", ""));
        // hardware, disks and filesystems
        t.add(copy("/sys/class/dmi/id/**", "hardware"));
        t.add(derived("dmidecode -t *", "hardware", "dmidecode", "the records of the keyword's DMI types "
                + "(memory 16, 17; processor 4; bios 0, 13; system 1, 12, 15, 23, 32)",
                (x, a) -> DmiTypeFilter.keep(x, DmiTypeFilter.types(a))));
        t.add(copy("/proc/partitions", "block"));
        t.add(copy("/sys/block/*/queue/**", "block"));
        t.add(new Spec("/sys/block/*/size", "block", null, "proc/partitions", "the device's #blocks x 2 (512-byte sectors)",
                (x, a) -> PartitionsParser.sectors(x, a)));
        t.add(absent("/sys/block/*/device/**", "block", "not copied (vendor and model: not mapped yet)"));
        t.add(copy("/proc/mounts", "filesys"));
        t.add(copy("/proc/self/mounts", "filesys"));
        t.add(derived("df -P -k -l", "filesys", "df -al -x autofs", "the same columns in 1K blocks; the collector keeps the local disk filesystems",
                (x, a) -> x));
        t.add(derived("df -P -i -l", "filesys", "df -ali -x autofs", "the same columns; the collector keeps the local disk filesystems",
                (x, a) -> x));
        t.add(derived("smartctl -H -A *", "ata", "smartctl -a *", "smartctl -a holds the health and attribute sections; sos runs it for sd* and hd* disks",
                (x, a) -> x));
        t.add(absent("smartctl --scan-open", "ata", "not run by sos"));
        // last: the rows above name /proc paths that are not a process's
        t.add(absent("/proc/*/**", "process", "sos does not copy the files of /proc/PID (statm, stack, smaps, ...)"));
        return List.copyOf(t);
    }

    private static Spec copy(String input, String plugin) {
        return new Spec(input, plugin, null, input.substring(1), "", null);
    }

    private static Spec cmd(String input, String plugin, String sosCommand, String how) {
        return new Spec(input, plugin, sosCommand, null, how, null);
    }

    private static Spec derived(String input, String plugin, String sosCommand, String how, Derive d) {
        return new Spec(input, plugin, sosCommand, null, how, d);
    }

    private static Spec absent(String input, String plugin, String why) {
        return new Spec(input, plugin, null, null, why, null);
    }

    private static String link(String ipAddress, String iface, boolean type) {
        IpLinkParser.Link l = IpLinkParser.parse(ipAddress).get(iface);
        if (l == null) {
            return null;
        }
        if (type) {
            return l.type() == null ? null : l.type() + "\n";
        }
        return l.state() == null ? null : l.state() + "\n";
    }

    /** The table as the README shows it (a test keeps the README's copy equal to this). */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder("| kernlint input | in the sosreport | sos plugin | how |\n|---|---|---|---|\n");
        for (Spec s : TABLE) {
            sb.append("| `").append(s.input()).append("` | ").append(s.kept() ? "`" + s.where() + "`" : "not kept").append(" | ")
                    .append(s.plugin()).append(" | ").append(s.how().isEmpty() ? (s.sosPath() != null ? "copied" : "same output") : s.how().replace("|", "\\|"))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** What a pattern's wildcard matched in a path or command, "" for a pattern without one; null when it does not match. */
    static String match(String pattern, String value) {
        boolean command = !pattern.startsWith("/");
        if (pattern.endsWith("/**") && pattern.indexOf('*') == pattern.length() - 2) {
            String prefix = pattern.substring(0, pattern.length() - 2);
            return value.startsWith(prefix) && value.length() > prefix.length() ? value.substring(prefix.length()) : null;
        }
        int star = pattern.indexOf('*');
        if (star < 0) {
            return pattern.equals(value) ? "" : null;
        }
        String head = pattern.substring(0, star);
        String tail = pattern.substring(star + 1);
        if (tail.endsWith("/**")) {
            // "/sys/class/net/*/statistics/**": one part, then anything below
            String mid = tail.substring(0, tail.length() - 2);
            if (!value.startsWith(head)) {
                return null;
            }
            int end = value.indexOf(mid, head.length());
            if (end <= head.length() || value.length() == end + mid.length()) {
                return null;
            }
            String arg = value.substring(head.length(), end);
            return arg.contains("/") ? null : arg + "\u0000" + value.substring(end + mid.length());
        }
        if (!value.startsWith(head) || !value.endsWith(tail) || value.length() <= head.length() + tail.length()) {
            return null;
        }
        String arg = value.substring(head.length(), value.length() - tail.length());
        return arg.contains(command ? " " : "/") ? null : arg;
    }

    /** The pattern with its wildcards replaced by what {@link #match} found. */
    static String fill(String pattern, String arg) {
        int nul = arg.indexOf('\u0000');
        if (nul >= 0) {
            return pattern.replaceFirst("\\*", java.util.regex.Matcher.quoteReplacement(arg.substring(0, nul)))
                    .replace("**", arg.substring(nul + 1));
        }
        return pattern.endsWith("**") ? pattern.substring(0, pattern.length() - 2) + arg : pattern.replace("*", arg);
    }

    /** The first wildcard's part of a match, which derivations take (an interface or device name). */
    static String firstPart(String arg) {
        int nul = arg.indexOf('\u0000');
        return nul >= 0 ? arg.substring(0, nul) : arg;
    }

    /** The name sos gives a command's output file (sos/report/plugins/__init__.py _mangle_command). */
    static String mangle(String command) {
        String m = command.replaceFirst("^/(usr/|)(bin|sbin)/", "");
        m = m.replaceAll("[^\\w\\-./]+", "_");
        m = m.replace('/', '.');
        m = m.replaceAll("^[ ._-]+", "").replaceAll("[ ._-]+$", "");
        return m.length() > 255 ? m.substring(0, 255) : m;
    }
}
