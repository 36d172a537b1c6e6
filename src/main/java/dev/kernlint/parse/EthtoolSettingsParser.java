package dev.kernlint.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `ethtool IF` (link settings). Keys end at the first ':'; a line without ':' continues the previous key, as the
 * link mode lists do:
 * <pre>
 * Settings for eth0:
 * 	Supported ports: [ TP ]
 * 	Supported link modes:   10baseT/Half 10baseT/Full
 * 	                        100baseT/Half 100baseT/Full
 * 	                        1000baseT/Full
 * 	Advertised link modes:  ...
 * 	Link partner advertised link modes:  ...     (newer ethtool, when the driver reports it)
 * 	Speed: 1000Mb/s
 * 	Duplex: Full
 * 	Link detected: yes
 * </pre>
 * Newer ethtool prints one mode per line (25000baseCR/Full, 100000baseCR4/Full) and "Not reported" when the
 * driver has no list (virtio_net). Unknown keys are kept but not interpreted.
 */
public final class EthtoolSettingsParser {
    private EthtoolSettingsParser() {}

    /** What `ethtool IF` says; mode lists are empty when not reported. */
    public record LinkSettings(List<String> supported, List<String> advertised, List<String> partnerAdvertised,
                               String speed, String duplex, Boolean linkDetected) {

        public Long bestSupportedMbps() {
            return LinkModes.bestMbps(supported);
        }

        public Long bestAdvertisedMbps() {
            return LinkModes.bestMbps(advertised);
        }

        public Long bestPartnerMbps() {
            return LinkModes.bestMbps(partnerAdvertised);
        }
    }

    public static LinkSettings parse(String iface, String text) {
        Map<String, StringBuilder> keys = new LinkedHashMap<>();
        StringBuilder last = null;
        boolean header = false;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("Settings for ")) {
                header = true;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                last = new StringBuilder(line.substring(colon + 1).strip());
                keys.put(line.substring(0, colon).strip(), last);
            } else if (last != null) {
                last.append(' ').append(line);
            }
        }
        if (!header) {
            throw new ParseException("ethtool " + iface + ": no 'Settings for' line");
        }
        Boolean link = null;
        String detected = value(keys, "Link detected");
        if (detected != null) {
            link = detected.equalsIgnoreCase("yes");
        }
        return new LinkSettings(modes(value(keys, "Supported link modes")), modes(value(keys, "Advertised link modes")),
                modes(value(keys, "Link partner advertised link modes")), value(keys, "Speed"), value(keys, "Duplex"), link);
    }

    private static String value(Map<String, StringBuilder> keys, String key) {
        StringBuilder b = keys.get(key);
        return b == null ? null : b.toString();
    }

    private static List<String> modes(String v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.startsWith("Not reported")) {
            return out;
        }
        for (String m : v.split("[\\s,]+")) {
            if (!m.isEmpty()) {
                out.add(m);
            }
        }
        return out;
    }
}
