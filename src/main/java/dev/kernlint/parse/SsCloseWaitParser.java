package dev.kernlint.parse;

import dev.kernlint.fact.CloseWaitGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `ss -tanH state close-wait` (iproute2, over netlink sock_diag) into CLOSE_WAIT sockets per local address and
 * port, named as {@link TcpTableParser} names them from /proc/net/tcp so the two make one series:
 * "1      0            127.0.0.1%lo:8081          127.0.0.1:53940". With one state asked for, ss prints no
 * State column; the first two fields holding ':' are the local and the peer endpoint. IPv6 is "[::1]:8443"
 * (older ss: "::1:8443"), a socket bound to a device carries "%dev", IPv4 seen through IPv6 "[::ffff:a.b.c.d]".
 */
public final class SsCloseWaitParser {
    private SsCloseWaitParser() {}

    public static List<CloseWaitGroup> groups(String text) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        int row = 0;
        for (String line : text.split("\n")) {
            String[] t = line.strip().split("\\s+");
            if (t.length == 1 && t[0].isEmpty()) {
                continue;
            }
            row++;
            int local = -1;
            for (int i = 0; i < t.length && local < 0; i++) {
                if (t[i].indexOf(':') >= 0) {
                    local = i;
                }
            }
            if (local < 0 || local + 1 >= t.length || t[local + 1].indexOf(':') < 0) {
                throw new ParseException("ss: row " + row + " has no local and peer ADDRESS:PORT: '" + KernelReleaseParser.abbreviate(line.strip()) + "'");
            }
            String key = endpoint(t[local]);
            long[] n = counts.get(key);
            if (n == null) {
                counts.put(key, new long[] {1});
            } else {
                n[0]++;
            }
        }
        List<CloseWaitGroup> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            int colon = k.lastIndexOf(':');
            out.add(new CloseWaitGroup(k.substring(0, colon), Integer.parseInt(k.substring(colon + 1)), n[0]));
        });
        return out;
    }

    /** "[::ffff:10.0.0.1%eth0]:80" -> "10.0.0.1:80", the text /proc/net/tcp's decoding gives the same socket. */
    static String endpoint(String field) {
        int colon = field.lastIndexOf(':');
        String host = field.substring(0, colon);
        String port = field.substring(colon + 1);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int scope = host.indexOf('%');
        if (scope >= 0) {
            host = host.substring(0, scope);
        }
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(port) > 65535) {
            throw new ParseException("ss: bad port in '" + KernelReleaseParser.abbreviate(field) + "'");
        }
        return TcpTableParser.unmapped(host.indexOf(':') >= 0 ? TcpTableParser.ipv6Text(ipv6(host)) : ipv4(host)) + ':' + Integer.parseInt(port);
    }

    private static String ipv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            throw new ParseException("ss: bad address '" + KernelReleaseParser.abbreviate(host) + "'");
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(p) > 255) {
                throw new ParseException("ss: bad address '" + KernelReleaseParser.abbreviate(host) + "'");
            }
        }
        return host;
    }

    /** RFC 4291 text (with "::" and a dotted IPv4 tail) to its 16 bytes, by hand: no name lookup can follow. */
    static byte[] ipv6(String host) {
        byte[] b = new byte[16];
        int gap = host.indexOf("::");
        if (gap >= 0 && host.indexOf("::", gap + 1) >= 0) {
            throw new ParseException("ss: bad address '" + KernelReleaseParser.abbreviate(host) + "'");
        }
        List<Integer> head = words(gap < 0 ? host : host.substring(0, gap), host);
        List<Integer> tail = gap < 0 ? List.of() : words(host.substring(gap + 2), host);
        if (gap < 0 ? head.size() != 8 : head.size() + tail.size() > 7) {
            throw new ParseException("ss: bad address '" + KernelReleaseParser.abbreviate(host) + "'");
        }
        for (int i = 0; i < head.size(); i++) {
            b[2 * i] = (byte) (head.get(i) >> 8);
            b[2 * i + 1] = (byte) (int) head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            int w = 8 - tail.size() + i;
            b[2 * w] = (byte) (tail.get(i) >> 8);
            b[2 * w + 1] = (byte) (int) tail.get(i);
        }
        return b;
    }

    /** "ffff:10.0.0.1" -> [0xffff, 0x0a00, 0x0001]; "" -> []. */
    private static List<Integer> words(String part, String host) {
        List<Integer> out = new ArrayList<>();
        if (part.isEmpty()) {
            return out;
        }
        String[] groups = part.split(":", -1);
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (i == groups.length - 1 && g.indexOf('.') >= 0) {
                String[] q = ipv4(g).split("\\.");
                out.add(Integer.parseInt(q[0]) << 8 | Integer.parseInt(q[1]));
                out.add(Integer.parseInt(q[2]) << 8 | Integer.parseInt(q[3]));
            } else if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new ParseException("ss: bad address '" + KernelReleaseParser.abbreviate(host) + "'");
            } else {
                out.add(Integer.parseInt(g, 16));
            }
        }
        return out;
    }
}
