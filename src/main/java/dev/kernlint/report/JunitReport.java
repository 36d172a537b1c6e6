package dev.kernlint.report;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.engine.Finding;
import dev.kernlint.engine.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * JUnit XML as Jenkins (junit step) and GitLab (artifacts:reports:junit) read it: one testsuite per host, one
 * testcase per rule that was evaluated or could not be, a failure for a rule with findings that count, skipped
 * for a rule a gap kept from judging. classname is kernlint.AREA, so CI groups the rules by area.
 */
public final class JunitReport implements Renderer {
    private final Map<String, RuleInfo> rules;

    public JunitReport(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    @Override
    public String render(AuditResult r) {
        Suite suite = suite(r);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"kernlint\" " + suite.counts() + ">\n"
                + suite.xml() + "</testsuites>\n";
    }

    /** One host's testsuite element, and its counts for the testsuites element around it (a fleet has one per host). */
    public record Suite(String xml, int tests, int failures, int skipped, String counts) {}

    public Suite suite(AuditResult r) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<String>> gapsByRule = new LinkedHashMap<>();
        for (AuditResult.GapReport g : r.gaps()) {
            for (String id : g.rules()) {
                gapsByRule.computeIfAbsent(id, k -> new ArrayList<>()).add(g.gap().input() + ": " + g.gap().reason());
            }
        }
        TreeSet<String> ids = new TreeSet<>(r.rulesEvaluated());
        ids.addAll(r.rulesNotEvaluated());
        ids.addAll(byRule.keySet());

        StringBuilder cases = new StringBuilder();
        int failures = 0;
        int skipped = 0;
        for (String id : ids) {
            RuleInfo info = rules.get(id);
            String area = info != null ? info.area() : "other";
            String title = info != null ? info.title() : id;
            List<Finding> all = byRule.getOrDefault(id, List.of());
            List<Finding> active = all.stream().filter(f -> !f.waived()).toList();
            List<Finding> waived = all.stream().filter(Finding::waived).toList();
            List<String> gaps = gapsByRule.getOrDefault(id, List.of());
            cases.append("    <testcase classname=\"kernlint.").append(attr(area)).append("\" name=\"")
                    .append(attr(id + " " + title)).append("\" time=\"0\">\n");
            StringBuilder out = new StringBuilder();
            if (!active.isEmpty()) {
                failures++;
                Finding worst = active.get(0);
                for (Finding f : active) {
                    if (f.severity().compareTo(worst.severity()) > 0) {
                        worst = f;
                    }
                }
                String message = active.size() == 1 ? worst.message() : active.size() + " findings; " + worst.message();
                cases.append("      <failure type=\"").append(worst.severity().label()).append("\" message=\"")
                        .append(attr(message)).append("\">");
                for (Finding f : active) {
                    cases.append(text(details(f)));
                }
                cases.append("</failure>\n");
            } else if (!gaps.isEmpty()) {
                skipped++;
                cases.append("      <skipped message=\"").append(attr("not evaluated: " + String.join("; ", gaps))).append("\"/>\n");
            }
            if (!active.isEmpty() && !gaps.isEmpty()) {
                out.append("also not evaluated in part: ").append(String.join("; ", gaps)).append('\n');
            }
            for (Finding f : waived) {
                out.append("waived until ").append(f.waiver().expires()).append(" (").append(f.waiver().owner()).append(": ")
                        .append(f.waiver().reason()).append(", ").append(f.waiver().origin()).append("): ").append(f.message()).append('\n');
            }
            if (out.length() > 0) {
                cases.append("      <system-out>").append(text(out.toString())).append("</system-out>\n");
            }
            cases.append("    </testcase>\n");
        }
        String time = String.format(Locale.ROOT, "%.3f", r.durationMillis() / 1000.0);
        String counts = "tests=\"" + ids.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped + "\" time=\"" + time + "\"";
        StringBuilder sb = new StringBuilder();
        sb.append("  <testsuite name=\"").append(attr("kernlint " + r.hostname())).append("\" ").append(counts)
                .append(" hostname=\"").append(attr(r.hostname())).append("\"");
        Object at = r.host().get("collected_at");
        if (at != null) {
            sb.append(" timestamp=\"").append(attr(at.toString().replaceFirst("Z$", ""))).append("\"");
        }
        sb.append(">\n    <properties>\n");
        property(sb, "profile", r.profile());
        property(sb, "source", r.source());
        property(sb, "kernel", r.host().get("kernel"));
        if (r.newSince() != null) {
            property(sb, "new_since", r.newSince().report() + " (" + r.newSince().known() + " known findings left out)");
        }
        for (AuditResult.WaiverReport w : r.waivers()) {
            if (w.status().equals(AuditResult.WaiverReport.EXPIRED) || w.status().equals(AuditResult.WaiverReport.STALE)) {
                property(sb, "waiver_" + w.status(), w.rule() + " at " + w.origin() + " (expires " + w.expires() + ")");
            }
        }
        sb.append("    </properties>\n");
        sb.append(cases);
        sb.append("  </testsuite>\n");
        return new Suite(sb.toString(), ids.size(), failures, skipped, counts);
    }

    private static void property(StringBuilder sb, String name, Object value) {
        if (value != null) {
            sb.append("      <property name=\"").append(attr(name)).append("\" value=\"").append(attr(value.toString())).append("\"/>\n");
        }
    }

    private static String details(Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(f.severity().label()).append("] ").append(f.message()).append('\n');
        f.evidence().forEach((k, v) -> sb.append("  ").append(k).append(" = ").append(v).append('\n'));
        if (f.waiver() != null && f.waiver().expired()) {
            sb.append("  waiver expired ").append(f.waiver().expires()).append(" (").append(f.waiver().origin()).append(")\n");
        }
        if (!f.remediation().isEmpty()) {
            sb.append("  fix: ").append(f.remediation()).append('\n');
        }
        for (String c : f.commands()) {
            sb.append("  $ ").append(c).append('\n');
        }
        return sb.toString();
    }

    /**
     * XML 1.0 text: markup escaped; a character XML 1.0 cannot hold at all (C0 controls but tab, LF and CR, a
     * surrogate without its pair, U+FFFE, U+FFFF) replaced by U+FFFD, so the report stays well-formed and writable.
     */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || Character.isSurrogate(c)
                            || c == 0xFFFE || c == 0xFFFF) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;").replace("\r", "&#13;");
    }
}
