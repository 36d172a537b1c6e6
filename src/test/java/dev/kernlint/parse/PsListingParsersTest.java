package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ps listings and the uptime line a sosreport keeps, in the exact text procps 3.3 and 4.0 print. */
class PsListingParsersTest {
    // procps-ng 4.0.2 (Debian 12), as sos 4.0 ran it: sos_commands/process/ps_alxwww
    static final String ALX_4 = """
            F   UID   PID  PPID PRI  NI    VSZ   RSS WCHAN  STAT TTY        TIME COMMAND
            4     0     1     0  10 -10  45984 12384 -      S<Ll ?          0:07 /process_api --firecracker-init --addr 0.0.0.0:2024
            1     0     2     0  20   0      0     0 kthrea S    ?          0:00 [kthreadd]
            0  1000  4242  4100  20   0      0     0 -      Z    pts/0      0:00 [sleep] <defunct>
            """;
    // procps-ng 3.3.10 (RHEL 7), same columns; a D-state task and a command with spaces in its arguments
    static final String ALX_3 = """
            F   UID   PID  PPID PRI  NI    VSZ   RSS WCHAN  STAT TTY        TIME COMMAND
            4     0     1     0  20   0 193892  6984 ep_pol Ss   ?          0:14 /usr/lib/systemd/systemd --switched-root --system --deserialize 22
            4    27  1534     1  20   0 1312908 210432 io_sch D  ?         12:03 /usr/libexec/mysqld --basedir=/usr --datadir=/var/lib/mysql
            """;
    // the ps axo flags listing: STARTED holds spaces and a second wide column (CMD) follows it
    static final String SCHED = """
            F S   UID   PID  PPID  PGID   SID CLS PRI ADDR    SZ WCHAN                                 STARTED TT           TIME CMD
            4 S     0     1     0     0     0  TS  29    - 11496 -                    Tue Dec  1 22:31:20 2026 ?        00:00:07 /process_api --addr 0.0.0.0:2024
            1 S     0    17     2     0     0  FF 139    -     0 smpboot_thread_fn    Tue Dec  1 22:31:20 2026 ?        00:00:00 [migration/0]
            """;
    // the comm listing: a command name may hold spaces ("tmux: server"), CGROUP follows it
    static final String NAMES = """
              PID  PPID USER     GROUP      LWP NLWP START COMMAND         CGROUP
                1     0 root     root         1   14 22:31 process_api     -
              812     1 alice    alice      812    1 22:40 tmux: server    0::/user.slice/user-1000.slice/session-2.scope
            """;

    @Test
    void alxColumnsByHeaderWithTheArgumentsKeptWhole() {
        List<Map<String, String>> rows = PsTableParser.parse(ALX_4);
        assertEquals(3, rows.size());
        assertEquals("S<Ll", rows.get(0).get("STAT"));
        assertEquals("-10", rows.get(0).get("NI"));
        assertEquals("/process_api --firecracker-init --addr 0.0.0.0:2024", rows.get(0).get("COMMAND"));
        assertEquals("[sleep] <defunct>", rows.get(2).get("COMMAND"));
        Map<String, String> mysqld = PsTableParser.parse(ALX_3).get(1);
        assertEquals("1534", mysqld.get("PID"));
        assertEquals("D", mysqld.get("STAT"));
        assertEquals("210432", mysqld.get("RSS"));
    }

    @Test
    void columnsAfterTheFirstWideOneAreReadFromTheEndOrNotAtAll() {
        Map<String, String> names = PsTableParser.parse(NAMES).get(1);
        assertEquals("tmux: server", names.get("COMMAND"));
        assertEquals("0::/user.slice/user-1000.slice/session-2.scope", names.get("CGROUP"));
        Map<String, String> migration = PsTableParser.parse(SCHED).get(1);
        assertEquals("FF", migration.get("CLS"));
        assertEquals("139", migration.get("PRI"));
        assertEquals("smpboot_thread_fn", migration.get("WCHAN"));
        // STARTED and CMD cannot be told apart: neither is kept rather than a wrong one
        assertEquals(null, migration.get("CMD"));
    }

    @Test
    void aListingWithoutAPidColumnOrHeaderIsRefused() {
        assertThrows(ParseException.class, () -> PsTableParser.parse(""));
        assertThrows(ParseException.class, () -> PsTableParser.parse("ps: error: unsupported option (BSD syntax)\n"));
        // a short line (truncated file) is skipped, not read shifted
        assertEquals(1, PsTableParser.parse(ALX_4.lines().limit(2).reduce("", (a, b) -> a + b + "\n") + "1 0 3\n").size());
    }

    @Test
    void uptimeLinesOfProcps3And4AndBusybox() {
        assertEquals("1.14 1.02 0.45\n", UptimeCommandParser.loadavg(" 23:16:17 up 44 min,  0 user,  load average: 1.14, 1.02, 0.45\n"));
        assertEquals("2640.00 0\n", UptimeCommandParser.procUptime(" 23:16:17 up 44 min,  0 user,  load average: 1.14, 1.02, 0.45\n"));
        String days = " 10:01:02 up 3 days,  4:02,  2 users,  load average: 0.00, 0.01, 0.05\n";
        assertEquals("0.00 0.01 0.05\n", UptimeCommandParser.loadavg(days));
        assertEquals(((3 * 24 + 4) * 60 + 2) * 60 + ".00 0\n", UptimeCommandParser.procUptime(days));
        assertEquals((24 * 60 + 23) * 60 + ".00 0\n", UptimeCommandParser.procUptime(" 10:01:02 up 1 day, 23 min,  1 user,  load average: 0.10, 0.20, 0.30"));
        assertEquals("0.52 0.58 0.59\n", UptimeCommandParser.loadavg(" 10:01:02 up  4:02,  1 user,  load average: 0,52, 0,58, 0,59"));
        assertEquals("2.00 1.50 1.00\n", UptimeCommandParser.loadavg("10:01:02 up 2 days,  3:04, load average: 2.00, 1.50, 1.00"));
        assertThrows(ParseException.class, () -> UptimeCommandParser.loadavg("uptime: command not found\n"));
        assertThrows(ParseException.class, () -> UptimeCommandParser.procUptime("load average: 1.00, 1.00, 1.00"));
    }
}
