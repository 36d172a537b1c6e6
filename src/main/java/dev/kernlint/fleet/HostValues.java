package dev.kernlint.fleet;

import dev.kernlint.collect.Facts;
import dev.kernlint.diff.SnapshotComparer;
import dev.kernlint.fact.SysctlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a host contributes to the fleet's consensus: its kernel parameters (less the volatile ones and those that
 * name the host), NIC rings, kernel release and a few inventory values. Everything else about the host is dropped
 * once it is judged.
 */
final class HostValues {
    /** One value of one key: dimension is sysctl, ring, kernel or inventory (the fleet rules tell them apart). */
    record Value(String dimension, String key, String value) {}

    /** Not volatile, but different on every host by design. */
    private static final Set<String> PER_HOST = Set.of("kernel.hostname", "kernel.domainname");

    private HostValues() {}

    static boolean counts(String key) {
        return !SnapshotComparer.VOLATILE.contains(key) && !PER_HOST.contains(key) && !key.startsWith("kernel.random.");
    }

    /** From the facts of a snapshot (null for a JSON report) and the host block of its report. */
    static List<Value> of(Facts facts, Map<String, Object> host) {
        List<Value> out = new ArrayList<>();
        if (facts != null) {
            for (SysctlValue v : facts.all(SysctlValue.class)) {
                if (counts(v.key())) {
                    out.add(new Value("sysctl", v.key(), v.value()));
                }
            }
        }
        if (host.get("kernel") instanceof String k) {
            out.add(new Value("kernel", "kernel", k));
        }
        if (host.get("inventory") instanceof Map<?, ?> inv) {
            inventory(inv, out);
        }
        return out;
    }

    private static void inventory(Map<?, ?> inv, List<Value> out) {
        if (inv.get("cpu") instanceof Map<?, ?> cpu) {
            add(out, "inventory", "cpu.model", cpu.get("model"));
            add(out, "inventory", "cpu.cpus_online", cpu.get("cpus_online"));
        }
        if (inv.get("system") instanceof Map<?, ?> sys) {
            add(out, "inventory", "system.product", sys.get("product"));
        }
        if (inv.get("nics") instanceof List<?> nics) {
            for (Object o : nics) {
                if (o instanceof Map<?, ?> nic && nic.get("name") instanceof String name) {
                    add(out, "inventory", name + ".driver", nic.get("driver"));
                    add(out, "inventory", name + ".speed_mbps", nic.get("speed_mbps"));
                    add(out, "ring", name + ".rx_ring", nic.get("rx_ring"));
                    add(out, "ring", name + ".tx_ring", nic.get("tx_ring"));
                }
            }
        }
    }

    private static void add(List<Value> out, String dimension, String key, Object v) {
        if (v != null) {
            out.add(new Value(dimension, key, v.toString()));
        }
    }
}
