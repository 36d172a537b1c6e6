package dev.kernlint.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * `smartctl --scan-open`: one device per line, "DEVICE -d TYPE # comment"; a line starting with '#' is a device
 * smartctl could not open as it is. Behind a MegaRAID controller the physical disks appear as
 * "/dev/bus/0 -d sat+megaraid,0 # /dev/bus/0 [megaraid_disk_00] [SAT], ATA device" (SAS disks: megaraid,N).
 */
public final class SmartScanParser {
    private SmartScanParser() {}

    public record ScanEntry(String device, String type) {}

    public static List<ScanEntry> parse(String text) {
        List<ScanEntry> out = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int hash = line.indexOf(" #");
            String[] f = (hash < 0 ? line : line.substring(0, hash)).strip().split("\\s+");
            if (f.length >= 3 && f[1].equals("-d")) {
                out.add(new ScanEntry(f[0], f[2]));
            } else if (f.length == 1) {
                out.add(new ScanEntry(f[0], null));
            } else {
                throw new ParseException("smartctl --scan-open: '" + KernelReleaseParser.abbreviate(line) + "' is not 'DEVICE -d TYPE'");
            }
        }
        return out;
    }
}
