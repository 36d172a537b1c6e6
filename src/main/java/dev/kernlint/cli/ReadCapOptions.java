package dev.kernlint.cli;

import dev.kernlint.source.ReadCaps;
import picocli.CommandLine.Option;

/** How much of a snapshot may be read: the caps of {@link ReadCaps}, raised for unusually large hosts. */
public final class ReadCapOptions {
    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "64M",
            description = "Read at most SIZE of one snapshot file (64M, 1G: binary units); a larger file is a gap. Default: ${DEFAULT-VALUE}.")
    String maxFile;

    @Option(names = "--max-snapshot-size", paramLabel = "SIZE", defaultValue = "1G",
            description = "Read or unpack at most SIZE of a snapshot in all; an archive that unpacks to more is refused. Default: ${DEFAULT-VALUE}.")
    String maxSnapshot;

    public ReadCaps caps() {
        long file = size("--max-file-size", maxFile);
        long total = size("--max-snapshot-size", maxSnapshot);
        if (file > ReadCaps.FILE_LIMIT) {
            throw new UserError("--max-file-size must be at most 1G");
        }
        return new ReadCaps(file, total);
    }

    private static long size(String option, String value) {
        try {
            long n = ReadCaps.parseSize(value);
            if (n < 1) {
                throw new IllegalArgumentException("must be at least 1 byte");
            }
            return n;
        } catch (IllegalArgumentException e) {
            throw new UserError(option + " " + value + ": " + e.getMessage());
        }
    }
}
