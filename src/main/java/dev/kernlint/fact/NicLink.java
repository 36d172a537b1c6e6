package dev.kernlint.fact;

import java.util.List;

/**
 * The link of one NIC backed by a device: speed, duplex and operstate from /sys/class/net/IF, the link modes from
 * `ethtool IF`. speedMbps is null when the kernel does not know it (link down: -1 or EINVAL; virtio: -1).
 *
 * @param bestSupportedMbps fastest mode the NIC supports; null when ethtool does not report the modes
 * @param bestAdvertisedMbps fastest mode this side offers in auto-negotiation
 * @param partnerBestMbps fastest mode the switch port offers, when the driver reports it
 */
public record NicLink(String iface, String operstate, Long speedMbps, String duplex, List<String> supportedModes,
                      Long bestSupportedMbps, Long bestAdvertisedMbps, Long partnerBestMbps) {

    public boolean up() {
        return "up".equals(operstate) && speedMbps != null && speedMbps > 0;
    }

    public boolean halfDuplex() {
        return "half".equals(duplex);
    }

    public boolean belowBest() {
        return bestSupportedMbps != null && speedMbps != null && speedMbps < bestSupportedMbps;
    }

    /** What is wrong with the link and who limits it, in one sentence. */
    public String describeDowngrade() {
        StringBuilder sb = new StringBuilder(iface).append(" links at ").append(speedMbps).append(" Mb/s ")
                .append(duplex == null ? "" : duplex + " duplex");
        if (belowBest()) {
            sb.append("; the NIC supports ").append(bestSupportedMbps).append(" Mb/s");
            if (partnerBestMbps != null && partnerBestMbps <= speedMbps) {
                sb.append(", but the switch port offers at most ").append(partnerBestMbps).append(" Mb/s");
            } else if (bestAdvertisedMbps != null && bestAdvertisedMbps <= speedMbps) {
                sb.append(", but this side advertises at most ").append(bestAdvertisedMbps).append(" Mb/s (speed forced or advertisement limited)");
            } else if (partnerBestMbps != null) {
                sb.append(" and the switch port offers ").append(partnerBestMbps).append(" Mb/s: suspect the cable or transceiver");
            }
        }
        if (halfDuplex()) {
            sb.append("; half duplex means collisions, usually a duplex mismatch with a port forced to a fixed speed");
        }
        return sb.toString();
    }
}
