package dev.kernlint.fact;

/**
 * One line of a sysctl configuration file, winning or not: /etc/sysctl.d/99-tune.conf:3 "vm.swappiness = 10".
 *
 * @param key      dotted form ("net.ipv4.conf.enp3s0/200.forwarding" for net/ipv4/conf/enp3s0.200/forwarding)
 * @param value    as written, white space folded; null for an exclusion line ("-net.ipv4.conf.all.rp_filter" with no '=')
 * @param optional the key had a leading '-': systemd-sysctl ignores a failure to set it
 * @param glob     the key is a glob pattern (net.ipv4.conf.*.rp_filter, systemd 245+), written to every matching key
 *                 that no explicit line names
 */
public record SysctlAssignment(String key, String value, String file, int line, boolean optional, boolean glob) {

    public String location() {
        return file + ":" + line;
    }
}
