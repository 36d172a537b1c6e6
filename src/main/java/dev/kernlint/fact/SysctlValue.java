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

    /**
     * A kernel value in the form sysctl prints it: white space at the ends dropped, inner runs folded to one
     * space ("32768\t60999\n" -> "32768 60999"). A loop, not a regex: it runs once per parameter, ~1,300 times.
     */
    public static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public boolean is(long n) {
        Long v = asLong();
        return v != null && v == n;
    }
}
