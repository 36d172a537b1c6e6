package dev.kernlint.fact;

import java.util.Collection;

/**
 * A disk in /sys/block with what sysfs says about it: device/vendor, device/model, queue/rotational, size (in
 * 512-byte sectors whatever the disk's own sector size).
 *
 * @param kind       "scsi", "ide", "virtio", "xen", "nvme" or "cciss" (from the name)
 * @param controller the RAID controller of a logical volume ("megaraid", "hpsa", "cciss") or null for a plain disk
 */
public record BlockDisk(String name, String kind, String vendor, String model, Long sizeBytes, Boolean rotational,
                        String controller) {

    /** How smartctl reaches the disk's SMART data: the -d type to use, or why it cannot. */
    public String smartctlHint() {
        if (controller != null) {
            return switch (controller) {
                case "megaraid" -> "smartctl -d megaraid,N (SAS) or -d sat+megaraid,N (SATA); N from smartctl --scan-open";
                case "hpsa", "cciss" -> "smartctl -d cciss,N " + (kind.equals("cciss") ? "/dev/" + name.replace('!', '/') : "/dev/" + name) + ", N = 0, 1, ... per physical drive";
                default -> "smartctl /dev/" + name;
            };
        }
        return switch (kind) {
            case "virtio", "xen" -> "no SMART through a paravirtual disk: check the hypervisor's storage";
            case "nvme" -> "smartctl /dev/" + name + " (NVMe health log)";
            default -> "smartctl /dev/" + name;
        };
    }

    /** "sda scsi 894 GiB SSD (DELL PERC H730P Mini, megaraid)", for the inventory finding. */
    public String describe() {
        StringBuilder sb = new StringBuilder(name).append(' ').append(kind);
        if (sizeBytes != null) {
            sb.append(' ').append(Bytes.human(sizeBytes));
        }
        if (rotational != null && !kind.equals("virtio") && !kind.equals("xen")) {
            sb.append(rotational ? " HDD" : " SSD");
        }
        String id = ((vendor == null ? "" : vendor + " ") + (model == null ? "" : model)).strip();
        if (!id.isEmpty() || controller != null) {
            sb.append(" (").append(id).append(controller == null ? "" : (id.isEmpty() ? "" : ", ") + controller).append(')');
        }
        return sb.toString();
    }

    /** The disks of a collection, by name, as one line (rule engines hand collections over in any order). */
    public static String summary(Collection<?> disks) {
        java.util.TreeMap<String, String> byName = new java.util.TreeMap<>();
        for (Object o : disks) {
            if (o instanceof BlockDisk d) {
                byName.put(d.name(), d.describe());
            }
        }
        return String.join("; ", byName.values());
    }
}
