package dev.kernlint.parse;

import java.util.HashSet;
import java.util.Set;

/**
 * /proc/cpuinfo, whose layout each architecture defines. x86 prints a block per logical CPU with "physical id",
 * "core id", "flags" and "model name". arm64 prints "processor" blocks with "Features" and the MIDR ids ("CPU
 * implementer", "CPU part") but no physical id or model name; armv7 adds "model name". POWER prints "processor"
 * and "cpu" per CPU, then "platform" (pSeries: a PowerVM or KVM guest; PowerNV: bare metal). s390x prints no
 * "processor" lines: "# processors", one "processor N: ... machine = TYPE" line each, and on newer kernels a
 * "cpu number" block per CPU (with "physical id" and "core id" where the kernel shows topology). Sockets and
 * cores a format does not give are 0 (unknown): the collector reads them from sysfs topology then.
 */
public final class CpuInfoParser {
    private CpuInfoParser() {}

    public record CpuInfo(int logical, int sockets, int cores, boolean hypervisor, String model) {}

    public static CpuInfo parse(String text) {
        int logical = 0;
        int s390Lines = 0;
        Integer s390Declared = null;
        Set<String> sockets = new HashSet<>();
        Set<String> cores = new HashSet<>();
        boolean hypervisor = false;
        String model = null;
        String cpuLine = null;
        String implementer = null;
        String part = null;
        String vendor = null;
        String machine = null;
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
                case "cpu" -> cpuLine = cpuLine == null ? value : cpuLine;
                case "CPU implementer" -> implementer = implementer == null ? value : implementer;
                case "CPU part" -> part = part == null ? value : part;
                // a POWER LPAR (PowerVM) or KVM guest; "PowerNV" is the bare machine
                case "platform" -> hypervisor |= value.equals("pSeries");
                case "vendor_id" -> vendor = vendor == null ? value : vendor;
                case "# processors" -> s390Declared = positive(value);
                default -> {
                    if (key.startsWith("processor ") && isNumber(key.substring(10))) {
                        s390Lines++;
                        int m = value.indexOf("machine = ");
                        if (machine == null && m >= 0) {
                            machine = value.substring(m + 10).strip();
                        }
                    }
                }
            }
        }
        boolean s390 = "IBM/S390".equals(vendor);
        if (logical == 0 && s390) {
            logical = s390Lines > 0 ? s390Lines : s390Declared == null ? 0 : s390Declared;
        }
        if (logical == 0) {
            throw new ParseException("cpuinfo: no 'processor' lines (nor the '# processors' of s390x)");
        }
        if (model == null) {
            model = cpuLine != null ? cpuLine : ArmCpuNames.name(implementer, part);
        }
        if (model == null && s390) {
            model = machine == null ? vendor : vendor + " machine " + machine;
        }
        // Linux on IBM Z always runs in a logical partition (PR/SM), or under z/VM or KVM on top of one
        hypervisor |= s390;
        return new CpuInfo(logical, sockets.size(), cores.size(), hypervisor, model);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 7 && s.chars().allMatch(Character::isDigit);
    }

    private static Integer positive(String s) {
        return isNumber(s) ? Integer.valueOf(s) : null;
    }
}
