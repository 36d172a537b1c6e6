package dev.kernlint.fact;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** The local ports of TCP sockets in LISTEN (/proc/net/tcp and tcp6, state 0A), ascending. */
public record ListeningPorts(List<Integer> ports) {

    /**
     * The listening ports inside a port range value that the reserved list does not hold: ports the kernel may hand
     * to an outgoing connection, so a service that (re)starts finds its port taken. Empty when either value is not
     * one the kernel prints.
     */
    public List<Integer> unreserved(String range, String reserved) {
        int[] r = PortList.range(range);
        BitSet held = PortList.parse(reserved);
        List<Integer> out = new ArrayList<>();
        if (r == null || held == null) {
            return out;
        }
        for (int p : ports) {
            if (p >= r[0] && p <= r[1] && !held.get(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
