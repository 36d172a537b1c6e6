package dev.kernlint.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `ip -d address` (or `ip address`): the interfaces, each with the ARPHRD type /sys/class/net/IF/type would
 * show and the operstate /sys/class/net/IF/operstate would show. Heads look like
 * "2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP group default qlen 1000" (a veth is
 * "eth0@if7"), the next line "    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff ...".
 */
public final class IpLinkParser {
    private static final Pattern HEAD = Pattern.compile("^\\d+: ([^:@\\s]+)(?:@[^:\\s]+)?: <[^>]*>");
    private static final Pattern STATE = Pattern.compile(" state (\\S+)");
    private static final Pattern LINK = Pattern.compile("^\\s+link/(\\S+)");
    /** iproute2's names of ARPHRD_* (lib/ll_types.c) for the types kernlint tells apart. */
    private static final Map<String, Integer> TYPES = Map.ofEntries(
            Map.entry("ether", 1), Map.entry("loopback", 772), Map.entry("none", 65534), Map.entry("ipip", 768),
            Map.entry("tunnel6", 769), Map.entry("sit", 776), Map.entry("gre", 778), Map.entry("ip6gre", 823),
            Map.entry("infiniband", 32), Map.entry("ieee802.11", 801), Map.entry("ppp", 512), Map.entry("can", 280),
            Map.entry("void", 65535));

    private IpLinkParser() {}

    /** @param type ARPHRD number, null when iproute2 printed a name not in the table; state lower case ("up") or null */
    public record Link(String name, Integer type, String state) {}

    public static Map<String, Link> parse(String text) {
        Map<String, Link> out = new LinkedHashMap<>();
        String name = null;
        String state = null;
        for (String line : text.split("\n")) {
            Matcher h = HEAD.matcher(line);
            if (h.find()) {
                name = h.group(1);
                Matcher st = STATE.matcher(line);
                state = st.find() ? st.group(1).toLowerCase(java.util.Locale.ROOT) : null;
                out.put(name, new Link(name, null, state));
                continue;
            }
            Matcher l = LINK.matcher(line);
            if (l.find() && name != null && out.get(name).type() == null) {
                out.put(name, new Link(name, TYPES.get(l.group(1)), state));
            }
        }
        if (out.isEmpty() && !text.isBlank()) {
            throw new ParseException("ip address: no 'N: NAME: <FLAGS>' line");
        }
        return out;
    }
}
