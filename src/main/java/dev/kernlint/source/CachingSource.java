package dev.kernlint.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each input once however many collectors ask (meminfo feeds several), and remembers every read so
 * `collect` can write exactly what an audit reads. With {@code keepStreams} the streamed files are kept too.
 */
public final class CachingSource implements Source {
    private final Source inner;
    private final boolean keepStreams;
    // concurrent: collectors run on several threads (see Collectors.run)
    // sized for a host's ~1,300 kernel parameters, read and checked one by one: no rehash on the way there
    private final Map<String, Input> reads = new ConcurrentHashMap<>(4096);
    private final Map<String, Input> commands = new ConcurrentHashMap<>();
    private final Map<String, List<String>> listings = new ConcurrentHashMap<>(512);
    private final Map<String, Boolean> dirs = new ConcurrentHashMap<>(4096);

    public CachingSource(Source inner, boolean keepStreams) {
        this.inner = inner;
        this.keepStreams = keepStreams;
    }

    @Override
    public Input read(String path) {
        return reads.computeIfAbsent(path, inner::read);
    }

    @Override
    public BufferedReader open(String path) throws IOException {
        Input cached = reads.get(path);
        if (cached != null) {
            return cached.isOk() ? new BufferedReader(new StringReader(cached.text())) : null;
        }
        if (keepStreams) {
            Input in = read(path);
            return in.isOk() ? new BufferedReader(new StringReader(in.text())) : null;
        }
        return inner.open(path);
    }

    @Override
    public List<String> list(String dir) {
        return listings.computeIfAbsent(dir, inner::list);
    }

    @Override
    public boolean isDirectory(String path) {
        return dirs.computeIfAbsent(path, inner::isDirectory);
    }

    @Override
    public Input run(List<String> argv) {
        return commands.computeIfAbsent(Source.commandKey(argv), k -> inner.run(argv));
    }

    @Override
    public Input run(List<String> argv, java.util.function.IntPredicate okExit) {
        return commands.computeIfAbsent(Source.commandKey(argv), k -> inner.run(argv, okExit));
    }

    /** True when the directory was listed during the run (a walk started there). */
    public boolean listed(String dir) {
        return listings.containsKey(dir);
    }

    /** Every file read, by absolute path, with its status. */
    public Map<String, Input> fileReads() {
        return reads;
    }

    /** Every command run, by its snapshot key (commands/...), with its status. */
    public Map<String, Input> commandRuns() {
        return commands;
    }

    @Override
    public boolean capturedWhole(String dir) {
        return inner.capturedWhole(dir);
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public String hostname() {
        return inner.hostname();
    }

    @Override
    public String collectedAt() {
        return inner.collectedAt();
    }

    @Override
    public void close() {
        inner.close();
    }
}
