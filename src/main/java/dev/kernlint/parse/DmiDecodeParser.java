package dev.kernlint.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `dmidecode -t TYPE` as records. Since dmidecode 2.7:
 * <pre>
 * Handle 0x1100, DMI type 17, 84 bytes
 * Memory Device
 * 	Size: 16 GB
 * 	Locator: DIMM_A1
 * </pre>
 * dmidecode 2.2 and older indent one level more and print the type on its own line ("Handle 0x0000" /
 * "\tDMI type 0, 24 bytes." / "\tBIOS Information" / "\t\tVendor: HP"). A property is a line one tab deeper than
 * the record's title; deeper lines (lists such as "Characteristics:") are ignored. So only the record's own
 * "Size:" line counts, never "Volatile Size:" or "Logical Size:" (the key must match exactly) nor a nested one.
 */
public final class DmiDecodeParser {
    private static final Pattern HANDLE = Pattern.compile("^Handle (0x[0-9A-Fa-f]+)(?:, DMI type (\\d+))?");
    private static final Pattern OLD_TYPE = Pattern.compile("^\\tDMI type (\\d+)");

    private DmiDecodeParser() {}

    /** One DMI structure; props keep dmidecode's key spelling ("Product Name"). */
    public record DmiRecord(String handle, int type, String title, Map<String, String> props) {
        public String get(String key) {
            return props.get(key);
        }
    }

    /** The text of a dmidecode run that found no table (a VM or container without DMI), or that read none. */
    public static boolean noTable(String text) {
        return text.contains("No SMBIOS nor DMI entry point found");
    }

    public static List<DmiRecord> parse(String text) {
        List<DmiRecord> out = new ArrayList<>();
        String handle = null;
        int type = -1;
        String title = null;
        int titleDepth = 0;
        Map<String, String> props = null;
        boolean sawHeader = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("# dmidecode") || line.startsWith("SMBIOS ")) {
                sawHeader = true;
            }
            Matcher h = HANDLE.matcher(line);
            if (h.find()) {
                if (handle != null && title != null) {
                    out.add(new DmiRecord(handle, type, title, props));
                }
                handle = h.group(1);
                type = h.group(2) == null ? -1 : type(h.group(2));
                title = null;
                props = new LinkedHashMap<>();
                continue;
            }
            if (handle == null || line.isBlank()) {
                continue;
            }
            Matcher old = OLD_TYPE.matcher(line);
            if (title == null && old.find()) {
                type = type(old.group(1));
                continue;
            }
            int depth = tabs(line);
            if (title == null) {
                title = line.strip();
                titleDepth = depth;
                continue;
            }
            if (depth != titleDepth + 1) {
                continue;
            }
            String body = line.substring(depth);
            int colon = body.indexOf(':');
            if (colon > 0) {
                props.putIfAbsent(body.substring(0, colon), body.substring(colon + 1).strip());
            }
        }
        if (handle != null && title != null) {
            out.add(new DmiRecord(handle, type, title, props));
        }
        if (out.isEmpty() && !sawHeader) {
            throw new ParseException("dmidecode: no '# dmidecode' header and no 'Handle' records");
        }
        return out;
    }

    /** SMBIOS types are one byte (0-255; 126 and 127 mark inactive and end-of-table): more digits are not a type. */
    private static int type(String digits) {
        if (digits.length() > 3) {
            throw new ParseException("dmidecode: DMI type " + KernelReleaseParser.abbreviate(digits) + " is not a type number");
        }
        return Integer.parseInt(digits);
    }

    private static int tabs(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '\t') {
            n++;
        }
        return n;
    }

    /** Records of one DMI type (17 = Memory Device, 4 = Processor, 0 = BIOS, 1 = System). */
    public static List<DmiRecord> ofType(List<DmiRecord> records, int type) {
        List<DmiRecord> out = new ArrayList<>();
        for (DmiRecord r : records) {
            if (r.type() == type) {
                out.add(r);
            }
        }
        return out;
    }
}
