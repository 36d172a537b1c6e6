package dev.kernlint.collect;

import dev.kernlint.parse.EthtoolRingParser;
import dev.kernlint.parse.ParseException;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import java.util.List;
import java.util.regex.Pattern;

/**
 * `ethtool -g` for each Ethernet interface in /sys/class/net. Names are checked before they reach argv.
 * A driver without ring support answers "Operation not supported": nothing to tune, so no fact and no gap.
 */
public final class RingBufferCollector implements Collector {
    /** Kept for callers of the old name; the check lives in {@link NetInterfaces}. */
    public static final Pattern IFACE = NetInterfaces.IFACE;

    @Override
    public String area() {
        return "nic";
    }

    @Override
    public void collect(Source source, Facts facts) {
        for (String iface : NetInterfaces.ethernet(source)) {
            Input in = source.run(List.of("ethtool", "-g", iface));
            String name = "ethtool -g " + iface;
            if (!in.isOk()) {
                if (in.status() == ReadStatus.MISSING && in.detail().contains("command not found")) {
                    facts.gap(area(), "ethtool -g", "ethtool is not installed (apt-get install ethtool)");
                    return;
                }
                if (in.detail().contains("not supported")) {
                    continue;
                }
                facts.gap(area(), name, in.reason());
                continue;
            }
            try {
                facts.add(EthtoolRingParser.parse(iface, in.text()));
            } catch (ParseException e) {
                facts.gap(area(), name, "unparseable: " + e.getMessage());
            }
        }
    }
}
