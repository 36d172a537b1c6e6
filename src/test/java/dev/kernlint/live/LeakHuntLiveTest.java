package dev.kernlint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Cli;
import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The book's leak hunt on this host, end to end: a C program that mallocs 1 MB every 100 ms and never frees is
 * flagged by MEM-RSS-LEAK with its growing region, whose range the process's own /proc/PID/maps confirms; its
 * twin that frees is not; and the gdb command kernlint prints, run as built, dumps memory whose strings are the
 * words the program wrote.
 */
class LeakHuntLiveTest {

    @Test
    @Timeout(120)
    void theLeakerIsFlaggedWithItsRegionAndTheDumpShowsWhatItWrote() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/smaps")), "needs a Linux /proc with smaps");
        Assumptions.assumeTrue(Processes.works("gcc", "--version"), "needs gcc (apt-get install gcc)");
        Assumptions.assumeTrue(Processes.works("gdb", "--version"), "needs gdb (apt-get install gdb)");
        Assumptions.assumeTrue(Processes.works("strings", "--version"), "needs strings (apt-get install binutils)");
        Path dir = Files.createTempDirectory("kernlint-leak");
        Process leaker = null;
        Process twin = null;
        Path dump = null;
        try {
            Path program = dir.resolve("leak");
            Process cc = new ProcessBuilder("gcc", "-O0", "-o", program.toString(), "src/test/resources/live/leak.c")
                    .redirectErrorStream(true).start();
            assertTrue(cc.waitFor(60, TimeUnit.SECONDS), "gcc took over 60 s");
            assertEquals(0, cc.exitValue(), new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            leaker = start(program, "keep");
            twin = start(program, "free");
            Thread.sleep(500);

            Cli r = Cli.run("audit", "--samples", "8", "--interval", "400ms", "--format", "json", "--fail-on", "never",
                    "--profile", "src/test/resources/profiles/live-rss-leak.yaml");
            assertEquals(0, r.exit(), r.err());
            List<Map<String, Object>> leaks = r.findings().stream().filter(f -> "MEM-RSS-LEAK".equals(f.get("rule"))).toList();
            Map<String, Object> f = about(leaks, leaker);
            assertNotNull(f, "leaker " + leaker.pid() + " not flagged: " + leaks);
            assertEquals(null, about(leaks, twin), "the twin that frees was flagged: " + leaks);

            Map<String, Object> ev = map(f.get("evidence"));
            String range = String.valueOf(ev.get("mapping"));
            assertEquals("anonymous mmap region", ev.get("mapping_kind"), ev.toString());
            assertTrue(f.get("message").toString().contains(range), f.toString());
            long start = Long.parseUnsignedLong(range.substring(2, range.indexOf('-')), 16);
            long end = Long.parseUnsignedLong(range.substring(range.indexOf('-') + 3), 16);
            // the region goes on growing downwards after the audit: same end, a start at or below the one reported
            boolean inMaps = false;
            for (String line : Files.readAllLines(Path.of("/proc/" + leaker.pid() + "/maps"))) {
                String[] w = line.split("\\s+");
                String[] se = w[0].split("-");
                long s = Long.parseUnsignedLong(se[0], 16);
                long e = Long.parseUnsignedLong(se[1], 16);
                if (e == end && s <= start && w[1].equals("rw-p") && w.length == 5) {
                    inMaps = true;
                }
            }
            assertTrue(inMaps, "no anonymous rw-p mapping ending at " + range + " in /proc/" + leaker.pid() + "/maps");

            List<Map<String, Object>> advice = listOfMaps(map(f.get("remediation")).get("advice"));
            assertEquals("pmap -x " + leaker.pid(), advice.get(0).get("command"));
            Map<String, Object> gdb = advice.get(1);
            String gdbText = gdb.get("command").toString();
            assertTrue(gdbText.startsWith("gdb -p " + leaker.pid() + " -batch -ex 'dump memory /tmp/" + leaker.pid() + "-"), gdbText);
            assertTrue(gdbText.contains("stops the process") && gdbText.contains("secrets"), gdbText);
            dump = Path.of("/tmp/" + leaker.pid() + "-" + Long.toHexString(start) + ".dump");
            Process g = new ProcessBuilder(stage(gdb, 0)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(g.waitFor(60, TimeUnit.SECONDS), "gdb took over 60 s");
            assertTrue(Files.size(dump) >= end - start, "dump " + dump + " is smaller than the range");
            assertTrue(leaker.isAlive(), "gdb left the leaker dead");

            List<ProcessBuilder> pipe = new ArrayList<>();
            for (int i = 0; i < listOfLists(advice.get(2).get("argv")).size(); i++) {
                pipe.add(new ProcessBuilder(stage(advice.get(2), i)));
            }
            List<Process> ps = ProcessBuilder.startPipeline(pipe);
            String top = new String(ps.get(ps.size() - 1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (Process p : ps) {
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "strings pipeline took over 60 s");
            }
            List<String> lines = top.lines().toList();
            assertFalse(lines.isEmpty(), "strings pipeline printed nothing");
            // every block holds ~49,000 copies of its word: the top lines are the program's words, counted
            assertTrue(lines.stream().limit(5).allMatch(l -> l.strip().matches("\\d{4,} kernlint-leak-\\d{6}")), top);

            // collect keeps the suspect's smaps in its samples, and the audit of that snapshot names the region again
            Path snap = dir.resolve("snap");
            String leakerPid = String.valueOf(leaker.pid());
            Cli c = Cli.run("collect", "--output", snap.toString(), "--samples", "6", "--interval", "400ms");
            assertEquals(0, c.exit(), c.err());
            try (Stream<Path> stored = Files.walk(snap.resolve("samples"))) {
                assertTrue(stored.anyMatch(p -> p.endsWith(Path.of("proc", leakerPid, "smaps"))),
                        "no samples/N/proc/" + leaker.pid() + "/smaps in the snapshot");
            }
            Cli again = Cli.run("audit", "--snapshot", snap.toString(), "--format", "json", "--fail-on", "never",
                    "--profile", "src/test/resources/profiles/live-rss-leak.yaml");
            assertEquals(0, again.exit(), again.err());
            Map<String, Object> fromSnapshot = about(again.findings().stream().filter(x -> "MEM-RSS-LEAK".equals(x.get("rule"))).toList(), leaker);
            assertNotNull(fromSnapshot, "the snapshot audit lost the leak: " + again.findings());
            String snapRange = String.valueOf(map(fromSnapshot.get("evidence")).get("mapping"));
            assertTrue(snapRange.endsWith(range.substring(range.indexOf('-'))), snapRange + " is not the region ending like " + range);
        } finally {
            stop(leaker);
            stop(twin);
            if (dump != null) {
                Files.deleteIfExists(dump);
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Map<String, Object> about(List<Map<String, Object>> findings, Process p) {
        for (Map<String, Object> f : findings) {
            if (String.valueOf(map(f.get("evidence")).get("process")).startsWith(p.pid() + "@")) {
                return f;
            }
        }
        return null;
    }

    private static List<String> stage(Map<String, Object> advice, int i) {
        return listOfLists(advice.get("argv")).get(i);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOfMaps(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> listOfLists(Object o) {
        return (List<List<String>>) o;
    }

    private static Process start(Path program, String mode) throws IOException {
        return new ProcessBuilder(program.toString(), mode).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void stop(Process p) throws InterruptedException {
        if (p != null) {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
