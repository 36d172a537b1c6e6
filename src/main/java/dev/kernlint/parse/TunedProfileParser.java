package dev.kernlint.parse;

import dev.kernlint.fact.SysctlAssignment;
import dev.kernlint.fact.SysctlValue;
import java.util.ArrayList;
import java.util.List;

/**
 * One tuned.conf (tuned's INI format, tuned-profiles(7)): {@code [main]} with {@code include=a,b} (profiles applied
 * first, this one overriding them) and {@code [sysctl]} with {@code key=value} lines. Other sections (cpu, disk,
 * vm...) are plugins kernlint does not model. Values with tuned's ${...} variables or functions are left out:
 * what they expand to is known only to tuned on that host.
 */
public final class TunedProfileParser {
    private TunedProfileParser() {}

    public record TunedProfile(List<String> includes, List<SysctlAssignment> sysctl) {}

    public static TunedProfile parse(String file, String text) {
        List<String> includes = new ArrayList<>();
        List<SysctlAssignment> sysctl = new ArrayList<>();
        String section = "";
        int lineNo = 0;
        for (String raw : text.split("\n", -1)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = SysctlValue.fold(line.substring(eq + 1));
            if (section.equals("main") && key.equals("include")) {
                for (String p : value.split(",")) {
                    if (!p.isBlank()) {
                        includes.add(p.strip());
                    }
                }
            } else if (section.equals("sysctl") && !value.contains("${")) {
                sysctl.add(new SysctlAssignment(SysctlConfParser.dotted(key), value, file, lineNo, false, false));
            }
        }
        return new TunedProfile(List.copyOf(includes), List.copyOf(sysctl));
    }

    /** /etc/tuned/active_profile: one or more profile names separated by white space (tuned 2.x merges them). */
    public static List<String> activeProfiles(String text) {
        List<String> out = new ArrayList<>();
        for (String n : text.strip().split("\\s+")) {
            if (n.matches("[A-Za-z0-9._-]+") && !n.startsWith(".")) {
                out.add(n);
            }
        }
        return out;
    }
}
