package dev.kernlint.fix;

import dev.kernlint.engine.HostAudit;
import dev.kernlint.profile.ProfileLoader;
import dev.kernlint.source.Snapshot;
import dev.kernlint.source.Source;
import dev.kernlint.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Fix plans from the fixture snapshots, and the shell checks every generated script must pass. */
final class FixFixtures {
    private FixFixtures() {}

    static HostAudit.Outcome audit(String snapshot) {
        try (Source s = Snapshot.open(Fixtures.snapshot(snapshot))) {
            return HostAudit.runKeepingFacts(s, ProfileLoader.load("default"), Fixtures.ruleBook());
        }
    }

    static FixPlan.Options options(boolean disruptive, String... rules) {
        return new FixPlan.Options(Set.of(rules), disruptive, FixPlan.Options.DROP_IN, FixPlan.Options.SYSCTL_DIR);
    }

    static FixPlan plan(String snapshot, boolean disruptive, String... rules) {
        HostAudit.Outcome o = audit(snapshot);
        return FixPlan.build(o.result(), KernelSettings.of(o.facts()), Fixtures.ruleBook().rules(), options(disruptive, rules));
    }

    static boolean hasShellcheck() {
        return Files.isExecutable(Path.of("/usr/bin/shellcheck")) || run(List.of("sh", "-c", "command -v shellcheck"), null).exit() == 0;
    }

    record Run(int exit, String output) {}

    /** Runs a command, stdout and stderr together; a test helper, so a hang fails after two minutes. */
    static Run run(List<String> argv, Path dir) {
        try {
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(argv)).redirectErrorStream(true);
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(-1, "timed out: " + argv);
            }
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Run(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, e.toString());
        }
    }
}
