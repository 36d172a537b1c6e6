package dev.kernlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `systemctl show systemd-sysctl.service --property=...` (systemd 219 to 256 print the same Key=Value lines). */
class SystemdUnitStateParserTest {
    static final String ACTIVE = "Result=success\nExecMainStartTimestampMonotonic=3187412\nExecMainStatus=0\nLoadState=loaded\n"
            + "ActiveState=active\nConditionResult=yes\n";

    @Test
    void theStatesThatMeanSysctlDWasNotApplied() {
        assertNull(SystemdUnitStateParser.problem(ACTIVE));
        assertTrue(SystemdUnitStateParser.problem(ACTIVE.replace("ActiveState=active", "ActiveState=failed")
                .replace("Result=success", "Result=exit-code").replace("ExecMainStatus=0", "ExecMainStatus=1")).contains("exit status 1"));
        assertTrue(SystemdUnitStateParser.problem("LoadState=masked\nActiveState=inactive\nResult=success\n").contains("masked"));
        assertTrue(SystemdUnitStateParser.problem(ACTIVE.replace("ConditionResult=yes", "ConditionResult=no")
                .replace("ActiveState=active", "ActiveState=inactive")).contains("start condition failed"));
        assertEquals("systemd-sysctl.service did not run at this boot", SystemdUnitStateParser.problem(
                "Result=success\nExecMainStartTimestampMonotonic=0\nExecMainStatus=0\nLoadState=loaded\nActiveState=inactive\nConditionResult=no\n"
                        .replace("ConditionResult=no", "ConditionResult=yes")));
        assertNull(SystemdUnitStateParser.problem("System has not been booted with systemd as init system (PID 1). Can't operate.\n"));
    }

    @Test
    void theUnitsBlockOfAShowAllListing() {
        String listing = "Type=simple\nId=ssh.service\nActiveState=active\n\nType=oneshot\nResult=exit-code\nId=systemd-sysctl.service\n"
                + "ActiveState=failed\nExecMainStatus=1\n\nId=systemd-sysctl.service.wants\n";
        String block = SystemdUnitStateParser.unitBlock(listing, "systemd-sysctl.service");
        assertTrue(block.startsWith("Type=oneshot\n") && block.contains("ActiveState=failed"), block);
        assertTrue(SystemdUnitStateParser.problem(block).contains("exit status 1"));
        assertNull(SystemdUnitStateParser.unitBlock(listing, "tuned.service"));
    }
}
