package dev.kernlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The contents of an archive's files. The first {@link #MEMORY_BUDGET} bytes stay in memory (a kernlint snapshot is
 * a few MB: the tar.gz audit stays as fast as a directory's); the rest goes to a private temporary directory
 * (mode 0700, deleted on close and at exit), so a 1 GiB sosreport does not need 1 GiB of heap.
 */
final class EntryStore implements AutoCloseable {
    static final long MEMORY_BUDGET = 48L << 20;

    private final long memoryBudget;
    private final List<byte[]> inMemory = new ArrayList<>();
    private final List<Path> spilled = new ArrayList<>();
    private long held;
    private Path dir;
    private Thread cleanup;

    EntryStore(long memoryBudget) {
        this.memoryBudget = memoryBudget;
    }

    /** Takes exactly {@code size} bytes from {@code in}; returns the entry's id, or -1 when the stream ends early. */
    int put(InputStream in, int size) throws IOException {
        int id = inMemory.size();
        if (held + size <= memoryBudget) {
            byte[] b = new byte[size];
            if (in.readNBytes(b, 0, size) != size) {
                return -1;
            }
            held += size;
            inMemory.add(b);
            spilled.add(null);
            return id;
        }
        Path f = spillDir().resolve(Integer.toString(id));
        try (OutputStream out = Files.newOutputStream(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buf = new byte[64 * 1024];
            int left = size;
            while (left > 0) {
                int n = in.read(buf, 0, Math.min(buf.length, left));
                if (n < 0) {
                    return -1;
                }
                out.write(buf, 0, n);
                left -= n;
            }
        }
        inMemory.add(null);
        spilled.add(f);
        return id;
    }

    byte[] get(int id) throws IOException {
        byte[] b = inMemory.get(id);
        if (b != null) {
            return b;
        }
        Path f = spilled.get(id);
        try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        }
    }

    private Path spillDir() throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("kernlint-snapshot-", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            Path d = dir;
            cleanup = new Thread(() -> delete(d), "kernlint-spill-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
        return dir;
    }

    private static void delete(Path d) {
        try (Stream<Path> s = Files.list(d)) {
            s.forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory the system cleans
        }
        d.toFile().delete();
    }

    @Override
    public void close() {
        if (dir != null) {
            delete(dir);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // already shutting down: the hook deletes it too
            }
            dir = null;
        }
        inMemory.clear();
        spilled.clear();
    }
}
