package dev.kernlint.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Bond members: /sys/class/net/BOND/bonding/slaves ("eth0 eth1"), or /proc/net/bonding/BOND, where each member
 * starts a block with "Slave Interface: eth0".
 */
public final class BondingParser {
    private BondingParser() {}

    /**
     * The members, split on white space as Java's strip() knows it (Unicode's too, U+001C and U+2003 among it):
     * a regex \\s is ASCII only, so a member could keep white space at its edge. No interface name holds any.
     */
    public static List<String> sysfsSlaves(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
            if (space && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    public static List<String> procSlaves(String text) {
        if (!text.contains("Bonding Mode:")) {
            throw new ParseException("/proc/net/bonding: no 'Bonding Mode:' line");
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("Slave Interface:")) {
                out.add(line.substring("Slave Interface:".length()).strip());
            }
        }
        return out;
    }
}
