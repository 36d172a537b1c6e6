package dev.kernlint.parse;

/**
 * Whether /proc/sys is writable, from /proc/self/mounts: the entry mounted at /proc/sys (container runtimes bind it
 * read-only), else the one at /proc; the last such entry wins, as later mounts hide earlier ones.
 */
public final class ProcSysMountParser {
    private ProcSysMountParser() {}

    /** "ro" or "rw", or null when neither /proc/sys nor /proc is mounted in the text. */
    public static String mode(String mounts) {
        String sys = null;
        String proc = null;
        for (MountsParser.Mount m : MountsParser.parse(mounts)) {
            String mode = ("," + m.options() + ",").contains(",ro,") ? "ro" : "rw";
            if (m.mountPoint().equals("/proc/sys")) {
                sys = mode;
            } else if (m.mountPoint().equals("/proc")) {
                proc = mode;
            }
        }
        return sys != null ? sys : proc;
    }

    /** True when /proc/self/uid_map does not map the whole id range, i.e. this is not the initial user namespace. */
    public static boolean userNamespace(String uidMap) {
        String t = uidMap.strip();
        return !t.isEmpty() && !t.matches("0\\s+0\\s+4294967295");
    }
}
