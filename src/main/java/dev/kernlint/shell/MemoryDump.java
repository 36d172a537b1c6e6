package dev.kernlint.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The leak hunt by hand, as commands for one process and one address range: pmap to see the mappings, gdb to
 * save the range to a file, strings to see what the program keeps writing there. Advice for a person: gdb
 * stops the process while it dumps, and the dump holds whatever the process keeps in memory.
 */
public final class MemoryDump {
    public static final String WARNING = "gdb stops the process while it dumps; the dump may hold secrets (keys, passwords): delete it after";

    private MemoryDump() {}

    /** pmap alone when the range is not known (smaps not read), otherwise pmap, the gdb dump and strings. */
    public static List<ShellPipeline> commands(long pid, Long start, Long end) {
        if (pid <= 0) {
            throw new IllegalArgumentException("not a pid: " + pid);
        }
        List<ShellPipeline> out = new ArrayList<>();
        out.add(ShellPipeline.of(ShellCommand.of("pmap", "-x", pid)));
        if (start == null || end == null) {
            return out;
        }
        String file = dumpFile(pid, start);
        out.add(ShellPipeline.of(ShellCommand.of("gdb", "-p", pid, "-batch", "-ex",
                "dump memory " + file + " " + hex(start) + " " + hex(end)).comment(WARNING)));
        out.add(ShellPipeline.of(ShellCommand.of("strings", file), ShellCommand.of("sort"), ShellCommand.of("uniq", "-c"),
                ShellCommand.of("sort", "-rn"), ShellCommand.of("head")));
        return out;
    }

    /** /tmp/PID-START.dump: numbers only, so the path is the same word in every shell. */
    public static String dumpFile(long pid, long start) {
        return "/tmp/" + pid + "-" + Long.toHexString(start) + ".dump";
    }

    private static String hex(long address) {
        return "0x" + Long.toHexString(address);
    }
}
