package dev.kernlint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The files of a snapshot, by relative path ("proc/meminfo", no leading slash), whatever holds them (a directory, an
 * archive). Every path resolves inside the tree, links included ({@link PathWalk}); only regular files are read, each
 * within the read caps. Implementations never throw for one bad file: its {@link TreeFile} says why.
 */
interface SnapshotTree extends AutoCloseable {
    /** The bytes of a regular file, or MISSING (no such file), or a failure naming why (a gap for that input). */
    TreeFile read(String rel);

    /** Names of the entries of a directory (links inside the tree followed), sorted; empty when it is none. */
    List<String> list(String rel);

    /** True when the path is a directory, following links that stay inside the tree. */
    boolean isDirectory(String rel);

    @Override
    default void close() {}

    /**
     * The tree at PATH: a directory, or a tar archive told by content; null when PATH is a regular file that is no
     * archive (for a caller that knows other file formats). The path itself may be a link: the user chose it.
     */
    static SnapshotTree open(Path p, ReadCaps caps) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new SnapshotException("snapshot not found: " + p);
        } catch (IOException e) {
            throw new SnapshotException("snapshot " + p + ": " + IoProblem.words(e));
        }
        if (!Files.isReadable(p)) {
            throw new SnapshotException("snapshot not readable: " + p);
        }
        if (a.isDirectory()) {
            return new DirectoryTree(p, caps);
        }
        if (!a.isRegularFile()) {
            throw new SnapshotException("snapshot " + p + ": not a regular file or directory");
        }
        return ArchiveTree.open(p, caps);
    }
}
