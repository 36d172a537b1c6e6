package dev.kernlint.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The growth rows line up, process rows (long names) included. */
class DiffTextReportTest {
    @Test
    void growthColumnsAlign() {
        List<HostDiff.Growth> growth = List.of(
                new HostDiff.Growth("slab", "kB", 1000, 5000),
                new HostDiff.Growth("process_rss_anon 6587@19228 (memfd:sealed-91)", "kB", 100, 900000),
                new HostDiff.Growth("tcp_time_wait", "sockets", 10, 20));
        String out = DiffTextReport.render(new HostDiff("a", "b", null, null, List.of(), List.of(), List.of(), growth, null, null));
        List<String> rows = out.lines().filter(l -> l.contains(" -> ") && l.startsWith("  ")).toList();
        assertEquals(3, rows.size(), out);
        int arrow = rows.get(0).indexOf(" -> ");
        int paren = rows.get(0).indexOf(" (");
        for (String r : rows) {
            assertEquals(arrow, r.indexOf(" -> "), "the arrows line up:\n" + out);
            assertEquals(paren, r.lastIndexOf(" (+"), "the deltas line up:\n" + out);
        }
        assertTrue(rows.get(1).startsWith("  process_rss_anon 6587@19228 (memfd:sealed-91) "), out);
    }
}
