package dev.kernlint.collect;

import dev.kernlint.fact.Bond;
import dev.kernlint.fact.NicDriver;
import dev.kernlint.fact.NicLink;
import dev.kernlint.parse.BondingParser;
import dev.kernlint.parse.EthtoolDriverParser;
import dev.kernlint.parse.EthtoolFeaturesParser;
import dev.kernlint.parse.EthtoolSettingsParser;
import dev.kernlint.parse.EthtoolSettingsParser.LinkSettings;
import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.UeventParser;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.source.Source;
import java.util.List;

/**
 * NICs backed by a device: link state from /sys/class/net/IF (counters: NicCountersCollector), link modes (`ethtool IF`), offloads
 * (`ethtool -k IF`) and driver/firmware (`ethtool -i IF`); bonds and their members. Virtual interfaces (bridges,
 * veth, VLANs, the bonds themselves) are skipped: a host with hundreds of veths must not run hundreds of ethtools.
 */
public final class NicCollector implements Collector {
    static final String NET = NetInterfaces.NET;
    static final String NOT_INSTALLED = "ethtool is not installed (apt-get install ethtool)";

    @Override
    public String area() {
        return "nic";
    }

    @Override
    public void collect(Source source, Facts facts) {
        bonds(source, facts);
        boolean ethtool = true;
        for (String iface : NetInterfaces.ethernet(source)) {
            Input uevent = NetInterfaces.deviceUevent(source, iface);
            if (!uevent.isOk()) {
                continue;
            }
            String dir = NET + "/" + iface;
            String oper = source.read(dir + "/operstate").textIfOk().map(String::strip).orElse(null);
            // -1 (SPEED_UNKNOWN) or EINVAL when the link is down: unknown, never a slow link
            Long speed = source.read(dir + "/speed").textIfOk().map(NicCollector::number).filter(v -> v > 0).orElse(null);
            String duplex = source.read(dir + "/duplex").textIfOk().map(String::strip)
                    .filter(d -> d.equals("full") || d.equals("half")).orElse(null);
            LinkSettings settings = null;
            NicDriver driver = null;
            if (ethtool) {
                Input k = source.run(List.of("ethtool", "-k", iface));
                if (k.status() == ReadStatus.MISSING && k.detail().contains("command not found")) {
                    facts.gap(area(), "ethtool", NOT_INSTALLED);
                    ethtool = false;
                } else {
                    add(facts, parse(facts, "ethtool -k " + iface, k, () -> EthtoolFeaturesParser.parse(iface, k.text())));
                    Input i = source.run(List.of("ethtool", "-i", iface));
                    driver = parse(facts, "ethtool -i " + iface, i, () -> EthtoolDriverParser.parse(iface, i.text()));
                    // link modes only matter next to a known speed: no run for links that are down (or virtio's -1)
                    if (speed != null) {
                        Input in = source.run(List.of("ethtool", iface));
                        settings = parse(facts, "ethtool " + iface, in, () -> EthtoolSettingsParser.parse(iface, in.text()));
                    }
                }
            }
            if (driver == null) {
                // without ethtool -i the uevent still names the driver, for the inventory
                driver = new NicDriver(iface, UeventParser.parse(uevent.text()).get("DRIVER"), null, null, null);
            }
            facts.add(driver);
            facts.add(new NicLink(iface, oper, speed, duplex, settings == null ? List.of() : settings.supported(),
                    settings == null ? null : settings.bestSupportedMbps(), settings == null ? null : settings.bestAdvertisedMbps(),
                    settings == null ? null : settings.bestPartnerMbps()));
        }
    }

    private static void add(Facts facts, Object fact) {
        if (fact != null) {
            facts.add(fact);
        }
    }

    /** The parsed input, or null with a gap named as a person would type the command or path. */
    private <T> T parse(Facts facts, String name, Input in, java.util.function.Supplier<T> parser) {
        if (!in.isOk()) {
            facts.gap(area(), name, in.reason());
            return null;
        }
        try {
            return parser.get();
        } catch (ParseException e) {
            facts.gap(area(), name, "unparseable: " + e.getMessage());
            return null;
        }
    }

    private void bonds(Source source, Facts facts) {
        Input masters = source.read(NET + "/bonding_masters");
        List<String> names = masters.isOk() ? BondingParser.sysfsSlaves(masters.text()) : source.list("/proc/net/bonding");
        for (String bond : names) {
            if (!NetInterfaces.IFACE.matcher(bond).matches()) {
                continue;
            }
            Input sys = source.read(NET + "/" + bond + "/bonding/slaves");
            if (sys.isOk()) {
                facts.add(new Bond(bond, BondingParser.sysfsSlaves(sys.text())));
                continue;
            }
            Input proc = source.read("/proc/net/bonding/" + bond);
            Bond b = parse(facts, proc.name(), proc, () -> new Bond(bond, BondingParser.procSlaves(proc.text())));
            add(facts, b);
        }
    }

    static Long number(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
