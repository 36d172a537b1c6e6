package dev.kernlint.source;

import dev.kernlint.parse.SysctlDumpParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens what `--snapshot PATH` names, told apart by content, never by file name: a `sysctl -a` dump (a text
 * file of "key = value" lines), a sosreport (sos_commands/ with version.txt or sos_reports/, at the top or in
 * the archive's one top directory), or else kernlint's own snapshot.
 */
public final class Snapshots {
    /** A sysctl -a is about 100 KB; a text file larger than this is not one. */
    static final int MAX_DUMP_BYTES = 16 << 20;

    private Snapshots() {}

    public static Source open(Path p) {
        if (Files.isRegularFile(p) && Files.isReadable(p)) {
            String text = textHead(p);
            if (text != null && SysctlDumpParser.looksLike(text)) {
                return SysctlDumpFile.of(p, wholeDump(p));
            }
        }
        SnapshotTree tree = Snapshot.tree(p);
        SosReport sos = SosReport.find(p.toString(), tree);
        return sos != null ? sos : Snapshot.of(p, tree);
    }

    /** The first 64 KiB as text, or null when they hold a NUL byte (an archive, compressed or not). */
    private static String textHead(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] b = in.readNBytes(64 << 10);
            for (byte x : b) {
                if (x == 0) {
                    return null;
                }
            }
            String t = new String(b, StandardCharsets.UTF_8);
            // the last line may be cut in the middle: judge whole lines only
            int nl = t.lastIndexOf('\n');
            return b.length == 64 << 10 && nl > 0 ? t.substring(0, nl) : t;
        } catch (IOException e) {
            throw new SnapshotException("cannot read " + p + ": " + e.getMessage());
        }
    }

    private static String wholeDump(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] b = in.readNBytes(MAX_DUMP_BYTES + 1);
            if (b.length > MAX_DUMP_BYTES) {
                throw new SnapshotException(p + ": larger than 16 MiB, not a sysctl -a dump");
            }
            return new String(b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SnapshotException("cannot read " + p + ": " + e.getMessage());
        }
    }
}
