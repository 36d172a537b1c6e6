package dev.kernlint.fact;

/** net.ipv4.ip_local_port_range less the reserved ports inside it: the ephemeral ports one peer tuple can use. */
public record LocalPortRange(int low, int high, int reservedInRange) {

    public int usable() {
        return Math.max(0, high - low + 1 - reservedInRange);
    }
}
