package dev.kernlint.fact;

import java.util.regex.Pattern;

/**
 * What the profile says one NIC ring must be (profile key rings.IFACE.rx / .tx): "max", the size `ethtool -g`
 * reports as the hardware maximum; an exact size; or a bound (">= 1024", "<= 4096"). iface "*" stands for every
 * interface without an entry of its own, so one profile fits hosts whose NICs are named differently.
 *
 * @param ring "rx" or "tx"
 * @param op   "max", "==", ">=" or "<="; value is unused for "max"
 */
public record ExpectedRing(String iface, String ring, String op, long value, String severity) {
    public static final String ANY = "*";
    /** What the kernel accepts as an interface name (dev_valid_name), or "*". */
    public static final Pattern IFACE = Pattern.compile("\\*|[A-Za-z0-9_.@-][A-Za-z0-9_.@+-]{0,14}");

    public ExpectedRing {
        if (!ring.equals("rx") && !ring.equals("tx")) {
            throw new IllegalArgumentException("ring must be rx or tx: " + ring);
        }
    }

    public ExpectedRing withSeverity(String s) {
        return new ExpectedRing(iface, ring, op, value, s);
    }

    public Long current(RingBuffer r) {
        return ring.equals("rx") ? r.rxCurrent() : r.txCurrent();
    }

    public Long max(RingBuffer r) {
        return ring.equals("rx") ? r.rxMax() : r.txMax();
    }

    /** A ring the driver does not have ("n/a" or 0 in ethtool -g) cannot be judged; it is no finding either. */
    public boolean judges(RingBuffer r) {
        return current(r) != null && (!op.equals("max") || max(r) != null);
    }

    public boolean accepts(RingBuffer r) {
        Long cur = current(r);
        return switch (op) {
            case "max" -> cur.equals(max(r));
            case ">=" -> cur >= value;
            case "<=" -> cur <= value;
            default -> cur == value;
        };
    }

    /** The size a fix sets, or null when the expectation is beyond what the hardware can do. */
    public Long target(RingBuffer r) {
        Long max = max(r);
        long want = switch (op) {
            case "max" -> max;
            case "<=" -> Math.min(value, current(r));
            default -> value;
        };
        return max != null && want > max ? null : want;
    }

    public Long fixRx(RingBuffer r) {
        return ring.equals("rx") ? target(r) : null;
    }

    public Long fixTx(RingBuffer r) {
        return ring.equals("tx") ? target(r) : null;
    }

    /** The expectation as written in a profile: "max", "4096", ">= 1024". */
    public String describe() {
        return switch (op) {
            case "max" -> "max";
            case "==" -> String.valueOf(value);
            default -> op + " " + value;
        };
    }

    public String message(RingBuffer r) {
        String what = r.iface() + " " + ring + " ring is " + current(r) + ", the profile expects " + describe();
        if (op.equals("max")) {
            return what + " (" + max(r) + ")";
        }
        Long max = max(r);
        return target(r) == null ? what + ", above the hardware maximum " + max : what;
    }
}
