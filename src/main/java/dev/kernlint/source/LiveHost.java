package dev.kernlint.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The running host, read under a root directory ("/" normally; another tree with --root, for tests and chroots).
 * Commands are run only when the root is "/": the tools would describe this host, not the tree.
 */
public final class LiveHost implements Source {
    private final Path root;
    private final boolean rootIsHost;
    private final CommandRunner commands;
    private final String collectedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();

    public LiveHost(Path root, Duration commandTimeout) {
        this.root = root.toAbsolutePath().normalize();
        this.rootIsHost = this.root.getParent() == null;
        this.commands = new CommandRunner(commandTimeout);
    }

    public static LiveHost ofThisHost() {
        return new LiveHost(Path.of("/"), CommandRunner.DEFAULT_TIMEOUT);
    }

    Path resolve(String path) {
        return root.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * A file nobody may read (/proc/sys/net/ipv4/route/flush, mode 0200) is write-only, not "needs root": root is
     * refused too.
     */
    private Input denied(String path) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> p = Files.getPosixFilePermissions(resolve(path));
            if (!p.contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ)
                    && !p.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)
                    && !p.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)) {
                return Input.failed(path, ReadStatus.ERROR, "write-only (nothing to read)");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the permissions cannot be told: say what the read said
        }
        return Input.failed(path, ReadStatus.DENIED, "permission denied (needs root)");
    }

    @Override
    public Input read(String path) {
        // Files.readAllBytes trusts the size /proc and /sys report (0 or 4096) and returns 1 byte of
        // /proc/sys/fs/file-max on JDK 17; a plain stream reads to EOF. Not its readAllBytes either: that asks the
        // size and the position first (fstat, lseek), two system calls of six per file, and a sample reads two
        // files of each of thousands of processes.
        try (java.io.InputStream in = new java.io.FileInputStream(file(path))) {
            return Input.ok(path, toEnd(in));
        } catch (java.io.FileNotFoundException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Permission denied")) {
                return denied(path);
            }
            if (m.contains("Is a directory")) {
                return Input.failed(path, ReadStatus.ERROR, "is a directory");
            }
            return Input.failed(path, ReadStatus.MISSING, "not present");
        } catch (NoSuchFileException e) {
            return Input.failed(path, ReadStatus.MISSING, "not present");
        } catch (AccessDeniedException e) {
            return denied(path);
        } catch (IOException e) {
            return Input.failed(path, IoProblem.ofFoundFile(e), IoProblem.words(e));
        }
    }

    /**
     * One buffer per reading thread: a sample reads thousands of short files (/proc/PID/stat is ~300 bytes), and a
     * new buffer per file was most of the garbage a sample made. Only the text is allocated.
     */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[16 * 1024]);
    private static final int KEPT_BUFFER = 1024 * 1024;

    private static String toEnd(java.io.InputStream in) throws IOException {
        byte[] buf = BUFFER.get();
        int n = 0;
        for (int r; (r = in.read(buf, n, buf.length - n)) >= 0; ) {
            n += r;
            if (n == buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.multiplyExact(buf.length, 2));
                if (buf.length <= KEPT_BUFFER) {
                    BUFFER.set(buf);
                }
            }
        }
        return new String(buf, 0, n, StandardCharsets.UTF_8);
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        return m == null ? IoProblem.words(e) : m;
    }

    @Override
    public BufferedReader open(String path) throws IOException {
        try {
            return Files.newBufferedReader(resolve(path), StandardCharsets.UTF_8);
        } catch (NoSuchFileException | AccessDeniedException e) {
            return null;
        }
    }

    /** The file of a host path; on the host itself without a Path per read (a sample reads thousands). */
    private java.io.File file(String path) {
        return rootIsHost && path.startsWith("/") ? new java.io.File(path) : resolve(path).toFile();
    }

    @Override
    public List<String> list(String dir) {
        // names only: a Path per entry of /proc (one per process) was most of a listing's cost
        String[] names = file(dir).list();
        if (names == null) {
            return List.of();
        }
        java.util.Arrays.sort(names);
        return new ArrayList<>(java.util.Arrays.asList(names));
    }

    @Override
    public boolean isDirectory(String path) {
        return Files.isDirectory(resolve(path));
    }

    @Override
    public Input run(List<String> argv) {
        return run(argv, code -> code == 0);
    }

    @Override
    public Input run(List<String> argv, java.util.function.IntPredicate okExit) {
        String name = Source.commandKey(argv);
        if (!rootIsHost) {
            return Input.failed(name, ReadStatus.MISSING, "commands are not run with --root");
        }
        // a tool started ahead ran with the default timeout; with another one the user asked for, it runs here
        CommandRunner.Outcome early = commands.timeout().equals(CommandRunner.DEFAULT_TIMEOUT)
                ? CommandPrefetch.take(name, CommandRunner.DEFAULT_TIMEOUT) : null;
        return early != null ? CommandRunner.judge(name, argv, early, okExit) : commands.run(name, argv, okExit);
    }

    /** The running kernel's /proc/sys is the kernel itself: what is not there does not exist (in this namespace). */
    @Override
    public boolean capturedWhole(String dir) {
        return true;
    }

    @Override
    public String describe() {
        return rootIsHost ? "live" : "live (root " + root + ")";
    }

    @Override
    public String hostname() {
        return read("/proc/sys/kernel/hostname").textIfOk().map(String::strip).orElse("unknown");
    }

    @Override
    public String collectedAt() {
        return collectedAt;
    }
}
