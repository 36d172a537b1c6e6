package dev.kernlint.fact;

/**
 * What a trailing comment on a sysctl.d line does. Neither systemd-sysctl (252: the text after '=' stripped) nor
 * procps `sysctl -p` (4.0) knows trailing comments: both write "2097152 # A comment" to the /proc/sys file as it is.
 * The kernel's integer handlers (proc_dointvec and friends) read as many numbers as the parameter holds and ignore
 * what follows white space after the last one, so a numeric key keeps the number. A string key gets the comment as
 * part of its value (kernel.core_pattern keeps it; net.ipv4.tcp_congestion_control refuses "reno # x"), a number
 * glued to the comment ("1000#x") is refused, and so is a vector whose comment comes before its last number.
 * Checked with both tools in a network namespace (SysctlCommentNamespaceTest).
 */
public final class SysctlComment {
    private SysctlComment() {}

    public static boolean has(String value, String written) {
        return value != null && written != null && !written.equals(value);
    }

    /** The comment text as written ("# A comment"), or null. */
    public static String of(String value, String written) {
        return has(value, written) ? written.substring(value.length()).strip() : null;
    }

    /** The comment touches the value ("1000#x"): no integer handler accepts it. */
    public static boolean glued(String value, String written) {
        return has(value, written) && !value.isEmpty() && written.charAt(value.length()) != ' ';
    }

    /**
     * True when the line does not set the key to its value: the kernel refuses what the tools write, or keeps the
     * comment in a text value. {@code running} is the key's value now, which tells a numeric key from a text one.
     */
    public static boolean broken(String value, String written, String running) {
        if (!has(value, written)) {
            return false;
        }
        if (value.isEmpty() || glued(value, written) || running == null) {
            return true;
        }
        String[] kept = running.isBlank() ? new String[0] : running.strip().split(" ");
        boolean numeric = kept.length > 0;
        for (String t : kept) {
            numeric &= t.matches("-?[0-9]+");
        }
        // an integer vector of as many numbers as the line gives keeps them; anything else takes the comment too
        return !numeric || kept.length != value.split(" ").length;
    }
}
