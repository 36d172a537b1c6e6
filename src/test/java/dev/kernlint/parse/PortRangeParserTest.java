package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kernlint.fact.LocalPortRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortRangeParserTest {

    @Test
    void theKernelSeparatesTheRangeWithATab() {
        // /proc/sys/net/ipv4/ip_local_port_range is "32768\t60999\n"; ip_local_reserved_ports is "\n" when empty
        LocalPortRange r = PortRangeParser.parse("32768\t60999\n", "\n");
        assertEquals(new LocalPortRange(32768, 60999, 0), r);
        assertEquals(28232, r.usable(), "the catalog's default of 28,232 ports");
    }

    @Test
    void spacesWorkAsWell() {
        assertEquals(64512, PortRangeParser.parse("1024 65535", "").usable());
    }

    @Test
    void reservedPortsInsideTheRangeReduceTheUsableCount() {
        LocalPortRange r = PortRangeParser.parse("32768\t60999\n", "40000,50000-50099\n");
        assertEquals(101, r.reservedInRange());
        assertEquals(28232 - 101, r.usable());
    }

    @Test
    void reservedPortsOutsideTheRangeDoNotCount() {
        LocalPortRange r = PortRangeParser.parse("32768\t60999", "22,80,443,8000-9000,61000-61100");
        assertEquals(0, r.reservedInRange());
        assertEquals(28232, r.usable());
    }

    @Test
    void aReservedRangeOverlappingAnEdgeCountsOnlyItsPartInside() {
        LocalPortRange r = PortRangeParser.parse("32768\t60999", "32760-32769,60990-61010");
        assertEquals(2 + 10, r.reservedInRange());
    }

    @Test
    void noReservedFileMeansNoReservedPorts() {
        assertEquals(0, PortRangeParser.parse("32768\t60999", null).reservedInRange());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "32768", "60999\t32768", "32768\t60999\t1", "low high", "0 70000", "-1 100"})
    void refusesGarbageRanges(String range) {
        assertThrows(ParseException.class, () -> PortRangeParser.parse(range, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8080,http", "8080-", "1-2-3", "40000,,50000"})
    void refusesGarbageReservedPorts(String reserved) {
        assertThrows(ParseException.class, () -> PortRangeParser.parse("32768\t60999", reserved));
    }
}
