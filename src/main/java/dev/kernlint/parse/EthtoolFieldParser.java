package dev.kernlint.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single fields of ethtool output in the form of the /sys/class/net files they mirror, for sources that keep
 * ethtool's text but not sysfs (sosreports): speed and duplex from `ethtool IF` ("\tSpeed: 10000Mb/s",
 * "\tDuplex: Full"), the device's uevent from `ethtool -i IF` ("driver: ixgbe", "bus-info: 0000:03:00.0").
 */
public final class EthtoolFieldParser {
    private static final Pattern SPEED = Pattern.compile("(?m)^\\s*Speed:\\s*(\\S+)");
    private static final Pattern DUPLEX = Pattern.compile("(?m)^\\s*Duplex:\\s*(\\S+)");
    private static final Pattern DRIVER = Pattern.compile("(?m)^driver:[ \\t]*(\\S*)");
    private static final Pattern BUS = Pattern.compile("(?m)^bus-info:[ \\t]*(\\S*)");

    private EthtoolFieldParser() {}

    /** /sys/class/net/IF/speed: Mb/s, or -1 as the kernel writes SPEED_UNKNOWN ("Unknown!"). */
    public static String speed(String ethtool) {
        Matcher m = SPEED.matcher(ethtool);
        if (!m.find()) {
            throw new ParseException("ethtool: no 'Speed:' line");
        }
        String s = m.group(1);
        return (s.endsWith("Mb/s") && s.length() > 4 && s.substring(0, s.length() - 4).chars().allMatch(Character::isDigit)
                ? s.substring(0, s.length() - 4) : "-1") + "\n";
    }

    /** /sys/class/net/IF/duplex: full, half or unknown. */
    public static String duplex(String ethtool) {
        Matcher m = DUPLEX.matcher(ethtool);
        if (!m.find()) {
            throw new ParseException("ethtool: no 'Duplex:' line");
        }
        String d = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return (d.equals("full") || d.equals("half") ? d : "unknown") + "\n";
    }

    /** /sys/class/net/IF/device/uevent's DRIVER line; null when there is no device (empty bus-info: ifb, bridge). */
    public static String uevent(String ethtoolI) {
        Matcher d = DRIVER.matcher(ethtoolI);
        Matcher b = BUS.matcher(ethtoolI);
        if (!d.find() || !b.find()) {
            throw new ParseException("ethtool -i: no 'driver:' and 'bus-info:' lines");
        }
        return b.group(1).isEmpty() ? null : "DRIVER=" + d.group(1) + "\n";
    }
}
