package dev.kernlint.report;

import java.math.BigDecimal;

/**
 * The escapes of Prometheus' text exposition format (version 0.0.4), which node_exporter's textfile collector
 * parses: in a label value a backslash, a double quote and a line feed are escaped; in HELP text a backslash and a
 * line feed, and those read back exactly. The format has no other escape (the parser rejects one), so the other
 * characters a terminal acts on (CR, ESC, NUL, bidi overrides) and the lone surrogates UTF-8 cannot carry are written
 * as the text reports write them ("\x1b", "\r"), as text: the value reads back with that text in their place.
 */
final class ExpositionText {
    private ExpositionText() {}

    static String labelValue(String s) {
        return escape(s, true);
    }

    static String help(String s) {
        return escape(s, false);
    }

    /**
     * A label name from an evidence name: [a-zA-Z_][a-zA-Z0-9_]*, and never the "__" prefix Prometheus keeps for
     * itself. Anything else becomes '_'.
     */
    static String labelName(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 1);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
            sb.append(ok ? c : (i == 0 && c >= '0' && c <= '9') ? "_" + c : "_");
        }
        if (sb.isEmpty() || sb.charAt(0) == '_' && sb.length() > 1 && sb.charAt(1) == '_') {
            sb.insert(0, "subject");
        }
        return sb.toString();
    }

    /** Milliseconds as seconds, written exactly ("1.234", "1764633600.5"): no exponent, no rounding. */
    static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }

    private static String escape(String s, boolean quote) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        int run = 0; // start of the text between the format's own escapes
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\n' || (c == '"' && quote)) {
                shown(sb, s.substring(run, i));
                sb.append('\\').append(c == '\n' ? 'n' : c);
                run = i + 1;
            }
        }
        shown(sb, s.substring(run));
        return sb.toString();
    }

    /**
     * Text without backslash, quote or newline, its other controls (and lone surrogates, bidi overrides) written as
     * TerminalText writes them, backslash and all: `cat` of the file or a dashboard showing the value acts on none.
     */
    private static void shown(StringBuilder sb, String text) {
        sb.append(TerminalText.escape(text).replace("\\", "\\\\"));
    }
}
