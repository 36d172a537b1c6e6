package dev.kernlint.fact;

/**
 * Which loadable part of the kernel a sysctl key belongs to: such keys appear only once the module is loaded or
 * the interface exists, so a missing file is not proof the key is dead. Null for keys of the core kernel.
 */
public final class SysctlOwner {
    private SysctlOwner() {}

    private static final String[][] MODULE_PREFIXES = {
            {"net.bridge.", "br_netfilter"},
            {"net.netfilter.", "nf_conntrack"},
            {"net.nf_conntrack_max", "nf_conntrack"},
            {"net.ipv4.netfilter.", "nf_conntrack"},
            {"net.ipv4.vs.", "ip_vs"},
            {"net.ipv4.tcp_bbr", "tcp_bbr"},
            {"net.sctp.", "sctp"},
            {"net.rds.", "rds"},
            {"net.tipc.", "tipc"},
            {"net.mptcp.", "mptcp"},
            {"net.ipv6.", "ipv6 (or booted with ipv6.disable=1)"},
            {"fs.nfs.", "nfs"},
            {"fs.lockd.", "lockd"},
            {"sunrpc.", "sunrpc"},
            {"fs.fscache.", "fscache"},
            {"dev.raid.", "md_mod"},
            {"dev.scsi.", "scsi_mod"},
            {"dev.cdrom.", "cdrom"},
            {"dev.parport.", "parport"},
            {"dev.hpet.", "hpet"},
            {"dev.ipmi.", "ipmi_msghandler"},
            {"dev.i915.", "i915"},
            {"dev.xe.", "xe"},
            {"abi.", "32-bit compatibility"},
    };

    private static final String[][] REMOVED = {
            {"net.ipv4.tcp_tw_recycle", "removed in Linux 4.12: it broke clients behind NAT"},
            {"kernel.sched_min_granularity_ns", "moved to /sys/kernel/debug/sched/ in Linux 5.13"},
            {"kernel.sched_latency_ns", "moved to /sys/kernel/debug/sched/ in Linux 5.13"},
            {"kernel.sched_wakeup_granularity_ns", "moved to /sys/kernel/debug/sched/ in Linux 5.13"},
            {"kernel.sched_migration_cost_ns", "moved to /sys/kernel/debug/sched/ in Linux 5.13"},
            {"kernel.sched_nr_migrate", "moved to /sys/kernel/debug/sched/ in Linux 5.13"},
            {"kernel.sched_tunable_scaling", "moved to /sys/kernel/debug/sched/ in Linux 5.13"},
    };

    /** What happened to a key the kernel is known to have dropped, or null. */
    public static String removal(String key) {
        for (String[] r : REMOVED) {
            if (r[0].equals(key)) {
                return r[1];
            }
        }
        return null;
    }

    /** "module br_netfilter", "interface eth1", or null. */
    public static String of(String key) {
        String iface = interfaceOf(key);
        if (iface != null) {
            return "interface " + iface;
        }
        for (String[] p : MODULE_PREFIXES) {
            if (key.startsWith(p[0])) {
                return "module " + p[1];
            }
        }
        return null;
    }

    /** net.ipv4.conf.eth1.rp_filter -> "eth1"; the all, default and lo entries always exist. */
    static String interfaceOf(String key) {
        String[] prefixes = {"net.ipv4.conf.", "net.ipv6.conf.", "net.ipv4.neigh.", "net.ipv6.neigh.", "net.mpls.conf."};
        for (String p : prefixes) {
            if (key.startsWith(p)) {
                String rest = key.substring(p.length());
                int dot = rest.indexOf('.');
                String iface = dot < 0 ? rest : rest.substring(0, dot);
                if (!iface.equals("all") && !iface.equals("default") && !iface.equals("lo")) {
                    return iface.replace('/', '.');
                }
            }
        }
        return null;
    }
}
