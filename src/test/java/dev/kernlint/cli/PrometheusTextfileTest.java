package dev.kernlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kernlint.testing.Cli;
import dev.kernlint.testing.ExpositionSamples;
import dev.kernlint.testing.ExpositionSamples.Sample;
import dev.kernlint.testing.Fixtures;
import dev.kernlint.testing.Processes;
import dev.kernlint.testing.Promtool;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `audit --format prometheus=FILE` as node_exporter's textfile collector sees it: promtool accepts the file, a real
 * prometheus-node-exporter started here on loopback serves the series with the values the file has, hostile process
 * and host names included. And the contrib systemd units pass systemd-analyze verify.
 */
class PrometheusTextfileTest {
    static final String COMM = "my\"app\\\nx"; // a process may name itself anything; 8 of the 15 chars comm keeps
    static final String HOST = "web\"1\\";
    static final Path NODE_EXPORTER = Path.of("/usr/bin/prometheus-node-exporter");

    @TempDir
    Path tmp;
    private Process exporter;

    @AfterEach
    void stopExporter() throws InterruptedException {
        if (exporter != null) {
            exporter.destroy(); // the PID this test started, nothing else
            if (!exporter.waitFor(10, TimeUnit.SECONDS)) {
                exporter.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** proc-zombies with the zombies' parent renamed, and a host name, as a hostile host would. */
    Path hostileSnapshot() throws IOException {
        Path snap = Fixtures.copy("proc-zombies", tmp.resolve("snap"));
        Path stat = snap.resolve("proc/4242/stat");
        String text = Files.readString(stat);
        assertTrue(text.startsWith("4242 (myapp) "), text);
        Files.writeString(stat, text.replace("(myapp)", "(" + COMM + ")"));
        Files.createDirectories(snap.resolve("proc/sys/kernel"));
        Files.writeString(snap.resolve("proc/sys/kernel/hostname"), HOST + "\n");
        return snap;
    }

    Path audit(Path snapshot, Path dir) {
        Path file = dir.resolve("kernlint.prom");
        Cli r = Cli.run("audit", "--snapshot", snapshot.toString(), "--fail-on", "never", "--format", "prometheus=" + file);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        return file;
    }

    @Test
    void promtoolAcceptsTheFileAndTheHostileValuesReadBackExactly() throws Exception {
        Assumptions.assumeTrue(Promtool.installed(), "promtool not installed (Debian package prometheus)");
        Path out = Files.createDirectories(tmp.resolve("textfile"));
        Path file = audit(hostileSnapshot(), out);
        String text = Files.readString(file);
        Processes.Result check = Promtool.checkMetrics(file);
        assertEquals(0, check.exit(), check.out() + check.err() + "\n" + text);
        assertEquals("", check.out() + check.err(), "no lint complaint");
        List<Sample> samples = ExpositionSamples.parse(text);
        Sample zombie = ExpositionSamples.single(samples, "kernlint_finding", Map.of("rule", "PROC-ZOMBIES"));
        assertEquals(Map.of("host", HOST, "rule", "PROC-ZOMBIES", "severity", "warning", "waived", "false", "parent_comm", COMM), zombie.labels());
        assertEquals("1", zombie.value());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
        }
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "node_exporter reads it as its own user");

    }

    @Test
    void aRealNodeExporterServesTheSeriesWithTheFileValues() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(NODE_EXPORTER), "prometheus-node-exporter not installed (Debian package prometheus-node-exporter)");
        Path out = Files.createDirectories(tmp.resolve("textfile"));
        Path file = audit(hostileSnapshot(), out);
        List<Sample> written = ExpositionSamples.parse(Files.readString(file));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path log = tmp.resolve("node-exporter.log");
        exporter = new ProcessBuilder(NODE_EXPORTER.toString(), "--web.listen-address=127.0.0.1:" + port,
                "--collector.disable-defaults", "--collector.textfile", "--collector.textfile.directory=" + out)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String metrics = scrape(port, log);
        List<Sample> served = ExpositionSamples.parse(metrics);
        assertEquals(List.of("0"), ExpositionSamples.find(served, "node_textfile_scrape_error", Map.of()).stream().map(Sample::value).toList(), metrics);
        List<Sample> kernlint = served.stream().filter(s -> s.name().startsWith("kernlint_")).toList();
        assertEquals(written.size(), kernlint.size(), metrics);
        for (Sample w : written) {
            Sample s = ExpositionSamples.single(kernlint, w.name(), w.labels());
            assertEquals(w.labels(), s.labels());
            assertEquals(Double.parseDouble(w.value()), Double.parseDouble(s.value()), 1e-9 * Math.abs(Double.parseDouble(w.value())), w.name());
        }
        assertEquals(Map.of("host", HOST, "rule", "PROC-ZOMBIES", "severity", "warning", "waived", "false", "parent_comm", COMM),
                ExpositionSamples.single(kernlint, "kernlint_finding", Map.of()).labels());
        assertEquals(1.0, Double.parseDouble(ExpositionSamples.single(kernlint, "kernlint_findings", Map.of("severity", "warning")).value()));

        // the next run replaces the file; the exporter serves the new one (a clean host: no finding series left)
        Object inode = Files.getAttribute(file, "unix:ino");
        audit(Fixtures.copy("proc-healthy", tmp.resolve("healthy")), out);
        assertNotEquals(inode, Files.getAttribute(file, "unix:ino"), "a new file renamed over the old one, not the old one rewritten in place");
        List<Sample> after = ExpositionSamples.parse(scrape(port, log));
        assertTrue(ExpositionSamples.find(after, "kernlint_finding", Map.of()).isEmpty(), after.toString());
        assertEquals(0.0, Double.parseDouble(ExpositionSamples.single(after, "kernlint_findings", Map.of("severity", "warning")).value()));
    }

    @Test
    void aMissingDirectoryIsAOneLineErrorNotAStackTrace() {
        Cli r = Cli.run("audit", "--snapshot", Fixtures.snapshot("proc-zombies").toString(), "--fail-on", "never",
                "--format", "prometheus=" + tmp.resolve("no/such/kernlint.prom"));
        assertEquals(ExitCode.ERROR, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no such directory"), r.err());
        assertFalse(Files.exists(tmp.resolve("no")), "the directory is not made: a typo must not pass silently");
    }

    @Test
    void theContribUnitsVerifyAndTheServiceCommandIsAValidAudit() throws Exception {
        Path service = Path.of("contrib/kernlint-textfile.service");
        Path timer = Path.of("contrib/kernlint-textfile.timer");
        String unit = Files.readString(service);
        String exec = unit.lines().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow().substring("ExecStart=".length());
        String launcher = "/opt/kernlint/kernlint";
        assertTrue(exec.startsWith(launcher + " audit "), exec);
        assertTrue(exec.contains("/var/lib/prometheus/node-exporter/kernlint.prom"), exec);

        // the command itself, on this host, into a directory of the test instead of node_exporter's
        Path out = Files.createDirectories(tmp.resolve("textfile"));
        List<String> args = new ArrayList<>(List.of(exec.substring(launcher.length() + 1)
                .replace("/var/lib/prometheus/node-exporter/", out + "/").split(" ")));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertFalse(ExpositionSamples.find(ExpositionSamples.parse(Files.readString(out.resolve("kernlint.prom"))), "kernlint_rules_evaluated", Map.of()).isEmpty());

        Path analyze = Path.of("/usr/bin/systemd-analyze");
        Assumptions.assumeTrue(Files.isExecutable(analyze), "systemd-analyze not installed (Debian package systemd)");
        // verify checks that ExecStart's program exists: point it at this checkout's launcher, the rest unchanged
        Path units = Files.createDirectories(tmp.resolve("units"));
        Files.writeString(units.resolve(service.getFileName()), unit.replace(launcher, Path.of("kernlint").toAbsolutePath().toString()));
        Files.copy(timer, units.resolve(timer.getFileName()));
        Processes.Result v = Processes.run(List.of(analyze.toString(), "verify", units.resolve(service.getFileName()).toString(),
                units.resolve(timer.getFileName()).toString()));
        assertEquals(0, v.exit(), v.out() + v.err());
        assertEquals("", v.out() + v.err(), "no warning either (an unknown key is only a warning)");
    }

    /** GET /metrics once the exporter answers and has read the textfile directory; ten seconds at most. */
    static String scrape(int port, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200) {
                    return r.body();
                }
                last = new IOException("HTTP " + r.statusCode());
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        fail("node_exporter did not answer on port " + port + ": " + last + "\n" + Files.readString(log));
        return null;
    }
}
