package dev.kernlint.fact;

/**
 * One running kernel parameter, key in dotted form (net.ipv4.tcp_tw_reuse), value with runs of white space
 * folded to one space, as `sysctl -n` users write it ("32768 60999").
 */
public record SysctlValue(String key, String value) {

    /** The value as a number, or null when it is not one integer (a vector such as ip_local_port_range). */
    public Long asLong() {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean is(long n) {
        Long v = asLong();
        return v != null && v == n;
    }
}
