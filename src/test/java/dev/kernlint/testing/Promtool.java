package dev.kernlint.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prometheus' own checker of the text exposition format (Debian package prometheus). */
public final class Promtool {
    public static final Path PATH = Path.of("/usr/bin/promtool");

    private Promtool() {}

    public static boolean installed() {
        return Files.isExecutable(PATH);
    }

    /** `promtool check metrics` reads standard input only; the file goes to the shell as an argument, never as code. */
    public static Processes.Result checkMetrics(Path file) {
        return Processes.run(List.of("sh", "-c", "exec \"$0\" check metrics < \"$1\"", PATH.toString(), file.toString()));
    }
}
