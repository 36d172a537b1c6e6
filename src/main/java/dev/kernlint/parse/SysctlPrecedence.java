package dev.kernlint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The order systemd-sysctl (and `sysctl --system`) applies configuration files in: *.conf files of the
 * sysctl.d directories merged by file name, where a name in an earlier directory hides the same name in later
 * ones (/etc overrides /run overrides /usr/local/lib overrides /usr/lib and /lib; a link to /dev/null masks);
 * then all names in lexical order, each file's lines top to bottom, so the later assignment of a key wins;
 * /etc/sysctl.conf is applied last. With usrmerge /lib is a link to /usr/lib: its names are hidden by the
 * identical /usr/lib ones, so no file counts twice.
 */
public final class SysctlPrecedence {
    public static final List<String> DIRECTORIES = List.of(
            "/etc/sysctl.d", "/run/sysctl.d", "/usr/local/lib/sysctl.d", "/usr/lib/sysctl.d", "/lib/sysctl.d");
    public static final String SYSCTL_CONF = "/etc/sysctl.conf";

    private SysctlPrecedence() {}

    /** The sysctl.d files to apply, in order, given a way to list a directory's entry names. */
    public static List<String> files(Function<String, List<String>> list) {
        Map<String, String> byName = new TreeMap<>();
        for (String dir : DIRECTORIES) {
            for (String name : list.apply(dir)) {
                if (name.endsWith(".conf") && !name.startsWith(".")) {
                    byName.putIfAbsent(name, dir + "/" + name);
                }
            }
        }
        return new ArrayList<>(byName.values());
    }
}
