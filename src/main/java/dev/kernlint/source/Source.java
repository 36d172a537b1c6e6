package dev.kernlint.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/**
 * Where the text comes from: the live host or a snapshot. Paths are absolute host paths ("/proc/meminfo");
 * commands are argv lists. Nothing here parses: it only finds text.
 */
public interface Source extends AutoCloseable {

    /** The whole text of a file; never throws for an unreadable file, the status says why. */
    Input read(String path);

    /**
     * A file as a stream of lines, for inputs too big to hold as one string (/proc/net/tcp with 100k sockets).
     * Returns null when the file cannot be opened; call {@link #read} to learn why.
     */
    BufferedReader open(String path) throws IOException;

    /** Names of the entries of a directory, sorted; empty when it does not exist or cannot be listed. */
    List<String> list(String dir);

    /** True when the path is a directory (following links, as /sys/class/net entries are links). */
    boolean isDirectory(String path);

    /** The stdout of a command, run with a timeout on a live host, or as recorded in a snapshot. */
    Input run(List<String> argv);

    /**
     * Like {@link #run(List)} for tools whose exit status carries findings, not failure: smartctl sets bit 3 when
     * a disk is failing and still prints the report. Exit codes {@code okExit} accepts keep their stdout.
     */
    default Input run(List<String> argv, java.util.function.IntPredicate okExit) {
        return run(argv);
    }

    /**
     * Whether this source holds every entry of the directory tree {@code dir} (only "/proc/sys" is asked today), so
     * that a path missing under it does not exist on the host. True for the live host; a snapshot says so only
     * when its manifest records the tree as captured whole (kernlint's own {@code collect}). Any other source
     * (a hand-copied tree, a sosreport, a {@code sysctl -a} dump) answers false unless it can show completeness:
     * a rule then reports a missing key as a gap, never as "does not exist". A source that overrides this must
     * also say how it treats entries it could not read (a dump's "permission denied" lines are not absences).
     */
    default boolean capturedWhole(String dir) {
        return false;
    }

    /** "live" or the snapshot path, for the report. */
    String describe();

    /** The host name the source belongs to. */
    String hostname();

    /** Time the data was read, ISO-8601 UTC. */
    String collectedAt();

    @Override
    default void close() {}

    /** The name a command's output has in a snapshot: argv joined by '_' under commands/. */
    static String commandKey(List<String> argv) {
        return "commands/" + String.join("_", argv).replace('/', '%');
    }
}
