package dev.kernlint.ansible;

import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A "host" for Ansible made of a network namespace: a veth pair to the root namespace (10.213.N.1 here,
 * 10.213.N.2 inside), its own UTS namespace with its own host name, and its own sshd listening only on its address
 * with host keys made for it. Everything it made goes in {@link #close()}: the sshd it started (by its PID), the
 * namespace (which takes the veth pair with it).
 */
final class SshHost implements AutoCloseable {
    final String name;
    final String address;
    final Path dir;
    private final String netns;
    private final List<Runnable> undo = new ArrayList<>();
    private Process sshd;

    private SshHost(String name, int n, Path dir) {
        this.name = name;
        this.address = "10.213." + n + ".2";
        this.dir = dir;
        this.netns = "kl-ans-" + ProcessHandle.current().pid() + "-" + n;
    }

    /** @param authorizedKeys the file sshd reads the client's public key from */
    static SshHost start(String name, int n, Path parent, Path authorizedKeys) throws IOException {
        SshHost h = new SshHost(name, n, Files.createDirectories(parent.resolve(name)));
        try {
            h.network(n);
            h.sshd(authorizedKeys);
            return h;
        } catch (IOException | RuntimeException | AssertionError e) {
            h.close();
            throw e;
        }
    }

    private void network(int n) {
        String root = "kla" + ProcessHandle.current().pid() % 100000 + "r" + n;
        String inside = "kla" + ProcessHandle.current().pid() % 100000 + "n" + n;
        must("ip", "netns", "add", netns);
        undo.add(0, () -> Processes.run(List.of("ip", "netns", "del", netns)));
        must("ip", "link", "add", root, "type", "veth", "peer", "name", inside);
        // until the peer moves into the namespace, deleting the root end is what removes the pair
        undo.add(0, () -> Processes.run(List.of("ip", "link", "del", root)));
        must("ip", "link", "set", inside, "netns", netns);
        must("ip", "addr", "add", "10.213." + n + ".1/24", "dev", root);
        must("ip", "link", "set", root, "up");
        must(inside("ip", "addr", "add", address + "/24", "dev", inside));
        must(inside("ip", "link", "set", inside, "up"));
        must(inside("ip", "link", "set", "lo", "up"));
    }

    private void sshd(Path authorizedKeys) throws IOException {
        Path key = dir.resolve("ssh_host_ed25519_key");
        must("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key.toString());
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "ListenAddress " + address + ":22",
                "AddressFamily inet",
                "HostKey " + key,
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + authorizedKeys,
                "PermitRootLogin prohibit-password",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "Subsystem sftp internal-sftp",
                ""));
        // the UTS namespace gives the host its own name: `kernlint collect` reads it from /proc/sys/kernel/hostname
        List<String> cmd = inside("unshare", "--uts", "sh", "-c", "hostname \"$0\" && exec /usr/sbin/sshd -D -e -f \"$1\"",
                name, config.toString());
        sshd = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        undo.add(0, this::stopSshd);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(address, 22), 1000);
                return;
            } catch (IOException e) {
                if (!sshd.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("sshd of " + name + " did not listen on " + address + ":22: "
                            + Files.readString(dir.resolve("sshd.log")));
                }
                sleep(200);
            }
        }
    }

    String hostKeyLine() throws IOException {
        return address + " " + Files.readString(dir.resolve("ssh_host_ed25519_key.pub")).strip();
    }

    /** Runs argv in this host's network namespace and asserts it succeeded; its stdout. */
    String run(String... argv) {
        return must(inside(argv));
    }

    List<String> inside(String... argv) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", netns));
        cmd.addAll(List.of(argv));
        return cmd;
    }

    private void stopSshd() {
        if (sshd == null) {
            return;
        }
        sshd.destroy();
        try {
            if (!sshd.waitFor(10, TimeUnit.SECONDS)) {
                sshd.destroyForcibly();
                sshd.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String must(String... argv) {
        return must(List.of(argv));
    }

    private static String must(List<String> argv) {
        Processes.Result r = Processes.run(argv);
        if (r.exit() != 0) {
            throw new AssertionError(String.join(" ", argv) + " exited " + r.exit() + ": " + r.err());
        }
        return r.out();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    @Override
    public void close() {
        for (Runnable r : undo) {
            try {
                r.run();
            } catch (RuntimeException | AssertionError e) {
                // the next step of the teardown still runs
            }
        }
        undo.clear();
    }
}
