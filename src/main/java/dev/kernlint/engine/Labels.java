package dev.kernlint.engine;

import dev.kernlint.fact.Gap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Caps on text from the audited host where it enters a report: whoever controls the host names it, its processes
 * and its interfaces, and a 10,000-character host name would otherwise fill every line that shows it. A capped
 * text keeps its start and says how much was left out ("web1-...[+9747 chars]"), within the cap itself, so
 * capping twice changes nothing.
 */
public final class Labels {
    /** The longest name DNS allows. */
    public static final int HOSTNAME = 253;
    /** A name or value in the inventory or the evidence: an interface, a process, a disk model, a sysctl value. */
    public static final int LABEL = 256;
    /** A finding's message or a gap's text, which quote a few labels each. */
    public static final int MESSAGE = 2048;

    private Labels() {}

    public static String cap(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        String marker = "...[+" + s.length() + " chars]"; // the whole length: enough digits for what is cut
        int keep = max - marker.length();
        if (Character.isHighSurrogate(s.charAt(keep - 1))) {
            keep--; // never half a character
        }
        return s.substring(0, keep) + "...[+" + (s.length() - keep) + " chars]";
    }

    /** Every text in a value of maps, lists and scalars capped; the same instance when none needed it. */
    public static Object capAll(Object v, int max) {
        if (v instanceof String s) {
            return cap(s, max);
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = null;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object k = e.getKey() instanceof String ks ? cap(ks, max) : e.getKey();
                Object c = capAll(e.getValue(), max);
                if (out == null && (c != e.getValue() || k != e.getKey())) {
                    out = new LinkedHashMap<>();
                    for (Map.Entry<?, ?> before : m.entrySet()) {
                        if (before.getKey() == e.getKey()) {
                            break;
                        }
                        out.put(before.getKey(), before.getValue());
                    }
                }
                if (out != null) {
                    out.put(k, c);
                }
            }
            return out == null ? m : out;
        }
        if (v instanceof Collection<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            boolean changed = false;
            for (Object o : l) {
                Object c = capAll(o, max);
                changed |= c != o;
                out.add(c);
            }
            return changed ? out : l;
        }
        return v;
    }

    /** The host block with its name capped at {@link #HOSTNAME} and every other text at {@link #LABEL}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> host(Map<String, Object> host) {
        if (host == null) {
            return null;
        }
        Object name = host.get("hostname");
        Map<String, Object> out = (Map<String, Object>) capAll(host, LABEL);
        if (name instanceof String n && n.length() > HOSTNAME) {
            out = out == host ? new LinkedHashMap<>(host) : out;
            out.put("hostname", cap(n, HOSTNAME));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Finding> findings(List<Finding> findings) {
        if (findings == null) {
            return null;
        }
        List<Finding> out = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String message = cap(f.message(), MESSAGE);
            Map<String, Object> evidence = (Map<String, Object>) capAll(f.evidence(), LABEL);
            if (message != f.message() || evidence != f.evidence()) {
                if (out == null) {
                    out = new ArrayList<>(findings.subList(0, i));
                }
                f = new Finding(f.rule(), f.severity(), f.area(), f.title(), message, evidence, f.remediation(), f.fixes(),
                        f.fixAllowed(), f.fingerprint(), f.waiver(), f.advice());
            }
            if (out != null) {
                out.add(f);
            }
        }
        return out == null ? findings : out;
    }

    static List<AuditResult.GapReport> gaps(List<AuditResult.GapReport> gaps) {
        if (gaps == null) {
            return null;
        }
        List<AuditResult.GapReport> out = null;
        for (int i = 0; i < gaps.size(); i++) {
            AuditResult.GapReport g = gaps.get(i);
            String input = cap(g.gap().input(), MESSAGE);
            String reason = cap(g.gap().reason(), MESSAGE);
            if (input != g.gap().input() || reason != g.gap().reason()) {
                if (out == null) {
                    out = new ArrayList<>(gaps.subList(0, i));
                }
                g = new AuditResult.GapReport(new Gap(g.gap().area(), input, reason), g.rules());
            }
            if (out != null) {
                out.add(g);
            }
        }
        return out == null ? gaps : out;
    }
}
