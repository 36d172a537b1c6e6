package dev.kernlint.fact;

/**
 * A kernel parameter as the boot-time configuration sets it: the winning assignment after systemd-sysctl's
 * precedence (/etc/sysctl.d, /run/sysctl.d, /usr/local/lib/sysctl.d, /usr/lib/sysctl.d, /lib/sysctl.d merged by
 * file name, lexical order, later wins; /etc/sysctl.conf last), with the file and line that set it.
 *
 * @param value   what a numeric key keeps (a trailing comment cut off); the value a fix may set
 * @param written the whole text after '=' that the tools write, comment included (equal to value without one)
 */
public record PersistedSysctl(String key, String value, String file, int line, String written) {

    public PersistedSysctl(String key, String value, String file, int line) {
        this(key, value, file, line, value);
    }

    /** True when the line carries text after its value that the tools write too (a trailing "# comment"). */
    public boolean hasComment() {
        return SysctlComment.has(value, written);
    }

    /**
     * Whether the line cannot work as its author meant, given the running value of the key: see
     * {@link SysctlComment#broken}.
     */
    public boolean brokenFor(String running) {
        return SysctlComment.broken(value, written, running);
    }
}
