package dev.kernlint.parse;

/**
 * `smartctl -H -A DEVICE` for ATA/SATA (also behind sat+megaraid), SAS/SCSI and NVMe, smartmontools 5.4x to 7.x:
 * <pre>
 * SMART overall-health self-assessment test result: PASSED       (ATA, NVMe; "FAILED!" when failing)
 * SMART Health Status: OK                                         (SCSI/SAS; anything else is a failure)
 * ID# ATTRIBUTE_NAME  FLAG  VALUE WORST THRESH TYPE UPDATED WHEN_FAILED RAW_VALUE
 *   5 Reallocated_Sector_Ct   0x0033   100   100   036    Pre-fail  Always       -       0
 * 197 Current_Pending_Sector  0x0012   100   100   000    Old_age   Always       -       8
 * Elements in grown defect list: 0                                (SCSI: the reallocated sectors)
 * Media and Data Integrity Errors:    0                           (NVMe)
 * Smartctl open device: /dev/sda failed: Permission denied        (exit 2: no report)
 * </pre>
 * Attributes are found by id (5, 197, 198), not by name: vendors rename them.
 */
public final class SmartctlParser {
    private SmartctlParser() {}

    /**
     * @param openError  smartctl's own words when it could not open the device; then nothing else is set
     * @param passed     null when smartctl printed no health verdict (SMART unavailable or disabled)
     * @param verdict    the verdict as printed ("PASSED", "FAILED!", "OK", "FAILURE PREDICTION THRESHOLD EXCEEDED")
     */
    public record SmartReport(String openError, Boolean passed, String verdict, Long reallocated, Long pending,
                              Long offlineUncorrectable, Long grownDefects, Long mediaErrors, String unavailable) {}

    public static SmartReport parse(String device, String text) {
        if (!text.contains("smartctl") && !text.contains("SMART")) {
            throw new ParseException("smartctl " + device + ": not smartctl output");
        }
        Boolean passed = null;
        String verdict = null;
        Long reallocated = null, pending = null, offline = null, grown = null, media = null;
        String unavailable = null;
        boolean attributes = false;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("Smartctl open device:") || line.contains("failed: Permission denied")) {
                return new SmartReport(line, null, null, null, null, null, null, null, null);
            }
            if (line.startsWith("SMART overall-health self-assessment test result:")) {
                verdict = after(line);
                passed = verdict.startsWith("PASSED");
            } else if (line.startsWith("SMART Health Status:")) {
                verdict = after(line);
                passed = verdict.equals("OK");
            } else if (line.startsWith("SMART support is:") && line.contains("Unavailable")) {
                unavailable = after(line);
            } else if (line.startsWith("SMART Disabled")) {
                unavailable = line;
            } else if (line.startsWith("Elements in grown defect list:")) {
                grown = leadingNumber(after(line));
            } else if (line.startsWith("Media and Data Integrity Errors:")) {
                media = leadingNumber(after(line));
            } else if (line.startsWith("ID#")) {
                attributes = true;
            } else if (attributes && !line.isEmpty() && Character.isDigit(line.charAt(0))) {
                String[] f = line.split("\\s+");
                if (f.length >= 10) {
                    Long rawValue = leadingNumber(f[9]);
                    switch (f[0]) {
                        case "5" -> reallocated = rawValue;
                        case "197" -> pending = rawValue;
                        case "198" -> offline = rawValue;
                        default -> { }
                    }
                }
            } else if (line.isEmpty()) {
                attributes = false;
            }
        }
        return new SmartReport(null, passed, verdict, reallocated, pending, offline, grown, media, unavailable);
    }

    private static String after(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }

    private static Long leadingNumber(String s) {
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return null;
        }
        try {
            return Long.parseLong(s.substring(0, end));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
