package dev.kernlint.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * The properties `systemctl show UNIT --property=...` prints ("ActiveState=active", one a line, in systemd's own
 * order), or the block of one unit in `systemctl show service --all` (blocks split by an empty line, each with
 * its "Id="), as a sosreport keeps it. Says whether systemd-sysctl.service applied sysctl.d at this boot.
 */
public final class SystemdUnitStateParser {
    private SystemdUnitStateParser() {}

    /** Why the unit did not apply its work at this boot, or null when it ran and succeeded (or the text does not say). */
    public static String problem(String text) {
        Map<String, String> p = properties(text);
        String load = p.get("LoadState");
        String active = p.get("ActiveState");
        if ("masked".equals(load)) {
            return "systemd-sysctl.service is masked, so it never applied the sysctl.d files at boot";
        }
        if ("no".equals(p.get("ConditionResult"))) {
            return "systemd skipped systemd-sysctl.service at boot (a start condition failed)";
        }
        if ("failed".equals(active) || (p.containsKey("Result") && !"success".equals(p.get("Result")))) {
            String status = p.get("ExecMainStatus");
            return "systemd-sysctl.service failed at boot (" + (status == null ? "result " + p.get("Result") : "exit status " + status)
                    + "; journalctl -b -u systemd-sysctl names the keys it could not write)";
        }
        if ("inactive".equals(active) && "0".equals(p.get("ExecMainStartTimestampMonotonic"))) {
            return "systemd-sysctl.service did not run at this boot";
        }
        return null;
    }

    /** The block of one unit in `systemctl show service --all`; null when the listing has no such unit. */
    public static String unitBlock(String listing, String unit) {
        for (String block : listing.split("\n\\s*\n")) {
            if (("\n" + block + "\n").contains("\nId=" + unit + "\n")) {
                return block.strip() + "\n";
            }
        }
        return null;
    }

    static Map<String, String> properties(String text) {
        Map<String, String> p = new HashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                p.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return p;
    }
}
