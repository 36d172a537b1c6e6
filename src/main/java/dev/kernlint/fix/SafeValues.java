package dev.kernlint.fix;

import dev.kernlint.engine.FixAction;

/**
 * The gate between findings and generated files: a key, value or interface name reaches a drop-in, a script or a
 * playbook only in a shape that cannot change what the file does (no quotes, newlines, ';', '$', backticks, '#').
 * The checks themselves are {@link dev.kernlint.shell.KernelNames}, the same for printed commands; everything is
 * quoted as well (commands by {@link dev.kernlint.shell.ShellCommand}); this is the second lock, not the only one.
 */
public final class SafeValues {

    private SafeValues() {}

    /** Null when the action may be written out; otherwise why not, for the advice line. */
    public static String problem(FixAction action) {
        return action.problem();
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

    /** A YAML single-quoted scalar (a quote inside is doubled). */
    public static String yamlQuote(String s) {
        return "'" + oneLine(s).replace("'", "''") + "'";
    }
}
