package dev.kernlint.parse;

import dev.kernlint.fact.NicOffloads;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * `ethtool -k IF`:
 * <pre>
 * Features for eth0:
 * rx-checksumming: on [fixed]
 * tx-checksumming: on
 * 	tx-checksum-ipv4: off [fixed]
 * tcp-segmentation-offload: off [requested on]
 * generic-receive-offload: on
 * </pre>
 * Indented lines are sub-features; all are kept by name. "[fixed]" = the driver cannot change it;
 * "[requested on]" = asked for but held off by a dependency (TSO needs tx checksumming).
 */
public final class EthtoolFeaturesParser {
    private EthtoolFeaturesParser() {}

    public static NicOffloads parse(String iface, String text) {
        Map<String, String> features = new LinkedHashMap<>();
        boolean header = false;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("Features for ")) {
                header = true;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String value = line.substring(colon + 1).strip();
            if (value.startsWith("on") || value.startsWith("off")) {
                features.put(line.substring(0, colon).strip(), value);
            }
        }
        if (!header || features.isEmpty()) {
            throw new ParseException("ethtool -k " + iface + ": no 'Features for' section with on/off lines");
        }
        return new NicOffloads(iface, features);
    }
}
