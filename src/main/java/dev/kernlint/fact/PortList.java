package dev.kernlint.fact;

import java.util.BitSet;
import java.util.Collection;

/**
 * Port lists in the kernel's words: net.ipv4.ip_local_reserved_ports ("8080,9000-9100", empty for none) and
 * ip_local_port_range ("32768\t60999"). A value that is not one reads as null, so a rule never guesses.
 */
public final class PortList {
    private PortList() {}

    /** The ports of a reserved list; null when the text is not one. */
    public static BitSet parse(String list) {
        BitSet ports = new BitSet();
        String l = list == null ? "" : list.strip();
        if (l.isEmpty()) {
            return ports;
        }
        for (String part : l.split(",")) {
            String[] ab = part.strip().split("-", -1);
            try {
                int a = Integer.parseInt(ab[0].strip());
                int b = ab.length == 2 ? Integer.parseInt(ab[1].strip()) : a;
                if (ab.length > 2 || a < 0 || b > 65535 || a > b) {
                    return null;
                }
                ports.set(a, b + 1);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ports;
    }

    /** LOW and HIGH of a port range value; null when it is not "LOW HIGH". */
    public static int[] range(String value) {
        String[] t = value == null ? new String[0] : value.strip().split("\\s+");
        try {
            int low = Integer.parseInt(t[0]);
            int high = Integer.parseInt(t[1]);
            return t.length == 2 && 0 <= low && low <= high && high <= 65535 ? new int[] {low, high} : null;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The reserved list with the ports added, as the kernel prints it: ranges joined, ascending. */
    public static String with(String reserved, Collection<Integer> add) {
        BitSet ports = parse(reserved);
        if (ports == null) {
            return null;
        }
        add.forEach(ports::set);
        StringBuilder sb = new StringBuilder();
        for (int a = ports.nextSetBit(0); a >= 0; ) {
            int b = ports.nextClearBit(a) - 1;
            sb.append(sb.isEmpty() ? "" : ",").append(a).append(a == b ? "" : "-" + b);
            a = ports.nextSetBit(b + 1);
        }
        return sb.toString();
    }
}
