package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.ProcessInfo;
import dev.kernlint.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ProcessStatParserTest {

    private static ProcessInfo sample(String name) {
        return ProcessStatParser.parse(Fixtures.sample("proc/pid-" + name));
    }

    @Test
    void commInParenthesesIsKeptWhole() {
        // systemd names its PAM helper "(sd-pam)", so the kernel prints "((sd-pam))"
        ProcessInfo p = sample("stat-sd-pam.txt");
        assertEquals("(sd-pam)", p.comm());
        assertEquals('S', p.state());
        assertEquals(17582, p.ppid());
        assertEquals(1, p.threads());
        assertEquals(0, p.policy());
        assertFalse(p.kernelThread());
    }

    @Test
    void stateIsTheFieldAfterTheLastParenthesis() {
        ProcessInfo p = sample("stat-parens-space.txt");
        assertEquals("((x) y)", p.comm());
        assertEquals('S', p.state());
        assertEquals(17582, p.ppid());
    }

    @Test
    void commThatLooksLikeFieldsDoesNotShiftThem() {
        // comm "a) S 1 2 (b": a parser splitting on spaces or on the first ')' reads state 'S' and ppid 1
        ProcessInfo p = sample("stat-fake-fields.txt");
        assertEquals("a) S 1 2 (b", p.comm());
        assertEquals(17582, p.ppid());
        assertEquals(17590, p.pid());
    }

    @Test
    void kernelThreadWithFifoPolicy() {
        ProcessInfo p = sample("stat-kthread-fifo.txt");
        assertEquals("migration/0", p.comm());
        assertTrue(p.kernelThread(), "PF_KTHREAD is set in the flags");
        assertEquals(ProcessInfo.SCHED_FIFO, p.policy());
        assertEquals(99, p.rtPriority());
        assertTrue(p.realtime());
    }

    @Test
    void idleKernelThreadIsStateI() {
        ProcessInfo p = sample("stat-kthread-idle.txt");
        assertEquals('I', p.state());
        assertTrue(p.kernelThread());
    }

    @Test
    void zombieKeepsOneThread() {
        ProcessInfo p = sample("stat-zombie.txt");
        assertTrue(p.zombie());
        assertEquals(1, p.threads());
        assertFalse(p.kernelThread());
    }

    @Test
    void olderKernelsWithFewerFields() {
        ProcessInfo rhel5 = sample("stat-2.6.18.txt");
        assertEquals("httpd", rhel5.comm());
        assertEquals(0, rhel5.policy());
        ProcessInfo linux24 = sample("stat-2.4.txt");
        assertEquals("init", linux24.comm());
        assertNull(linux24.policy(), "2.4 has no policy field: unknown, not SCHED_OTHER");
        assertFalse(linux24.realtime());
    }

    @Test
    void truncatedOrGarbageIsRejected() {
        assertThrows(ParseException.class, () -> ProcessStatParser.parse("1234 (bash) S 1 2 3"));
        assertThrows(ParseException.class, () -> ProcessStatParser.parse("no parentheses here"));
        assertThrows(ParseException.class, () -> ProcessStatParser.parse("12 (x) S one 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20"));
    }
}
