package dev.kernlint.fact;

/**
 * One line of /proc/slabinfo 2.1: a kmem cache ("dentry", "kmalloc-64") with its objects and slabs.
 * The memory it holds is num_slabs x pagesperslab pages; objsize x num_objs would miss the per-slab waste.
 */
public record SlabCache(String name, long activeObjs, long numObjs, long objSize, long objPerSlab, long pagesPerSlab,
                        long activeSlabs, long numSlabs) {

    public long bytes(int pageSize) {
        return numSlabs * pagesPerSlab * pageSize;
    }
}
