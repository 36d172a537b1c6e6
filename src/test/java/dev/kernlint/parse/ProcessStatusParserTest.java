package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kernlint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ProcessStatusParserTest {

    private static ProcessStatusParser.Status sample(String name) {
        return ProcessStatusParser.parse(Fixtures.sample("proc/pid-" + name));
    }

    @Test
    void modernKernel() {
        ProcessStatusParser.Status s = sample("status-6.18.txt");
        assertEquals(17582, s.ppid());
        assertEquals(1, s.threads());
        assertEquals(0L, s.vmSwapKb());
        assertEquals(108L, s.rssAnonKb());
    }

    @Test
    void rhel7HasVmSwapButNoRssAnon() {
        ProcessStatusParser.Status s = sample("status-3.10.txt");
        assertEquals(262144L, s.vmSwapKb());
        assertNull(s.rssAnonKb(), "RssAnon appeared in 4.5");
        assertEquals(87, s.threads());
    }

    @Test
    void rhel5HasNoVmSwap() {
        ProcessStatusParser.Status s = sample("status-2.6.18.txt");
        assertNull(s.vmSwapKb(), "VmSwap appeared in 2.6.34");
        assertEquals(1, s.ppid());
    }

    @Test
    void kernelThreadsAndZombiesHaveNoMemoryLines() {
        assertNull(sample("status-kthread.txt").vmSwapKb());
        ProcessStatusParser.Status z = sample("status-zombie.txt");
        assertNull(z.vmSwapKb());
        assertEquals(1, z.threads());
    }

    @Test
    void garbageIsRejected() {
        assertThrows(ParseException.class, () -> ProcessStatusParser.parse("Name:\tx\n"));
        assertThrows(ParseException.class, () -> ProcessStatusParser.parse("PPid:\tone\nThreads:\t1\n"));
    }
}
