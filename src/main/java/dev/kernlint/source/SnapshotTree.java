package dev.kernlint.source;

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
}
