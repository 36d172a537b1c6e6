package dev.kernlint.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.collect.SysctlCollector;
import dev.kernlint.fact.SysctlAssignment;
import dev.kernlint.fact.SysctlComment;
import dev.kernlint.fact.SysctlConfig;
import dev.kernlint.parse.SysctlConfParser;
import dev.kernlint.testing.NetNamespace;
import dev.kernlint.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model of trailing comments (SysctlComment) against the real tools: procps `sysctl -p FILE` and systemd's
 * systemd-sysctl FILE apply a file of net.* lines with comments inside a fresh network namespace, and for every line
 * the kernel holds the line's value exactly when the model says the line is not broken. Only net.* keys, which
 * are per namespace: nothing outside the namespace changes.
 */
class SysctlCommentNamespaceTest {
    @TempDir
    Path tmp;

    // each value differs from a new namespace's default, so "refused" (unchanged) is told from "applied"
    static final String CONF = String.join("\n",
            "net.ipv4.tcp_syncookies = 0 # A comment",
            "net.ipv4.ip_local_port_range = 20000 30000 # range comment",
            "net.ipv4.tcp_congestion_control = reno # cc comment",
            "net.core.somaxconn = 1000#nospace",
            "net.ipv4.tcp_fin_timeout = 33 ; semicolon",
            "net.ipv4.tcp_rmem = 4096 # 87380 6291456",
            "net.ipv4.tcp_keepalive_probes = # only a comment",
            "net.ipv4.tcp_keepalive_intvl = 31", "");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sysctl -p", "systemd-sysctl"})
    void theKernelKeepsTheValueExactlyWhenTheModelSaysTheLineWorks(String tool) throws IOException {
        Path conf = Files.writeString(tmp.resolve("comments.conf"), CONF);
        List<String> argv = new ArrayList<>();
        if (tool.equals("sysctl -p")) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/sysctl")) || Files.isExecutable(Path.of("/sbin/sysctl")),
                    "procps sysctl is not installed");
            argv.addAll(List.of("sysctl", "-p", conf.toString()));
        } else {
            Path bin = Files.isExecutable(Path.of("/lib/systemd/systemd-sysctl")) ? Path.of("/lib/systemd/systemd-sysctl")
                    : Path.of("/usr/lib/systemd/systemd-sysctl");
            Assumptions.assumeTrue(Files.isExecutable(bin), "systemd-sysctl is not installed");
            argv.addAll(List.of(bin.toString(), conf.toString()));
        }
        List<SysctlAssignment> lines = SysctlConfParser.parse(conf.toString(), CONF);
        assertEquals(8, lines.size());
        try (NetNamespace ns = NetNamespace.create("kl-comment")) {
            // both tools exit 1 because some lines fail: that is the behaviour under test
            Processes.Result applied = Processes.run(ns.exec(argv.toArray(String[]::new)));
            assertEquals(1, applied.exit(), applied.out() + applied.err());
            for (SysctlAssignment a : lines) {
                String running = SysctlValueIn(ns, a.key());
                boolean holdsValue = SysctlConfig.sameValue(running, a.value());
                boolean broken = SysctlComment.broken(a.value(), a.written(), running);
                assertEquals(!holdsValue, broken, tool + ": " + a.key() + " = \"" + a.written() + "\" left the kernel at \""
                        + running + "\"");
            }
            assertTrue(SysctlConfig.sameValue(SysctlValueIn(ns, "net.ipv4.tcp_syncookies"), "0"), "the comment of a number is ignored");
        }
    }

    private static String SysctlValueIn(NetNamespace ns, String key) {
        return dev.kernlint.fact.SysctlValue.fold(ns.run("cat", SysctlCollector.path(key)).out());
    }
}
