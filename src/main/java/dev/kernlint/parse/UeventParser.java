package dev.kernlint.parse;

import java.util.LinkedHashMap;
import java.util.Map;

/** A sysfs uevent file: "DRIVER=virtio_net\nPCI_SLOT_NAME=0000:00:03.0\n..." as a map. */
public final class UeventParser {
    private UeventParser() {}

    public static Map<String, String> parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return m;
    }
}
