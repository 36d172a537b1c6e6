package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.PersistedSysctl;
import dev.kernlint.fact.SysctlConfig;
import dev.kernlint.source.LiveHost;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** systemd-sysctl's precedence, checked on trees laid out like a host. */
class SysctlConfigCollectorTest {

    @TempDir
    Path root;

    private Facts collect() {
        Facts facts = new Facts();
        new SysctlConfigCollector().collect(new LiveHost(root, Duration.ofSeconds(1)), facts);
        return facts;
    }

    private Map<String, PersistedSysctl> winners() {
        return collect().all(PersistedSysctl.class).stream().collect(Collectors.toMap(PersistedSysctl::key, p -> p));
    }

    @Test
    void sameNameInAnEarlierDirectoryHidesTheLaterOne() {
        Fixtures.write(root,
                "usr/lib/sysctl.d/50-vendor.conf", "vm.swappiness = 60\nvm.dirty_ratio = 20\n",
                "run/sysctl.d/50-vendor.conf", "vm.swappiness = 40\n",
                "etc/sysctl.d/50-vendor.conf", "vm.swappiness = 10\n");
        Map<String, PersistedSysctl> w = winners();
        assertEquals(new PersistedSysctl("vm.swappiness", "10", "/etc/sysctl.d/50-vendor.conf", 1), w.get("vm.swappiness"));
        assertTrue(!w.containsKey("vm.dirty_ratio"), "the hidden /usr/lib file is not read at all");
        assertEquals(List.of("/etc/sysctl.d/50-vendor.conf"), collect().first(SysctlConfig.class).orElseThrow().files());
    }

    @Test
    void lexicalOrderAcrossDirectoriesLaterWins() {
        Fixtures.write(root,
                "etc/sysctl.d/10-early.conf", "vm.swappiness = 10\n",
                "usr/lib/sysctl.d/20-vendor.conf", "vm.swappiness = 20\n",
                "usr/local/lib/sysctl.d/15-local.conf", "vm.swappiness = 15\n");
        assertEquals("/usr/lib/sysctl.d/20-vendor.conf", winners().get("vm.swappiness").file());
        SysctlConfig c = collect().first(SysctlConfig.class).orElseThrow();
        assertEquals(List.of("/etc/sysctl.d/10-early.conf:1", "/usr/local/lib/sysctl.d/15-local.conf:1",
                "/usr/lib/sysctl.d/20-vendor.conf:1"), c.locationsOf("vm.swappiness"));
    }

    @Test
    void laterLineInOneFileWins() {
        Fixtures.write(root, "etc/sysctl.d/90-local.conf", "vm.swappiness = 10\nvm.swappiness=20\n");
        assertEquals(new PersistedSysctl("vm.swappiness", "20", "/etc/sysctl.d/90-local.conf", 2), winners().get("vm.swappiness"));
    }

    @Test
    void sysctlConfIsAppliedLast() {
        Fixtures.write(root,
                "etc/sysctl.d/99-zzz.conf", "vm.swappiness = 99\n",
                "etc/sysctl.conf", "# legacy\nvm.swappiness = 1\n");
        assertEquals(new PersistedSysctl("vm.swappiness", "1", "/etc/sysctl.conf", 2), winners().get("vm.swappiness"));
    }

    @Test
    void aLinkToSysctlConfIsNotCountedTwice() throws Exception {
        Fixtures.write(root, "etc/sysctl.conf", "vm.swappiness = 5\n");
        java.nio.file.Files.createDirectories(root.resolve("etc/sysctl.d"));
        java.nio.file.Files.createSymbolicLink(root.resolve("etc/sysctl.d/99-sysctl.conf"), Path.of("../sysctl.conf"));
        SysctlConfig c = collect().first(SysctlConfig.class).orElseThrow();
        assertEquals(List.of("/etc/sysctl.conf:1"), c.locationsOf("vm.swappiness"));
        assertEquals(List.of("/etc/sysctl.conf"), c.files());
    }

    @Test
    void usrmergeLibIsNotCountedTwice() throws Exception {
        Fixtures.write(root, "usr/lib/sysctl.d/50-pid-max.conf", "kernel.pid_max = 4194304\n");
        java.nio.file.Files.createSymbolicLink(root.resolve("lib"), Path.of("usr/lib"));
        SysctlConfig c = collect().first(SysctlConfig.class).orElseThrow();
        assertEquals(List.of("/usr/lib/sysctl.d/50-pid-max.conf:1"), c.locationsOf("kernel.pid_max"));
    }

    @Test
    void onlyConfFilesAndGlobsAreNoWinners() {
        Fixtures.write(root,
                "etc/sysctl.d/README", "vm.swappiness = 1\n",
                "etc/sysctl.d/50-x.conf.bak", "vm.swappiness = 2\n",
                "etc/sysctl.d/60-glob.conf", "net.ipv4.conf.*.rp_filter = 2\n-net.ipv4.conf.all.rp_filter\n");
        Facts f = collect();
        assertTrue(f.all(PersistedSysctl.class).isEmpty());
        assertEquals(2, f.first(SysctlConfig.class).orElseThrow().assignments().size(), "the glob and its exclusion are recorded");
    }

    @Test
    void keysWithoutAProcSysFile() {
        Fixtures.write(root,
                "etc/sysctl.d/60.conf", "net.ipv4.tcp_tw_recycle = 0\nvm.swappiness = 10\nnet/ipv4/conf/eth0.100/forwarding = 1\n",
                "proc/sys/vm/swappiness", "60\n",
                "proc/sys/net/ipv4/conf/eth0.100/forwarding", "1\n");
        SysctlConfig c = collect().first(SysctlConfig.class).orElseThrow();
        assertEquals(java.util.Set.of("net.ipv4.tcp_tw_recycle"), c.keysWithoutFile(), "a VLAN name's dot is found as a path part");
    }
}
