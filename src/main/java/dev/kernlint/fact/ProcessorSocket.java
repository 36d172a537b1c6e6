package dev.kernlint.fact;

/**
 * One "Processor Information" record of `dmidecode -t processor` (DMI type 4). coreEnabled below coreCount
 * means the BIOS disabled cores. Null = not reported.
 */
public record ProcessorSocket(String designation, String version, Integer coreCount, Integer coreEnabled,
                              Integer threadCount, String status) {

    public boolean populated() {
        return status != null && status.startsWith("Populated");
    }
}
