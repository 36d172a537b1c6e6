package dev.kernlint.fact;

import java.util.Map;

/**
 * One mapping of a process, as /proc/PID/maps (range, permissions, backing file) and, from /proc/PID/smaps, its
 * sizes in kB ("Rss", "Anonymous", "Swap"; empty from maps alone). Addresses are the kernel's, end exclusive.
 *
 * @param path the file, a pseudo name ("[heap]", "[stack]", "[anon:name]"), or "" for an anonymous region
 */
public record Mapping(long start, long end, String perms, long inode, String path, Map<String, Long> kb) {

    public Mapping {
        kb = Map.copyOf(kb);
    }

    /** Private memory no file backs: what a leak grows. */
    public boolean anonymous() {
        return inode == 0 && (path.isEmpty() || path.startsWith("[heap]") || path.startsWith("[stack") || path.startsWith("[anon:"))
                && perms.length() == 4 && perms.charAt(3) == 'p';
    }

    /** The heap ([heap], brk), the main stack, or an anonymous mmap region (adjacent anonymous mmaps merge into one). */
    public String kind() {
        if (path.equals("[heap]")) {
            return "heap";
        }
        if (path.startsWith("[stack")) {
            return "stack";
        }
        return path.startsWith("[anon:") ? "anonymous mmap region " + path : "anonymous mmap region";
    }

    /** Anonymous resident kB (smaps "Anonymous", else "Rss"), or null from maps alone. */
    public Long anonKb() {
        Long a = kb.get("Anonymous");
        return a != null ? a : kb.get("Rss");
    }

    public long sizeKb() {
        return (end - start) / 1024;
    }

    public boolean overlaps(Mapping o) {
        return start < o.end && o.start < end;
    }

    /** "0x7f3a1c000000-0x7f3a1e000000": the range as gdb and pmap take it. */
    public String range() {
        return hex(start) + "-" + hex(end);
    }

    public static String hex(long address) {
        return "0x" + Long.toHexString(address);
    }
}
