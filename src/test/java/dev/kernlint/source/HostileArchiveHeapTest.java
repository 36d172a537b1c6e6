package dev.kernlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.json.Json;
import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile archives audited by the real command line in a JVM of 300 MB heap: each ends in bounded time with exit 2
 * and one line, or with a gap, never with OutOfMemoryError or StackOverflowError (exit 3).
 */
class HostileArchiveHeapTest {
    @TempDir
    Path dir;

    private static Processes.Result audit(Path snapshot) {
        long start = System.nanoTime();
        Processes.Result r = Processes.run(List.of(Processes.java(), "-Xmx300m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), "dev.kernlint.cli.Main",
                "audit", "--snapshot", snapshot.toString(), "--format", "json"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 50_000, snapshot.getFileName() + " took " + ms + " ms");
        assertFalse(r.err().contains("OutOfMemoryError") || r.err().contains("StackOverflowError"), r.err());
        return r;
    }

    private static void assertRefused(Processes.Result r, String words) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("kernlint: ") && lines.get(0).contains(words), r.err());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> gaps(Processes.Result r) {
        assertTrue(r.exit() == 0 || r.exit() == 1, "exit " + r.exit() + ": " + r.err());
        return (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(r.out())).get("gaps");
    }

    @Test
    void aGzipBombIsRefused() throws IOException {
        assertRefused(audit(TarBuilder.gzipBomb(dir.resolve("bomb.tar.gz"))), "a decompression bomb");
    }

    @Test
    void a40000DeepEntryIsRefused() throws IOException {
        Path t = TarBuilder.longName(dir.resolve("deep.tar.gz"), "proc/" + "a/".repeat(40_000) + "f");
        assertRefused(audit(t), "longer than 4096 characters");
    }

    @Test
    void aHugeEntryIsAGapAndTheAuditGoesOn() throws IOException {
        Path t = TarBuilder.bigEntry(dir.resolve("huge.tar"), "proc/slabinfo", 200L << 20,
                "proc/meminfo", "MemTotal: 1000 kB\nMemFree: 500 kB\n");
        List<Map<String, Object>> gaps = gaps(audit(t));
        assertTrue(gaps.stream().anyMatch(g -> g.get("input").equals("/proc/slabinfo")
                && g.get("reason").equals("larger than the 64 MiB read cap (--max-file-size)")), gaps.toString());
    }

    @Test
    void moreThanTheHeapInFilesUnderTheCapIsSpilledNotHeld() throws IOException {
        // 6 files of 60 MiB: 360 MiB, each under the 64 MiB cap, more than the whole heap
        Path t = TarBuilder.bigEntries(dir.resolve("many.tar"), 6, 60L << 20);
        gaps(audit(t));
    }
}
