package dev.kernlint.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.cli.Main;
import dev.kernlint.json.Json;
import dev.kernlint.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiffCommandTest {
    @TempDir
    Path tmp;

    private static final String MEMINFO = "MemTotal: 1000000 kB\nMemFree: 500000 kB\nSlab: %d kB\nSUnreclaim: %d kB\nSwapTotal: 0 kB\nSwapFree: 0 kB\nAnonPages: 1000 kB\n";

    private Path host(String name, String tcpTwRecycle, long slab) {
        return Fixtures.write(tmp.resolve(name),
                "proc/sys/net/ipv4/tcp_tw_recycle", tcpTwRecycle + "\n",
                "proc/sys/net/core/somaxconn", "4096\n",
                "proc/meminfo", String.format(MEMINFO, slab, slab / 2));
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsChangedParametersNewFindingsAndGrowth() {
        Path before = host("before", "0", 80_000);
        Path after = host("after", "1", 120_000);
        Run r = run("diff", before.toString(), after.toString(), "--format", "json");
        assertEquals(1, r.code(), r.err());
        Map<String, Object> d = (Map<String, Object>) Json.parse(r.out());
        assertEquals("kernlint-diff/1", d.get("schema"));
        List<Map<String, Object>> sysctl = (List<Map<String, Object>>) d.get("sysctl");
        assertEquals(List.of(Map.of("key", "net.ipv4.tcp_tw_recycle", "old", "0", "new", "1")), sysctl);
        List<Map<String, Object>> appeared = (List<Map<String, Object>>) d.get("appeared");
        assertEquals(1, appeared.size());
        assertEquals("NET-TW-RECYCLE", appeared.get(0).get("rule"));
        assertTrue(((List<?>) d.get("resolved")).isEmpty());
        Map<String, Object> slab = ((List<Map<String, Object>>) d.get("growth")).stream()
                .filter(g -> g.get("metric").equals("slab")).findFirst().orElseThrow();
        assertEquals(40_000L, slab.get("delta"));

        Run back = run("diff", after.toString(), before.toString());
        assertEquals(0, back.code(), back.err());
        assertTrue(back.out().contains("Findings resolved"), back.out());
        assertTrue(back.out().contains("- critical NET-TW-RECYCLE"), back.out());
        assertTrue(back.out().contains("net.ipv4.tcp_tw_recycle: 1 -> 0"), back.out());
    }

    @Test
    void aMissingSnapshotIsExitTwoWithOneLine() {
        Run r = run("diff", tmp.resolve("nope").toString(), tmp.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("kernlint: snapshot not found"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }
}
