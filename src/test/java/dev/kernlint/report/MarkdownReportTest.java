package dev.kernlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.RichResult;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
    @Test
    void verdictTableDetailsWaiversAndGaps() {
        String md = new MarkdownReport().render(RichResult.build());
        assertTrue(md.startsWith("### kernlint: web1 - "), md);
        assertTrue(md.contains("| Severity | Rule | Finding | Fix |"));
        assertTrue(md.contains("`sysctl -w net.ipv4.tcp_max_syn_backlog=4096`"), md);
        assertTrue(md.contains("<details><summary>Evidence and remediation</summary>"));
        assertTrue(md.contains("**Waived**"));
        assertTrue(md.contains("legacy NAT &lt;appliance&gt; &amp; 'friends' \\| replaced in Q1"), "escaped inside a table cell: " + md);
        assertTrue(md.contains("expired on 2001\\-01\\-01") || md.contains("expired on 2001-01-01"), md);
        assertTrue(md.contains("is stale"));
        assertTrue(md.contains("`/proc/slabinfo`: permission denied &lt;root&gt; &amp; \"more\""), md);
        assertTrue(md.contains("Only findings new since"));
        assertFalse(md.contains("<appliance>"), "no raw HTML from the data");
    }

    @Test
    void aCleanHostSaysSo() {
        String md = new MarkdownReport().render(Fixtures.audit("ci-db1", dev.kernlint.profile.ProfileLoader.load("database")));
        assertTrue(md.startsWith("### kernlint: db1 - no findings\n"), md);
        assertFalse(md.contains("| Severity |"));
    }

    @Test
    void escaping() {
        assertEquals("a\\*b\\_c \\[x\\]\\(y\\) \\| &lt;img&gt;", MarkdownReport.inline("a*b_c [x](y) | <img>"));
        assertEquals("`https://evil.example/`", MarkdownReport.inline("https://evil.example/"), "no bare autolink");
        assertEquals("\\- item", MarkdownReport.block("- item"));
        assertEquals("1\\. item", MarkdownReport.block("1. item"));
        assertEquals("a\\\\r\\\\nb", MarkdownReport.inline("a\r\nb"), "a line end shown, not made");
        assertEquals("`` a`b ``", MarkdownReport.code("a`b").replace("``a`b``", "`` a`b ``"));
        assertEquals("`x\\|y`", MarkdownReport.codeCell("x|y"));
    }
}
