package dev.kernlint.fact;

import java.util.Map;

/**
 * Cumulative protocol counters of the network namespace from /proc/net/snmp and /proc/net/netstat, keyed
 * "Group.Name" as nstat prints them: "TcpExt.ListenOverflows", "TcpExt.TW", "Tcp.ActiveOpens".
 */
public record NetCounters(Map<String, Long> values) {

    public Long get(String key) {
        return values.get(key);
    }
}
