package dev.kernlint.fact;

/**
 * The machine: system and BIOS identity from `dmidecode -t system` / `-t bios`, or /sys/class/dmi/id (readable
 * without root) when dmidecode cannot run. Null = not known.
 *
 * @param source "dmidecode", "/sys/class/dmi/id" or "none"
 */
public record HostHardware(String vendor, String product, String version, String biosVendor, String biosVersion,
                           String biosDate, String source) {

    /** "Dell Inc. PowerEdge R740, BIOS 2.12.2 (07/09/2021)", or null when nothing is known. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (vendor != null || product != null) {
            sb.append(vendor == null ? "" : vendor).append(vendor != null && product != null ? " " : "").append(product == null ? "" : product);
        }
        if (biosVersion != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("BIOS ").append(biosVendor == null || biosVendor.equals(vendor) ? "" : biosVendor + " ")
                    .append(biosVersion).append(biosDate == null ? "" : " (" + biosDate + ")");
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
