package dev.kernlint.source;

import dev.kernlint.parse.ParseException;
import dev.kernlint.parse.SysctlDumpParser;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

/**
 * The output of `sysctl -a` saved to a file (pasted into a ticket): the kernel parameters and nothing else.
 * Every other input is a gap that says so, so the sysctl rules and baselines run and the rest is "not evaluated".
 */
public final class SysctlDumpFile implements Source {
    static final String NOT_HERE = "not in a sysctl -a dump";

    private final String path;
    private final SysctlKeys keys;

    private SysctlDumpFile(String path, SysctlKeys keys) {
        this.path = path;
        this.keys = keys;
    }

    /** The dump in text already read (at most {@link Snapshots#MAX_DUMP_BYTES}); throws SnapshotException when it is not one. */
    static SysctlDumpFile of(Path p, String text) {
        try {
            return new SysctlDumpFile(p.toString(), new SysctlKeys(SysctlDumpParser.parse(text), "sysctl -a dump"));
        } catch (ParseException e) {
            throw new SnapshotException(p + ": not a sysctl -a dump (" + e.getMessage() + ")");
        }
    }

    private boolean sysctl(String p) {
        return p.equals(SysctlKeys.ROOT) || p.startsWith(SysctlKeys.ROOT + "/");
    }

    @Override
    public Input read(String p) {
        Input in = sysctl(p) ? keys.read(p) : null;
        return in != null ? in : Input.failed(p, ReadStatus.MISSING, NOT_HERE);
    }

    @Override
    public BufferedReader open(String p) {
        Input in = read(p);
        return in.isOk() ? new BufferedReader(new StringReader(in.text())) : null;
    }

    @Override
    public List<String> list(String dir) {
        return sysctl(dir) ? keys.list(dir) : List.of();
    }

    @Override
    public boolean isDirectory(String p) {
        return sysctl(p) && keys.isDirectory(p);
    }

    @Override
    public Input run(List<String> argv) {
        return Input.failed(Source.commandKey(argv), ReadStatus.MISSING, NOT_HERE);
    }

    @Override
    public String describe() {
        return "sysctl -a dump " + path;
    }

    @Override
    public String hostname() {
        return read("/proc/sys/kernel/hostname").textIfOk().map(String::strip).filter(s -> !s.isEmpty()).orElse("unknown");
    }

    @Override
    public String collectedAt() {
        return null;
    }
}
