package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kernlint.fact.SysctlValue;
import dev.kernlint.source.Snapshot;
import dev.kernlint.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SysctlCollectorTest {

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({
            "/proc/sys/net/ipv4/tcp_tw_reuse, net.ipv4.tcp_tw_reuse",
            "/proc/sys/vm/overcommit_memory, vm.overcommit_memory",
            "/proc/sys/fs/file-max, fs.file-max",
            // a '.' inside one path part (VLAN eth0.100) becomes '/' in the key, as sysctl(8) writes it
            "/proc/sys/net/ipv4/conf/eth0.100/rp_filter, net.ipv4.conf.eth0/100.rp_filter",
            "/proc/sys/net/ipv6/conf/bond0.42.7/disable_ipv6, net.ipv6.conf.bond0/42/7.disable_ipv6",
    })
    void keyAndPathAreInverse(String path, String key) {
        assertEquals(key, SysctlCollector.key(path));
        assertEquals(path, SysctlCollector.path(key));
    }

    @Test
    void collectsEveryReadableKeyWithWhiteSpaceFolded(@TempDir Path dir) {
        Fixtures.write(dir,
                "proc/sys/net/ipv4/ip_local_port_range", "32768\t60999\n",
                "proc/sys/net/ipv4/conf/eth0.100/rp_filter", "2\n",
                "proc/sys/kernel/osrelease", "6.18.44-fc-v782\n",
                "proc/sys/fs/binfmt_misc/status", "enabled\n");
        Facts facts = new Facts();
        try (Snapshot s = Snapshot.open(dir)) {
            new SysctlCollector().collect(s, facts);
        }
        Map<String, String> got = facts.all(SysctlValue.class).stream()
                .collect(Collectors.toMap(SysctlValue::key, SysctlValue::value));
        assertEquals(Map.of("net.ipv4.ip_local_port_range", "32768 60999", "net.ipv4.conf.eth0/100.rp_filter", "2",
                "kernel.osrelease", "6.18.44-fc-v782"), got, "binfmt_misc is a mounted filesystem, not parameters");
        assertEquals(List.of(), facts.gaps());
    }

    @Test
    void aTreeWithoutProcSysIsAGap(@TempDir Path dir) {
        Fixtures.write(dir, "proc/meminfo", "MemTotal: 1 kB\n");
        Facts facts = new Facts();
        try (Snapshot s = Snapshot.open(dir)) {
            new SysctlCollector().collect(s, facts);
        }
        assertEquals(1, facts.gaps().size());
        assertEquals("/proc/sys", facts.gaps().get(0).input());
    }
}
