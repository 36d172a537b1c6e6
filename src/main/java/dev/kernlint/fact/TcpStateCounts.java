package dev.kernlint.fact;

import java.util.Map;

/** Sockets per TCP state in /proc/net/tcp and tcp6 ("TIME_WAIT" -> 312); rows scanned, for the evidence. */
public record TcpStateCounts(Map<String, Long> byState, long rows) {

    public long count(String state) {
        return byState.getOrDefault(state, 0L);
    }
}
