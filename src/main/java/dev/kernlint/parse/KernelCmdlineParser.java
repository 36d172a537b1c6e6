package dev.kernlint.parse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /proc/cmdline: "BOOT_IMAGE=/vmlinuz-6.1.0 root=UUID=... ro quiet numa=off". Parameters are space separated;
 * a flag without '=' maps to "". Double quotes group a value with spaces (param="a b").
 */
public final class KernelCmdlineParser {
    private KernelCmdlineParser() {}

    public static Map<String, String> parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        String t = text.strip() + " ";
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (word.length() > 0) {
                    String w = word.toString();
                    int eq = w.indexOf('=');
                    m.put(eq < 0 ? w : w.substring(0, eq), eq < 0 ? "" : w.substring(eq + 1));
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        return m;
    }
}
