package dev.kernlint.fact;

/**
 * The RAM the DIMMs add up to (dmidecode) against the RAM the kernel sees: memory blocks x block_size_bytes
 * (/sys/devices/system/memory), or MemTotal when the kernel has no memory blocks (then 1-5% lower by nature:
 * kernel code, reserved and crashkernel memory).
 *
 * @param kernelSeenSource "memory blocks" or "MemTotal"
 */
public record DimmSum(int slots, int installed, int unknownSize, long installedBytes, Long smallestDimmBytes,
                      Long kernelSeenBytes, String kernelSeenSource, int offlineBlocks) {

    public static final String BLOCKS = "memory blocks";
    public static final String MEMTOTAL = "MemTotal";

    /** RAM the DIMMs promise that the kernel does not see; with MemTotal, less the normal slack share of it. */
    public long missingBytes(double memTotalSlack) {
        if (kernelSeenBytes == null) {
            return 0;
        }
        long missing = installedBytes - kernelSeenBytes;
        if (MEMTOTAL.equals(kernelSeenSource)) {
            missing -= Math.round(installedBytes * memTotalSlack);
        }
        return Math.max(0, missing);
    }

    /** True when the gap is at least this share of the smallest DIMM: one module is not in use. */
    public boolean dimmMissing(double memTotalSlack, double share) {
        return smallestDimmBytes != null && installedBytes > 0 && kernelSeenBytes != null
                && missingBytes(memTotalSlack) >= smallestDimmBytes * share;
    }
}
