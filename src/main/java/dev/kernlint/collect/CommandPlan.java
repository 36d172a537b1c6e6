package dev.kernlint.collect;

import dev.kernlint.source.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * The tools the collectors will run on a host, known before they run: ethtool per device-backed Ethernet
 * interface (-k, -i, -g, -S, and the link modes when the link has a speed), both df and dmidecode. Read from the
 * same files the collectors decide by, so a started command is one they ask for. smartctl is not here: which
 * disks it reads and with which -d type follows from its own --scan-open and the sysfs of each disk.
 */
public final class CommandPlan {
    private CommandPlan() {}

    public static List<List<String>> of(Source source) {
        List<List<String>> argvs = new ArrayList<>();
        for (String iface : NetInterfaces.ethernet(source)) {
            argvs.add(List.of("ethtool", "-g", iface));
            if (!NetInterfaces.deviceUevent(source, iface).isOk()) {
                continue;
            }
            argvs.add(List.of("ethtool", "-k", iface));
            argvs.add(List.of("ethtool", "-i", iface));
            argvs.add(List.of("ethtool", "-S", iface));
            boolean speed = source.read(NetInterfaces.NET + "/" + iface + "/speed").textIfOk()
                    .map(NicCollector::number).filter(v -> v > 0).isPresent();
            if (speed) {
                argvs.add(List.of("ethtool", iface));
            }
        }
        // df runs only next to the mount table it is matched with
        if (source.read(FilesystemCollector.MOUNTS).isOk()) {
            argvs.add(FilesystemCollector.DF_SPACE);
            argvs.add(FilesystemCollector.DF_INODES);
        }
        argvs.add(HardwareCollector.DMI_MEMORY);
        // the other three are asked for only when the memory table answered: planned where the kernel found an SMBIOS
        // table (/sys/firmware/dmi; a VM without one has none, and snapshots do not record it)
        if (source.isDirectory("/sys/firmware/dmi")) {
            argvs.add(HardwareCollector.DMI_PROCESSOR);
            argvs.add(HardwareCollector.DMI_BIOS);
            argvs.add(HardwareCollector.DMI_SYSTEM);
        }
        return argvs;
    }
}
