package dev.kernlint.parse;

import dev.kernlint.fact.Mapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /proc/PID/smaps: each maps line followed by "Name:   N kB" lines. Which names appear depends on the kernel
 * (Anonymous since 2.6.26, THPeligible 5.x, Pss_Dirty 6.x, ProtectionKey with pkeys only); every "kB" field is
 * kept by name and the rest (VmFlags, THPeligible) is skipped, so old and new kernels parse alike.
 */
public final class SmapsParser {
    private SmapsParser() {}

    public static List<Mapping> parse(String text) {
        List<Mapping> out = new ArrayList<>();
        String header = null;
        Map<String, Long> kb = new LinkedHashMap<>();
        for (String l : text.split("\n")) {
            if (l.isBlank()) {
                continue;
            }
            if (MapsParser.isHeader(l)) {
                if (header != null) {
                    out.add(MapsParser.line(header, kb));
                }
                header = l;
                kb = new LinkedHashMap<>();
            } else if (header == null) {
                throw new ParseException("smaps field before any mapping: " + MapsParser.clip(l));
            } else {
                field(l, kb);
            }
        }
        if (header != null) {
            out.add(MapsParser.line(header, kb));
        }
        return out;
    }

    /** "Rss:   1234 kB" into kb; lines without a kB value are skipped. */
    static void field(String l, Map<String, Long> kb) {
        int colon = l.indexOf(':');
        if (colon <= 0 || !l.endsWith(" kB")) {
            return;
        }
        String v = l.substring(colon + 1, l.length() - 3).strip();
        try {
            kb.put(l.substring(0, colon), Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new ParseException("smaps field with a bad number: " + MapsParser.clip(l));
        }
    }
}
