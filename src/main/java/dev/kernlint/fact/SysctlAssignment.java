package dev.kernlint.fact;

/**
 * One line of a sysctl configuration file, winning or not: /etc/sysctl.d/99-tune.conf:3 "vm.swappiness = 10".
 *
 * @param key      dotted form ("net.ipv4.conf.enp3s0/200.forwarding" for net/ipv4/conf/enp3s0.200/forwarding)
 * @param value    the value a numeric key keeps: the text after '=' up to a trailing comment, white space folded;
 *                 null for an exclusion line ("-net.ipv4.conf.all.rp_filter" with no '=')
 * @param optional the key had a leading '-': systemd-sysctl ignores a failure to set it
 * @param glob     the key is a glob pattern (net.ipv4.conf.*.rp_filter, systemd 245+), written to every matching key
 *                 that no explicit line names
 * @param written  the whole text after '=' (folded), comment included: what systemd-sysctl and `sysctl -p` write to
 *                 /proc/sys, since neither knows trailing comments ({@link SysctlComment})
 */
public record SysctlAssignment(String key, String value, String file, int line, boolean optional, boolean glob,
                               String written) {

    /** A line without a trailing comment: what is written is the value. */
    public SysctlAssignment(String key, String value, String file, int line, boolean optional, boolean glob) {
        this(key, value, file, line, optional, glob, value);
    }

    public String location() {
        return file + ":" + line;
    }
}
