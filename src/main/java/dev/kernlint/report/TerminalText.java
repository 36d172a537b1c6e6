package dev.kernlint.report;

/**
 * Text from any input (host, process and interface names, values, file names, messages) as it may reach a terminal
 * or a log: every character that a terminal acts on instead of showing is written as its escape, so a process
 * named "\x1b]0;pwned\x07" cannot set the operator's window title, a CR cannot overwrite the line shown, and a
 * newline cannot forge a report line. Every text renderer and every stderr line pass input through here, on a
 * terminal or not: a log viewed later with `cat` or `less -R` is a terminal too.
 *
 * <p>Escaped: C0 controls and DEL as backslash-x and two hex digits ("\x1b"; "\n", "\r", "\t" for the common
 * three); C1 controls, the line and paragraph separators, the bidirectional marks, overrides and isolates (which
 * reorder what is shown: "Trojan Source") and lone surrogates (which no encoder can write) as backslash-u and four
 * hex digits. Everything else, every printable non-ASCII letter included, is left as it is.
 */
public final class TerminalText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TerminalText() {}

    /** {@link #escape(String)} of the value's text; "null" for null, as string concatenation shows it. */
    public static String escape(Object value) {
        return escape(String.valueOf(value));
    }

    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        int i = 0;
        while (i < s.length() && !special(s, i)) {
            i++;
        }
        if (i == s.length()) {
            return s; // the usual case: nothing to escape, no copy
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!special(s, i)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x80) {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }

    /** True when the char at i must be escaped; a high surrogate followed by a low one is a letter like any other. */
    private static boolean special(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
            return true;
        }
        if (c < 0x61c) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u2028' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
