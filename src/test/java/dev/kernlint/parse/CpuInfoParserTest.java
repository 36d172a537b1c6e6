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
        assertEquals(0, c.sockets());
        assertEquals(0, c.cores());
        assertFalse(c.hypervisor());
        assertNull(c.model());
    }

    @Test
    void refusesGarbage() {
        assertThrows(ParseException.class, () -> CpuInfoParser.parse(""));
        assertThrows(ParseException.class, () -> CpuInfoParser.parse("MemTotal: 1 kB\n"));
    }
}
