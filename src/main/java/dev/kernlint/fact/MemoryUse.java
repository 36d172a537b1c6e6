package dev.kernlint.fact;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The questions the memory and slab rules ask of /proc/meminfo, answered in one place so each rule says its
 * condition in words. Every answer is null when a key it needs is missing on this kernel (unknown, never 0).
 */
public record MemoryUse(MemInfo info) {

    /** Parts of kernel memory /proc/meminfo names; what they do not cover is memory no counter explains. */
    static final String[] KERNEL_PARTS = {"Slab", "KernelStack", "PageTables", "SecPageTables", "Percpu", "VmallocUsed", "SwapCached"};

    public Long totalKb() {
        return info.memTotalKb();
    }

    public Long availableKb() {
        return info.availableKb();
    }

    /** True on kernels before 3.14, where MemAvailable is estimated as MemFree + file LRU + SReclaimable. */
    public boolean availableEstimated() {
        return !info.has("MemAvailable");
    }

    public Double availableShare() {
        return share(info.availableKb());
    }

    public Long kb(String key) {
        return info.get(key);
    }

    public Double share(String key) {
        return share(info.get(key));
    }

    private Double share(Long kb) {
        Long total = info.memTotalKb();
        return kb == null || total == null || total == 0 ? null : (double) kb / total;
    }

    public Long swapUsedKb() {
        Long total = info.get("SwapTotal");
        Long free = info.get("SwapFree");
        return total == null || free == null ? null : Math.max(0, total - free);
    }

    /** Huge pages set aside: Hugetlb (4.17+, all sizes) or HugePages_Total x Hugepagesize before that. */
    public Long hugetlbKb() {
        Long h = info.get("Hugetlb");
        if (h != null) {
            return h;
        }
        Long n = info.get("HugePages_Total");
        Long size = info.get("Hugepagesize");
        return n == null || size == null ? 0L : n * size;
    }

    /**
     * MemTotal - MemFree - Buffers - Cached - AnonPages - Hugetlb: what is used but belongs to no process and
     * no file, i.e. the kernel's own memory (slab, stacks, page tables, vmalloc, drivers' pages).
     */
    public Long unaccountedKb() {
        Long total = info.memTotalKb();
        Long free = info.get("MemFree");
        Long buffers = info.get("Buffers");
        Long cached = info.get("Cached");
        Long anon = info.get("AnonPages");
        if (total == null || free == null || buffers == null || cached == null || anon == null) {
            return null;
        }
        return Math.max(0, total - free - buffers - cached - anon - hugetlbKb());
    }

    public Double unaccountedShare() {
        return share(unaccountedKb());
    }

    /** The unaccounted memory split into the kernel counters that explain it, plus "unexplained" for the rest (kB). */
    public Map<String, Long> kernelBreakdownKb() {
        Map<String, Long> parts = new LinkedHashMap<>();
        long known = 0;
        for (String k : KERNEL_PARTS) {
            Long v = info.get(k);
            if (v != null) {
                parts.put(k, v);
                known += v;
            }
        }
        Long un = unaccountedKb();
        if (un != null) {
            parts.put("unexplained", Math.max(0, un - known));
        }
        return parts;
    }

    /** The breakdown as a person reads it, largest first, zeros left out: "Slab 4.0 GiB, unexplained 341 MiB, ...". */
    public String describeKernelBreakdown() {
        java.util.List<Map.Entry<String, Long>> parts = new java.util.ArrayList<>(kernelBreakdownKb().entrySet());
        parts.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Long> e : parts) {
            if (e.getValue() > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(Sizes.kb(e.getValue()));
            }
        }
        return sb.toString();
    }
}
