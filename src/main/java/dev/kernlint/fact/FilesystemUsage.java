package dev.kernlint.fact;

/**
 * Space and inodes of one disk-backed filesystem (`df -P -k` and `df -P -i` joined with /proc/self/mounts),
 * one row per device even when it is bind-mounted several times. Sizes in KiB. Inodes null when unknown,
 * 0 when the filesystem allocates them dynamically (btrfs).
 */
public record FilesystemUsage(String mount, String device, String fstype, long sizeKb, long usedKb, long availKb,
                              Long inodes, Long inodesUsed) {

    /**
     * Used share as df's Use% computes it: used / (used + available). The blocks reserved for root (5% on ext4)
     * count as neither, so 100% means full for every user but root.
     */
    public double usedShare() {
        long denom = usedKb + availKb;
        return denom <= 0 ? 0 : (double) usedKb / denom;
    }

    public double inodeShare() {
        return inodes == null || inodes <= 0 || inodesUsed == null ? 0 : (double) inodesUsed / inodes;
    }

    public boolean hasInodes() {
        return inodes != null && inodes > 0 && inodesUsed != null;
    }
}
