package dev.kernlint.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a /sys/block name says about the disk: sd (SCSI, SATA, SAS and hardware RAID volumes), hd (old IDE driver),
 * vd (virtio), xvd (Xen), nvme (NVMe namespaces, nvme0n1), cciss!c0d0 (the old HP Smart Array driver).
 * Everything else (loop, ram, zram, dm-, md, sr, nbd, rbd) is not a disk kernlint inventories.
 */
public final class BlockDeviceNames {
    private static final Map<Pattern, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(Pattern.compile("sd[a-z]+"), "scsi");
        KINDS.put(Pattern.compile("hd[a-z]+"), "ide");
        KINDS.put(Pattern.compile("vd[a-z]+"), "virtio");
        KINDS.put(Pattern.compile("xvd[a-z]+"), "xen");
        KINDS.put(Pattern.compile("nvme\\d+n\\d+"), "nvme");
        KINDS.put(Pattern.compile("cciss!c\\d+d\\d+"), "cciss");
    }

    private BlockDeviceNames() {}

    /** "scsi", "ide", "virtio", "xen", "nvme", "cciss", or null for a name that is not a disk. */
    public static String kind(String name) {
        for (Map.Entry<Pattern, String> e : KINDS.entrySet()) {
            if (e.getKey().matcher(name).matches()) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The device node: "cciss!c0d0" is /dev/cciss/c0d0 ('!' stands for '/' in sysfs names). */
    public static String devicePath(String name) {
        return "/dev/" + name.replace('!', '/');
    }

    /**
     * The controller behind a SCSI disk, from the vendor and model the RAID volume reports: "megaraid" (LSI,
     * Avago, Broadcom, Dell PERC, IBM ServeRAID logical drives), "hpsa" (HP/HPE Smart Array "LOGICAL VOLUME"),
     * or null for a plain disk smartctl reaches directly.
     */
    public static String raidController(String vendor, String model) {
        String v = vendor == null ? "" : vendor.strip().toUpperCase(java.util.Locale.ROOT);
        String m = model == null ? "" : model.strip().toUpperCase(java.util.Locale.ROOT);
        if ((v.equals("HP") || v.equals("HPE") || v.equals("COMPAQ")) && m.startsWith("LOGICAL VOLUME")) {
            return "hpsa";
        }
        if (m.contains("PERC") || m.contains("MEGARAID") || m.startsWith("MR9") || m.contains("SERVERAID")
                || ((v.equals("LSI") || v.equals("AVAGO") || v.equals("BROADCOM")) && (m.startsWith("MR") || m.contains("RAID")))) {
            return "megaraid";
        }
        return null;
    }
}
