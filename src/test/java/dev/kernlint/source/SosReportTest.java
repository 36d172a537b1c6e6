package dev.kernlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture sosreports of sos 4.x (real, cut down) and 3.x (its layout) read through the mapping table. */
class SosReportTest {
    static final Path SOS4 = Path.of("src/test/resources/sosreports/sos4-debian12");
    static final Path SOS3 = Path.of("src/test/resources/sosreports/sos3-ubuntu1804");

    @Test
    void sos4IsDetectedByContentAndNamesHostKernelTimeAndVersion() {
        Source s = Snapshots.open(SOS4);
        SosReport r = assertInstanceOf(SosReport.class, s);
        assertEquals("vm", r.hostname());
        assertEquals("4.0", r.sosVersion());
        assertTrue(r.describe().contains("sosreport") && r.describe().contains("sos 4.0"), r.describe());
        // manifest start_time 19:34:53.308238 local; `date` and `date --utc` agree: the host runs UTC
        assertEquals("2026-12-01T19:34:53.308Z", r.collectedAt());
        assertEquals("6.18.44-fc-v1045\n", r.run(List.of("uname", "-r")).text());
    }

    @Test
    void sos3WithoutManifestUsesTheGeneralPluginAndDate() {
        SosReport r = assertInstanceOf(SosReport.class, Snapshots.open(SOS3));
        assertEquals("vm", r.hostname());
        assertEquals("3.5", r.sosVersion());
        assertEquals("2020-03-03T14:02:11Z", r.collectedAt());
    }

    @Test
    void sysctlComesFromSysctlDashAWithDeniedKeysDeniedNeverAbsent() {
        SosReport r = (SosReport) Snapshots.open(SOS3);
        assertEquals("4096\t131072\t33554432\n", r.read("/proc/sys/net/ipv4/tcp_rmem").text());
        Input denied = r.read("/proc/sys/kernel/cad_pid");
        assertEquals(ReadStatus.DENIED, denied.status());
        assertTrue(denied.reason().contains("permission denied on key kernel.cad_pid"), denied.reason());
        // the copied proc/sys file wins over sysctl -a
        assertEquals("60\n", r.read("/proc/sys/vm/swappiness").text());
        assertTrue(r.list("/proc/sys/kernel").contains("cad_pid"));
        assertTrue(r.isDirectory("/proc/sys/net/ipv4"));
        Input absent = r.read("/proc/sys/net/ipv4/no_such_key");
        assertEquals(ReadStatus.MISSING, absent.status());
        assertTrue(absent.reason().startsWith("not collected by this sosreport"), absent.reason());
    }

    @Test
    void ethtoolOutputIsMappedAndAFailedCommandIsAnErrorNotText() {
        SosReport r = (SosReport) Snapshots.open(SOS4);
        Input ring = r.run(List.of("ethtool", "-g", "eth0"));
        assertTrue(ring.isOk() && ring.text().contains("Ring parameters for eth0"), ring.toString());
        assertEquals("commands/ethtool_-g_eth0", ring.name());
        Input lo = r.run(List.of("ethtool", "-g", "lo"));
        assertEquals(ReadStatus.ERROR, lo.status());
        assertTrue(lo.reason().contains("sos recorded exit code 1") && lo.reason().contains("Operation not supported"), lo.reason());
        Input tool = r.run(List.of("dmidecode", "-t", "memory"));
        assertEquals(ReadStatus.MISSING, tool.status());
        assertTrue(tool.reason().contains("sos found no `dmidecode` on the host (plugin hardware)"), tool.reason());
    }

    @Test
    void pid1IsNamedFromPsAxoAndTheSos3LayoutWithoutItIsAGap() {
        // the sysctl rules need PID 1 to tell "sysctl.d never applied" from drift (a live host says so too)
        assertEquals("process_api\n", ((SosReport) Snapshots.open(SOS4)).read("/proc/1/comm").text());
        Input none = ((SosReport) Snapshots.open(SOS3)).read("/proc/1/comm");
        assertEquals(ReadStatus.MISSING, none.status());
        assertTrue(none.reason().contains("plugin process"), none.reason());
    }

    @Test
    void sysfsNetFilesAreDerivedFromIpAndEthtool() {
        SosReport r = (SosReport) Snapshots.open(SOS4);
        assertEquals("1\n", r.read("/sys/class/net/eth0/type").text());
        assertEquals("772\n", r.read("/sys/class/net/lo/type").text());
        assertEquals("up\n", r.read("/sys/class/net/eth0/operstate").text());
        assertEquals("DRIVER=virtio_net\n", r.read("/sys/class/net/eth0/device/uevent").text());
        // ifb has no device behind it: no uevent, as on the host
        assertEquals(ReadStatus.MISSING, r.read("/sys/class/net/ifb0/device/uevent").status());
        assertTrue(r.list("/sys/class/net").containsAll(List.of("eth0", "ifb0", "lo")));
        assertTrue(r.isDirectory("/sys/class/net/eth0"));
        SosReport three = (SosReport) Snapshots.open(SOS3);
        assertTrue(three.list("/sys/class/net").contains("veth1a2b"), three.list("/sys/class/net").toString());
    }

    @Test
    void fullDmidecodeIsSplitByType() {
        SosReport r = (SosReport) Snapshots.open(SOS3);
        String mem = r.run(List.of("dmidecode", "-t", "memory")).text();
        assertTrue(mem.contains("DMI type 17,") && mem.contains("DMI type 16,"));
        assertFalse(mem.contains("DMI type 4,") || mem.contains("DMI type 0,"), mem);
        String bios = r.run(List.of("dmidecode", "-t", "bios")).text();
        assertTrue(bios.contains("DMI type 0,") && !bios.contains("DMI type 17,"));
    }

    @Test
    void blockSizeAndCopiedFilesAndGapsNameThePlugin() {
        SosReport r = (SosReport) Snapshots.open(SOS4);
        // proc/partitions: vda 268435456 1K blocks
        assertEquals(Long.toString(268435456L * 2) + "\n", r.read("/sys/block/vda/size").text());
        assertTrue(r.read("/proc/meminfo").text().startsWith("MemTotal:"));
        Input numa = r.read("/sys/devices/system/node/online");
        assertTrue(numa.reason().contains("plugin numa, which did not run"), numa.reason());
        Input statm = r.read("/proc/1/statm");
        assertTrue(statm.reason().contains("sos does not copy the files of /proc/PID"), statm.reason());
        assertFalse(statm.reason().contains("needs root"));
        Input status = r.read("/proc/1/status");
        assertTrue(status.reason().contains("ps shows no VmSwap") && status.reason().contains("(plugin process)"), status.reason());
    }

    @Test
    void loadAverageAndUptimeComeFromUptimeWithoutTaskCounts() {
        SosReport r = (SosReport) Snapshots.open(SOS4);
        // sos_commands/host/uptime: " 23:16:17 up 44 min,  0 user,  load average: 1.14, 1.02, 0.45"
        assertEquals("1.14 1.02 0.45\n", r.read("/proc/loadavg").text());
        dev.kernlint.fact.LoadAverage l = dev.kernlint.parse.LoadAvgParser.parse(r.read("/proc/loadavg").text());
        assertEquals(1.02, l.load5());
        assertEquals(null, l.tasks());
        assertEquals("2640.00 0\n", r.read("/proc/uptime").text());
        Input none = ((SosReport) Snapshots.open(SOS3)).read("/proc/loadavg");
        assertTrue(none.reason().startsWith("not collected by this sosreport") && none.reason().contains("(plugin host)"), none.reason());
    }

    /** numactl 2.0.14 on a two-socket host, as sos's numa plugin keeps it (it copies node*&#47;meminfo and cpulist only). */
    static final String NUMACTL_HARDWARE = """
            available: 2 nodes (0-1)
            node 0 cpus: 0 2 4 6 8 10 12 14
            node 0 size: 64326 MB
            node 0 free: 1834 MB
            node 1 cpus: 1 3 5 7 9 11 13 15
            node 1 size: 64507 MB
            node 1 free: 40211 MB
            node distances:
            node   0   1\s
              0:  10  21\s
              1:  21  10\s
            """;
    static final String NUMASTAT = """
                                       node0           node1
            numa_hit              1466981958      1386734581
            numa_miss                 110011         4036187
            numa_foreign             4036187          110011
            interleave_hit             25817           25901
            local_node            1466847690      1386592263
            other_node                244279         4178505
            """;

    @Test
    void numaNodesFromNumactlAndNumastatWhereSosCopiedNoOnlineOrNumastatFile(@TempDir Path tmp) throws IOException {
        Path report = copyOfSos4(tmp.resolve("sosreport-db1"));
        Files.createDirectories(report.resolve("sos_commands/numa"));
        Files.writeString(report.resolve("sos_commands/numa/numactl_--hardware"), NUMACTL_HARDWARE);
        Files.writeString(report.resolve("sos_commands/numa/numastat"), NUMASTAT);
        SosReport r = (SosReport) Snapshots.open(report);
        assertEquals("0-1\n", r.read("/sys/devices/system/node/online").text());
        assertEquals("numa_hit 1386734581\nnuma_miss 4036187\nnuma_foreign 110011\ninterleave_hit 25901\nlocal_node 1386592263\n"
                + "other_node 4178505\n", r.read("/sys/devices/system/node/node1/numastat").text());
        Input none = r.read("/sys/devices/system/node/node7/numastat");
        assertEquals(ReadStatus.MISSING, none.status());
        assertTrue(none.reason().contains("numastat"), none.reason());
    }

    /** The sos 4.x fixture copied to a directory a test may add files to. */
    private static Path copyOfSos4(Path report) throws IOException {
        try (Stream<Path> files = Files.walk(SOS4)) {
            for (Path f : files.toList()) {
                Path to = report.resolve(SOS4.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return report;
    }

    @Test
    void theSysctlUnitsStateIsItsBlockOfSystemctlShowAll(@TempDir Path tmp) throws IOException {
        Path report = copyOfSos4(tmp.resolve("sosreport-db1"));
        Files.createDirectories(report.resolve("sos_commands/systemd"));
        Files.writeString(report.resolve("sos_commands/systemd/systemctl_show_service_--all"),
                "Type=notify\nId=ssh.service\nActiveState=active\n\nType=oneshot\nResult=exit-code\nExecMainStatus=1\n"
                        + "Id=systemd-sysctl.service\nLoadState=loaded\nActiveState=failed\n");
        // the command the collector runs is the one the mapping answers (SosSpecs cannot name the collector's list)
        Input unit = ((SosReport) Snapshots.open(report)).run(dev.kernlint.collect.SysctlContextCollector.SYSCTL_UNIT);
        assertTrue(unit.isOk(), unit.reason());
        assertTrue(unit.text().startsWith("Type=oneshot\n") && unit.text().contains("ActiveState=failed"), unit.text());
    }

    @Test
    void processesAreTheStatLinesOfThePsListings() {
        SosReport r = (SosReport) Snapshots.open(SOS4);
        List<String> pids = r.list("/proc").stream().filter(n -> n.matches("\\d+")).toList();
        // ps alxwww lists 82 processes (83 lines with its header)
        assertEquals(82, pids.size(), pids.toString());
        dev.kernlint.fact.ProcessInfo one = dev.kernlint.parse.ProcessStatParser.parse(r.read("/proc/1/stat").text());
        assertEquals("process_api", one.comm());
        assertEquals('S', one.state());
        assertEquals(14, one.threads()); // NLWP of the ps axo listing
        assertFalse(one.kernelThread());
        assertEquals(0, one.policy()); // CLS TS
        dev.kernlint.fact.ProcessInfo kthreadd = dev.kernlint.parse.ProcessStatParser.parse(r.read("/proc/2/stat").text());
        assertTrue(kthreadd.kernelThread(), "VSZ 0, RSS 0 and [kthreadd]");
        assertEquals("kthreadd", kthreadd.comm());
        assertEquals("kthreadd", r.read("/proc/2/wchan").text()); // WCHAN of the ps axo ...,wchan:20 listing
        Input gone = r.read("/proc/999999/stat");
        assertEquals(ReadStatus.MISSING, gone.status());
        assertTrue(gone.reason().contains("ps listed no pid 999999"), gone.reason());
        Input sos3 = ((SosReport) Snapshots.open(SOS3)).read("/proc/1/stat");
        assertTrue(sos3.reason().contains("no `ps alxwww` (plugin process"), sos3.reason());
    }

    @Test
    void aTarGzWithTheReportInItsTopDirectoryIsASosreportToo(@TempDir Path tmp) throws IOException {
        Path tgz = tmp.resolve("upload.bin"); // the name says nothing: content decides
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz));
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
             Stream<Path> files = Files.walk(SOS4)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                TarArchiveEntry e = new TarArchiveEntry(f.toFile(), "sosreport-vm-2026-12-01-jemfzak/" + SOS4.relativize(f));
                tar.putArchiveEntry(e);
                Files.copy(f, tar);
                tar.closeArchiveEntry();
            }
        }
        Path named = tmp.resolve("report.tar.gz");
        Files.move(tgz, named);
        SosReport r = assertInstanceOf(SosReport.class, Snapshots.open(named));
        assertEquals("vm", r.hostname());
        assertEquals("4096\t131072\t33554432\n", r.read("/proc/sys/net/ipv4/tcp_rmem").text());
    }

    @Test
    void auditOfTheSos4FixtureNamesHostAndKernelAndEveryGapItsCause() {
        dev.kernlint.engine.AuditResult r = dev.kernlint.testing.Fixtures.audit(Snapshots.open(SOS4));
        assertEquals("vm", r.host().get("hostname"));
        assertEquals("6.18.44-fc-v1045", r.host().get("kernel"));
        // real drift on that VM: /usr/lib/sysctl.d/50-pid-max.conf sets 4194304, the kernel runs 32768; its PID 1
        // (from ps axo) is not systemd, so it is one KERN-SYSCTL-NOT-APPLIED naming the key, as the live audit says
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("KERN-SYSCTL-NOT-APPLIED") && f.message().contains("kernel.pid_max")),
                r.findings().toString());
        for (dev.kernlint.engine.AuditResult.GapReport g : r.gaps()) {
            String why = g.gap().reason();
            assertFalse(why.contains("needs root") || why.contains("CONFIG_NUMA") || why.contains("not in snapshot"), g.toString());
        }
        // processes come from ps: the process rules run; swap per process is a gap, as ps shows no VmSwap
        assertTrue(r.rulesEvaluated().contains("PROC-ZOMBIES") && r.rulesEvaluated().contains("LOAD-PER-CPU"), r.rulesNotEvaluated().toString());
        assertTrue(r.rulesEvaluated().contains("KERN-HUNG-TASK"), "the kernel log of sos_commands/kernel/dmesg: " + r.rulesNotEvaluated());
        assertTrue(r.gaps().stream().noneMatch(g -> g.gap().input().equals("/proc/PID/stat")), r.gaps().toString());
    }

    @Test
    void aKernlintSnapshotStaysOne() {
        assertInstanceOf(Snapshot.class, Snapshots.open(Path.of("src/test/resources/snapshots").resolve(firstFixture())));
    }

    private static String firstFixture() {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/snapshots"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
