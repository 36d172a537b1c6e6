package dev.kernlint.collect;

import dev.kernlint.fact.SysctlCoverage;
import dev.kernlint.fact.SysctlValue;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Every kernel parameter under /proc/sys, as `sysctl -a` sees it. Unreadable entries (write-only ones such as
 * net.ipv4.route.flush, or root-only ones) are skipped like sysctl -a does; a rule that needs a key it cannot
 * find treats the key as absent only when the source holds /proc/sys whole ({@link SysctlCoverage}).
 */
public final class SysctlCollector implements Collector {
    static final String ROOT = "/proc/sys";

    @Override
    public String area() {
        return "sysctl";
    }

    @Override
    public void collect(Source source, Facts facts) {
        if (!source.isDirectory(ROOT)) {
            facts.gap(area(), ROOT, "not present");
            return;
        }
        // the source states whether absence is authoritative; the rules judge what that means for a missing key
        facts.add(new SysctlCoverage(source.capturedWhole(ROOT), source.describe()));
        List<String> files = new ArrayList<>();
        walk(source, ROOT, files);
        // Reading ~1,300 parameters is mostly kernel time per file; two threads halve the wait. The parallel stream
        // keeps the walk's order, so the facts come out the same every time.
        List<Input> read = (CollectorThreads.maySpread() ? files.parallelStream() : files.stream()).map(source::read).toList();
        for (int i = 0; i < files.size(); i++) {
            Input in = read.get(i);
            if (in.isOk()) {
                facts.add(new SysctlValue(key(files.get(i)), SysctlValue.fold(in.text())));
            }
        }
    }

    private void walk(Source source, String dir, List<String> files) {
        for (String name : source.list(dir)) {
            String path = dir + "/" + name;
            if (source.isDirectory(path)) {
                // binfmt_misc is a filesystem mounted there, not parameters
                if (!path.equals("/proc/sys/fs/binfmt_misc")) {
                    walk(source, path, files);
                }
                continue;
            }
            files.add(path);
        }
    }

    /** "/proc/sys/net/ipv4/tcp_tw_reuse" -> "net.ipv4.tcp_tw_reuse" (a '.' in a path part, as in VLAN names, becomes '/'). */
    public static String key(String path) {
        // one pass, no split: it runs once per parameter, ~1,300 times a host (and per host of a fleet)
        char[] key = new char[path.length() - ROOT.length() - 1];
        for (int i = 0; i < key.length; i++) {
            char c = path.charAt(ROOT.length() + 1 + i);
            key[i] = c == '/' ? '.' : c == '.' ? '/' : c;
        }
        return new String(key);
    }

    /** The /proc/sys path of a dotted key. */
    public static String path(String key) {
        String[] parts = key.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].replace('/', '.');
        }
        return ROOT + "/" + String.join("/", parts);
    }

}
