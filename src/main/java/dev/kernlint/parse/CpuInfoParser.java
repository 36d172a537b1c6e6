package dev.kernlint.parse;

import java.util.HashSet;
import java.util.Set;

/**
 * /proc/cpuinfo, blocks of "key\t: value" per logical CPU. x86 prints "physical id", "core id", "flags";
 * arm64 prints "Features" and no physical id (sockets then unknown: 0).
 */
public final class CpuInfoParser {
    private CpuInfoParser() {}

    public record CpuInfo(int logical, int sockets, int cores, boolean hypervisor, String model) {}

    public static CpuInfo parse(String text) {
        int logical = 0;
        Set<String> sockets = new HashSet<>();
        Set<String> cores = new HashSet<>();
        boolean hypervisor = false;
        String model = null;
        String socket = "";
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "processor" -> logical++;
                case "physical id" -> {
                    socket = value;
                    sockets.add(value);
                }
                case "core id" -> cores.add(socket + "/" + value);
                case "flags", "Features" -> hypervisor |= (" " + value + " ").contains(" hypervisor ");
                case "model name", "Model", "cpu model" -> {
                    if (model == null) {
                        model = value;
                    }
                }
                default -> { }
            }
        }
        if (logical == 0) {
            throw new ParseException("cpuinfo: no 'processor' lines");
        }
        return new CpuInfo(logical, sockets.size(), cores.size(), hypervisor, model);
    }
}
