package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kernlint.fact.Pressure;
import dev.kernlint.fact.ProcessInfo;
import dev.kernlint.fact.RunQueues;
import dev.kernlint.source.Input;
import dev.kernlint.source.ReadStatus;
import dev.kernlint.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inputs of the process and load rules over time: scheduler debug, PSI, statm, stat's start time. */
class TimeProcParsersTest {

    @Test
    void runQueuesFromProcSchedDebugBefore513() {
        RunQueues q = SchedDebugParser.parse(Fixtures.sample("sched_debug-4.15.txt"));
        // the cfs_rq and rt_rq sections repeat .nr_running / .rt_nr_running: only the CPU's own line counts
        assertEquals(Map.of(0, 3L, 1, 0L), q.byCpu());
    }

    @Test
    void runQueuesFromDebugfsSince513() {
        RunQueues q = SchedDebugParser.parse(Fixtures.sample("sched-debug-debugfs-6.8.txt"));
        assertEquals(Map.of(0, 1L, 1, 4L), q.byCpu());
    }

    @Test
    void runQueuesWithoutTheMhzSuffixOnOtherArchitectures() {
        RunQueues q = SchedDebugParser.parse("Sched Debug Version: v0.11, 6.1.0-arm64\n\ncpu#0\n  .nr_running                    : 2\n\ncpu#7\n  .nr_running                    : 0\n");
        assertEquals(Map.of(0, 2L, 7, 0L), q.byCpu());
    }

    @Test
    void schedDebugGarbageIsAParseError() {
        assertThrows(ParseException.class, () -> SchedDebugParser.parse("Sched Debug Version: v0.11\nktime : 1\n"));
        assertThrows(ParseException.class, () -> SchedDebugParser.parse("cpu#0, 2294.686 MHz\n  .nr_running                    : lots\n"));
        assertThrows(ParseException.class, () -> SchedDebugParser.parse("cpu#x\n"));
    }

    @Test
    void pressureOldAndNew() {
        Pressure cpu = PressureParser.parse("cpu", Fixtures.sample("pressure-cpu-6.18.txt"));
        assertEquals(0.52, cpu.someAvg10());
        assertEquals(0.0, cpu.fullAvg10());
        Pressure io = PressureParser.parse("io", Fixtures.sample("pressure-io-6.18.txt"));
        assertEquals(12.40, io.someAvg10());
        assertEquals(10.02, io.fullAvg10());
        // cpu had no "full" line before 5.13
        assertNull(PressureParser.parse("cpu", Fixtures.sample("pressure-cpu-5.4.txt")).fullAvg10());
        assertThrows(ParseException.class, () -> PressureParser.parse("io", "full avg10=1.00 avg60=0 avg300=0 total=0\n"));
        assertThrows(ParseException.class, () -> PressureParser.parse("io", "some avg10=x avg60=0\n"));
    }

    @Test
    void statmGivesRssAnonAsResidentMinusShared() {
        // 4096-byte pages: (402 - 374) x 4 kB
        assertEquals(112L, StatmParser.anonKb(Input.ok("/proc/1/statm", "765 402 374 5 0 123 0\n"), 4096));
        assertEquals(1792L, StatmParser.anonKb(Input.ok("/proc/1/statm", "765 402 374 5 0 123 0\n"), 65536));
        assertNull(StatmParser.anonKb(Input.ok("/proc/1/statm", "765\n"), 4096));
        assertNull(StatmParser.anonKb(Input.failed("/proc/1/statm", ReadStatus.MISSING, "exited"), 4096));
    }

    @Test
    void startTimeTellsAReusedPidApart() {
        String stat = "4242 (my (odd) app) S 1 4242 4242 0 -1 4194560 500 0 0 0 10 5 0 0 20 0 3 0 987654 123456789 2000 "
                + "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
        ProcessInfo p = ProcessStatParser.parse(stat);
        assertEquals(987654L, p.startTime());
        assertEquals("4242@987654", p.key());
        assertEquals("my (odd) app", p.comm());
    }
}
