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
 * The pinned profile extends a parent, and its entries override the parent's: a value or ring where the host
 * fails the parent is not pinned, so the parent's requirement stays (a baseline never relaxes what it extends),
 * and the failures are returned for the profile's header.
 */
public final class Baseline {
    private final Profile parent;
    private final List<Profile> references;
    private final List<Glob> extraKeys;

    /** @param references profiles whose sysctl keys are the relevant ones, and whose bounds set the direction */
    public Baseline(List<Profile> references, List<String> keyGlobs) {
        this(null, references, keyGlobs);
    }

    /**
     * @param parent the profile the pinned one extends (loaded, with what it extends), or null; its requirements
     *               come first and are never pinned below
     */
    public Baseline(Profile parent, List<Profile> references, List<String> keyGlobs) {
        this.parent = parent;
        List<Profile> refs = new ArrayList<>();
        if (parent != null) {
            refs.add(parent);
        }
        refs.addAll(references);
        this.references = refs;
        this.extraKeys = keyGlobs.stream().map(Glob::new).toList();
    }

    /**
     * A requirement of the parent this host does not meet, left to the parent instead of pinned.
     *
     * @param what     the kernel parameter, or "IFACE rx ring" / "IFACE tx ring"
     * @param actual   the host's value
     * @param required the parent's requirement as a profile says it (">= 4096", "max")
     */
    public record ParentFailure(String what, String actual, String required) {}

    /**
     * The pinned profile, the relevant keys this host does not have (left out), those whose value a profile cannot
     * state exactly (an empty value, white space at either end, a leading '<', '>' or '=': left out too), and where
     * the host fails the parent (left to the parent's requirement): what the written profile's header must say.
     */
    public record Pinned(Profile profile, List<String> absent, List<String> unpinnable, List<ParentFailure> failsParent) {
        public Pinned(Profile profile, List<String> absent) {
            this(profile, absent, List.of(), List.of());
        }
    }

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
        Map<String, ExpectedSysctl> required = new LinkedHashMap<>();
        if (parent != null) {
            parent.sysctl().forEach(e -> required.put(e.key(), e));
        }
        List<ExpectedSysctl> pinned = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        List<String> unpinnable = new ArrayList<>();
        List<ParentFailure> fails = new ArrayList<>();
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
            ExpectedSysctl must = required.get(key);
            if (must != null && !must.accepts(actual)) {
                fails.add(new ParentFailure(key, SysctlValue.fold(actual), must.describe()));
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
        List<ExpectedRing> ringPins = new ArrayList<>();
        for (ExpectedRing r : rings(rings)) {
            ExpectedRing failed = failedParentRing(r, rings);
            if (failed == null) {
                ringPins.add(r);
            }
        }
        for (RingBuffer r : rings) {
            for (String dir : List.of("rx", "tx")) {
                ExpectedRing must = parentRing(r.iface(), dir);
                if (must != null && must.judges(r) && !must.accepts(r)) {
                    fails.add(new ParentFailure(r.iface() + " " + dir + " ring", String.valueOf(must.current(r)),
                            must.op().equals("max") ? "max" : must.op().equals("==") ? String.valueOf(must.value()) : must.op() + " " + must.value()));
                }
            }
        }
        Profile p = new Profile(name, "baseline", description, Map.of(), List.copyOf(pinned), Map.of(),
                List.copyOf(ringPins), Severity.WARNING, List.of());
        return new Pinned(p, absent, unpinnable, List.copyOf(fails));
    }

    /** The parent's expectation for one ring: the interface's own entry, else its "*" entry; null when none. */
    private ExpectedRing parentRing(String iface, String ring) {
        if (parent == null) {
            return null;
        }
        ExpectedRing any = null;
        for (ExpectedRing e : parent.rings()) {
            if (e.ring().equals(ring)) {
                if (e.iface().equals(iface)) {
                    return e;
                }
                if (e.iface().equals(ExpectedRing.ANY)) {
                    any = e;
                }
            }
        }
        return any;
    }

    /**
     * The parent requirement a ring pin would override though the host fails it, or null when the pin may stay.
     * A "*" pin stands for every ring, so it is dropped when any of them fails the parent.
     */
    private ExpectedRing failedParentRing(ExpectedRing pin, List<RingBuffer> host) {
        for (RingBuffer r : host) {
            if (!pin.iface().equals(ExpectedRing.ANY) && !pin.iface().equals(r.iface())) {
                continue;
            }
            ExpectedRing must = parentRing(r.iface(), pin.ring());
            if (must != null && must.judges(r) && !must.accepts(r)) {
                return must;
            }
        }
        return null;
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
