package dev.kernlint.source;

import java.util.List;

/** The files of a snapshot, by relative path ("proc/meminfo"), whether a directory or a tarball holds them. */
interface SnapshotTree {
    /** The bytes of a file, or null when there is no such file. */
    byte[] bytes(String rel);

    List<String> list(String rel);

    boolean isDirectory(String rel);
}
