package dev.kernlint.parse;

import java.util.Map;

/**
 * The name of an ARM core from the "CPU implementer" and "CPU part" lines of /proc/cpuinfo, which carry no model
 * name on arm64: the ids of the MIDR register, named as util-linux lscpu names them (sys-utils/lscpu-arm.c).
 * Only common server and board cores; any other is named by its ids.
 */
final class ArmCpuNames {
    private ArmCpuNames() {}

    private static final Map<String, String> IMPLEMENTERS = Map.ofEntries(
            Map.entry("0x41", "ARM"), Map.entry("0x42", "Broadcom"), Map.entry("0x43", "Cavium"),
            Map.entry("0x46", "Fujitsu"), Map.entry("0x48", "HiSilicon"), Map.entry("0x4e", "NVIDIA"),
            Map.entry("0x50", "APM"), Map.entry("0x51", "Qualcomm"), Map.entry("0x53", "Samsung"),
            Map.entry("0x61", "Apple"), Map.entry("0xc0", "Ampere"));

    /** Parts of implementer 0x41 (ARM Ltd). */
    private static final Map<String, String> ARM_PARTS = Map.ofEntries(
            Map.entry("0xb76", "ARM1176"), Map.entry("0xc07", "Cortex-A7"), Map.entry("0xc08", "Cortex-A8"),
            Map.entry("0xc09", "Cortex-A9"), Map.entry("0xc0f", "Cortex-A15"), Map.entry("0xd03", "Cortex-A53"),
            Map.entry("0xd04", "Cortex-A35"), Map.entry("0xd05", "Cortex-A55"), Map.entry("0xd07", "Cortex-A57"),
            Map.entry("0xd08", "Cortex-A72"), Map.entry("0xd09", "Cortex-A73"), Map.entry("0xd0a", "Cortex-A75"),
            Map.entry("0xd0b", "Cortex-A76"), Map.entry("0xd0c", "Neoverse-N1"), Map.entry("0xd0d", "Cortex-A77"),
            Map.entry("0xd40", "Neoverse-V1"), Map.entry("0xd41", "Cortex-A78"), Map.entry("0xd49", "Neoverse-N2"),
            Map.entry("0xd4f", "Neoverse-V2"));

    /** "ARM Neoverse-N1", "Cavium part 0x0af"; null without an implementer. */
    static String name(String implementer, String part) {
        if (implementer == null) {
            return null;
        }
        String imp = implementer.toLowerCase(java.util.Locale.ROOT);
        String vendor = IMPLEMENTERS.getOrDefault(imp, "implementer " + imp);
        if (part == null) {
            return vendor;
        }
        String p = part.toLowerCase(java.util.Locale.ROOT);
        String named = imp.equals("0x41") ? ARM_PARTS.get(p) : null;
        return vendor + " " + (named != null ? named : "part " + p);
    }
}
