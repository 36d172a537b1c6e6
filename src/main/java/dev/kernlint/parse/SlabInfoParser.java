package dev.kernlint.parse;

import dev.kernlint.fact.SlabCache;
import java.util.ArrayList;
import java.util.List;

/**
 * /proc/slabinfo version 2.1 (SLAB and SLUB since 2.6.x):
 * <pre>
 * slabinfo - version: 2.1
 * # name            &lt;active_objs&gt; &lt;num_objs&gt; &lt;objsize&gt; &lt;objperslab&gt; &lt;pagesperslab&gt; : tunables ... : slabdata &lt;active_slabs&gt; &lt;num_slabs&gt; &lt;sharedavail&gt;
 * dentry            612345 613200    192   21    1 : tunables    0    0    0 : slabdata  29200  29200      0
 * </pre>
 * A SLAB kernel built with statistics appends ": globalstat ..." and ": cpustat ..." sections; they are ignored.
 */
public final class SlabInfoParser {
    private SlabInfoParser() {}

    public static List<SlabCache> parse(String text) {
        String[] lines = text.split("\n");
        String header = lines.length == 0 ? "" : lines[0].strip();
        if (!header.startsWith("slabinfo - version:")) {
            throw new ParseException("slabinfo: no 'slabinfo - version:' header (got '" + KernelReleaseParser.abbreviate(header) + "')");
        }
        String version = header.substring("slabinfo - version:".length()).strip();
        if (!version.equals("2.1") && !version.startsWith("2.1 ")) {
            throw new ParseException("slabinfo: version " + version + " is not supported (2.1 is, since Linux 2.6.10)");
        }
        List<SlabCache> caches = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            caches.add(cache(line));
        }
        return caches;
    }

    private static SlabCache cache(String line) {
        int slabdata = line.indexOf(": slabdata");
        int firstColon = line.indexOf(':');
        if (slabdata < 0 || firstColon < 0) {
            throw new ParseException("slabinfo: no ': slabdata' section in '" + KernelReleaseParser.abbreviate(line) + "'");
        }
        String[] head = line.substring(0, firstColon).trim().split("\\s+");
        String[] data = line.substring(slabdata + ": slabdata".length()).trim().split("\\s+");
        if (head.length != 6 || data.length < 2) {
            throw new ParseException("slabinfo: expected 'name 5 numbers : ... : slabdata 3 numbers' in '"
                    + KernelReleaseParser.abbreviate(line) + "'");
        }
        try {
            return new SlabCache(head[0], Long.parseLong(head[1]), Long.parseLong(head[2]), Long.parseLong(head[3]),
                    Long.parseLong(head[4]), Long.parseLong(head[5]), Long.parseLong(data[0]), Long.parseLong(data[1]));
        } catch (NumberFormatException e) {
            throw new ParseException("slabinfo: not a number in '" + KernelReleaseParser.abbreviate(line) + "'");
        }
    }
}
