package dev.kernlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kernlint.fact.ProcessInfo;
import dev.kernlint.parse.ProcessStatParser;
import org.junit.jupiter.api.Test;

/** A sosreport's ps listings are written by whoever runs processes on that host: a name cannot forge the stat line. */
class SosProcessesTest {
    static final String ALX = """
            F   UID   PID  PPID PRI  NI    VSZ   RSS WCHAN  STAT TTY        TIME COMMAND
            0  1000  4242     1  20   0  10240  2048 -      S    ?          0:00 ./x) Z 1 0 0 0 0 2097152 (y
            0  1000  4243     1  20   0  10240  2048 -      S    ?          0:00 ../../../etc/shadow
            0  1000  ../1     1  20   0  10240  2048 -      S    ?          0:00 bad
            """;
    // comm is what the process set with prctl(PR_SET_NAME): any 15 bytes but NUL and newline
    static final String NAMES = """
              PID  PPID USER     GROUP      LWP NLWP START COMMAND         CGROUP
             4242     1 mallory  mallory   4242    1 22:40 x) Z 1 0 0 0 0  -
            """;

    @Test
    void aHostileNameStaysTheNameAndTheStateIsPs() {
        SosProcesses p = new SosProcesses(Input.ok("ps alxwww", ALX), Input.ok("names", NAMES),
                Input.failed("sched", ReadStatus.MISSING, "not collected"));
        assertEquals(java.util.List.of("4242", "4243"), p.pids(), "a PID that is not a number is no process");
        ProcessInfo x = ProcessStatParser.parse(p.read("/proc/4242/stat").text());
        assertEquals("x) Z 1 0 0 0 0", x.comm());
        assertEquals('S', x.state(), "the state is ps's STAT, whatever the name says");
        assertFalse(x.kernelThread(), "no PF_KTHREAD from a name");
        assertEquals(1, x.ppid());
        ProcessInfo shadow = ProcessStatParser.parse(p.read("/proc/4243/stat").text());
        assertEquals("shadow", shadow.comm(), "without a comm listing, the base name of the first argument");
        assertEquals(null, p.read("/proc/../../etc/shadow"), "not a process file: the mapping's next rows decide");
        Input dots = p.read("/proc/../stat");
        assertEquals(ReadStatus.MISSING, dots.status());
        assertTrue(dots.reason().contains("ps listed no pid .."), dots.reason());
    }
}
