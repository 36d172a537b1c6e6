package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kernlint.fact.KernelLog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel's hung-task and TIME_WAIT overflow messages as 3.10, 4.18 and 6.x print them, with and without stamps. */
class DmesgParserTest {
    @Test
    void hungTaskReportsOfOldAndNewKernels() {
        String log = """
                [ 1200.123456] INFO: task kworker/u16:2:1234 blocked for more than 120 seconds.
                [ 1200.123460] "echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.
                [ 1200.123462] kworker/u16:2   D ffff88003fc13680     0  1234      2 0x00000000
                [  7372.949151][ T2145] INFO: task mysqld:2145 blocked for more than 122 seconds.
                INFO: task (sd-pam):77 blocked for more than 480 seconds.
                """;
        KernelLog l = DmesgParser.parse(log);
        assertEquals(List.of("kworker/u16:2", "mysqld", "(sd-pam)"), l.hungTasks().stream().map(KernelLog.HungTask::comm).toList());
        assertEquals(1234, l.hungTasks().get(0).pid());
        assertEquals(122, l.hungTasks().get(1).blockedSeconds());
        assertEquals(7372.949151, l.hungTasks().get(1).lastSeen());
        assertNull(l.hungTasks().get(2).lastSeen(), "printk.time=0: no stamp");
        assertEquals(0, l.twOverflowLines());
    }

    @Test
    void overflowLinesAreCountedWithTheLastStamp() {
        KernelLog l = DmesgParser.parse("[ 3610.104422] TCP: time wait bucket table overflow\n"
                + "[ 3611.002117] net_ratelimit: 212 callbacks suppressed\n"
                + "[ 3611.002120] TCP: time wait bucket table overflow\n");
        assertEquals(2, l.twOverflowLines());
        assertEquals(3611.002120, l.lastTwOverflow());
    }

    @Test
    void anythingElseIsNoMessage() {
        KernelLog l = DmesgParser.parse("INFO: task x:99999999999 blocked for more than 120 seconds.\n\u0000\u0001garbage\n"
                + "[ 1.0] a user wrote INFO: task into the log\n");
        assertEquals(0, l.hungTasks().size());
        assertEquals(0, DmesgParser.parse("").hungTasks().size());
    }
}
