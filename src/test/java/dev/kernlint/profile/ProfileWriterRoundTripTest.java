package dev.kernlint.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.Severity;
import dev.kernlint.fact.ExpectedRing;
import dev.kernlint.fact.ExpectedSysctl;
import dev.kernlint.fact.RingBuffer;
import dev.kernlint.fact.SysctlValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What ProfileWriter writes from hostile names and values loads back through the real ProfileLoader as exactly
 * the profile that was meant: no value becomes a key, a comment, a tag, an anchor or another document.
 */
class ProfileWriterRoundTripTest {
    @TempDir
    Path dir;

    static List<String> hostile() {
        return List.of(
                "web1\nrules: {NET-TW-RECYCLE: {enabled: false}}",
                "web1\n\nrules:\n  NET-TW-RECYCLE:\n    enabled: false\n",
                "web1\r\nrules: {NET-TW-RECYCLE: {enabled: false}}",
                "a: b", "#not a comment", "x # y", "{a: 1}", "[1, 2]", "!!python/object:os.system", "!foo bar",
                "&anchor x", "*anchor", "'single'", "\"double\"", "it's", "a\\nb", "yes", "no", "on", "off", "~", "null",
                "true", "0x1F", "1_000", "1e5", ".inf", "2027-03-31", "---", "...", "--- !!map", "- item", "? key", "| block",
                "> folded", "%YAML 1.1", "@at", "`tick`", "tab\there", "nul\u0000byte", "esc\u001b]0;title\u0007",
                "line\u2028sep", "para\u2029sep", "next\u0085line", "bom\ufeff", "del\u007f", "\u00e9t\u00e9 \u65e5\u672c",
                "emoji \ud83d\ude00", "lone \ud800 surrogate", "x".repeat(20_000), "a: b\n".repeat(500));
    }

    private Profile load(String yaml) throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, yaml);
        return ProfileLoader.load(file.toString());
    }

    /** Everything but where it was loaded from. */
    private static void assertSameProfile(Profile meant, Profile back) {
        assertEquals(meant.name(), back.name(), "name");
        assertEquals(meant.description(), back.description(), "description");
        assertEquals(meant.baselineSeverity(), back.baselineSeverity(), "baseline_severity");
        assertEquals(meant.thresholds(), back.thresholds(), "thresholds");
        assertEquals(meant.rules(), back.rules(), "rules");
        assertEquals(meant.sysctl(), back.sysctl(), "sysctl");
        assertEquals(meant.rings(), back.rings(), "rings");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aHostileDescriptionAndValueLoadBackAsThemselves(String s) throws Exception {
        String value = s.strip().isEmpty() || !s.equals(s.strip()) || s.startsWith(">") || s.startsWith("<") || s.startsWith("=")
                ? "v" + s.strip() + "v" : s;
        Map<String, Map<String, Double>> thresholds = new LinkedHashMap<>();
        thresholds.put("NET-SOMAXCONN-LOW", Map.of("min", 4096.0));
        Profile meant = new Profile("pinned", "x", s, thresholds,
                List.of(ExpectedSysctl.exact("net.core.somaxconn", value, "warning"),
                        ExpectedSysctl.bound("fs.file-max", ">=", 65536, "warning"),
                        ExpectedSysctl.oneOf("net.ipv4.tcp_congestion_control", List.of(value, "bbr"), "critical")),
                Map.of(), List.of(new ExpectedRing("eth0", "rx", "==", 256, "warning")), Severity.WARNING, List.of());
        String yaml = ProfileWriter.write(meant, null, List.of("from " + s));
        assertSameProfile(meant, load(yaml));
        assertFalse(yaml.contains("&") && yaml.lines().anyMatch(l -> l.matches("\\s*\\w+: &.*")), "no anchor: " + yaml);
        assertTrue(yaml.lines().filter(l -> l.startsWith("#")).count() == 1, "the comment is one line:\n" + yaml);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aHostileProfileNameLoadsBackAsItself(String s) throws Exception {
        String name = "n" + s.strip() + "n";
        Profile meant = new Profile(name, "x", "", Map.of(), List.of(), Map.of(), List.of(), Severity.WARNING, List.of());
        assertSameProfile(meant, load(ProfileWriter.write(meant, null, List.of())));
    }

    @Test
    void baselinePinsHostileValuesItCanStateAndLeavesOutTheOthers() throws Exception {
        List<SysctlValue> running = new ArrayList<>();
        running.add(new SysctlValue("net.core.somaxconn", "1' ; touch /tmp/p ; echo '"));
        running.add(new SysctlValue("kernel.core_pattern", "|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h"));
        running.add(new SysctlValue("kernel.x1", "a\nrules: {NET-TW-RECYCLE: {enabled: false}}"));
        running.add(new SysctlValue("kernel.x2", ">= 5"));
        running.add(new SysctlValue("kernel.x3", ""));
        running.add(new SysctlValue("kernel.x4", " padded"));
        running.add(new SysctlValue("kernel.x5\nrules", "1"));
        Profile ref = new Profile("ref", "x", "", Map.of(), List.of(ExpectedSysctl.exact("net.core.somaxconn", "4096", null)),
                Map.of(), List.of(), Severity.WARNING, List.of());
        Baseline.Pinned p = new Baseline(List.of(ref), List.of("kernel.*")).pin("h-baseline",
                "Pinned from web1\nrules: {NET-TW-RECYCLE: {enabled: false}}", running,
                List.of(new RingBuffer("eth0", 256L, 4096L, 4096L, 4096L)));
        assertEquals(List.of("kernel.x2", "kernel.x3", "kernel.x4", "kernel.x5\nrules"), p.unpinnable());
        Profile back = load(ProfileWriter.write(p.profile(), null, List.of("h")));
        assertSameProfile(p.profile(), back);
        assertTrue(back.rules().isEmpty(), back.rules().toString());
        // SysctlValue folds white space as the kernel's own reading does; the fold is what was meant
        assertEquals("a rules: {NET-TW-RECYCLE: {enabled: false}}",
                back.sysctl().stream().filter(e -> e.key().equals("kernel.x1")).findFirst().orElseThrow().allowed().get(0));
    }

    @Test
    void aCommentLineKeepsPrintableAsciiOnly() throws Exception {
        Profile meant = new Profile("p", "x", "", Map.of(), List.of(), Map.of(), List.of(), Severity.WARNING, List.of());
        String yaml = ProfileWriter.write(meant, null, List.of("a\nrules: {NET-TW-RECYCLE: {enabled: false}}", "b\u2028c\rd\u0085e"));
        assertTrue(yaml.startsWith("# a?rules: {NET-TW-RECYCLE: {enabled: false}}\n# b?c?d?e\nname: p\n"), yaml);
        assertTrue(load(yaml).rules().isEmpty());
    }
}
