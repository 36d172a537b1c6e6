package dev.kernlint.source;

import dev.kernlint.parse.SysctlDumpParser.SysctlDump;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * /proc/sys as a `sysctl -a` dump shows it: each key a file ("net.ipv4.tcp_rmem" is /proc/sys/net/ipv4/tcp_rmem,
 * a '/' in a key is a '.' in the path, as sysctl writes VLAN names), directories made of the key prefixes.
 * A key sysctl was denied reads as DENIED and one it failed to read as ERROR: never as an absent key.
 */
final class SysctlKeys {
    static final String ROOT = "/proc/sys";

    private final SysctlDump dump;
    private final String where;
    private final Map<String, String> keyByPath = new HashMap<>();
    private final Map<String, TreeSet<String>> children = new HashMap<>();

    /** @param where how the report names the dump ("sysctl -a of this sosreport") */
    SysctlKeys(SysctlDump dump, String where) {
        this.dump = dump;
        this.where = where;
        List<String> keys = new ArrayList<>(dump.values().keySet());
        keys.addAll(dump.denied());
        keys.addAll(dump.unreadable());
        for (String key : keys) {
            String[] parts = key.split("\\.");
            StringBuilder dir = new StringBuilder(ROOT);
            for (int i = 0; i < parts.length; i++) {
                String name = parts[i].replace('/', '.');
                if (name.isEmpty() || name.equals("..") || name.equals(".")) {
                    break; // not a path part: the key cannot name a file under /proc/sys
                }
                children.computeIfAbsent(dir.toString(), k -> new TreeSet<>()).add(name);
                dir.append('/').append(name);
                if (i == parts.length - 1) {
                    keyByPath.put(dir.toString(), key);
                }
            }
        }
    }

    boolean isEmpty() {
        return keyByPath.isEmpty();
    }

    /** The value of the key at a /proc/sys path as its file reads (one trailing newline), or null when not in the dump. */
    Input read(String path) {
        String key = keyByPath.get(path);
        if (key == null) {
            return null;
        }
        String v = dump.values().get(key);
        if (v != null) {
            return Input.ok(path, v + "\n");
        }
        if (dump.denied().contains(key)) {
            return Input.failed(path, ReadStatus.DENIED, where + ": permission denied on key " + key);
        }
        return Input.failed(path, ReadStatus.ERROR, where + ": sysctl could not read key " + key);
    }

    List<String> list(String dir) {
        TreeSet<String> c = children.get(dir);
        return c == null ? List.of() : new ArrayList<>(c);
    }

    boolean isDirectory(String path) {
        return children.containsKey(path);
    }

    /** The dotted key of a /proc/sys path ("/proc/sys/net/ipv4/conf/eth0.100/rp_filter" is net.ipv4.conf.eth0/100.rp_filter). */
    static String key(String path) {
        String[] parts = path.substring(ROOT.length() + 1).split("/");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].replace('.', '/');
        }
        return String.join(".", parts);
    }
}
