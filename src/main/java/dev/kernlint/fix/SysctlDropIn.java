package dev.kernlint.fix;

import dev.kernlint.cli.Version;
import dev.kernlint.engine.FixAction;
import dev.kernlint.fact.PersistedSysctl;
import java.util.List;

/**
 * The drop-in for /etc/sysctl.d: one `key = value` per change, each under comments that say which rule wants it,
 * the value now, the risk, and any later file that would override it at boot. Advice goes at the end as comments.
 */
public final class SysctlDropIn implements FixRenderer {
    /** The heading above assignments carried over from an earlier drop-in; the script's awk writes the same. */
    public static String keptHeading(String dropIn) {
        return "# Kept from the previous " + dropIn + " (keys this run does not set):";
    }

    @Override
    public String render(FixPlan plan) {
        return render(plan, List.of());
    }

    /** With {@code kept}: assignment lines of the drop-in being replaced, for keys this plan does not set. */
    public String render(FixPlan plan, List<String> kept) {
        String name = plan.options().dropInName();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(name).append(": kernel parameters written by kernlint ").append(Version.VERSION)
                .append(" (kernlint fix --format sysctl)\n");
        sb.append("# From the audit of ").append(plan.describeOrigin()).append('\n');
        sb.append("# Goes in ").append(plan.options().sysctlDir()).append('/').append(name)
                .append("; `sysctl --system` loads it now, boot loads it too.\n");
        sb.append("# A file sorting after ").append(name)
                .append(" in any sysctl.d directory, or /etc/sysctl.conf, is read later and wins.\n");
        List<FixPlan.Change> sysctl = plan.sysctlChanges();
        if (sysctl.isEmpty()) {
            sb.append("\n# Nothing to set: no finding with a generated kernel parameter fix.\n");
        }
        for (FixPlan.Change c : sysctl) {
            FixAction.SetSysctl s = (FixAction.SetSysctl) c.action();
            sb.append('\n');
            if (c.review()) {
                sb.append("# REVIEW before applying: the rule asks a person to check this change.\n");
            }
            sb.append("# ").append(c.rules()).append(" (").append(c.findings().get(0).severity().label()).append("): ")
                    .append(c.why()).append('\n');
            sb.append("#   current value: ").append(c.current() == null ? "unknown" : SafeValues.oneLine(c.current()))
                    .append("; ").append(c.risk().describe()).append('\n');
            String over = overrideNote(c.override(), s.value(), name);
            if (over != null) {
                sb.append("#   ").append(over).append('\n');
            }
            sb.append(s.key()).append(" = ").append(s.value()).append('\n');
        }
        List<String> notes = plan.ringChanges().stream()
                .map(c -> c.rules() + ": " + c.what() + " is not a kernel parameter: `" + c.action().commandText()
                        + "` sets it and a udev rule keeps it (" + c.risk().describe() + "; the script and ansible"
                        + " formats with --include-disruptive do both)")
                .toList();
        if (!notes.isEmpty() || !plan.advice().isEmpty()) {
            sb.append("\n# Not set by this file (advice):\n");
            notes.forEach(n -> sb.append("# - ").append(SafeValues.oneLine(n)).append('\n'));
            plan.advice().forEach(a -> sb.append("# - ").append(a.text()).append('\n'));
        }
        if (!kept.isEmpty()) {
            sb.append('\n').append(keptHeading(name)).append('\n');
            kept.forEach(l -> sb.append(SafeValues.oneLine(l)).append('\n'));
        }
        return sb.toString();
    }

    /**
     * The assignments of a drop-in about to be replaced that set keys not in {@code ours}, so a second run keeps
     * what the first one persisted. Comments and blank lines go; a line kernlint cannot read stays as it is.
     */
    public static List<String> keptLines(String previous, java.util.Set<String> ours) {
        if (previous == null) {
            return List.of();
        }
        List<String> kept = new java.util.ArrayList<>();
        for (String line : previous.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith(";")) {
                continue;
            }
            int eq = t.indexOf('=');
            String key = (eq < 0 ? t : t.substring(0, eq)).strip();
            if (key.startsWith("-")) {
                key = key.substring(1);
            }
            if (!ours.contains(dotted(key))) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** sysctl.d accepts net/core/somaxconn as well: with '/' first, '/' and '.' swap roles. */
    private static String dotted(String key) {
        int slash = key.indexOf('/');
        int dot = key.indexOf('.');
        if (slash >= 0 && (dot < 0 || slash < dot)) {
            StringBuilder sb = new StringBuilder(key.length());
            for (char c : key.toCharArray()) {
                sb.append(c == '/' ? '.' : c == '.' ? '/' : c);
            }
            return sb.toString();
        }
        return key;
    }

    /** Null when nothing later sets the key; the words every format uses otherwise. */
    static String overrideNote(PersistedSysctl p, String value, String dropIn) {
        if (p == null) {
            return null;
        }
        String where = p.file() + ":" + p.line() + " (" + p.key() + " = " + p.value() + ")";
        if (p.value() != null && KernelSettings.same(p.value(), value)) {
            return SafeValues.oneLine("also set at boot by " + where + ", the same value, read after " + dropIn);
        }
        return SafeValues.oneLine("OVERRIDDEN at boot by " + where + ", which is read after " + dropIn
                + ": change or delete that line, or the value reverts at the next boot");
    }
}
