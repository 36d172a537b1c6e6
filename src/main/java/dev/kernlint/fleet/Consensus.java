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
    private record Key(String dimension, String key) {}

    private final Map<String, Map<Key, Map<String, HostSet>>> groups = new TreeMap<>();
    private final Map<String, Integer> members = new HashMap<>();

    synchronized void add(int host, String group, List<HostValues.Value> values) {
        members.merge(group, 1, Integer::sum);
        Map<Key, Map<String, HostSet>> keys = groups.computeIfAbsent(group, g -> new HashMap<>());
        for (HostValues.Value v : values) {
            keys.computeIfAbsent(new Key(v.dimension(), v.key()), k -> new HashMap<>(4))
                    .computeIfAbsent(v.value(), x -> new HostSet()).add(host);
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
        groups.forEach((group, keys) -> {
            int total = members.get(group);
            Map<Key, Map<String, HostSet>> sorted = new TreeMap<>((a, b) -> {
                int c = a.dimension().compareTo(b.dimension());
                return c != 0 ? c : a.key().compareTo(b.key());
            });
            sorted.putAll(keys);
            sorted.forEach((key, values) -> {
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
                    out.add(new Spread(new ValueSpread(group, key.dimension(), key.key(), e.getKey(), ids.length, majority, most,
                            reporting, total, List.copyOf(names)), ids));
                }
            });
        });
        return out;
    }

    synchronized Map<String, Integer> members() {
        return new LinkedHashMap<>(new TreeMap<>(members));
    }
}
