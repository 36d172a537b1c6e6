package dev.kernlint.fact;

import java.util.List;
import java.util.TreeSet;

/** /proc/zoneinfo: the watermarks of every zone of every node. */
public record ZoneInfo(List<ZoneWatermarks> zones) {

    public ZoneInfo {
        zones = List.copyOf(zones);
    }

    public List<Integer> nodes() {
        TreeSet<Integer> ids = new TreeSet<>();
        zones.forEach(z -> ids.add(z.node()));
        return List.copyOf(ids);
    }

    /**
     * The smallest free - low over the node's zones (DMA and empty zones left out), in pages: negative = a zone of
     * the node is below its low watermark, kswapd is reclaiming there. Null when the node has no such zone.
     */
    public Long lowMargin(int node) {
        Long m = null;
        for (ZoneWatermarks z : zones) {
            if (z.node() == node && z.counts()) {
                long d = z.free() - z.low();
                m = m == null ? d : Math.min(m, d);
            }
        }
        return m;
    }

    /** Free pages as a percentage of the node's managed pages, or null for a node without memory. */
    public Double freePercent(int node) {
        long free = 0;
        long managed = 0;
        for (ZoneWatermarks z : zones) {
            if (z.node() == node && z.managed() > 0) {
                free += z.free();
                managed += z.managed();
            }
        }
        return managed == 0 ? null : 100.0 * free / managed;
    }
}
