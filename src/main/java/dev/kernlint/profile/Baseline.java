package dev.kernlint.profile;

import dev.kernlint.engine.Severity;
import dev.kernlint.fact.ExpectedRing;
import dev.kernlint.fact.ExpectedSysctl;
import dev.kernlint.fact.RingBuffer;
import dev.kernlint.fact.SysctlValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `kernlint baseline`: a profile that pins a known-good host, so a team can say "production must look like this
 * box". It pins the kernel parameters the bundled profiles care about (plus any --key globs), and the NIC rings.
 * Where a bundled profile states a lower bound (fs.file-max >= 65536), the pin is a bound too (>= this host's
 * value): such values scale with the machine, and "at least what the good box has" is what is meant.
 */
public final class Baseline {
    private final List<Profile> references;
    private final List<Glob> extraKeys;

    /** @param references profiles whose sysctl keys are the relevant ones, and whose bounds set the direction */
    public Baseline(List<Profile> references, List<String> keyGlobs) {
        this.references = references;
        this.extraKeys = keyGlobs.stream().map(Glob::new).toList();
    }

    /**
     * The pinned profile, the relevant keys this host does not have, and those whose value a profile cannot state
     * exactly (an empty value, white space at either end, a leading '<', '>' or '='): both left out.
     */
    public record Pinned(Profile profile, List<String> absent, List<String> unpinnable) {}

    public Pinned pin(String name, String description, List<SysctlValue> sysctl, List<RingBuffer> rings) {
        Map<String, ExpectedSysctl> reference = new LinkedHashMap<>();
        for (Profile p : references) {
            p.sysctl().forEach(e -> reference.putIfAbsent(e.key(), e));
        }
        Map<String, String> running = new LinkedHashMap<>();
        sysctl.forEach(s -> running.put(s.key(), s.value()));
        List<String> keys = new ArrayList<>(reference.keySet());
        running.keySet().stream().sorted()
                .filter(k -> !reference.containsKey(k) && extraKeys.stream().anyMatch(g -> g.matches(k)))
                .forEach(keys::add);
        List<ExpectedSysctl> pinned = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        List<String> unpinnable = new ArrayList<>();
        String label = Severity.WARNING.label();
        for (String key : keys) {
            String actual = running.get(key);
            if (actual == null) {
                absent.add(key);
                continue;
            }
            if (!Expectations.statesExactly(key, actual)) {
                unpinnable.add(key);
                continue;
            }
            ExpectedSysctl ref = reference.get(key);
            Long n = number(actual);
            if (ref != null && ref.bound() != null && n != null) {
                String op = ref.bound().startsWith(">") ? ">=" : "<=";
                pinned.add(ExpectedSysctl.bound(key, op, n, label));
            } else {
                pinned.add(ExpectedSysctl.exact(key, actual, label));
            }
        }
        Profile p = new Profile(name, "baseline", description, Map.of(), List.copyOf(pinned), Map.of(),
                rings(rings), Severity.WARNING, List.of());
        return new Pinned(p, absent, unpinnable);
    }

    /** Every ring at its maximum: one "*" entry fits hosts with other NIC names. Otherwise each as it is. */
    static List<ExpectedRing> rings(List<RingBuffer> rings) {
        boolean allMax = true;
        boolean anyRx = false;
        boolean anyTx = false;
        for (RingBuffer r : rings) {
            if (r.rxCurrent() != null && r.rxMax() != null) {
                anyRx = true;
                allMax &= r.rxCurrent().equals(r.rxMax());
            }
            if (r.txCurrent() != null && r.txMax() != null) {
                anyTx = true;
                allMax &= r.txCurrent().equals(r.txMax());
            }
        }
        List<ExpectedRing> out = new ArrayList<>();
        String label = Severity.WARNING.label();
        if (allMax) {
            if (anyRx) {
                out.add(new ExpectedRing(ExpectedRing.ANY, "rx", "max", 0, label));
            }
            if (anyTx) {
                out.add(new ExpectedRing(ExpectedRing.ANY, "tx", "max", 0, label));
            }
            return out;
        }
        for (RingBuffer r : rings) {
            if (r.rxCurrent() != null) {
                out.add(r.rxCurrent().equals(r.rxMax()) ? new ExpectedRing(r.iface(), "rx", "max", 0, label)
                        : new ExpectedRing(r.iface(), "rx", "==", r.rxCurrent(), label));
            }
            if (r.txCurrent() != null) {
                out.add(r.txCurrent().equals(r.txMax()) ? new ExpectedRing(r.iface(), "tx", "max", 0, label)
                        : new ExpectedRing(r.iface(), "tx", "==", r.txCurrent(), label));
            }
        }
        return out;
    }

    private static Long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
