package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** `ps axo pid,ppid,user,group,lwp,nlwp,start_time,comm,cgroup` as procps-ng prints it (sos's process plugin). */
class PsCommandNamesTest {
    /** procps-ng 4.0.2 on a Debian 12 container whose PID 1 is not systemd (this CI machine). */
    private static final String CONTAINER = """
              PID  PPID USER     GROUP      LWP NLWP START COMMAND         CGROUP
                1     0 root     root         1   12 19:26 process_api     -
                2     0 root     root         2    1 19:26 kthreadd        -
               11     2 root     root        11    1 19:26 kworker/0:1-eve -
            """;
    /** procps-ng 3.3 on a RHEL 8 host booted with systemd (args /usr/lib/systemd/systemd --switched-root ...). */
    private static final String SYSTEMD = """
                PID    PPID USER     GROUP        LWP NLWP START COMMAND         CGROUP
                  1       0 root     root           1    1 Nov30 systemd         0::/init.scope
                  2       0 root     root           2    1 Nov30 kthreadd        -
                812       1 root     root         812    1 Nov30 systemd-journal 0::/system.slice/systemd-journald.service
            """;

    @Test
    void theCommandNameOfPid1() {
        assertEquals("process_api\n", PsCommandNames.comm(CONTAINER, "1"));
        assertEquals("systemd\n", PsCommandNames.comm(SYSTEMD, "1"));
        assertEquals("systemd-journal\n", PsCommandNames.comm(SYSTEMD, "812"));
    }

    @Test
    void aPidPsDidNotListIsNoneAndOtherTextIsUnparseable() {
        assertNull(PsCommandNames.comm(CONTAINER, "812"));
        assertNull(PsCommandNames.comm(SYSTEMD, "11"), "11 appears as a LWP count nowhere and as no PID");
        assertThrows(ParseException.class, () -> PsCommandNames.comm("F   UID     PID    PPID PRI  NI COMMAND\n", "1"));
        assertThrows(ParseException.class, () -> PsCommandNames.comm("", "1"));
    }
}
