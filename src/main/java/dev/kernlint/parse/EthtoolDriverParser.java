package dev.kernlint.parse;

import dev.kernlint.fact.NicDriver;
import java.util.HashMap;
import java.util.Map;

/**
 * `ethtool -i IF`:
 * <pre>
 * driver: ixgbe
 * version: 5.1.0-k            (the kernel release for in-tree drivers on 5.x+ kernels)
 * firmware-version: 0x800003e7, 1.2074.0
 * expansion-rom-version:
 * bus-info: 0000:03:00.0
 * </pre>
 * Empty values (virtual devices, no firmware) become null.
 */
public final class EthtoolDriverParser {
    private EthtoolDriverParser() {}

    public static NicDriver parse(String iface, String text) {
        Map<String, String> m = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String v = line.substring(colon + 1).strip();
                m.putIfAbsent(line.substring(0, colon).strip(), v.isEmpty() || v.equals("N/A") ? null : v);
            }
        }
        if (!m.containsKey("driver")) {
            throw new ParseException("ethtool -i " + iface + ": no 'driver:' line");
        }
        return new NicDriver(iface, m.get("driver"), m.get("version"), m.get("firmware-version"), m.get("bus-info"));
    }
}
