package dev.kernlint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.json.Json;
import dev.kernlint.testing.Processes;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Ctrl-C during `audit --samples` stops the sampling and audits what was sampled, in a real JVM. */
class SamplingInterruptTest {

    @Test
    @Timeout(120)
    @SuppressWarnings("unchecked")
    void sigintStopsSamplingAndTheAuditStillReports() throws Exception {
        Process p = new ProcessBuilder(Processes.java(), "-cp", System.getProperty("java.class.path"), "dev.kernlint.cli.Main",
                "audit", "--samples", "200", "--interval", "250ms", "--format", "json", "--fail-on", "never").start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
        try {
            // 200 samples would take 50 s. A fixed wait is not enough on a loaded machine (a cold audit took 16 s
            // there, and a Ctrl-C before sampling starts ends the JVM with 130): wait until the main thread is in
            // the sampler, as jcmd sees it, then let a few readings pass.
            assertTrue(waitUntilSampling(p, 45_000), "the audit reached sampling: " + (p.isAlive() ? "" : err.get()));
            // a reading costs a few hundred ms on a loaded machine besides the 250 ms interval: 3 s leaves several
            Thread.sleep(3000);
            assertTrue(p.isAlive(), "still sampling before the interrupt");
            new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the audit ends soon after Ctrl-C");
            assertEquals(0, p.exitValue(), err.get());
            Map<String, Object> report = (Map<String, Object>) Json.parse(out.get());
            assertEquals("kernlint-report/1", report.get("schema"));
            List<Map<String, Object>> gaps = (List<Map<String, Object>>) report.get("gaps");
            assertFalse(gaps.stream().anyMatch(g -> g.get("input").equals("samples")),
                    "the samples taken before Ctrl-C were audited: " + gaps);
        } finally {
            p.destroyForcibly();
        }
    }

    private static boolean waitUntilSampling(Process p, long millis) throws InterruptedException {
        String jcmd = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end && p.isAlive()) {
            Processes.Result r = Processes.run(List.of(jcmd, String.valueOf(p.pid()), "Thread.print"));
            if (r.exit() == 0 && r.out().contains("dev.kernlint.time.LiveSampler")) {
                return true;
            }
            Thread.sleep(300);
        }
        return false;
    }

    private static String drain(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
