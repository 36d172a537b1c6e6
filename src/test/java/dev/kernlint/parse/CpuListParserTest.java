package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CpuListParserTest {

    @ParameterizedTest(name = "''{0}'' has {1} CPUs")
    @CsvSource({
            "'0-1\n', 2",           // /sys/devices/system/cpu/online on a 2-CPU VM
            "'0\n', 1",
            "'\n', 0",              // /sys/devices/system/cpu/offline with nothing offline
            "'0-3,8-11\n', 8",
            "'0,2,4-5', 4",
            "'0-63', 64",
    })
    void countsCpus(String text, int count) {
        assertEquals(count, CpuListParser.count(text));
    }

    @Test
    void setsTheListedCpus() {
        BitSet s = CpuListParser.parse("0-2,5");
        assertEquals("{0, 1, 2, 5}", s.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-b", "3-1", "1-2-3", "0-", "0,,1", "cpu0"})
    void refusesGarbage(String text) {
        assertThrows(ParseException.class, () -> CpuListParser.parse(text));
    }
}
