package dev.kernlint.fleet;

import dev.kernlint.fact.ValueSpread;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The values of every group's hosts, counted as hosts are judged (streaming: a host's values are folded in and
 * dropped), and at the end the spread of each key: every value other than the most common one, with its hosts.
 * Thread-safe: workers add concurrently.
 */
final class Consensus {
    /** group -> dimension -> key -> value -> hosts; plain string keys: a host adds ~1,300 values under the lock. */
    private final Map<String, Map<String, Map<String, Map<String, HostSet>>>> groups = new TreeMap<>();
    private final Map<String, Integer> members = new HashMap<>();

    synchronized void add(int host, String group, List<HostValues.Value> values) {
        members.merge(group, 1, Integer::sum);
        Map<String, Map<String, Map<String, HostSet>>> dimensions = groups.computeIfAbsent(group, g -> new TreeMap<>());
        String lastDimension = null;
        Map<String, Map<String, HostSet>> keys = null;
        for (HostValues.Value v : values) {
            if (!v.dimension().equals(lastDimension)) {
                lastDimension = v.dimension();
                keys = dimensions.computeIfAbsent(lastDimension, d -> new HashMap<>(2048));
            }
            Map<String, HostSet> byValue = keys.get(v.key());
            if (byValue == null) {
                byValue = new HashMap<>(4);
                keys.put(v.key(), byValue);
            }
            HostSet hosts = byValue.get(v.value());
            if (hosts == null) {
                hosts = new HostSet();
                byValue.put(v.value(), hosts);
            }
            hosts.add(host);
        }
    }

    /** A spread as the fleet rules see it, and the input indexes of its hosts (names may repeat across inputs). */
    record Spread(ValueSpread fact, int[] hosts) {}

    /**
     * Every value of a key that is not its group's most common one, where the most common one is held by at least
     * two hosts (a key with a value per host has no consensus at all; the rules judge the rest).
     */
    synchronized List<Spread> spreads(IntFunction<String> hostName) {
        List<Spread> out = new ArrayList<>();
        groups.forEach((group, dimensions) -> {
            int total = members.get(group);
            dimensions.forEach((dimension, keys) -> new TreeMap<>(keys).forEach((key, values) -> {
                if (values.size() < 2) {
                    return;
                }
                String majority = null;
                int most = 0;
                int reporting = 0;
                for (Map.Entry<String, HostSet> e : new TreeMap<>(values).entrySet()) {
                    reporting += e.getValue().size();
                    if (e.getValue().size() > most) {
                        most = e.getValue().size();
                        majority = e.getKey();
                    }
                }
                if (most < 2) {
                    return;
                }
                for (Map.Entry<String, HostSet> e : new TreeMap<>(values).entrySet()) {
                    if (e.getKey().equals(majority)) {
                        continue;
                    }
                    int[] ids = new int[e.getValue().size()];
                    int[] i = {0};
                    e.getValue().forEach(id -> ids[i[0]++] = id);
                    List<String> names = new ArrayList<>();
                    for (int id : ids) {
                        names.add(hostName.apply(id));
                    }
                    names.sort(null);
                    out.add(new Spread(new ValueSpread(group, dimension, key, e.getKey(), ids.length, majority, most,
                            reporting, total, List.copyOf(names)), ids));
                }
            }));
        });
        return out;
    }

    synchronized Map<String, Integer> members() {
        return new LinkedHashMap<>(new TreeMap<>(members));
    }
}
