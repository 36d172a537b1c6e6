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

    private static String stat(int pid, String comm, long start) {
        return pid + " (" + comm + ") S 1 " + pid + " " + pid + " 0 -1 4194560 100 0 0 0 5 5 0 0 20 0 1 0 " + start
                + " 100000000 2000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n";
    }

    /** Processes 1 (grows 4 MB), 50 (grows 40 MB), 60 (shrinks) and 70 (its pid reused by a new process). */
    private Path withProcesses(String name, boolean later) {
        int g = later ? 1 : 0;
        return Fixtures.write(tmp.resolve(name),
                "proc/meminfo", String.format(MEMINFO, 80_000, 40_000),
                "proc/1/stat", stat(1, "init", 5), "proc/1/statm", "9000 " + (3000 + g * 1024) + " 1000 1 0 1 0\n",
                "proc/50/stat", stat(50, "leaky", 100), "proc/50/statm", "90000 " + (20000 + g * 10240) + " 1000 1 0 1 0\n",
                "proc/60/stat", stat(60, "shrinks", 200), "proc/60/statm", "90000 " + (20000 - g * 5000) + " 1000 1 0 1 0\n",
                "proc/70/stat", stat(70, "worker", 300 + g), "proc/70/statm", "90000 " + (2000 + g * 50000) + " 1000 1 0 1 0\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void growthNamesTheProcessesWhoseAnonymousMemoryGrewMost() {
        Run r = run("diff", withProcesses("p0", false).toString(), withProcesses("p1", true).toString(), "--format", "json");
        Map<String, Object> d = (Map<String, Object>) Json.parse(r.out());
        List<Map<String, Object>> rss = ((List<Map<String, Object>>) d.get("growth")).stream()
                .filter(g -> g.get("metric").toString().startsWith("process_rss_anon")).toList();
        assertEquals(List.of("process_rss_anon 50@100 (leaky)", "process_rss_anon 1@5 (init)"), rss.stream().map(g -> g.get("metric")).toList(), r.out());
        assertEquals(40_960L, rss.get(0).get("delta"));
    }

    @Test
    void snapshotsOfTwoHostsAreRefusedUnlessMeant() {
        Path web1 = Fixtures.write(tmp.resolve("web1"), "proc/sys/kernel/hostname", "web1\n", "proc/sys/net/ipv4/tcp_tw_recycle", "0\n");
        Path web2 = Fixtures.write(tmp.resolve("web2"), "proc/sys/kernel/hostname", "web2\n", "proc/sys/net/ipv4/tcp_tw_recycle", "1\n");
        Run r = run("diff", web1.toString(), web2.toString());
        assertEquals(2, r.code(), r.out());
        assertEquals("kernlint: " + web2 + " is a snapshot of host web2, but " + web1 + " is of web1"
                + " (--any-host compares across hosts)\n", r.err());
        Run meant = run("diff", web1.toString(), web2.toString(), "--any-host");
        assertEquals(1, meant.code(), meant.err());
        assertTrue(meant.out().contains("NET-TW-RECYCLE"), meant.out());
        // the short and the full name of one host are the same host
        Path fqdn = Fixtures.write(tmp.resolve("fqdn"), "proc/sys/kernel/hostname", "web1.example.com\n", "proc/sys/net/ipv4/tcp_tw_recycle", "0\n");
        assertEquals(0, run("diff", web1.toString(), fqdn.toString()).code());
    }

    @Test
    void aMissingSnapshotIsExitTwoWithOneLine() {
        Run r = run("diff", tmp.resolve("nope").toString(), tmp.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("kernlint: snapshot not found"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }
}
