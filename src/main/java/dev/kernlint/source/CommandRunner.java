package dev.kernlint.source;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a tool with a timeout; a missing tool, a failure or a hang becomes a non-OK {@link Input}, never an exception. */
final class CommandRunner {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    // Tools such as ethtool and dmidecode live in sbin, which an unprivileged user's PATH often lacks.
    private static final List<String> EXTRA_DIRS = List.of("/usr/local/sbin", "/usr/sbin", "/sbin");

    private final Duration timeout;

    CommandRunner(Duration timeout) {
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    Input run(String name, List<String> argv) {
        return run(name, argv, code -> code == 0);
    }

    Input run(String name, List<String> argv, java.util.function.IntPredicate okExit) {
        return judge(name, argv, exec(name, argv), okExit);
    }

    /** What a finished (or failed, or timed-out) tool left: either a failure already in words, or its exit and output. */
    record Outcome(Input failure, int exit, byte[] stdout, byte[] stderr) {}

    /** Runs the tool to its end or the timeout; no judgement of its exit status yet (that is the caller's). */
    Outcome exec(String name, List<String> argv) {
        Path tool = locate(argv.get(0));
        if (tool == null) {
            return failed(Input.failed(name, ReadStatus.MISSING, argv.get(0) + ": command not found"));
        }
        List<String> cmd = new ArrayList<>(argv);
        cmd.set(0, tool.toString());
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().put("LC_ALL", "C");
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            p = pb.start();
        } catch (IOException e) {
            return failed(Input.failed(name, ReadStatus.ERROR, argv.get(0) + ": " + LiveHost.describe(e)));
        }
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        CompletableFuture<byte[]> err = drain(p.getErrorStream());
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return failed(Input.failed(name, ReadStatus.TIMEOUT, argv.get(0) + ": no answer within " + timeout.toSeconds() + " s"));
            }
            return new Outcome(null, p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return failed(Input.failed(name, ReadStatus.TIMEOUT, argv.get(0) + ": interrupted"));
        }
    }

    private static Outcome failed(Input failure) {
        return new Outcome(failure, -1, new byte[0], new byte[0]);
    }

    /** The tool's result as an input: its stdout when {@code okExit} accepts its exit status, else why not. */
    static Input judge(String name, List<String> argv, Outcome o, java.util.function.IntPredicate okExit) {
        if (o.failure() != null) {
            return o.failure();
        }
        if (!okExit.test(o.exit())) {
            String stderr = firstLine(new String(o.stderr(), StandardCharsets.UTF_8));
            ReadStatus st = stderr.toLowerCase().contains("permission denied") || stderr.contains("Operation not permitted")
                    ? ReadStatus.DENIED : ReadStatus.ERROR;
            return Input.failed(name, st, argv.get(0) + " exited " + o.exit() + (stderr.isEmpty() ? "" : ": " + stderr));
        }
        return Input.ok(name, new String(o.stdout(), StandardCharsets.UTF_8));
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        CompletableFuture<byte[]> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                in.transferTo(buf);
                f.complete(buf.toByteArray());
            } catch (IOException e) {
                f.completeExceptionally(new UncheckedIOException(e));
            }
        }, "kernlint-drain");
        t.setDaemon(true);
        t.start();
        return f.exceptionally(x -> new byte[0]);
    }

    static Path locate(String tool) {
        if (tool.contains("/")) {
            Path p = Path.of(tool);
            return Files.isExecutable(p) ? p : null;
        }
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(":")));
        }
        dirs.addAll(EXTRA_DIRS);
        for (String d : dirs) {
            if (d.isEmpty()) {
                continue;
            }
            Path p = Path.of(d, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
