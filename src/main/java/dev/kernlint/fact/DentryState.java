package dev.kernlint.fact;

/**
 * /proc/sys/fs/dentry-state, readable without root: the dentry cache in counts, not bytes.
 * "nr_dentry nr_unused age_limit want_pages nr_negative dummy"; nr_negative exists since Linux 5.0 (the slot
 * read 0 before), so on older kernels 0 does not mean "no negative dentries".
 *
 * @param nrNegative null when the line has fewer than five fields
 */
public record DentryState(long nrDentry, long nrUnused, Long nrNegative) {

    /** sizeof(struct dentry) on 64-bit kernels: what an estimate from counts multiplies by when slabinfo is denied. */
    public static final int DENTRY_BYTES = 192;

    public long estimatedBytes() {
        return nrDentry * DENTRY_BYTES;
    }

    public double negativeShare() {
        return nrNegative == null || nrDentry == 0 ? 0 : (double) nrNegative / nrDentry;
    }
}
