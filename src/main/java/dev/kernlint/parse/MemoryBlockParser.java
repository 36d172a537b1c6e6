package dev.kernlint.parse;

/**
 * /sys/devices/system/memory: block_size_bytes is hexadecimal without "0x" ("8000000" = 128 MiB);
 * memoryN/state is "online", "offline" or "going-offline".
 */
public final class MemoryBlockParser {
    private MemoryBlockParser() {}

    public static long blockSize(String text) {
        String t = text.strip();
        if (t.startsWith("0x") || t.startsWith("0X")) {
            t = t.substring(2);
        }
        try {
            long n = Long.parseLong(t, 16);
            if (n <= 0) {
                throw new ParseException("block_size_bytes: not positive: '" + text.strip() + "'");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ParseException("block_size_bytes: '" + KernelReleaseParser.abbreviate(text.strip()) + "' is not hexadecimal");
        }
    }

    /** True for a block in use ("online"); "offline" and "going-offline" are present but not in use. */
    public static boolean online(String state) {
        String s = state.strip();
        if (!s.equals("online") && !s.equals("offline") && !s.equals("going-offline")) {
            throw new ParseException("memory block state: '" + KernelReleaseParser.abbreviate(s) + "' is not online/offline");
        }
        return s.equals("online");
    }
}
