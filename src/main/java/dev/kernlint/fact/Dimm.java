package dev.kernlint.fact;

/**
 * One "Memory Device" of `dmidecode -t memory` (DMI type 17): a slot, installed or empty.
 *
 * @param sizeBytes null for an empty slot ("No Module Installed") or an unknown size ("Unknown")
 * @param sizeText  the size as dmidecode printed it, for the report
 */
public record Dimm(String locator, String bankLocator, Long sizeBytes, String sizeText, String type, String speed,
                   String manufacturer, String partNumber) {

    public boolean installed() {
        return sizeBytes != null;
    }
}
