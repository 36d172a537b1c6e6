package dev.kernlint.parse;

import java.util.LinkedHashMap;
import java.util.Map;

/** /proc/vmstat: "nr_free_pages 123456" per line; counters are pages or events, cumulative since boot. */
public final class VmStatParser {
    private VmStatParser() {}

    public static Map<String, Long> parse(String text) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int sp = line.indexOf(' ');
            if (sp <= 0) {
                continue;
            }
            try {
                m.put(line.substring(0, sp), Long.parseLong(line.substring(sp + 1).trim()));
            } catch (NumberFormatException e) {
                throw new ParseException("vmstat: '" + KernelReleaseParser.abbreviate(line) + "' is not 'name count'");
            }
        }
        if (m.isEmpty()) {
            throw new ParseException("vmstat: empty");
        }
        return m;
    }
}
