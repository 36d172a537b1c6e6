package dev.kernlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.engine.AuditResult;
import dev.kernlint.source.CachingSource;
import dev.kernlint.source.LiveHost;
import dev.kernlint.source.Snapshot;
import dev.kernlint.source.SnapshotWriter;
import dev.kernlint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This host, whatever it is: the inventory names the NICs and disks sysfs shows, every NUMA/NIC/hardware/disk rule
 * is either evaluated or has a gap naming why not, and a snapshot of it audits the same.
 */
class LiveHardwareTest {
    static final List<String> RULES = List.of("NUMA-TOPOLOGY-MISMATCH", "NUMA-ZONE-RECLAIM-ON", "NUMA-BALANCING-STATE",
            "NIC-SPEED-DOWNGRADE", "NIC-OFFLOAD-REVIEW", "NIC-FW-MISMATCH", "HW-DIMM-SUM",
            "DISK-SMART-HEALTH", "DISK-SPACE", "DISK-INODES");

    @SuppressWarnings("unchecked")
    static Map<String, Object> inventory(AuditResult r) {
        return (Map<String, Object>) r.host().get("inventory");
    }

    static TreeSet<String> names(Object list) {
        return ((List<?>) list).stream().map(m -> String.valueOf(((Map<?, ?>) m).get("name"))).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    @Test
    void inventoryListsThisHostsNicsAndDisks() throws IOException {
        AuditResult r = Fixtures.audit(LiveHost.ofThisHost());
        TreeSet<String> nics = new TreeSet<>();
        try (Stream<Path> s = Files.list(Path.of("/sys/class/net"))) {
            s.filter(p -> Files.exists(p.resolve("device/uevent")) && read(p.resolve("type")).equals("1"))
                    .forEach(p -> nics.add(p.getFileName().toString()));
        }
        TreeSet<String> disks = new TreeSet<>();
        try (Stream<Path> s = Files.list(Path.of("/sys/block"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.matches("(sd|hd|vd|xvd)[a-z]+|nvme\\d+n\\d+|cciss!c\\d+d\\d+")).forEach(disks::add);
        }
        assertEquals(nics, names(inventory(r).get("nics")));
        assertEquals(disks, names(inventory(r).get("disks")));
        // in a container / is an overlay and must not be listed; on a VM or server it is a disk filesystem
        String rootType = Files.readAllLines(Path.of("/proc/self/mounts")).stream().map(l -> l.split(" "))
                .filter(f -> f.length > 2 && f[1].equals("/")).map(f -> f[2]).reduce((a, b) -> b).orElse("");
        assertEquals(FilesystemCollector.DISK_FILESYSTEMS.contains(rootType),
                ((List<?>) inventory(r).get("filesystems")).stream().anyMatch(f -> "/".equals(((Map<?, ?>) f).get("mount"))), rootType);
    }

    @Test
    void everyRuleIsEvaluatedOrHasAReason() {
        AuditResult r = Fixtures.audit(LiveHost.ofThisHost());
        for (String rule : RULES) {
            boolean evaluated = r.rulesEvaluated().contains(rule);
            boolean gap = r.gaps().stream().anyMatch(g -> g.rules().contains(rule) && !g.gap().reason().isBlank());
            assertTrue(evaluated || gap, rule + " neither evaluated nor explained: " + r.gaps());
        }
        boolean dmidecode = Stream.of("/usr/sbin/dmidecode", "/sbin/dmidecode", "/usr/bin/dmidecode").anyMatch(p -> Files.isExecutable(Path.of(p)));
        if (!dmidecode) {
            assertTrue(r.gaps().stream().anyMatch(g -> g.gap().reason().contains("dmidecode is not installed")), r.gaps().toString());
        }
        if (!Files.exists(Path.of("/sys/firmware/dmi/tables")) && dmidecode) {
            assertTrue(r.gaps().stream().anyMatch(g -> g.gap().input().equals("dmidecode -t memory") && g.gap().reason().contains("not applicable")));
        }
    }

    @Test
    void aSnapshotOfThisHostAuditsTheSame(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("snap");
        try (CachingSource rec = new CachingSource(LiveHost.ofThisHost(), true)) {
            dev.kernlint.collect.Collectors.run(rec);
            SnapshotWriter.write(rec, out, "test", null);
        }
        AuditResult live = Fixtures.audit(LiveHost.ofThisHost());
        AuditResult replay;
        try (Snapshot s = Snapshot.open(out)) {
            replay = Fixtures.audit(s);
        }
        for (String key : List.of("nics", "disks")) {
            assertEquals(names(inventory(live).get(key)), names(inventory(replay).get(key)), key);
        }
        assertEquals(live.rulesNotEvaluated().stream().filter(RULES::contains).toList(),
                replay.rulesNotEvaluated().stream().filter(RULES::contains).toList());
        assertEquals(live.findings().stream().filter(f -> RULES.contains(f.rule()) && !f.rule().endsWith("INVENTORY")).map(f -> f.rule()).sorted().toList(),
                replay.findings().stream().filter(f -> RULES.contains(f.rule()) && !f.rule().endsWith("INVENTORY")).map(f -> f.rule()).sorted().toList());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
