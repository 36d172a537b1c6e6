package dev.kernlint.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * /proc/slabinfo (root only): every kmem cache, and the page size its slab counts are multiplied by.
 *
 * @param pageSize bytes per page, inferred from /proc/meminfo against /proc/vmstat (4096 when unknown)
 */
public record SlabInfo(List<SlabCache> caches, int pageSize) {

    /** The caches holding the most memory, largest first. */
    public List<SlabCache> top(int n) {
        List<SlabCache> sorted = new ArrayList<>(caches);
        sorted.sort(Comparator.comparingLong((SlabCache c) -> c.bytes(pageSize)).reversed());
        return sorted.subList(0, Math.min(n, sorted.size()));
    }

    /** "dentry 1.2 GiB (6012345 objects)" for each of the n largest caches, for evidence. */
    public List<String> describeTop(int n) {
        List<String> out = new ArrayList<>();
        for (SlabCache c : top(n)) {
            out.add(c.name() + " " + Sizes.bytes(c.bytes(pageSize)) + " (" + c.numObjs() + " objects of " + c.objSize() + " B)");
        }
        return out;
    }

    /** Bytes held by one cache, or null when the kernel has no cache of that name (merged caches, SLOB). */
    public Long bytesOf(String name) {
        for (SlabCache c : caches) {
            if (c.name().equals(name)) {
                return c.bytes(pageSize);
            }
        }
        return null;
    }

    public long totalBytes() {
        long sum = 0;
        for (SlabCache c : caches) {
            sum += c.bytes(pageSize);
        }
        return sum;
    }
}
