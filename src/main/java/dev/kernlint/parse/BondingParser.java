package dev.kernlint.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Bond members: /sys/class/net/BOND/bonding/slaves ("eth0 eth1"), or /proc/net/bonding/BOND, where each member
 * starts a block with "Slave Interface: eth0".
 */
public final class BondingParser {
    private BondingParser() {}

    public static List<String> sysfsSlaves(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.strip().split("\\s+")) {
            if (!s.isEmpty()) {
                out.add(s);
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
