package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kernlint.fact.SoftnetStat;
import dev.kernlint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SoftnetStatParserTest {

    @Test
    void sumsTheFirstThreeHexColumnsOverCpusOnANewKernel() {
        SoftnetStat s = SoftnetStatParser.parse(Fixtures.sample("softnet_stat-6.18.txt"));
        assertEquals(2, s.cpus());
        assertEquals(0x14 + 0x1f9c, s.processed());
        assertEquals(0, s.dropped());
    }

    @Test
    void readsAnOldKernelWithTenColumns() {
        SoftnetStat s = SoftnetStatParser.parse(Fixtures.sample("softnet_stat-3.10.txt"));
        assertEquals(2, s.cpus());
        assertEquals(1, s.dropped());
        assertEquals(3, s.timeSqueeze());
    }

    @Test
    void garbageIsAParseError() {
        assertThrows(ParseException.class, () -> SoftnetStatParser.parse(""));
        assertThrows(ParseException.class, () -> SoftnetStatParser.parse("0000 0001\n"));
        assertThrows(ParseException.class, () -> SoftnetStatParser.parse("zz yy xx\n"));
    }
}
