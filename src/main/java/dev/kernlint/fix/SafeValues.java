package dev.kernlint.fix;

import dev.kernlint.collect.RingBufferCollector;
import dev.kernlint.engine.FixAction;
import java.util.regex.Pattern;

/**
 * The gate between findings and generated files: a key, value or interface name reaches a drop-in, a script or a
 * playbook only in a shape that cannot change what the file does (no quotes, newlines, ';', '$', backticks, '#').
 * Everything is quoted as well; this is the second lock, not the only one.
 */
public final class SafeValues {
    /** Dotted segments; '/' inside a segment stands for '.' in a path part (VLAN names), never a leading one. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_/-]*(\\.[A-Za-z0-9_][A-Za-z0-9_/-]*)+");
    /** Numbers, vectors ("1024 65535") and simple tokens (bbr, fq_codel, 0-3); one space between words. */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.:,/+@%-]+( [A-Za-z0-9_.:,/+@%-]+)*");
    private static final int MAX = 256;

    private SafeValues() {}

    /** Null when the action may be written out; otherwise why not, for the advice line. */
    public static String problem(FixAction action) {
        if (action instanceof FixAction.SetSysctl s) {
            String k = keyProblem(s.key());
            return k != null ? k : valueProblem(s.key(), s.value());
        }
        if (action instanceof FixAction.RemoveSysctl r) {
            return keyProblem(r.key());
        }
        FixAction.SetRing g = (FixAction.SetRing) action;
        if (g.iface() == null || !RingBufferCollector.IFACE.matcher(g.iface()).matches() || g.iface().startsWith("-")
                || g.iface().startsWith(".")) {
            return "interface name '" + oneLine(g.iface()) + "' is not one kernlint puts in a command";
        }
        if (g.rx() == null && g.tx() == null) {
            return "no ring size to set";
        }
        if (badSize(g.rx()) || badSize(g.tx())) {
            return "ring size out of range (rx " + g.rx() + ", tx " + g.tx() + ")";
        }
        return null;
    }

    static String keyProblem(String key) {
        if (key == null || key.length() > MAX || !KEY.matcher(key).matches()) {
            return "key '" + oneLine(key) + "' is not a kernel parameter name kernlint puts in a file";
        }
        return null;
    }

    static String valueProblem(String key, String value) {
        if (value == null || value.length() > MAX || !VALUE.matcher(value).matches()) {
            return "value '" + oneLine(value) + "' for " + key + " has characters kernlint does not put in a file"
                    + " (allowed: letters, digits, single spaces and . _ : , / + @ % -)";
        }
        return null;
    }

    private static boolean badSize(Long n) {
        return n != null && (n < 1 || n > Integer.MAX_VALUE);
    }

    /** Text for a comment line: control characters (newlines above all) become spaces. */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return sb.toString().strip();
    }

    /** A shell word that stays one word whatever it holds: 'text', with ' written as '\''. */
    public static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** A YAML single-quoted scalar (a quote inside is doubled). */
    public static String yamlQuote(String s) {
        return "'" + oneLine(s).replace("'", "''") + "'";
    }
}
