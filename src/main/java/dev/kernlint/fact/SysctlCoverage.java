package dev.kernlint.fact;

/**
 * Whether the kernel parameters read are all there are: on the live host, or from a snapshot whose manifest records
 * /proc/sys as captured whole, a key that is not there does not exist on that kernel. Anywhere else (a hand-copied
 * tree, an older snapshot, a sosreport) a missing key is only missing from the input: rules report a gap.
 *
 * @param whole  absence of a key is authoritative
 * @param source what was read, for the gap's words ("live", the snapshot path)
 */
public record SysctlCoverage(boolean whole, String source) {

    /** The gap's reason for keys a partial input lacks. */
    public static String partialReason(SysctlCoverage c) {
        return "not in " + c.source() + ", which does not record /proc/sys as captured whole: whether the kernel has"
                + " these keys is unknown";
    }
}
