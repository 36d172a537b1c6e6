package dev.kernlint.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** `ethtool -k IF`: feature name -> "on", "off", "off [fixed]", "off [requested on]". */
public record NicOffloads(String iface, Map<String, String> features) {

    /** The offloads every server wants on, with the short names `ethtool -K` takes. */
    public static final Map<String, String> REVIEWED = Map.of(
            "generic-receive-offload", "gro",
            "tcp-segmentation-offload", "tso",
            "rx-checksumming", "rx");

    /** Reviewed offloads that are off although the driver could turn them on (not "[fixed]"), in ethtool order. */
    public List<String> offButChangeable() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : features.entrySet()) {
            String v = e.getValue();
            if (REVIEWED.containsKey(e.getKey()) && v.startsWith("off") && !v.contains("[fixed]")) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The `ethtool -K` command that turns them back on. */
    public String enableCommand() {
        StringBuilder sb = new StringBuilder("ethtool -K ").append(iface);
        for (String f : offButChangeable()) {
            sb.append(' ').append(REVIEWED.get(f)).append(" on");
        }
        return sb.toString();
    }
}
