package dev.kernlint.fact;

/**
 * One "Node N, zone X" block of /proc/zoneinfo, in pages: free pages and the min/low/high watermarks. kswapd wakes
 * when free falls below low and reclaims up to high; below min only atomic and reserve allocations succeed.
 *
 * @param managed pages the buddy allocator manages (the "managed" line, 3.8+; older kernels: "present"); 0 = an
 *                empty zone (Movable on most hosts), which has no meaningful watermarks
 */
public record ZoneWatermarks(int node, String zone, long free, long min, long low, long high, long managed) {

    /** ZONE_DMA is 16 MB kept for old devices and protected by lowmem_reserve: its level says nothing about the node. */
    public boolean counts() {
        return managed > 0 && !zone.equals("DMA");
    }
}
