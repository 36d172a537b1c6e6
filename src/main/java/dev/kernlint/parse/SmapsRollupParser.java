package dev.kernlint.parse;

import dev.kernlint.fact.Mapping;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /proc/PID/smaps_rollup (4.14+): one "[rollup]" header spanning the whole address space and the smaps fields
 * summed over every mapping. Pss_Anon, Pss_File and Pss_Shmem appear since 5.4, Pss_Dirty since 6.x; a kernel
 * without them simply has no such key.
 */
public final class SmapsRollupParser {
    private SmapsRollupParser() {}

    /** The summed kB fields by name ("Rss", "Anonymous", "Swap", "Pss_Anon" ...). */
    public static Map<String, Long> parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !MapsParser.isHeader(lines[0]) || !lines[0].strip().endsWith("[rollup]")) {
            throw new ParseException("smaps_rollup does not start with a [rollup] line");
        }
        Map<String, Long> kb = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (MapsParser.isHeader(lines[i])) {
                throw new ParseException("smaps_rollup holds a second mapping: " + MapsParser.clip(lines[i]));
            }
            SmapsParser.field(lines[i], kb);
        }
        return kb;
    }

    /** The rollup's header as a mapping, for the address space's span. */
    public static Mapping span(String text) {
        return MapsParser.line(text.split("\n", 2)[0], parse(text));
    }
}
