package dev.kernlint.fleet;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hosts of `kernlint fleet PATH...`: a PATH that is a snapshot (a directory with manifest.json, proc/ or
 * sos_commands/) or a file (an archive, a sysctl -a dump, a JSON report) is one host; any other directory holds one
 * host per entry, in name order. Hidden entries are skipped; nothing is followed below the first level.
 */
public final class FleetInputs {
    /** More inputs than this is a mistake (a PATH that is /), not a fleet. */
    static final int MAX_INPUTS = 1_000_000;

    private FleetInputs() {}

    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
                throw new FleetInputException(p + ": no such file or directory");
            }
            if (!Files.isDirectory(p) || isSnapshot(p)) {
                out.add(p);
                continue;
            }
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> d = Files.newDirectoryStream(p)) {
                for (Path e : d) {
                    if (!e.getFileName().toString().startsWith(".")) {
                        entries.add(e);
                    }
                    if (entries.size() + out.size() > MAX_INPUTS) {
                        throw new FleetInputException(p + ": more than " + MAX_INPUTS + " inputs");
                    }
                }
            } catch (IOException e) {
                throw new FleetInputException(p + ": " + dev.kernlint.report.ErrorText.io(e));
            }
            entries.sort(null);
            out.addAll(entries);
        }
        return out;
    }

    static boolean isSnapshot(Path dir) {
        return Files.exists(dir.resolve("manifest.json"), LinkOption.NOFOLLOW_LINKS)
                || Files.isDirectory(dir.resolve("proc"), LinkOption.NOFOLLOW_LINKS)
                || Files.isDirectory(dir.resolve("sos_commands"), LinkOption.NOFOLLOW_LINKS);
    }
}
