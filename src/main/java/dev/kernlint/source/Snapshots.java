package dev.kernlint.source;

import dev.kernlint.parse.SysctlDumpParser;
import java.nio.file.Path;

/**
 * Opens what `--snapshot PATH` names, told apart by content, never by file name: a directory or a tar archive
 * holding a sosreport (sos_commands/ with version.txt or sos_reports/, at the top or in the archive's one top
 * directory) or kernlint's own snapshot; a regular file that is no archive and holds `sysctl -a` output.
 */
public final class Snapshots {
    /** A sysctl -a is about 100 KB; a text file larger than this is not one. */
    static final int MAX_DUMP_BYTES = 16 << 20;

    private Snapshots() {}

    public static Source open(Path p) {
        return open(p, ReadCaps.DEFAULT);
    }

    public static Source open(Path p, ReadCaps caps) {
        SnapshotTree tree = SnapshotTree.open(p, caps);
        if (tree == null) {
            return dump(p);
        }
        SosReport sos;
        try {
            sos = SosReport.find(p.toString(), tree);
        } catch (RuntimeException e) {
            tree.close();
            throw e;
        }
        return sos != null ? sos : Snapshot.of(p, tree);
    }

    /** A regular file that is no archive: a `sysctl -a` dump, or nothing kernlint reads. */
    private static Source dump(Path p) {
        String text;
        try {
            text = UserFile.read(p, MAX_DUMP_BYTES);
        } catch (UserFile.Unusable e) {
            throw new SnapshotException("snapshot " + p + ": " + e.getMessage());
        }
        if (text.indexOf('\0') >= 0 || !SysctlDumpParser.looksLike(head(text))) {
            throw new SnapshotException("not a snapshot (expected a directory, a tar archive, plain or compressed with gzip,"
                    + " xz or bzip2, or a file of `sysctl -a` output): " + p);
        }
        return SysctlDumpFile.of(p, text);
    }

    /** The first 64 KiB in whole lines, which is what tells a dump from other text. */
    private static String head(String text) {
        if (text.length() <= 64 << 10) {
            return text;
        }
        int nl = text.lastIndexOf('\n', 64 << 10);
        return nl > 0 ? text.substring(0, nl) : text.substring(0, 64 << 10);
    }
}
