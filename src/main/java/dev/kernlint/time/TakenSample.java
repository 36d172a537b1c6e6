package dev.kernlint.time;

import dev.kernlint.collect.Facts;
import dev.kernlint.source.CachingSource;
import dev.kernlint.source.Input;
import dev.kernlint.source.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/**
 * A later reading of a live host with the facts collected from it at its own time. The audit judges these facts
 * instead of collecting the reading again: a second pass would cost as much as the first, and the inputs the
 * cache does not keep (the streamed TCP tables) would be read anew, at the end of the sampling.
 */
public record TakenSample(CachingSource source, Facts facts) implements Source {

    @Override
    public Input read(String path) {
        return source.read(path);
    }

    @Override
    public BufferedReader open(String path) throws IOException {
        return source.open(path);
    }

    @Override
    public List<String> list(String dir) {
        return source.list(dir);
    }

    @Override
    public boolean isDirectory(String path) {
        return source.isDirectory(path);
    }

    @Override
    public Input run(List<String> argv) {
        return source.run(argv);
    }

    @Override
    public Input run(List<String> argv, java.util.function.IntPredicate okExit) {
        return source.run(argv, okExit);
    }

    @Override
    public boolean capturedWhole(String dir) {
        return source.capturedWhole(dir);
    }

    @Override
    public String describe() {
        return source.describe();
    }

    @Override
    public String hostname() {
        return source.hostname();
    }

    @Override
    public String collectedAt() {
        return source.collectedAt();
    }

    @Override
    public void close() {
        source.close();
    }
}
