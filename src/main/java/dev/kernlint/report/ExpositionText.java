package dev.kernlint.report;

import java.math.BigDecimal;

/**
 * The escapes of Prometheus' text exposition format (version 0.0.4), which node_exporter's textfile collector
 * parses: in a label value a backslash, a double quote and a line feed are escaped; in HELP text a backslash and a
 * line feed. Nothing else may be escaped (the parser rejects any other escape), so other characters go as they
 * are, except what UTF-8 cannot carry: the parser rejects invalid UTF-8, so a lone surrogate becomes U+FFFD.
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
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '"' && quote) {
                sb.append("\\\"");
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\ufffd');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
