package dev.kernlint.cli;

import dev.kernlint.source.LiveHost;
import dev.kernlint.source.Snapshots;
import dev.kernlint.source.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where to read the host from: this host (default), another root tree, or a snapshot. */
public final class SourceOptions {
    @Option(names = "--snapshot", paramLabel = "PATH",
            description = "Read a snapshot instead of this host: a directory or tar archive written by `kernlint collect` (.tar.gz, .tar.xz, .tar.bz2 or plain, told by content), a sosreport (extracted or an archive) or a file of `sysctl -a` output.")
    Path snapshot;

    @Mixin
    ReadCapOptions caps;

    @Option(names = "--root", paramLabel = "DIR", hidden = false,
            description = "Read /proc, /sys and /etc under DIR instead of / (for chroots and tests; commands are not run).")
    Path root;

    @Option(names = "--command-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Give up on a tool (ethtool, dmidecode...) after this many seconds; it becomes a gap. Default: ${DEFAULT-VALUE}.")
    int commandTimeout;

    public Source open() {
        if (snapshot != null && root != null) {
            throw new UserError("--snapshot and --root cannot be used together");
        }
        if (commandTimeout < 1 || commandTimeout > 600) {
            throw new UserError("--command-timeout must be 1 to 600 seconds");
        }
        if (snapshot != null) {
            return Snapshots.open(snapshot, caps.caps());
        }
        if (root != null && !Files.isDirectory(root)) {
            throw new UserError("--root " + root + ": not a directory");
        }
        return new LiveHost(root == null ? Path.of("/") : root, Duration.ofSeconds(commandTimeout));
    }
}
