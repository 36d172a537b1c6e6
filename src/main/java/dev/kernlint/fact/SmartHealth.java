package dev.kernlint.fact;

import dev.kernlint.shell.KernelNames;
import dev.kernlint.shell.ShellCommand;

/**
 * What `smartctl -H -A` said about one physical disk. For ATA, reallocated/pending/offlineUncorrectable are the
 * raw values of attributes 5, 197 and 198; SAS disks report a grown defect list instead; NVMe media errors.
 *
 * @param disk       the /sys/block name, or the controller path for RAID members ("/dev/bus/0")
 * @param deviceType the smartctl -d type used ("sat+megaraid,3", "cciss,1"), or null for auto
 */
public record SmartHealth(String disk, String device, String deviceType, boolean passed, String verdict,
                          Long reallocated, Long pending, Long offlineUncorrectable, Long grownDefects, Long mediaErrors) {

    /** Reallocated sectors, or the SAS grown defects that stand for them. */
    public long remapped() {
        return reallocated != null ? reallocated : grownDefects != null ? grownDefects : 0;
    }

    public long pendingSectors() {
        return pending == null ? 0 : pending;
    }

    /** The command that shows this disk, as a person would type it; null when a name does not validate. */
    public String command() {
        if (!KernelNames.isDevice(device) || (deviceType != null && !KernelNames.isDeviceType(deviceType))) {
            return null;
        }
        return (deviceType == null ? ShellCommand.of("smartctl", "-a", device)
                : ShellCommand.of("smartctl", "-a", "-d", deviceType, device)).text();
    }
}
