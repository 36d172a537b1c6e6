package dev.kernlint.parse;

import dev.kernlint.fact.MemInfo;
import dev.kernlint.fact.VmStat;

/**
 * The kernel's page size, which no /proc file states: a /proc/meminfo size in kB against the same counter in pages
 * in /proc/vmstat gives it, rounded to the sizes Linux uses (4, 16 or 64 KiB; 8 KiB on sparc64). Both files are
 * read anyway, so this costs no I/O. MemFree against nr_free_pages is not used: on this 6.18 VM they disagree
 * (23 GB against 1,028,881 pages), while the slab and page-cache counters agree exactly.
 */
public final class PageSize {
    public static final int DEFAULT = 4096;
    private static final int[] SIZES = {4096, 8192, 16384, 65536};
    private static final String[][] PAIRS = {
            {"SReclaimable", "nr_slab_reclaimable"},
            {"SUnreclaim", "nr_slab_unreclaimable"},
            {"Shmem", "nr_shmem"},
            {"Mapped", "nr_mapped"},
    };

    private PageSize() {}

    /** The page size in bytes, or null when no counter pair is large enough and agrees with a page size. */
    public static Integer infer(MemInfo mem, VmStat vm) {
        for (String[] pair : PAIRS) {
            Long kb = mem.get(pair[0]);
            Long pages = vm.get(pair[1]);
            if (kb == null || pages == null || pages < 256) {
                continue;
            }
            double ratio = kb * 1024.0 / pages;
            for (int size : SIZES) {
                // the two files are read a moment apart; within 10% is the same page size
                if (Math.abs(ratio - size) < size * 0.1) {
                    return size;
                }
            }
        }
        return null;
    }
}
