package dev.kernlint.fact;

import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/** `ethtool -i IF`: driver, its version, the NIC firmware and the bus address. Null = not reported. */
public record NicDriver(String iface, String driver, String version, String firmware, String busInfo) {

    /** "ixgbe 5.1.0-k, firmware 0x800003e7": what must match across bond members. */
    public String variant() {
        return Objects.toString(driver, "?") + " " + Objects.toString(version, "?") + ", firmware " + Objects.toString(firmware, "none");
    }

    /** The distinct driver/firmware variants among some interfaces. */
    public static TreeSet<String> variants(Collection<?> drivers) {
        TreeSet<String> out = new TreeSet<>();
        for (Object o : drivers) {
            if (o instanceof NicDriver d) {
                out.add(d.variant());
            }
        }
        return out;
    }

    /** "eth0: ixgbe 5.1.0-k, firmware 0x800003e7; eth1: ...", for a bond's members. */
    public static String describe(Collection<?> drivers) {
        java.util.TreeMap<String, String> byName = new java.util.TreeMap<>();
        for (Object o : drivers) {
            if (o instanceof NicDriver d) {
                byName.put(d.iface(), d.iface() + ": " + d.variant());
            }
        }
        return String.join("; ", byName.values());
    }
}
