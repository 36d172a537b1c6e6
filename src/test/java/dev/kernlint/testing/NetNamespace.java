package dev.kernlint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A network namespace a live test creates, with loopback up, and always deletes (use it in try-with-resources).
 * Without root or without `ip netns` the test is skipped visibly. net.* settings made inside stay inside.
 */
public final class NetNamespace implements AutoCloseable {
    private final String name;

    private NetNamespace(String name) {
        this.name = name;
    }

    public static NetNamespace create(String prefix) {
        Assumptions.assumeTrue(isRoot(), "needs root: creates a network namespace");
        String name = prefix + "-" + ProcessHandle.current().pid();
        Processes.Result add;
        try {
            add = Processes.run(List.of("ip", "netns", "add", name));
        } catch (UncheckedIOException e) {
            add = new Processes.Result(127, "", "ip (iproute2) is not installed");
        }
        Assumptions.assumeTrue(add.exit() == 0, "ip netns is not available here: " + add.err().strip());
        NetNamespace ns = new NetNamespace(name);
        try {
            ns.run("ip", "link", "set", "lo", "up");
        } catch (RuntimeException | AssertionError e) {
            ns.close();
            throw e;
        }
        return ns;
    }

    /** argv prefixed with `ip netns exec NAME`, for a process the caller starts and ends itself. */
    public List<String> exec(String... argv) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", name));
        cmd.addAll(List.of(argv));
        return cmd;
    }

    /** Runs argv inside the namespace and asserts it succeeded. */
    public Processes.Result run(String... argv) {
        List<String> cmd = exec(argv);
        Processes.Result r = Processes.run(cmd);
        assertEquals(0, r.exit(), String.join(" ", cmd) + ": " + r.err());
        return r;
    }

    @Override
    public void close() {
        Processes.Result del = Processes.run(List.of("ip", "netns", "del", name));
        assertEquals(0, del.exit(), "ip netns del " + name + ": " + del.err());
    }

    private static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().anyMatch(l -> l.matches("Uid:\\s+0\\s.*"));
        } catch (IOException e) {
            return false;
        }
    }
}
