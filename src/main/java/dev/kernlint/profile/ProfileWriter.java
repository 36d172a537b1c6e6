package dev.kernlint.profile;

import dev.kernlint.engine.Severity;
import dev.kernlint.fact.ExpectedRing;
import dev.kernlint.fact.ExpectedSysctl;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A profile as YAML that {@link ProfileLoader} reads back to the same profile: `kernlint profiles show` (the
 * merged result of a chain) and `kernlint baseline` (values pinned from a host) both print this.
 */
public final class ProfileWriter {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9]\\d*)");
    /** Words YAML 1.1 reads as something other than text. */
    private static final Set<String> SPECIAL = Set.of("true", "false", "yes", "no", "y", "n", "on", "off", "null", "~");

    private ProfileWriter() {}

    /**
     * @param extendsRef written as `extends:` (a pinned baseline on top of a role), or null for a self-contained profile
     * @param header     comment lines, without the leading '#'
     */
    public static String write(Profile p, String extendsRef, List<String> header) {
        StringBuilder sb = new StringBuilder();
        for (String h : header) {
            sb.append(h.isEmpty() ? "#" : "# " + h).append('\n');
        }
        sb.append("name: ").append(scalar(p.name())).append('\n');
        if (!p.description().isEmpty()) {
            sb.append("description: ").append(quoted(p.description())).append('\n');
        }
        if (extendsRef != null) {
            sb.append("extends: ").append(scalar(extendsRef)).append('\n');
        }
        Severity baseline = p.baselineSeverity();
        sb.append("baseline_severity: ").append(baseline.label()).append('\n');
        if (!p.thresholds().isEmpty()) {
            sb.append("\nthresholds:\n");
            p.thresholds().forEach((rule, m) -> {
                sb.append("  ").append(scalar(rule)).append(":\n");
                m.forEach((name, v) -> sb.append("    ").append(scalar(name)).append(": ").append(number(v)).append('\n'));
            });
        }
        if (!p.rules().isEmpty()) {
            sb.append("\nrules:\n");
            p.rules().forEach((rule, s) -> {
                List<String> parts = new ArrayList<>();
                parts.add("enabled: " + s.enabled());
                if (s.severity() != null) {
                    parts.add("severity: " + s.severity().label());
                }
                sb.append("  ").append(scalar(rule)).append(": {").append(String.join(", ", parts)).append("}\n");
            });
        }
        if (!p.sysctl().isEmpty()) {
            sb.append("\nsysctl:\n");
            for (ExpectedSysctl e : p.sysctl()) {
                String value = expectation(e);
                boolean own = e.severity() != null && !e.severity().equals(baseline.label());
                sb.append("  ").append(scalar(e.key())).append(": ")
                        .append(own ? "{expect: " + value + ", severity: " + e.severity() + "}" : value).append('\n');
            }
        }
        if (!p.rings().isEmpty()) {
            sb.append("\nrings:\n");
            Map<String, List<ExpectedRing>> byIface = new LinkedHashMap<>();
            p.rings().forEach(r -> byIface.computeIfAbsent(r.iface(), k -> new ArrayList<>()).add(r));
            byIface.forEach((iface, rings) -> {
                List<String> parts = new ArrayList<>();
                Severity worst = null;
                for (ExpectedRing r : rings) {
                    parts.add(r.ring() + ": " + (r.op().equals("max") || r.op().equals("==") ? r.describe() : quoted(r.describe())));
                    Severity s = Severity.parse(r.severity());
                    if (s != null && (worst == null || s.compareTo(worst) > 0)) {
                        worst = s;
                    }
                }
                // one map per interface holds one severity: when rx and tx differ along the chain, the higher is kept
                if (worst != null && worst != baseline) {
                    parts.add("severity: " + worst.label());
                }
                sb.append("  ").append(scalar(iface)).append(": {").append(String.join(", ", parts)).append("}\n");
            });
        }
        return sb.toString();
    }

    private static String expectation(ExpectedSysctl e) {
        if (e.bound() != null) {
            return quoted(e.bound() + " " + e.boundValue());
        }
        if (e.allowed().size() == 1) {
            return scalar(e.allowed().get(0));
        }
        return "[" + String.join(", ", e.allowed().stream().map(ProfileWriter::scalar).toList()) + "]";
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Plain when YAML reads it back as the same text or integer, else double-quoted. */
    static String scalar(String s) {
        if (INTEGER.matcher(s).matches() || (PLAIN.matcher(s).matches() && !SPECIAL.contains(s.toLowerCase(Locale.ROOT))
                && !s.matches("[-+.0-9eE_]+"))) {
            return s;
        }
        return quoted(s);
    }

    static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
