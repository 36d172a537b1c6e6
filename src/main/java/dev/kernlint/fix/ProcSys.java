package dev.kernlint.fix;

import dev.kernlint.collect.SysctlCollector;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Kernel parameters under a root directory ("/" on a live host; a tree in tests): where each key lives, whether
 * it can be written here, and reading and writing it the way `sysctl -w` does (one write of the whole value).
 */
public final class ProcSys {
    /** ABSENT: the kernel lacks the key. READ_ONLY: it cannot be set here by anyone (0444, or /proc/sys mounted
     *  read-only as in containers). DENIED: it could be, by root. */
    public enum Access { WRITABLE, ABSENT, READ_ONLY, DENIED }

    private final Path root;

    public ProcSys(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path path(String key) {
        return root.resolve(SysctlCollector.path(key).substring(1));
    }

    public Access access(String key) {
        Path p = path(key);
        if (!Files.isRegularFile(p)) {
            return Access.ABSENT;
        }
        try {
            // root passes access(W_OK) on most files whatever the mode; a sysctl's mode is what the kernel allows
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OWNER_WRITE) || Files.getFileStore(p).isReadOnly()) {
                return Access.READ_ONLY;
            }
        } catch (IOException | UnsupportedOperationException e) {
            return Files.isWritable(p) ? Access.WRITABLE : Access.DENIED;
        }
        return Files.isWritable(p) ? Access.WRITABLE : Access.DENIED;
    }

    /** This process's network namespace ("net:[4026531840]") when the root is the live "/", else null. */
    public String netNamespace() {
        return root.getParent() == null ? currentNetNamespace() : null;
    }

    static String currentNetNamespace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** The value with runs of white space folded, as the audit saw it. */
    public String read(String key) throws IOException {
        return read(path(key));
    }

    public void write(String key, String value) throws IOException {
        write(path(key), value);
    }

    public static String read(Path p) throws IOException {
        // a plain stream reads /proc to EOF; Files.readAllBytes trusts the size /proc reports
        try (InputStream in = new FileInputStream(p.toFile())) {
            return KernelSettings.fold(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public static void write(Path p, String value) throws IOException {
        if (!Files.isRegularFile(p)) {
            throw new IOException(p + ": no such kernel parameter");
        }
        try (OutputStream out = new FileOutputStream(p.toFile())) {
            out.write((value + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
