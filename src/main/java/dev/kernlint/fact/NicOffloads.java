package dev.kernlint.fact;

import dev.kernlint.shell.KernelNames;
import dev.kernlint.shell.ShellCommand;
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

    /** The `ethtool -K` command that turns them back on ("IF" in place of a name that does not validate). */
    public String enableCommand() {
        List<String> argv = new ArrayList<>(List.of("ethtool", "-K", KernelNames.ifaceOr(iface, "IF")));
        for (String f : offButChangeable()) {
            argv.add(REVIEWED.get(f));
            argv.add("on");
        }
        return ShellCommand.of(argv).text();
    }
}
