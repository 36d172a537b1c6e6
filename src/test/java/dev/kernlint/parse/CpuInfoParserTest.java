package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CpuInfoParserTest {

    @Test
    void x86VirtualMachineHasTheHypervisorFlag() {
        CpuInfoParser.CpuInfo c = CpuInfoParser.parse(Fixtures.sample("cpuinfo-x86-kvm-6.18.txt"));
        assertEquals(2, c.logical());
        assertEquals(1, c.sockets());
        assertEquals(2, c.cores());
        assertTrue(c.hypervisor());
        assertEquals("AMD EPYC", c.model());
    }

    @Test
    void x86TwoSocketsWithHyperThreadsOnBareMetal() {
        CpuInfoParser.CpuInfo c = CpuInfoParser.parse(Fixtures.sample("cpuinfo-x86-2socket.txt"));
        assertEquals(8, c.logical());
        assertEquals(2, c.sockets());
        assertEquals(4, c.cores(), "core ids repeat per socket: 2 sockets x 2 cores");
        assertFalse(c.hypervisor());
        assertEquals("Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz", c.model());
    }

    @Test
    void arm64HasNoPhysicalIdSoSocketsAreUnknown() {
        CpuInfoParser.CpuInfo c = CpuInfoParser.parse(Fixtures.sample("cpuinfo-arm64-neoverse-n1.txt"));
        assertEquals(4, c.logical());
        assertEquals(0, c.sockets(), "unknown here: the collector reads sysfs topology");
        assertEquals(0, c.cores());
        assertFalse(c.hypervisor());
        assertEquals("ARM Neoverse-N1", c.model(), "named from CPU implementer 0x41 and part 0xd0c, as lscpu does");
    }

    // samples of the architectures below: src/test/resources/samples/README-cpuinfo.md names each source

    @Test
    void armv7NamesItsModel() {
        CpuInfoParser.CpuInfo c = CpuInfoParser.parse(Fixtures.sample("cpuinfo-armv7-bcm2709.txt"));
        assertEquals(4, c.logical());
        assertEquals(0, c.sockets());
        assertEquals("ARMv7 Processor rev 5 (v7l)", c.model());
        assertFalse(c.hypervisor());
    }

    @Test
    void powerNamesTheCpuLineAndAPseriesLparRunsUnderAHypervisor() {
        CpuInfoParser.CpuInfo c = CpuInfoParser.parse(Fixtures.sample("cpuinfo-ppc64-power7-pseries.txt"));
        assertEquals(28, c.logical());
        assertEquals(0, c.sockets());
        assertEquals("POWER7 (architected), altivec supported", c.model());
        assertTrue(c.hypervisor(), "platform pSeries is a PowerVM (or KVM) guest; PowerNV would be bare metal");
        assertFalse(CpuInfoParser.parse(Fixtures.sample("cpuinfo-ppc64-power7-pseries.txt").replace("pSeries", "PowerNV")).hypervisor());
    }

    @Test
    void s390xHasNoProcessorLinesButIsValid() {
        for (String sample : new String[] {"cpuinfo-s390x-z15-rhel7.txt", "cpuinfo-s390x-z14-rhel8.txt"}) {
            CpuInfoParser.CpuInfo c = CpuInfoParser.parse(Fixtures.sample(sample));
            assertEquals(2, c.logical(), sample);
            assertEquals(0, c.sockets(), sample + ": no topology in cpuinfo");
            assertTrue(c.hypervisor(), "Linux on IBM Z runs in an LPAR (PR/SM) or under z/VM or KVM");
        }
        assertEquals("IBM/S390 machine 8561", CpuInfoParser.parse(Fixtures.sample("cpuinfo-s390x-z15-rhel7.txt")).model());
        assertEquals("IBM/S390 machine 3906", CpuInfoParser.parse(Fixtures.sample("cpuinfo-s390x-z14-rhel8.txt")).model());
    }

    @Test
    void s390xWithTopologyBlocksCountsSocketsAndCores() {
        // the per-CPU block newer kernels print (arch/s390/kernel/processor.c show_cpu_topology), on the r8 sample
        String text = Fixtures.sample("cpuinfo-s390x-z14-rhel8.txt")
                .replace("cpu number      : 0\n", "cpu number      : 0\nphysical id     : 0\ncore id         : 0\nbook id         : 0\n")
                .replace("cpu number      : 1\n", "cpu number      : 1\nphysical id     : 1\ncore id         : 1\nbook id         : 1\n");
        CpuInfoParser.CpuInfo c = CpuInfoParser.parse(text);
        assertEquals(2, c.logical());
        assertEquals(2, c.sockets());
        assertEquals(2, c.cores());
    }

    @Test
    void refusesGarbage() {
        assertThrows(ParseException.class, () -> CpuInfoParser.parse(""));
        assertThrows(ParseException.class, () -> CpuInfoParser.parse("MemTotal: 1 kB\n"));
    }
}
