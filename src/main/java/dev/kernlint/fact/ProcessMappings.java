package dev.kernlint.fact;

import java.util.List;

/**
 * The anonymous mappings of one process in one sample, read from /proc/PID/smaps for a leak suspect only.
 *
 * @param process pid@start time, as {@link ProcessInfo#key()}
 */
public record ProcessMappings(String process, int pid, List<Mapping> mappings) {

    /** Thread stacks are unnamed since 4.5: an rw-p region right above a small no-access guard is one. */
    private static final long GUARD_MAX = 64 * 1024;

    public ProcessMappings {
        mappings = List.copyOf(mappings);
    }

    /** What the mapping holds: "heap", "stack", "thread stack" or "anonymous mmap region". */
    public String kindOf(Mapping m) {
        if (m.path().isEmpty() && m.perms().startsWith("rw")) {
            for (Mapping g : mappings) {
                if (g.end() == m.start() && g.perms().equals("---p") && g.path().isEmpty() && g.end() - g.start() <= GUARD_MAX) {
                    return "thread stack";
                }
            }
        }
        return m.kind();
    }
}
