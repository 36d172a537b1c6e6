package dev.kernlint.fact;

/**
 * One "Memory Device" of `dmidecode -t memory` (DMI type 17): a slot, installed or empty.
 *
 * @param sizeBytes null for an empty slot ("No Module Installed") or an unknown size ("Unknown")
 * @param sizeText  the size as dmidecode printed it, for the report
 * @param technology "Memory Technology" (SMBIOS 3.2+: DRAM, or persistent memory such as Optane); null when not printed
 */
public record Dimm(String locator, String bankLocator, Long sizeBytes, String sizeText, String type, String speed,
                   String manufacturer, String partNumber, String technology) {

    public boolean installed() {
        return sizeBytes != null;
    }

    /** Installed DRAM: persistent memory modules in App Direct mode are not system RAM and never in MemTotal. */
    public boolean installedDram() {
        return installed() && (technology == null || technology.equals("DRAM"));
    }
}
