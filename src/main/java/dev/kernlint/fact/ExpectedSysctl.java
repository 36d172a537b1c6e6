package dev.kernlint.fact;

import java.math.BigInteger;
import java.util.List;

/**
 * What the profile says a kernel parameter must be: one exact value ("1", "1024 65535"), a bound (">= 4096",
 * "<= 10") or a set of allowed values ([0, 2]). Values compare as numbers when both sides are integers, else as
 * text with white space folded. Numbers compare without a size limit: some keys hold unsigned 64-bit values
 * (kernel.shmmax is 18446744073692774399 on x86_64), past what a long holds.
 */
public record ExpectedSysctl(String key, List<String> allowed, String bound, long boundValue, String severity) {

    public static ExpectedSysctl exact(String key, String value, String severity) {
        return new ExpectedSysctl(key, List.of(SysctlValue.fold(value)), null, 0, severity);
    }

    public static ExpectedSysctl oneOf(String key, List<String> values, String severity) {
        return new ExpectedSysctl(key, values.stream().map(SysctlValue::fold).toList(), null, 0, severity);
    }

    public static ExpectedSysctl bound(String key, String op, long value, String severity) {
        return new ExpectedSysctl(key, List.of(), op, value, severity);
    }

    public ExpectedSysctl withSeverity(String s) {
        return new ExpectedSysctl(key, allowed, bound, boundValue, s);
    }

    public boolean accepts(String actual) {
        String a = SysctlValue.fold(actual);
        if (bound != null) {
            BigInteger n = number(a);
            if (n == null) {
                return false;
            }
            int c = n.compareTo(BigInteger.valueOf(boundValue));
            return switch (bound) {
                case ">=" -> c >= 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case "<" -> c < 0;
                default -> false;
            };
        }
        BigInteger an = number(a);
        for (String want : allowed) {
            BigInteger wn = number(want);
            if (wn != null && an != null ? wn.equals(an) : want.equals(a)) {
                return true;
            }
        }
        return false;
    }

    /** The value a fix sets: the exact value, the bound itself, or the first allowed value. */
    public String fixValue() {
        if (bound == null) {
            return allowed.get(0);
        }
        return switch (bound) {
            case ">" -> String.valueOf(boundValue + 1);
            case "<" -> String.valueOf(boundValue - 1);
            default -> String.valueOf(boundValue);
        };
    }

    /** The expectation as a person writes it in a profile, for messages. */
    public String describe() {
        if (bound != null) {
            return bound + " " + boundValue;
        }
        return allowed.size() == 1 ? allowed.get(0) : "one of " + allowed;
    }


    private static BigInteger number(String s) {
        try {
            return new BigInteger(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
